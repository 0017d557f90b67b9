"""Read as an emergency by the classifier alone: why the acupuncturist asked about sleep or digestion
(written rule 8) and what an insurer or a claim allows or pays are questions, not calls for help,
unless a danger word is told."""

import pytest

from bot.knowledge.emergency_alone import not_an_alarm
from tests.helpers.route_questions import read_as_emergency

QUESTIONS = [
    "She quizzed me on my digestion and how I sleep, but I'm only there for a pulled calf. Why would she ask that?",
    "why did the acupuncturist ask so much about my sleep when I came in for my knee?",
    "does ICBC have to approve more physio once I hit 12 visits or can I keep booking?",
    "la SAAQ doit-elle approuver mes traitements d'IMS après trois mois?",
    "my workers comp adjuster says they won't pay for dry needling, can they do that?",
]


@pytest.mark.parametrize("message", QUESTIONS)
def test_a_question_why_checked_or_about_a_payer_is_no_alarm(message):
    assert not_an_alarm(read_as_emergency(message))


STILL_ALARMS = [
    "the insurer approved my session but since the needles my chest is tight and I can't breathe",
    "why did she ask about my sleep? I'm dizzy and my left arm is numb right now",
]


@pytest.mark.parametrize("message", STILL_ALARMS)
def test_a_danger_word_keeps_the_alarm(message):
    assert not not_an_alarm(read_as_emergency(message))
