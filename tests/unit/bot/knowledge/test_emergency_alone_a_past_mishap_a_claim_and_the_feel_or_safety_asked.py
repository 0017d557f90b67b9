"""Read as an emergency by the classifier alone: an accident or scare told as past with when, a sign
that comes back with an activity asked whether what someone said of it is right, and how the treatment
feels asked with a figure of speech beside it are questions, not calls for help; the asked sentence
(how it feels, whether it is safe) then decides the topic over a weak second guess. A danger word or
a sign going on now keeps the alarm (session 21, tuner TY)."""

from dataclasses import replace

import pytest

from bot.knowledge.emergency_alone import not_an_alarm
from bot.knowledge.route import route
from tests.helpers.route_questions import read_as_emergency

QUESTIONS = [
    "should my father give up his driver's licence at 87? he had a fender bender last month",
    "my mum had a fall two years ago, can she still book online?",
    "mon père a eu un accrochage le mois passé, doit-il arrêter de conduire ?",
    "After 10 hours in the plow seat my feet get pins and needles. A guy at the yard said it's blood clots. Is he right?",
    "my hands go numb whenever I ride for an hour, my brother says it's my heart. is he right?",
    "does it hurt? my father is 81 and says he didn't survive 40 winters on the farm to get stuck full of pins",
    "est-ce que ça fait mal ? ma mère a survécu à tout mais elle déteste les piqûres",
]


@pytest.mark.parametrize("message", QUESTIONS)
def test_a_past_mishap_a_claim_or_the_feel_asked_is_no_alarm(message):
    assert not_an_alarm(read_as_emergency(message))


STILL_ALARMS = [
    "he had a fender bender last month and now he can't feel his legs",
    "she had a fall last week and her head is bleeding again, what do we do?",
    "my feet get pins and needles after sitting, a guy said it's clots. is he right? now my leg is swollen and hot",
    "does it hurt? my chest is so tight I can't breathe",
    "my dad was in a crash an hour ago and he's confused",
]


@pytest.mark.parametrize("message", STILL_ALARMS)
def test_a_danger_word_or_a_sign_going_on_now_keeps_the_alarm(message):
    assert not not_an_alarm(read_as_emergency(message))


def _routed(store, message, second):
    q = read_as_emergency(message, confidence=0.96)
    q = replace(q, ranking=[("emergency", 0.96), (second, 0.03)])
    return route(q, store)


@pytest.mark.parametrize(
    "message, topic",
    [
        (
            "Is it safe? I literally cannot afford to end up in the ER on top of everything else right now",
            "safety",
        ),
        ("is it safe? i can't afford to get hurt again", "safety"),
        (
            "does it hurt? he says he didn't survive 40 winters on the farm to be stuck like a pincushion",
            "sensation",
        ),
        ("will it hurt? she survived plenty but she hates needles", "sensation"),
    ],
)
def test_the_asked_sentence_decides_the_topic_over_a_weak_second_guess(store, message, topic):
    d = _routed(store, message, "ask_treatment_course")
    assert d.kind == "kb" and d.topic == topic, (d.kind, d.rule, d.topic)
    assert d.safety_note


def test_a_plain_question_beside_a_red_flag_still_alarms(store):
    q = replace(
        read_as_emergency("is it safe? my wife just collapsed and isn't breathing"), red_flag="medical"
    )
    assert route(q, store).kind == "emergency"


@pytest.mark.parametrize(
    "message, second, confidence",
    [
        (
            "IMS on my glute today was brutal, but I'm walking better already. how long will it ache for?",
            "ask_aftercare",
            0.05,
        ),
        ("does it hurt? my father is 81 and hates needles", "ask_aftercare", 0.5),
    ],
)
def test_how_long_or_a_sure_second_guess_is_not_overridden(message, second, confidence):
    from bot.knowledge.emergency_alone import topic_plainly_asked
    from tests.helpers.route_questions import ask

    assert topic_plainly_asked(ask(message, intent=second, confidence=confidence)) is None
