"""Read as an emergency by the classifier alone: a sign lasting since a session told in texting
shorthand ("last wk"), how many sessions a course takes ("cmb de séances"), and a clinic logistics
question or a short follow-up to the clinic's answer ("and is there a bus?") are questions, not
calls for help, unless a danger word or something grave is told."""

import pytest

from bot.knowledge.emergency_alone import not_an_alarm
from tests.helpers.route_questions import read_as_emergency

QUESTIONS = [
    "2 fingers still numb since the needles last wk",
    "thumb still tingly since my acupuncture 2 wks ago, is that normal",
    "j'ai halé des trappes 30 ans pis l'épaule est finie. cmb de séances ça prend",
    "bad shoulder from the warehouse, how many sessions will it take?",
    "combien de séances pour un genou usé ?",
    "my wrist is in a cast so my partner has to drive me in. is there parking?",
    "cant make it tmrw, can u move me to thurs",
    "anything I need to bring on the day?",
]


@pytest.mark.parametrize("message", QUESTIONS)
def test_a_lasting_sign_a_course_or_a_clinic_matter_is_no_alarm(message):
    assert not_an_alarm(read_as_emergency(message))


def test_a_short_follow_up_to_the_clinics_answer_is_no_alarm():
    q = read_as_emergency(
        "and is there a bus, i don't always have the truck", previous_topic="clinic:parking"
    )
    assert not_an_alarm(q)


STILL_ALARMS = [
    "2 fingers numb since the needles last wk and now my whole arm is weak",
    "how many sessions? my chest is crushing right now",
    "cmb de séances ? j'ai de la misère à respirer",
    "cant make it tmrw, my husband is having a stroke",
    "is there parking? my dad collapsed in your lobby",
    "cancel my appointment, I'm bleeding through the bandage",
    "my wife just went down in the car park after her session and she won't open her eyes",
    "is there parking? he's on the floor and won't wake up",
]


@pytest.mark.parametrize("message", STILL_ALARMS)
def test_a_danger_word_keeps_the_alarm(message):
    assert not not_an_alarm(read_as_emergency(message))


def test_a_danger_word_in_a_follow_up_to_the_clinic_keeps_the_alarm():
    q = read_as_emergency("and is there a bus? she just fainted", previous_topic="clinic:parking")
    assert not not_an_alarm(q)
