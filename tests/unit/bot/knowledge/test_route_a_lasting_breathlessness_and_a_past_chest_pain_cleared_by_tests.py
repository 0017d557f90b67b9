"""Two false alarms from red-flag phrases (heldout76, heldout78, issue 11): breathlessness told as a
lasting state ("all the time", "tout le temps", not sudden) with a question whether needling helps,
and a chest pain told as past that tests cleared or explained ("every scan came back normal, it was
anxiety") before another question. Both get the normal reply with the safety note; told as now,
sudden or back again, they still alarm. Other wordings than those cases, both languages."""

import pytest

from bot.knowledge.route import route
from bot.knowledge.store import get_store
from bot.nlu.safety import red_flag
from tests.helpers.route_questions import ask, split_story


def _routed(message):
    question, story = split_story(message)
    flag = red_flag(message)
    assert flag == "medical"
    q = ask(question, story, intent="emergency", confidence=1.0, red_flag=flag, ranking=[("emergency", 1.0)])
    return route(q, get_store())


NO_ALARM = [
    "Living up in the mountains now, I'm out of breath all the time. Could acupuncture help with that?",
    "depuis qu'on vit en altitude je suis essoufflé tout le temps. les aiguilles ça aide pour ça?",
    "I had chest pain last summer, the ECG and bloods all came back normal, it was anxiety. Can acupuncture help anxiety?",
    "J'avais mal à la poitrine l'été passé, tous les tests sont revenus normaux. Je peux faire de l'acupuncture pour le stress?",
]
STILL_ALARM = [
    "I'm so out of breath right now, it came on today. Could acupuncture help with that?",
    "I had chest pain last summer, the ECG came back normal. But now I have chest pain again, is it serious?",
]


@pytest.mark.parametrize("message", NO_ALARM)
def test_a_lasting_breathlessness_or_a_chest_pain_cleared_by_tests_gets_the_safety_note(message):
    d = _routed(message)
    assert d.kind != "emergency" and d.safety_note


@pytest.mark.parametrize("message", STILL_ALARM)
def test_told_as_now_or_back_again_still_alarms(message):
    assert _routed(message).kind == "emergency"


# "what's bugging me now is my neck" (heldout144): "now" turning to another body part keeps a chest
# tightness told as checked and over in the past; "now it's my chest again" still alarms
NOW_ANOTHER_PART = [
    "last month my chest went tight on a roof, the ER checked my heart, all fine. what bugs me now is my back. can IMS help?",
    "had chest pain last week, the ER checked me and it was nothing serious. the problem now is my neck, would acupuncture help?",
]
NOW_THE_CHEST_AGAIN = [
    "last week I had chest tightness, ER checked my heart, all fine. now it's my chest again, can needling help?",
    "last week I had chest pain, the ER checked me, all fine, but now it is my chest that hurts. should I worry?",
]


@pytest.mark.parametrize("message", NOW_ANOTHER_PART)
def test_now_turning_to_another_body_part_keeps_a_cleared_chest_scare_in_the_past(message):
    d = _routed(message)
    assert d.kind != "emergency" and d.safety_note


@pytest.mark.parametrize("message", NOW_THE_CHEST_AGAIN)
def test_now_the_chest_again_still_alarms(message):
    assert _routed(message).kind == "emergency"


# "went to the ER, all tests normal, they said it was adrenaline and nerves" (heldout145): tests named before
# what they found, and nerves as the cause, tell the scare as over; "now my chest is tight again" still alarms
TESTS_NAMED_FIRST = [
    "my chest went tight before a gig two weeks ago, bloods and ECG normal, doc said it was nerves. does acupuncture help stage fright?",
    "had chest pain last month, scans all clear, it was stage fright. can acupuncture help anxiety?",
]
TESTS_NAMED_FIRST_BUT_BACK = [
    "had chest tightness before our show last week, ER said it was nerves, but now my chest is tight again. should I worry?",
]


@pytest.mark.parametrize("message", TESTS_NAMED_FIRST)
def test_tests_named_before_their_result_or_nerves_as_the_cause_tell_the_scare_over(message):
    d = _routed(message)
    assert d.kind != "emergency" and d.safety_note


@pytest.mark.parametrize("message", TESTS_NAMED_FIRST_BUT_BACK)
def test_the_chest_tight_again_now_still_alarms(message):
    assert _routed(message).kind == "emergency"


# "...ECG normal, they said strained muscle. the shoulder's still sore" (heldout149): "still" said of another
# body part keeps that part current, not the chest scare; "still hurting in my chest today" still alarms
ANOTHER_PART_STILL = [
    "had chest pain last month, the ER checked me, all tests normal, it was a pulled muscle. my back is still stiff though. can IMS help?",
    "chest went tight on a hike last week, ECG normal, doc said it was a strained muscle. my knees are still sore, would acupuncture help?",
]
THE_CHEST_STILL = [
    "had chest pain last month, ER said it was reflux. still hurting in my chest today, is that bad?",
]


@pytest.mark.parametrize("message", ANOTHER_PART_STILL)
def test_still_said_of_another_body_part_keeps_a_cleared_chest_scare_past(message):
    d = _routed(message)
    assert d.kind != "emergency" and d.safety_note


@pytest.mark.parametrize("message", THE_CHEST_STILL)
def test_the_chest_still_hurting_today_alarms(message):
    assert _routed(message).kind == "emergency"
