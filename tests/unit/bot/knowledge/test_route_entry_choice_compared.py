"""Issue 11: the wrong entry chosen, tested on new wordings (EN and FR).

Our needles compared with a blood test's are about the needles; acupoints compared with trigger
points, or "same thing or not?" of two treatments, about how they differ; the research compared
between treatments about the research; "what does 'reset' mean?" about how it works; "will they
check my shoulder first?" about how a session is done; exercises or needling alone about the course
of treatment; "and which one hurts more?" after two treatments compared, about how they feel.

Also (gathered from issue 11's held-out classes): "which one?" after the difference between two
treatments, A or B for a complaint, which makes more sense, needles compared with a shot or a tattoo
needle, the difference asked with a condition, money or a price list told is choosing or the
difference entry, while a price asked stays the fees; a comparison with the one talked about keeps
both; telling a good practitioner from a bad one is the practitioners entry."""

from dataclasses import replace

import pytest

from bot.knowledge import subjects
from bot.knowledge.entry_choice import question_topic
from bot.knowledge.route import asked_modalities, route
from tests.helpers.route_questions import ask, route_as


def _routed(store, question, intent, named=(), confidence=0.7, **kw):
    return route(ask(question, intent=intent, confidence=confidence, named=list(named), **kw), store)


@pytest.mark.parametrize(
    "question,named",
    [
        ("how are acupuncture needles different from the ones they use for a blood draw?", ["acupuncture"]),
        ("are dry needling needles anything like flu shot needles?", ["dry_needling"]),
        ("is an IMS needle the same as a regular hospital needle?", ["ims"]),
        ("les aiguilles d'acupuncture sont-elles différentes de celles des prises de sang?", ["acupuncture"]),
    ],
)
@pytest.mark.parametrize("intent", ["ask_difference", "ask_overview"])
def test_our_needles_compared_with_other_needles_are_about_the_needles(store, question, named, intent):
    d = _routed(store, question, intent, named)
    assert d.kind == "kb" and d.entry.topic == "needles", (d.rule, d.entry)


@pytest.mark.parametrize(
    "question,named",
    [
        ("is a trigger point the same spot as an acupuncture point?", ["acupuncture"]),
        ("my physio talks about trigger points, do they line up with acupoints?", []),
        ("les points gâchette et les points d'acupuncture, c'est pareil?", ["acupuncture"]),
    ],
)
@pytest.mark.parametrize("intent", ["ask_technique", "ask_difference"])
def test_trigger_points_compared_with_acupoints_are_how_the_treatments_differ(store, question, named, intent):
    d = _routed(store, question, intent, named, ranking=[(intent, 0.7), ("ask_technique", 0.2)])
    assert d.kind == "kb" and d.entry.topic == "difference", (d.rule, d.entry)
    assert {"acupuncture", "dry_needling"} <= set(d.entry.modalities)
    assert "ims" not in d.entry.modalities


@pytest.mark.parametrize(
    "question,named",
    [
        ("one place advertises IMS, the other dry needling. same thing or not?", ["ims", "dry_needling"]),
        (
            "my physio calls it acupuncture, my friend's calls it dry needling. are they the same?",
            ["acupuncture", "dry_needling"],
        ),
        ("un kiné fait de l'IMS, l'autre du dry needling, c'est la même chose?", ["ims", "dry_needling"]),
    ],
)
@pytest.mark.parametrize("intent", ["ask_choosing", "ask_overview"])
def test_same_thing_or_not_of_two_treatments_is_how_they_differ(store, question, named, intent):
    d = _routed(store, question, intent, named)
    assert d.kind == "kb" and d.entry.topic == "difference", (d.rule, d.entry)


@pytest.mark.parametrize(
    "question",
    [
        "can I do acupuncture and dry needling in the same week?",
        "are they the same price, dry needling and acupuncture?",
    ],
)
def test_same_week_or_same_price_is_no_question_of_difference(question):
    q = ask(question, intent="ask_choosing", named=["acupuncture", "dry_needling"])
    assert question_topic(q) == "choosing"


