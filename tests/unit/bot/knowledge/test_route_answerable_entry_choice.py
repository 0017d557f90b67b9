"""Answerable questions that got the wrong entry or were declined by mistake. The question
sentence, not the story around it, says which entry answers: what meridians or qi are (origins),
"dry as opposed to what?" (needles), needles put around the sore spot and not on it (technique),
how many needles are usual (needles), keeping up the exercises while being needled (course of
treatment), a sharp sting as a needle went in (sensation), whether athletes use it or needling
fixes a pain told (conditions), a bruise changing colour (after-care), "what's IMS?" (overview).
A shot told as tried and failed, or a pregnancy years past, is background, not the subject; a
pregnancy now, or a question about timing around a shot, still declines."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


def decide(store, question, story="", intent="ask_overview", confidence=0.8, named=(), **kw):
    return route(ask(question, story=story, intent=intent, confidence=confidence, named=named, **kw), store)


def answered_on(d, *topics):
    assert d.kind == "kb", (d.kind, d.rule, d.reason, d.subject)
    assert d.entry is not None and d.entry.topic in topics, (d.rule, d.entry and d.entry.id)


# --- what the tradition's words are: origins --------------------------------------------------

TRADITION = [
    ("what are meridians exactly?", "the acupuncturist kept drawing lines on a chart.", "ask_overview"),
    ("whats a meridan anyway?", "my new acupuncturist talks about them every visit.", "ask_technique"),
    ("what is qi, like in plain words?", "", "ask_overview"),
    ("c'est quoi les méridiens au juste?", "mon acupuncteur m'en parle à chaque séance.", "ask_overview"),
    ("le qi, c'est quoi?", "", "ask_evidence"),
]


@pytest.mark.parametrize("question,story,intent", TRADITION)
def test_what_meridians_or_qi_are_is_the_origins_entry(store, question, story, intent):
    answered_on(decide(store, question, story, intent, named=("acupuncture",)), "origins")


# --- the name "dry": the needles ----------------------------------------------------------------

DRY = [
    ("dry as opposed to what though?", "ask_difference"),
    ("whats so dry about dry needling lol", "ask_difference"),
    ("aiguilles sèches... sèches par rapport à quoi?", "ask_overview"),
]


@pytest.mark.parametrize("question,intent", DRY)
def test_what_dry_is_opposed_to_is_the_needles_entry(store, question, intent):
    answered_on(decide(store, question, intent=intent, named=("dry_needling",)), "needles")


# --- needles around the sore spot, not on it: technique ----------------------------------------

AROUND = [
    (
        "why around it and not on it?",
        "my PT put a ring of needles round my achilles but none in the sore spot.",
    ),
    (
        "why all around it but not right on the sore bit?",
        "she needled near my elbow, not the painful spot itself.",
    ),
    ("pourquoi tout autour et pas directement dessus?", "le physio a mis des aiguilles autour de mon genou."),
]


@pytest.mark.parametrize("question,story", AROUND)
def test_needles_around_the_sore_spot_with_no_treatment_named_is_technique(store, question, story):
    answered_on(decide(store, question, story, "inform_modality"), "technique")


def test_needles_around_the_sore_spot_named_treatment_is_technique(store):
    d = decide(
        store,
        "why around it and not in it??",
        "first IMS session, he needled all around the sore spot on my shin.",
        "ask_sensation",
        named=("ims",),
    )
    answered_on(d, "technique")


# --- how many needles are usual: needles ---------------------------------------------------------

HOW_MANY = [
    (
        "how many do they normally put in?",
        "had 30 needles in me yesterday, felt like a pincushion.",
        "ask_sensation",
    ),
    ("how many is normal??", "counted 18 needles in my back last session", "ask_technique"),
    ("combien ils en mettent d'habitude?", "j'avais plein d'aiguilles dans le dos hier.", "ask_sensation"),
]


@pytest.mark.parametrize("question,story,intent", HOW_MANY)
def test_how_many_needles_are_usual_is_the_needles_entry(store, question, story, intent):
    answered_on(decide(store, question, story, intent, named=("acupuncture",)), "needles")


# --- the exercises kept up while being needled: course of treatment -------------------------------

EXERCISES = [
    ("do i still have to do my squats and bridges if im getting dry needled?", "ask_sensation"),
    ("or will the needling just do the job by itself", "ask_conditions"),
    ("am i still supposed to keep up my band work while getting IMS?", "ask_sensation"),
    ("est-ce que je dois continuer mes exercices si je fais de l'acupuncture?", "ask_sensation"),
]


@pytest.mark.parametrize("question,intent", EXERCISES)
def test_keeping_up_the_exercises_while_needled_is_the_course_of_treatment(store, question, intent):
    answered_on(decide(store, question, intent=intent, named=("dry_needling",)), "treatment_course")


# --- a sharp sting as the needle went in: sensation -----------------------------------------------

STING = [
    ("is that normal?", "the one in my thumb stung like a wasp for a second when it went in.", "ask_safety"),
    (
        "did she hit a nerve or is that normal",
        "it hurt like an electric shock for a sec yesterday, then nothing.",
        "ask_sensation",
    ),
    (
        "normal?",
        "got a sharp jab when the needle first went in near my ankle, gone right after.",
        "ask_treatment_course",
    ),
    (
        "c'est normal?",
        "j'ai senti un coup de poignard quand l'aiguille est rentrée dans mon épaule.",
        "ask_treatment_course",
    ),
]


@pytest.mark.parametrize("question,story,intent", STING)
def test_a_sharp_sting_at_insertion_is_the_sensation_entry(store, question, story, intent):
    answered_on(decide(store, question, story, intent, named=("acupuncture",)), "sensation")


def test_whether_a_needle_can_hit_a_nerve_asked_ahead_stays_safety(store):
    d = decide(
        store, "can dry needling in the neck hit a nerve?", intent="ask_safety", named=("dry_needling",)
    )
    answered_on(d, "safety")


# --- whether athletes use it, or needling fixes a pain told: conditions ---------------------------

SPORT = [
    (
        "is IMS something cyclists actually use?",
        "my quads are cooked from hill repeats.",
        "ask_practitioners",
        "ims",
    ),
    (
        "do pro teams really use dry needling?",
        "my son plays junior hockey and his groin is always tight.",
        "ask_practitioners",
        "dry_needling",
    ),
    (
        "les coureurs utilisent vraiment ça, le dry needling?",
        "je prépare un marathon et mon mollet bloque.",
        "ask_practitioners",
        "dry_needling",
    ),
]


@pytest.mark.parametrize("question,story,intent,named", SPORT)
def test_whether_athletes_use_it_is_what_it_is_used_for(store, question, story, intent, named):
    d = decide(store, question, story, intent, named=(named,))
    answered_on(d, "conditions", "evidence")


HELPS_TOLD = [
    (
        "is that golfers elbow? and can needling fix it?",
        "i stack shelves all night and my inner elbow aches lifting boxes.",
    ),
    ("is it a tendon thing? could needles help that?", "my wrist hurts when I pour the kettle, been weeks."),
    ("would needling sort that out?", "my shoulder is sore from painting ceilings all week."),
]


@pytest.mark.parametrize("question,story", HELPS_TOLD)
def test_whether_needling_fixes_a_pain_told_is_not_aftercare(store, question, story):
    answered_on(decide(store, question, story, "ask_aftercare"), "conditions", "evidence")


def test_soreness_after_a_session_stays_aftercare(store):
    d = decide(
        store,
        "was that normal soreness?",
        "my calves felt like id been kicked by a horse for two days after dry needling. all fine now.",
        "ask_aftercare",
        named=("dry_needling",),
    )
    answered_on(d, "aftercare")


# --- a bruise changing colour: after-care -----------------------------------------------------------

BRUISE = [
    (
        "normal?",
        "bruise on my shoulder from acupuncture 10 days ago and it's only now turning green.",
        "ask_aftercare",
    ),
    ("is that ok?", "the bruise from the needle on my hip went all purple then yellow.", "ask_evidence"),
    (
        "c'est normal?",
        "mon bleu de l'acupuncture sur l'épaule est devenu jaune après une semaine.",
        "ask_evidence",
    ),
]


@pytest.mark.parametrize("question,story,intent", BRUISE)
def test_a_bruise_changing_colour_is_aftercare(store, question, story, intent):
    answered_on(decide(store, question, story, intent, named=("acupuncture",)), "aftercare")


# --- "what's IMS?" read as choosing: overview -------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    ["whats IMS? my doc brought it up for my back", "what is dry needling, my physio said it might help"],
)
def test_what_a_treatment_is_read_as_choosing_is_the_overview(store, question):
    named = ("ims",) if "IMS" in question else ("dry_needling",)
    answered_on(decide(store, question, intent="ask_choosing", named=named), "overview")


# --- a failed shot, or a pregnancy years past, is background ---------------------------------------

FAILED_SHOT = [
    "cortisone in my shoulder wore off after a month, would acupuncture be worth trying?",
    "steroid injections for my knee stopped helping, would dry needling be worth a go",
    "les infiltrations dans mon coude ne marchent plus, l'acupuncture vaut la peine?",
]


@pytest.mark.parametrize("message", FAILED_SHOT)
def test_a_shot_that_stopped_working_does_not_decline_whether_needling_helps(store, message):
    named = ("dry_needling",) if "dry" in message else ("acupuncture",)
    d = decide(store, message, intent="ask_conditions", confidence=0.7, named=named)
    assert not (d.kind == "fallback" and d.reason == "not_covered"), (d.rule, d.subject)


def test_a_failed_shot_read_as_out_of_scope_is_answered_as_a_condition_question(store):
    d = decide(
        store,
        "tennis elbow shots stopped working after the second one, would acupuncture be worth a go",
        intent="out_of_scope",
        confidence=0.65,
        named=("acupuncture",),
    )
    answered_on(d, "evidence", "conditions")


def test_a_question_about_timing_around_a_shot_still_declines(store):
    d = decide(
        store,
        "had a cortisone shot in my elbow last week that didn't help, can i get needled the same week?",
        intent="ask_treatment_course",
        named=("dry_needling",),
    )
    assert d.kind == "fallback" and d.reason == "not_covered"


PAST_PREGNANCY = [
    (
        "how long does a session usually last?",
        "when i was pregnant with my son the acupuncture helped my back, that was 6 years ago.",
    ),
    (
        "combien de temps dure une séance?",
        "quand j'étais enceinte de ma fille j'ai fait de l'acupuncture, il y a 5 ans.",
    ),
]


@pytest.mark.parametrize("question,story", PAST_PREGNANCY)
def test_a_pregnancy_years_ago_is_background(store, question, story):
    d = decide(store, question, story, "ask_session_length", named=("acupuncture",))
    answered_on(d, "session_length")


@pytest.mark.parametrize(
    "story",
    [
        "when i was pregnant with my first it helped, that was 4 years ago. now i'm pregnant again.",
        "i'm 20 weeks pregnant. years ago when i was pregnant with my son i had acupuncture.",
    ],
)
def test_a_pregnancy_now_still_declines(store, story):
    d = decide(store, "how long does a session last?", story, "ask_session_length", named=("acupuncture",))
    assert d.kind == "fallback" and d.subject is not None and d.subject.id == "pregnancy"
