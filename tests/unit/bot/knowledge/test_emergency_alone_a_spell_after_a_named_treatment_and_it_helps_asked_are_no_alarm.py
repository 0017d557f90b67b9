"""The classifier alone raised the emergency reply on three heldout68/70 questions (session 16,
issue 11): a dizzy spell told as over after a session named by its treatment ("after his first
IMS"), asked whether it is normal, and whether "it" helps a complaint, the message opening on
"does it help ...?" with nothing before it for "it" to stand for but the treatment. Other wordings
than those cases, in English and French; a sign going on now, a question whether something helps
to do, or a red-flag phrase keeps the alarm."""

import pytest

from bot.knowledge.route import route
from bot.knowledge.store import get_store
from tests.helpers.route_questions import read_as_emergency


def _routed(text):
    return route(read_as_emergency(text), get_store())


NO_ALARM = [
    # a spell over, after a session named by its treatment
    "my wife went really light-headed after her second IMS and had to lie down for a bit. is that common?",
    "Grandpa got woozy after the IMS on Tuesday, sat in the waiting room for a while. why does that happen?",
    "mon père s'est senti étourdi après sa première puncture, il a dû s'asseoir 10 minutes. c'est normal ?",
    # whether "it" helps a complaint, opening the message
    "does it help the puffy feet I get after long bus trips?",
    "is it any good for shin splints? my shins throb after every run",
    "can it help with heel pain? I stand at a till all day and my feet burn by evening",
    "est-ce que ça aide pour les chevilles enflées après les longs vols ?",
    "ça marche pour la fasciite plantaire? mes talons brûlent tous les matins",
]
STILL_ALARM = [
    "felt dizzy after my IMS and now my chest is tight and I can't breathe, is that normal?",
    "does it help chest pain? it started suddenly an hour ago and my left arm is numb",
    "does it help to lie down? my calf is swollen and hot since the flight",
    "my ankles are swollen, does it help?",
]


@pytest.mark.parametrize("message", NO_ALARM)
def test_a_spell_over_or_whether_it_helps_a_complaint_gets_no_alarm(message):
    d = _routed(message)
    assert d.kind != "emergency", d.rule
    assert d.safety_note


@pytest.mark.parametrize("message", STILL_ALARM)
def test_a_sign_now_or_help_to_do_something_keeps_the_alarm(message):
    assert _routed(message).kind == "emergency"
