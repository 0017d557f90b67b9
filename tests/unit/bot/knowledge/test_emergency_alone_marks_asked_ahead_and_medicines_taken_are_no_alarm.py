"""The classifier alone raised the emergency reply on two heldout63/64 questions (issue 11): whether a
session will leave a bruise, asked ahead of an event, and a medicine the patient takes told with a
short question. Other wordings than those cases; a danger word beside them, or too much of a
medicine taken, keeps the alarm."""

import pytest

from bot.knowledge.route import route
from bot.knowledge.store import get_store
from tests.helpers.route_questions import read_as_emergency


def _routed(text):
    return route(read_as_emergency(text), get_store())


NO_ALARM = [
    "would dry needling leave marks? big photo shoot on saturday",
    "am I going to bruise from acupuncture? it's my daughter's graduation friday",
    "est-ce que ça va laisser des bleus? j'ai un party samedi",
    "what if I'm taking metformin and a beta blocker?",
    "je prends des médicaments pour la pression et une statine, c'est correct?",
]
STILL_ALARM = [
    "will I bruise? I'm bleeding through the bandage and can't stop it",
    "I took too many of my heart pills and feel faint",
    "I'm on blood thinners and my chest is tight and I can't breathe",
]


@pytest.mark.parametrize("message", NO_ALARM)
def test_marks_asked_ahead_or_a_medicine_taken_get_no_alarm(message):
    assert _routed(message).kind != "emergency"


@pytest.mark.parametrize("message", STILL_ALARM)
def test_a_danger_word_or_an_overdose_keeps_the_alarm(message):
    assert _routed(message).kind == "emergency"
