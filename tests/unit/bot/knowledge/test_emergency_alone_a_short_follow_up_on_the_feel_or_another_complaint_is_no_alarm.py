"""Session 21: a short follow-up after an answer, asking how the treatment feels ("and does it hurt? I'm
not great with needles anymore after all the nerve blocks") or naming another complaint ("and
headaches? I get both since all this started"), was read by the classifier alone as an emergency
(heldout116 vk-147, heldout117 vl-078). With no danger word and nothing going on now it is the question
before, asked on; a danger word, something going on now or no answer before keeps the alarm.

Why: a false alarm on an ordinary follow-up frightens the patient and hides the answer."""

import pytest

from bot.knowledge.route import route
from bot.knowledge.store import get_store
from tests.helpers.route_questions import ask


def _routed(text, previous_topic="conditions", conditions=()):
    q = ask(
        text,
        intent="emergency",
        confidence=0.95,
        context=["acupuncture"],
        previous_topic=previous_topic,
        conditions=conditions,
        ranking=[("emergency", 0.95), ("ask_sensation", 0.03)],
    )
    return route(q, get_store())


@pytest.mark.parametrize(
    "text",
    [
        "and does it hurt? I'm not great with needles anymore",
        "and will it hurt? my sister says it stings",
        "et ça fait mal ? j'ai jamais aimé les piqûres",
    ],
)
def test_how_it_feels_asked_on_is_no_alarm(text):
    assert _routed(text).kind != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "and headaches? I get both since all this started",
        "what about migraines? had them for years",
    ],
)
def test_another_complaint_asked_on_is_no_alarm(text):
    assert _routed(text, conditions={"migraine_headache"}).kind != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "and does it hurt? my chest is tight right now",
        "and headaches? the worst of my life came on suddenly an hour ago",
        "and does it hurt? my arm went numb",
    ],
)
def test_a_danger_word_or_something_now_keeps_the_alarm(text):
    assert _routed(text, conditions={"migraine_headache"}).kind == "emergency"


def test_no_answer_before_keeps_the_alarm():
    assert _routed(
        "and headaches? I get both", previous_topic=None, conditions={"migraine_headache"}
    ).kind == ("emergency")
