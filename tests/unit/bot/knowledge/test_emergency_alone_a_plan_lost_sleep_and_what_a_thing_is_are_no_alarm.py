"""Read as an emergency by the classifier alone: a benefits plan asked about, sleep lost told as the
complaint, and what a single thing is asked in a sentence of its own are questions, not calls for
help, unless a danger word is told."""

import pytest

from bot.knowledge.emergency_alone import not_an_alarm
from tests.helpers.route_questions import read_as_emergency

QUESTIONS = [
    "and my wife's Manulife plan, does that count for me too?",
    "would my retired dad's Blue Cross coverage pay for it?",
    "et ma mutuelle, elle couvre ça ?",
    "what about sleep? I can barely sleep since my shoulder went",
    "et le sommeil ? je dors mal depuis mon dos",
    "what is cupping? my neighbour swears by it and won't explain",
    "c'est quoi le gua sha ? ma coiffeuse en parle tout le temps",
]


@pytest.mark.parametrize("message", QUESTIONS)
def test_a_plan_lost_sleep_or_what_a_thing_is_is_no_alarm(message):
    assert not_an_alarm(read_as_emergency(message))


STILL_ALARMS = [
    "I can't sleep, my chest is crushing and my arm is numb",
    "what's happening? I'm shaking and sweating all over",
    "what is this? my face is drooping on one side",
    "and my Blue Cross plan? I'm bleeding through the bandage right now",
]


@pytest.mark.parametrize("message", STILL_ALARMS)
def test_a_danger_word_or_what_is_happening_keeps_the_alarm(message):
    assert not not_an_alarm(read_as_emergency(message))
