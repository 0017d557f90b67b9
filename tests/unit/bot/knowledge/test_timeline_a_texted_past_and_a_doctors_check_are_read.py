"""A sign told as past and cleared by a doctor, typed in texting shorthand ("last wk", "said its fine") or in
Québec French ("le docteur m'a checké"), is no emergency (route rule 1, bot/knowledge/timeline.py); the same sign
still going on, or not yet explained, keeps the alarm."""

import pytest

from bot.knowledge.route import route
from bot.knowledge.store import get_store
from bot.nlu.safety import red_flag
from tests.helpers.route_questions import ask

TOLD_AS_OVER = [
    "chest went tight last wk lifting the boat, doc ran an ECG n said its fine. can needling help a sore chest muscle?",
    "my chest hurt 2 wks ago after shovelling, the doctor said it was just a pulled muscle. can IMS help the ribs?",
    "j'ai eu une barre dans la poitrine hier, le docteur m'a checké pis c'était juste musculaire. ça fait-tu mal, l'IMS?",
]
STILL_GOING_ON = [
    "chest went tight last wk and it's still tight now, worse when I breathe. can needling help?",
    "j'ai une barre dans la poitrine depuis hier soir et ça empire. l'acupuncture peut aider?",
]


def _decide(message):
    flag = red_flag(message) or ""
    return route(ask(message, intent="emergency", confidence=1.0, red_flag=flag), get_store())


@pytest.mark.parametrize("message", TOLD_AS_OVER)
def test_a_sign_told_as_past_and_cleared_in_shorthand_is_no_emergency(message):
    decision = _decide(message)
    assert decision.kind != "emergency", decision.rule
    assert decision.safety_note


@pytest.mark.parametrize("message", STILL_GOING_ON)
def test_the_sign_still_going_on_keeps_the_alarm(message):
    assert red_flag(message)
    assert _decide(message).kind == "emergency"
