"""Issue 11, session 16: story words that name no subject. A tingle that lasts is a session's
reaction only when a session is told as had: "my toes have been tingly for weeks", "pins and needles
ever since I started a desk job" asked whether needling helps are a nerve complaint, answered;
"ever since I..." dates it from another event, never points back at a session
(bot/knowledge/session_talk.py). Diabetes said not to be there ("no diabetes here, just a trapped
nerve") is no diabetes. Cupping's marks as the yardstick of a question about needling's ("will IMS
leave round marks like cupping?") is no other therapy asked about."""

import pytest

from bot.knowledge import session_talk
from bot.knowledge.route import route
from bot.knowledge.subjects import not_covered_subjects
from tests.unit.bot.knowledge.test_route import ask


def _ids(text):
    return [s.id for s in not_covered_subjects(text)]


@pytest.mark.parametrize(
    "message, named",
    [
        ("my toes have been tingly for weeks, would acupuncture help?", ["acupuncture"]),
        (
            "pins and needles in my hand ever since I started a desk job, can dry needling help?",
            ["dry_needling"],
        ),
        ("my calf has been tingling ever since my car accident, is IMS worth a try?", ["ims"]),
    ],
)
def test_a_tingle_with_no_session_told_is_a_nerve_complaint(store, message, named):
    assert "session_reaction" not in _ids(message)
    d = route(ask(message, intent="ask_conditions", confidence=0.8, named=named), store)
    assert d.kind == "kb", (d.rule, d.subject)


@pytest.mark.parametrize(
    "message",
    [
        "had IMS on friday and my hand has been tingling for days",
        "after my acupuncture session my foot has had pins and needles that won't go away",
    ],
)
def test_a_tingle_after_a_session_had_is_still_its_reaction(message):
    assert "session_reaction" in _ids(message)


def test_ever_since_another_event_points_at_no_session():
    assert session_talk.POINTS_BACK_TO_SESSION.search("my arm has been weak ever since, is that normal?")
    assert not session_talk.POINTS_BACK_TO_SESSION.search("tingly ever since i fell off my bike")


@pytest.mark.parametrize(
    "message, named",
    [
        (
            "no diabetes here, just a trapped nerve in my lower back. would acupuncture help nerve pain?",
            ["acupuncture"],
        ),
        ("pas diabétique du tout, c'est un nerf coincé dans le cou. l'IMS peut aider?", ["ims"]),
    ],
)
def test_diabetes_said_not_to_be_there_is_no_diabetes(store, message, named):
    assert not {"diabetes", "diabetic_neuropathy"} & set(_ids(message))
    d = route(ask(message, intent="ask_conditions", confidence=0.8, named=named), store)
    assert d.kind == "kb", (d.rule, d.subject)


def test_diabetes_told_is_still_the_subject():
    assert "diabetic_neuropathy" in _ids("I'm diabetic and my feet are numb, can needling help?")


@pytest.mark.parametrize(
    "message, named",
    [
        ("will IMS leave round marks like cupping?", ["ims"]),
        ("est-ce que les aiguilles laissent des bleus comme les ventouses?", ["acupuncture"]),
    ],
)
def test_cupping_as_the_yardstick_of_needling_marks_is_answered(store, message, named):
    assert _ids(message) == []
    d = route(ask(message, intent="ask_aftercare", confidence=0.8, named=named), store)
    assert d.kind == "kb", (d.rule, d.subject)


@pytest.mark.parametrize("message", ["are cupping marks dangerous?", "is cupping better than acupuncture?"])
def test_cupping_asked_about_is_still_declined(message):
    assert {"other_therapies", "other_tcm"} & set(_ids(message))
