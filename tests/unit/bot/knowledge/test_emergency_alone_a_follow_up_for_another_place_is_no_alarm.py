"""A follow-up that asks the question before again for another place ("and my hip from kneeling all
day?") was read by the classifier alone as an emergency (heldout91, issue 11). It is no alarm when no
danger word is told; a danger word in it keeps the alarm. Other wordings, both languages.

Why: a false alarm on an ordinary follow-up frightens the patient and hides the answer."""

import pytest

from bot.knowledge.route import route
from bot.knowledge.store import get_store
from tests.helpers.route_questions import read_as_emergency


def _routed(question):
    return route(read_as_emergency(question), get_store())


@pytest.mark.parametrize(
    "text",
    [
        "and my hip from kneeling on the shop floor all week?",
        "what about her shoulders from carrying the toddler around?",
        "et pour mon épaule à force de porter les caisses ?",
    ],
)
def test_a_follow_up_for_another_place_gets_no_alarm(text):
    assert _routed(text).kind != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "and my arm that went numb and weak an hour ago?",
        "and my chest, it's tight and I can't get a breath?",
        "et ma jambe qui est gonflée et chaude ?",
    ],
)
def test_a_follow_up_with_a_danger_word_keeps_the_alarm(text):
    assert _routed(text).kind == "emergency"
