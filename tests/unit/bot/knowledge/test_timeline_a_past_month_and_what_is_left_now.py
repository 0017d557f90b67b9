"""A chest sign told in a named past month ("last january") or followed by what is left now ("now it's just the
upper back that's knotted"), with a check that found nothing, is no emergency (route rule 1,
bot/knowledge/timeline.py). The same sign still there, or back now, keeps the alarm."""

import pytest

from bot.knowledge.route import route
from bot.knowledge.store import get_store
from bot.nlu.safety import red_flag
from tests.helpers.route_questions import ask

TOLD_AS_OVER = [
    "chest went tight out in the rows last january, the ER checked my heart and it was fine. my neck is stiff now, would acupuncture help?",
    "my chest felt tight last week after lifting the anchor, went to emerg, ECG normal and it went away. now its just my upper back thats knotted. does needling help knots?",
    "j'ai eu la poitrine serrée en février dernier, les examens étaient normaux. est-ce que l'IMS aide pour le dos?",
    # the turn to another body part left now ("now my traps are rocks"), and a heart doctor who "checked everything"
    "chest felt tight two weeks ago on the stairs, got it checked, ECG normal, doc said stress. now my shoulders are like rocks. does needling help?",
    "la poitrine serrée la semaine passée en montant l'escalier, le cardiologue a tout vérifié, rien. l'acupuncture aide pour le cou?",
]
STILL_OR_BACK_NOW = [
    "my chest felt tight last week, went to emerg, ECG normal and it went away. now its just come back worse, what do i do?",
    "chest went tight last january and the ER said it was fine, but now i have chest pain again. is it serious?",
    "chest felt tight last week, got it checked, ECG normal. now my chest is tight again and my arm is numb, what do i do?",
]


def _decide(message):
    flag = red_flag(message) or ""
    return route(ask(message, intent="emergency", confidence=1.0, red_flag=flag), get_store())


@pytest.mark.parametrize("message", TOLD_AS_OVER)
def test_a_sign_told_in_a_past_month_or_with_only_an_ache_left_is_no_emergency(message):
    decision = _decide(message)
    assert decision.kind != "emergency", decision.rule
    assert decision.safety_note


@pytest.mark.parametrize("message", STILL_OR_BACK_NOW)
def test_the_sign_back_or_worse_now_keeps_the_alarm(message):
    assert red_flag(message)
    assert _decide(message).kind == "emergency"
