"""Words of the story read as what the question asks about (issue 11, heldout139-141): "I get
burned weekly" is no thing asked for ("weekly" is a time word, like "daily"), "what is IMS?? physio
brought it up" asks what IMS is (the question's shape is read sentence by sentence), and "passed
out at the blood clinic once as a kid", told with no question, is the patient's past with needles.
Quiet controls: a thing no entry names asked about, and a faint asked about, still decline.

Why: declining the question actually asked for a word in the story hides the answer."""

import pytest

from bot.knowledge import anchoring
from bot.knowledge.route import route
from bot.knowledge.store import get_store
from tests.helpers.route_questions import ask


def test_a_time_word_is_no_thing_asked_for():
    store = get_store()
    for text in (
        "I'm a blacksmith, I get burned weekly and don't blink. but needles?? does IMS hurt",
        "I get migraines monthly. does acupuncture hurt?",
    ):
        assert anchoring.unanchored(text, store) is None, text


def test_what_it_is_asked_in_its_own_sentence():
    assert anchoring.topic_heads("what is IMS?? physio brought it up for my shoulder") == ["ims"]
    assert anchoring.topic_heads("what is dry needling? my physio mentioned it") == ["needling"]


def test_a_thing_no_entry_names_still_declines():
    store = get_store()
    assert anchoring.unanchored("which compression sleeve should I buy?", store) is not None
    assert anchoring.topic_heads("what is a gua sha tool? my friend uses it")[-1:] == ["tool"]


@pytest.mark.parametrize(
    "story, message",
    [
        ("i'm terrified of needles.", "I passed out at the blood clinic once as a kid"),
        ("needles freak me out.", "I fainted at the blood lab when I was little"),
    ],
)
def test_an_old_faint_at_a_blood_clinic_told_is_answered(story, message):
    d = route(ask(message, story, intent="ask_sensation", confidence=0.8), get_store())
    assert d.kind == "kb", (d.kind, d.rule, getattr(d.subject, "id", None))


@pytest.mark.parametrize(
    "message",
    [
        "I passed out at the blood clinic once as a kid. will I pass out during acupuncture?",
        "I passed out during my acupuncture session last week",
    ],
)
def test_a_faint_asked_about_or_at_a_session_still_declines(message):
    d = route(ask(message, intent="ask_sensation", confidence=0.8), get_store())
    assert d.kind == "fallback", (d.kind, d.rule)