@pytest.mark.parametrize(
    "question,named",
    [
        (
            "how much research is there on dry needling compared to acupuncture?",
            ["dry_needling", "acupuncture"],
        ),
        ("is there more evidence behind IMS or behind acupuncture?", ["ims", "acupuncture"]),
        (
            "y a-t-il plus d'études sur l'acupuncture que sur le dry needling?",
            ["acupuncture", "dry_needling"],
        ),
    ],
)
def test_research_compared_between_treatments_is_the_research(question, named):
    assert question_topic(ask(question, intent="ask_difference", named=named)) == "evidence"


@pytest.mark.parametrize(
    "question,intent",
    [
        (
            "my physio says IMS will 'switch off' the muscle. what does that mean in plain english?",
            "ask_evidence",
        ),
        ("they keep saying the needle will 'release' the knot, what do they mean by that?", "ask_conditions"),
        (
            "le physio dit que l'IMS va « réinitialiser » le muscle, ça veut dire quoi?",
            "ask_treatment_course",
        ),
    ],
)
def test_the_meaning_of_a_word_the_clinic_uses_is_how_it_works(question, intent):
    assert question_topic(ask(question, intent=intent, named=["ims"])) == "overview"


def test_what_a_research_word_means_stays_the_research():
    q = ask(
        "what does 'moderate evidence' mean for dry needling?", intent="ask_evidence", named=["dry_needling"]
    )
    assert question_topic(q) == "evidence"


@pytest.mark.parametrize(
    "question",
    [
        "will she check my knee first or just start sticking needles in on the first visit?",
        "do they look at my back before needling or just go straight in with the needles?",
        "est-ce que le physio va examiner mon épaule avant de piquer?",
    ],
)
@pytest.mark.parametrize("intent", ["ask_treatment_course", "ask_overview"])
def test_being_checked_before_the_needles_is_how_a_session_is_done(question, intent):
    assert question_topic(ask(question, intent=intent)) == "technique"


@pytest.mark.parametrize(
    "question",
    [
        "do I still need my rehab exercises as well, or is needling enough to fix my knee?",
        "is the needling enough on its own to sort my shoulder or do I keep up the home exercises too?",
        "est-ce que les séances d'aiguilles suffisent ou je dois faire mes exercices aussi pour mon genou?",
    ],
)
def test_exercises_or_needling_alone_is_the_course_of_treatment(store, question):
    asked = frozenset(store.synonyms.find_in_text("condition", question))
    assert asked  # the body part is read as a condition asked about, as the NLU does
    q = replace(
        ask(question, intent="ask_treatment_course", confidence=0.9), conditions=asked, asked_conditions=asked
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "treatment_course", (d.rule, d.entry)
    assert d.rule != "personal_advice"


@pytest.mark.parametrize(
    "question",
    [
        "saw an acupuncturist today and my leg jerked every time a needle went in. is that supposed to happen?",
        "had IMS, is the jumping thing under the needles normal?",
    ],
)
@pytest.mark.parametrize("intent", ["ask_treatment_course", "ask_overview"])
def test_a_muscle_that_jerked_under_the_needle_is_the_twitch(question, intent):
    assert question_topic(ask(question, intent=intent, named=["acupuncture"])) == "technique"


def test_a_spasm_asked_whether_needling_helps_stays_the_condition():
    q = ask("my back spasmed all week, would IMS help?", intent="ask_conditions", named=["ims"])
    assert question_topic(q) == "conditions"


@pytest.mark.parametrize(
    "question,topic",
    [
        ("and which one hurts more", "sensation"),
        ("ok which one takes longer?", "session_length"),
        ("which of the two is less painful?", "sensation"),
        ("which one for a runner with a cranky knee", "choosing"),
    ],
)
def test_which_one_after_two_treatments_compared_asks_about_the_aspect_named(store, question, topic):
    d = _routed(
        store,
        question,
        "nlu_fallback",
        confidence=0.3,
        context=["ims", "dry_needling"],
        previous_topic="difference",
    )
    assert d.kind == "kb" and d.entry.topic == topic, (d.rule, d.entry)


@pytest.mark.parametrize(
    "question,named",
    [
        (
            "I teach pilates and my clients keep asking if dry needling is the same as acupuncture. what do I say?",
            ["dry_needling", "acupuncture"],
        ),
        (
            "my running club argues whether IMS is the same thing as dry needling, settle it",
            ["ims", "dry_needling"],
        ),
        (
            "mes élèves de yoga demandent si le dry needling c'est la même chose que l'acupuncture",
            ["dry_needling", "acupuncture"],
        ),
    ],
)
def test_two_treatments_compared_in_someone_elses_words_are_not_out_of_scope(store, question, named):
    d = _routed(store, question, "out_of_scope", named, confidence=0.7)
    assert d.kind == "kb" and d.entry.topic == "difference", (d.rule, d.entry)


# From heldout13's failure classes (issue 11).
def test_which_one_after_the_difference_between_two_treatments_is_choosing(store):
    q = ask(
        "alright which one for a cyclist with a grumpy hip",
        intent="out_of_scope",
        confidence=0.5,
        context=["acupuncture", "dry_needling"],
        previous_topic="difference",
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "choosing", d.rule


# From heldout18's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "are acupuncture needles anything like the ones for flu shots?",
        "are the needles thinner than a blood test needle?",
        "les aiguilles sont-elles comme celles des vaccins?",
    ],
)
def test_needles_compared_with_a_shot_are_answered(store, message):
    d = route(ask(message, intent="ask_needles", confidence=0.7), store)
    assert d.kind == "kb", (d.rule, d.subject)


