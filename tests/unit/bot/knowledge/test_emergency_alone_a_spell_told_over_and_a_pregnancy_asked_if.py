"""The classifier alone raised the emergency reply on two heldout65/66 questions (issue 11): a
dizzy or faint spell told as over after a session, asked whether it is normal, and a pregnancy
put as "what if" in a follow-up. Other wordings than those cases; a sign going on now, or a danger
to the pregnancy, keeps the alarm."""

import pytest

from bot.knowledge.route import route
from bot.knowledge.store import get_store
from tests.helpers.route_questions import read_as_emergency


def _routed(text):
    return route(read_as_emergency(text), get_store())


NO_ALARM = [
    "got a bit light-headed at the end of my acupuncture appointment yesterday, is that common?",
    "was so woozy after the needling session, why does that happen?",
    "je me suis sentie étourdie après ma séance de puncture, c'est normal?",
    "what if I'm pregnant, 5 months?",
    "and if I'm 20 weeks pregnant?",
    "pis si je suis enceinte de 3 mois?",
]
STILL_ALARM = [
    "felt dizzy and faint after my session and now I can't stand up, is that normal?",
    "j'ai eu un malaise après la séance et maintenant je respire mal, c'est normal?",
    "what if I'm pregnant and bleeding a lot right now?",
]


@pytest.mark.parametrize("message", NO_ALARM)
def test_a_spell_told_over_or_a_pregnancy_put_as_what_if_gets_no_alarm(message):
    assert _routed(message).kind != "emergency"


@pytest.mark.parametrize("message", STILL_ALARM)
def test_a_sign_now_or_a_danger_to_the_pregnancy_keeps_the_alarm(message):
    assert _routed(message).kind == "emergency"
