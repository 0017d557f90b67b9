"""A sign told as past and "gone now" (rule 1 of bot/knowledge/route.py): "now" after gone, healed or
over tells how the patient is today, not a sign still going on; a sign back now still alarms."""

import pytest

from bot.knowledge.route import route
from bot.nlu.safety import red_flag
from tests.helpers.route_questions import ask

GONE_NOW = [
    "two years ago one side of my face drooped, the neurologist said Bell's palsy and it's all gone now. can acupuncture help my sore neck?",
    "last summer my face went lopsided for a few weeks, turned out to be Bell's palsy, totally healed now. does dry needling help shoulder pain?",
    "l'an passé j'ai eu le visage qui tombait d'un côté, c'était une paralysie de Bell, c'est complètement parti maintenant. l'acupuncture aide pour le dos?",
]


@pytest.mark.parametrize("message", GONE_NOW)
def test_a_sign_past_and_gone_now_gets_no_emergency_reply(store, message):
    flag = red_flag(message) or "medical"
    d = route(ask(message, intent="emergency", confidence=1.0, red_flag=flag), store)
    assert d.kind != "emergency", d.rule


def test_a_sign_back_now_still_alarms(store):
    message = "last year I had Bell's palsy and it went away, but my face is drooping again right now"
    d = route(
        ask(message, intent="emergency", confidence=1.0, red_flag=red_flag(message) or "medical"), store
    )
    assert d.kind == "emergency", d.rule