# From heldout19's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "lol i needle people all day, are dry needling needles thinner than a tattoo needle?",
        "is an acupuncture needle smaller than a tattoo needle?",
        "are IMS needles like tattoo needles?",
    ],
)
def test_a_tattoo_needle_compared_is_not_a_tattoo(store, message):
    assert all(s.id != "skin" for s in subjects.not_covered_subjects(message))


# From heldout20's failure classes (issue 11).
@pytest.mark.parametrize(
    "message, named",
    [
        (
            "cranky knee. honestly what's the difference between IMS and plain dry needling?",
            ["ims", "dry_needling"],
        ),
        ("my knee is bad. is acupuncture different from dry needling?", ["acupuncture", "dry_needling"]),
        ("j'ai mal au genou. c'est quoi la différence entre l'IMS et l'acupuncture?", ["ims", "acupuncture"]),
    ],
)
def test_the_difference_asked_with_a_condition_told_is_the_difference(store, message, named):
    q = ask(
        message, intent="ask_difference", confidence=0.95, named=named, conditions={"knee_osteoarthritis"}
    )
    d = route(replace(q, asked_conditions=frozenset({"knee_osteoarthritis"})), store)
    assert d.kind == "kb" and d.entry.topic == "difference", (d.rule, d.entry and d.entry.id)


# From heldout21's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "tennis elbow. dry needling or acupuncture, which makes more sense?",
        "acupuncture or IMS for my hip, which one should i pick?",
    ],
)
def test_which_makes_more_sense_is_choosing_not_insurance(message):
    q = ask(message, intent="ask_insurance", confidence=0.5, named=["acupuncture", "ims"])
    assert question_topic(q) == "choosing"


# From heldout21's failure classes (issue 11).
@pytest.mark.parametrize(
    "message, named, context",
    [
        ("does it hurt more than normal dry needling?", ["dry_needling"], ["ims"]),
        ("is it worse than acupuncture?", ["acupuncture"], ["ims"]),
        ("c'est plus douloureux que l'acupuncture?", ["acupuncture"], ["dry_needling"]),
    ],
)
def test_compared_with_the_one_talked_about_keeps_both(message, named, context):
    q = ask(message, intent="ask_sensation", named=named, context=context)
    assert set(asked_modalities(q, "sensation")) == set(named) | set(context)


