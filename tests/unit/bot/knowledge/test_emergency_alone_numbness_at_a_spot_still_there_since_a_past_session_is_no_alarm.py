"""Issue 11 (held-out class): numbness or tingling at one spot that began at a session on a past day
and is still there is an after-effect the documents do not cover (written rule 6), not a sudden
sign: the classifier alone must not raise the alarm (bot/knowledge/emergency_alone.py). Numbness
spreading, sudden, of the face or a whole side, weakness, or any other danger word keeps it."""

import pytest

from bot.knowledge.route import route
from bot.knowledge.store import get_store
from tests.helpers.route_questions import read_as_emergency


def _routed(text):
    return route(read_as_emergency(text), get_store())


@pytest.mark.parametrize(
    "message",
    [
        "had dry needling on monday and my index finger went numb, it's still numb",
        "since acupuncture yesterday there's a tingly patch on my foot that's still there",
        "depuis l'IMS d'hier j'ai le pouce engourdi, c'est toujours engourdi",
        "après la séance de lundi mon petit doigt est resté engourdi",
    ],
)
def test_numbness_at_a_spot_still_there_since_a_past_session_gets_no_alarm(message):
    assert _routed(message).kind != "emergency"


@pytest.mark.parametrize(
    "message",
    [
        "after IMS yesterday my hand went numb and now it's suddenly weak",
        "since dry needling on monday my whole arm is numb and it's spreading",
        "depuis l'acupuncture d'hier j'ai le visage engourdi",
        "after acupuncture yesterday my fingers are numb and my chest feels tight",
    ],
)
def test_numbness_spreading_sudden_wide_or_with_a_danger_word_keeps_the_alarm(message):
    assert _routed(message).kind == "emergency"
