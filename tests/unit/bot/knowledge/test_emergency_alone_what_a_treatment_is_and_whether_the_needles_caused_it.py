"""The classifier alone reading an emergency (route rule 4) in two kinds of ordinary question:
what a treatment not had yet is ("my chiropractor keeps bringing up dry needling for my back.
What is that exactly?": the overview), and whether a lingering effect from days ago came from the
needles ("my thumb has been tingly off and on since thursday's IMS, could it be from the
needles?"). Both get the normal reply with the safety note; told with a sign going on now, or
after a session with a question of what it is, the alarm stays."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


def _read_as_emergency(text, story="", named=()):
    """The message as the classifier hands it over when it reads an emergency, sure of it."""
    return ask(
        text,
        story=story,
        intent="emergency",
        confidence=0.99,
        named=named,
        ranking=[("emergency", 0.99), ("ask_aftercare", 0.005), ("nlu_fallback", 0.001)],
    )


WHAT_IT_IS = [
    (
        "What is that exactly?",
        "I work nights as a paramedic and my chiropractor keeps bringing up dry needling for my back.",
        ["dry_needling"],
    ),
    (
        "how does it work?",
        "my GP mentioned acupuncture for my migraines after the ER visit last year.",
        ["acupuncture"],
    ),
    (
        "C'est quoi exactement ?",
        "Je suis préposée aux urgences et mon physio me propose de l'IMS pour ma hanche.",
        ["ims"],
    ),
]


@pytest.mark.parametrize("question,story,named", WHAT_IT_IS)
def test_what_a_treatment_not_had_yet_is_gets_the_overview(store, question, story, named):
    d = route(_read_as_emergency(question, story, named), store)
    assert d.kind == "kb" and d.topic == "overview", (d.rule, d.kind, d.topic)
    assert d.safety_note


CAUSED_BY_THE_NEEDLES = [
    "my thumb has been tingly off and on since thursday's IMS, could it be from the needles?",
    "the side of my foot has felt a bit numb since my dry needling 4 days ago. is it because of the needling?",
    "j'ai le pouce qui picote par moments depuis la séance d'il y a 3 jours, est-ce que ça vient des aiguilles ?",
]


@pytest.mark.parametrize("text", CAUSED_BY_THE_NEEDLES)
def test_whether_a_lingering_effect_from_days_ago_came_from_the_needles_is_no_alarm(store, text):
    d = route(_read_as_emergency(text), store)
    assert d.kind != "emergency", d.rule
    assert d.safety_note


STILL_ALARMS = [
    (
        "what is it?",
        "my arm suddenly went weak right after my acupuncture and I can't lift it.",
        ["acupuncture"],
    ),
    (
        "is that from the needles?",
        "since this morning's IMS my leg is suddenly worse and I'm shivering with a fever.",
        ["ims"],
    ),
    (
        "c'est quoi ?",
        "depuis ma séance d'acupuncture ce matin j'ai du mal à respirer et ça empire.",
        ["acupuncture"],
    ),
]


@pytest.mark.parametrize("question,story,named", STILL_ALARMS)
def test_a_sign_going_on_now_or_after_a_session_keeps_the_alarm(store, question, story, named):
    d = route(_read_as_emergency(question, story, named), store)
    assert d.kind == "emergency", d.rule
