"""Breathlessness asked about as part of a lasting lung or heart illness ("does acupuncture help her
breathing? she has emphysema", end-stage illness, hospice or palliative care) raised the emergency reply
from the red-flag phrase (heldout93, issue 11). It is a long-standing condition the patient asks to
have treated (route rule 1): no alarm. A sudden turn, or breathlessness now, keeps the alarm. Other
wordings.

Why: a false alarm frightens a family already caring for someone very ill, and a missed emergency is
the worst answer the assistant can give."""

import pytest

from bot.knowledge.route import route
from bot.knowledge.store import get_store
from bot.nlu.safety import red_flag
from tests.helpers.route_questions import ask


def _routed(text):
    q = ask(text, intent="emergency", confidence=1.0, red_flag=red_flag(text), ranking=[("emergency", 1.0)])
    return route(q, get_store())


@pytest.mark.parametrize(
    "text",
    [
        "can acupuncture help with shortness of breath? my grandfather has emphysema",
        "would needling ease his breathlessness? he's in palliative care with heart failure",
    ],
)
def test_breathlessness_of_a_lasting_illness_asked_about_is_no_alarm(text):
    assert red_flag(text) == "medical"
    assert _routed(text).kind != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "my dad has COPD and he's suddenly short of breath, can acupuncture help?",
        "mum has emphysema and is short of breath right now, would acupuncture help?",
    ],
)
def test_a_sudden_or_present_breathlessness_keeps_the_alarm(text):
    assert _routed(text).kind == "emergency"
