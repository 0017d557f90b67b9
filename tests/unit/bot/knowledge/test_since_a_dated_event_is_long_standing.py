"""A sign told as there since an event with a year ("my mouth has drooped since my stroke in
2019", "depuis mon AVC en 2018"), asking whether needling would help, is long-standing (route
rule 1, bot/knowledge/timeline.long_standing): answered with the safety note, not the emergency
reply. The same sign since an event today still alarms."""

import pytest

from bot.knowledge.timeline import long_standing
from tests.helpers.route_questions import ask


def _flagged(text):
    q = ask(text, intent="emergency", confidence=1.0)
    q.red_flag = "medical"
    return q


@pytest.mark.parametrize(
    "text",
    [
        "one side of my mouth has drooped since my stroke in 2019, would acupuncture help?",
        "his smile has been crooked since the car crash in 2016. could needling help with it?",
        "le côté gauche de mon visage tombe depuis mon AVC en 2018, l'acupuncture pourrait m'aider ?",
    ],
)
def test_a_sign_since_a_dated_event_is_long_standing(text):
    assert long_standing(_flagged(text))


@pytest.mark.parametrize(
    "text",
    [
        "her mouth has drooped since her fall this morning, would acupuncture help?",
        "my face has drooped since my stroke in 2019 but now it is much worse today, could needling help?",
        "mon visage tombe depuis ma chute ce matin, l'acupuncture pourrait m'aider ?",
    ],
)
def test_a_sign_since_today_or_worse_now_is_not_long_standing(text):
    assert not long_standing(_flagged(text))
