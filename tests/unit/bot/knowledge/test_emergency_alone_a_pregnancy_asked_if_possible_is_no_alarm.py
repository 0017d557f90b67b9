"""The classifier alone raised the emergency reply on a pregnant patient asking whether it is possible
for her ("Je suis soigneuse et enceinte de 5 mois, c'est possible pour moi?", heldout133 wb-150; issue
11). Asking whether needling is possible while pregnant is asking whether it is allowed: a question,
declined as not covered. Other wordings than that case; a danger to the pregnancy or a sign now keeps
the alarm."""

import pytest

from bot.knowledge.route import route
from bot.knowledge.store import get_store
from tests.helpers.route_questions import read_as_emergency


def _routed(text):
    return route(read_as_emergency(text), get_store())


NO_ALARM = [
    "je suis enceinte de 20 semaines, est-ce possible?",
    "28 weeks pregnant, is that possible for me?",
    "enceinte de 7 mois et j'ai mal au dos, ce serait possible?",
    "I'm expecting in March, would it be possible in my case?",
]
STILL_ALARM = [
    "enceinte de 5 mois, c'est possible pour moi? je saigne beaucoup",
    "I'm pregnant and having contractions, is it possible?",
    "I'm pregnant and the baby stopped moving, is that possible?",
    "pregnant and I can't breathe, is this possible?",
]


@pytest.mark.parametrize("message", NO_ALARM)
def test_a_pregnancy_asked_if_possible_gets_no_alarm(message):
    assert _routed(message).kind != "emergency"


@pytest.mark.parametrize("message", STILL_ALARM)
def test_a_danger_to_the_pregnancy_or_a_sign_now_keeps_the_alarm(message):
    assert _routed(message).kind == "emergency"
