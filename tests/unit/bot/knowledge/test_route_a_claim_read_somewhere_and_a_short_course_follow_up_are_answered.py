"""Session 20: where the patient read or saw something is no reason to decline or to pick another
entry. A claim from the media that a treatment helps a problem, asked whether it is true, is the
research (evidence), not how it feels or whether it is safe; side effects asked after a scary forum
are safety; what a named treatment seen in a video is, is its overview; "how many would I need"
after an answer on the treatment is the course. Also: the trainer's training asked as a further
question is the practitioners entry, and a slip in "terrified of needles" is still the fear."""

from dataclasses import replace

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


def decide(store, question, intent, whole="", others=(), named=("acupuncture",), **kw):
    q = ask(question, intent=intent, named=named, others=list(others), **kw)
    if whole:
        q = replace(q, full_text=whole)
    return route(q, store)


def on(d, topic):
    assert d.kind == "kb" and d.entry.topic == topic, (d.kind, d.rule, d.entry and d.entry.id)


def test_a_news_claim_that_it_helps_a_problem_asked_if_true_is_the_research(store):
    d = decide(
        store,
        "does it really?",
        "ask_sensation",
        confidence=0.6,
        whole="a piece on the evening news said acupuncture helps neck pain. does it really?",
        conditions=("neck_pain",),
    )
    on(d, "evidence")


def test_a_french_newspaper_claim_asked_if_true_is_the_research(store):
    d = decide(
        store,
        "c'est vrai?",
        "ask_safety",
        confidence=0.7,
        whole="un article dans le journal disait que l'acupuncture soulage les migraines. c'est vrai?",
        conditions=("migraine_headache",),
    )
    on(d, "evidence")


def test_a_claim_read_of_a_risk_stays_safety(store):
    d = decide(
        store,
        "is that true?",
        "ask_safety",
        confidence=0.7,
        whole="a blog post said acupuncture can cause a collapsed lung and it helps nothing for back pain. is that true?",
        conditions=("low_back_pain",),
    )
    on(d, "safety")


def test_side_effects_asked_after_a_scary_forum_are_safety(store):
    d = decide(
        store,
        "what side effects can dry needling have?",
        "out_of_scope",
        confidence=0.6,
        named=("dry_needling",),
        whole="a facebook group was full of horror stories. what side effects can dry needling have?",
    )
    on(d, "safety")


def test_what_a_treatment_seen_in_a_video_is_is_its_overview(store):
    d = decide(
        store,
        "c'est quoi ce truc, l'ims?",
        "out_of_scope",
        confidence=0.5,
        named=("ims",),
        whole="j'ai vu une vidéo d'un physio qui pique des aiguilles dans le dos. c'est quoi ce truc, l'ims?",
    )
    on(d, "overview")


def test_how_many_would_be_needed_after_an_answer_on_the_treatment_is_the_course(store):
    d = decide(
        store,
        "and how many would i need for a stiff neck",
        "out_of_scope",
        confidence=0.7,
        named=(),
        context=("dry_needling",),
        previous_topic="session_length",
    )
    on(d, "treatment_course")


def test_properly_trained_asked_as_a_further_question_is_the_practitioners(store):
    d = decide(
        store,
        "who would be needling me at your clinic?",
        "ask_evidence",
        confidence=0.4,
        others=["are they fully qualified or did they do a short course"],
    )
    on(d, "practitioners")


def test_a_slip_in_terrified_of_needles_is_still_the_fear(store):
    d = decide(
        store,
        "my wife booked me in for acupuncture but I'm terrifed of the needle. what should I know?",
        "ask_choosing",
        confidence=0.5,
    )
    on(d, "sensation")


def test_how_sore_after_a_session_on_a_named_pain_is_the_aftercare(store):
    text = "if I get acupuncture on my neck monday how sore will i be tuesday?"
    q = ask(
        text,
        intent="ask_aftercare",
        confidence=0.57,
        named=["acupuncture"],
        conditions=("neck_pain",),
        others=["i drive a truck all day"],
    )
    q = replace(q, asked_conditions=frozenset({"neck_pain"}), full_text=f"{text} i drive a truck all day")
    on(route(q, store), "aftercare")