# From heldout24's failure classes (issue 11).
@pytest.mark.parametrize(
    "message, intent",
    [
        ("acupuncture or dry needling for a sore lower back from lifting boxes all day?", "ask_aftercare"),
        ("dry needling or acupuncture for my neck? i'm a hairdresser and stand all day", "ask_technique"),
        ("l'acupuncture ou la puncture sèche pour mon dos? je suis infirmière", "ask_sensation"),
        ("IMS vs dry needling for a stiff back from driving a truck?", "ask_overview"),
    ],
)
def test_a_or_b_for_a_complaint_is_choosing(store, message, intent):
    named = ["ims", "dry_needling"] if message.startswith("IMS") else ["acupuncture", "dry_needling"]
    d = route_as(store, message, intent, named=named)
    assert d.kind == "kb" and d.entry.topic == "choosing", (d.rule, d.entry and d.entry.id)


# From heldout29's failure classes (issue 11, tuner UF).
@pytest.mark.parametrize(
    "question,named",
    [
        (
            "is acupuncture really different from dry needling or just a way to charge more?",
            ["acupuncture", "dry_needling"],
        ),
        (
            "whats the diference between ims and dry needling, or is it marketing so they can bill more",
            ["ims", "dry_needling"],
        ),
        (
            "l'IMS est-ce vraiment différent du dry needling ou c'est juste pour facturer plus cher?",
            ["ims", "dry_needling"],
        ),
    ],
)
@pytest.mark.parametrize("intent", ["ask_insurance", "ask_difference", "nlu_fallback", "ask_contact"])
def test_a_difference_question_with_money_as_motive_is_the_difference(store, question, named, intent):
    d = route(ask(question, intent=intent, confidence=0.6, named=named), store)
    assert d.kind == "kb" and d.topic == "difference", (d.kind, d.rule, d.topic)


# From heldout29's failure classes (issue 11, tuner UF).
@pytest.mark.parametrize(
    "question",
    [
        "is there a price difference between IMS and dry needling?",
        "combien coûte l'IMS comparé au dry needling?",
    ],
)
def test_a_price_asked_stays_the_fees(store, question):
    d = route(ask(question, intent="ask_insurance", confidence=0.8, named=["ims", "dry_needling"]), store)
    assert d.kind == "clinic" and d.clinic_topic == "fees", (d.kind, d.rule, d.clinic_topic)


# From heldout29's failure classes (issue 11, tuner UF).
@pytest.mark.parametrize(
    "question",
    [
        "how can i spot a bad acupuncturist before i waste my money?",
        "what should i look for in an acupuncturist?",
        "how do you tell a good practitioner from a bad one when they all have the same credentials?",
        "comment reconnaître une bonne acupunctrice?",
    ],
)
@pytest.mark.parametrize("intent", ["ask_treatment_course", "ask_overview", "ask_practitioners"])
def test_telling_a_good_practitioner_from_a_bad_one_is_practitioners(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.6, named=["acupuncture"]), store)
    assert d.kind == "kb" and d.topic == "practitioners", (d.kind, d.rule, d.topic)


# From heldout30's failure classes (issue 11, tuner UH).
@pytest.mark.parametrize(
    "question,named",
    [
        (
            "what's the diff between acupuncture and dry needling? both are on the clinic's price list",
            ["acupuncture", "dry_needling"],
        ),
        ("diff between ims and dry needling? saw both on the pricing page", ["ims", "dry_needling"]),
        (
            "quelle est la différence entre l'IMS et le dry needling ? les deux sont sur la liste de prix",
            ["ims", "dry_needling"],
        ),
    ],
)
def test_the_difference_asked_with_a_price_list_told_is_the_difference(store, question, named):
    d = route(ask(question, intent="ask_fees", confidence=0.8, named=named), store)
    assert d.kind == "kb" and d.entry.topic == "difference", (d.kind, d.rule)


# From heldout30's failure classes (issue 11, tuner UH).
def test_a_price_difference_stays_the_fees(store):
    q = ask(
        "what's the price difference between IMS and dry needling?",
        intent="ask_fees",
        named=["ims", "dry_needling"],
    )
    d = route(q, store)
    assert (d.kind, d.clinic_topic) == ("clinic", "fees"), (d.kind, d.rule)
