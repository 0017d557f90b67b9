"""Session 20: how long a session is, asked in any wording ("how long is a dry needling appointment?",
"combien de temps dure une séance ?"), is the session-length entry whatever the classifier guessed from
the story around it (night shifts, a lunch break); a bleed or a bruise where a needle went, asked whether
it is normal, a worry or something to tell, is after-care; so is a bruise's colour asked in a follow-up
to an after-care answer."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "question, story, intent, named",
    [
        (
            "how long is a dry needling appointment usually?",
            "I work evenings at the warehouse.",
            "ask_treatment_course",
            ("dry_needling",),
        ),
        ("how long does an IMS session take? i only get a 45 minute break", "", "ask_aftercare", ("ims",)),
        (
            "how long does acupuncture last, roughly?",
            "back to back night shifts this week.",
            "ask_treatment_course",
            ("acupuncture",),
        ),
        (
            "combien de temps dure une séance d'acupuncture ?",
            "Je travaille de nuit.",
            "ask_treatment_course",
            ("acupuncture",),
        ),
    ],
)
def test_how_long_a_session_is_is_the_session_length(store, question, story, intent, named):
    d = route(ask(question, story=story, intent=intent, confidence=0.6, named=named), store)
    assert d.kind == "kb" and d.entry.topic == "session_length", (d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "question, story",
    [
        ("how long does it take to start working?", "I have acupuncture for my knee."),
        ("how long will the soreness last after a session?", ""),
    ],
)
def test_how_long_until_it_works_or_soreness_lasts_is_not_the_session_length(store, question, story):
    d = route(
        ask(question, story=story, intent="ask_treatment_course", confidence=0.6, named=("acupuncture",)),
        store,
    )
    assert not (d.kind == "kb" and d.entry.topic == "session_length"), (d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "question, intent",
    [
        (
            "it bled a bit when the acupuncturist pulled a needle from my hand. should I tell her next time?",
            "ask_treatment_course",
        ),
        ("there's a bruise on my calf where they needled, is that a thing?", "ask_technique"),
        ("un peu de sang quand elle a retiré l'aiguille, c'est normal ?", "ask_treatment_course"),
    ],
)
def test_a_bleed_or_bruise_where_a_needle_went_asked_about_is_aftercare(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.6), store)
    assert d.kind == "kb" and d.entry.topic == "aftercare", (d.rule, d.entry and d.entry.id)


def test_a_bruises_colour_asked_after_an_aftercare_answer_is_aftercare(store):
    q = ask(
        "now it's turned purple and green, should I worry?",
        intent="ask_treatment_course",
        confidence=0.6,
        previous_topic="aftercare",
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "aftercare", (d.rule, d.entry and d.entry.id)
