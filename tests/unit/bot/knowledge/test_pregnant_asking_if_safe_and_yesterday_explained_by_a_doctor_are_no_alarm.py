"""Two messages the classifier alone or a phrase read as an emergency, that are questions: pregnant
and asking whether needling is safe or allowed ("je suis enceinte de 5 mois, l'acupuncture c'est
sans danger ?"), and a sign told as yesterday, over, and explained by a doctor ("it passed after
10 minutes and the ER doctor said it was a panic attack"). A sign of danger to the pregnancy, or
the sign still there, keeps the alarm."""

import pytest

from bot.knowledge.route import route
from bot.knowledge.store import get_store
from bot.nlu.safety import red_flag
from tests.helpers.route_questions import ask


def _decide(message):
    q = ask(message, intent="emergency", confidence=0.95, red_flag=red_flag(message) or "")
    return route(q, get_store())


@pytest.mark.parametrize(
    "message",
    [
        "I'm 22 weeks pregnant with a sore lower back, is dry needling safe for me?",
        "pregnant with our second, can I still get acupuncture for my neck?",
        "je suis enceinte de 6 mois et mon dos me lâche, est-ce que je peux faire de l'IMS ?",
        "yesterday at work my chest got really tight for a few minutes, it went away and the ER doctor said it was a panic attack. could acupuncture help me with stress?",
        "hier soir j'avais du mal à respirer, c'est passé et le médecin a dit que c'était de l'anxiété. l'acupuncture peut aider ?",
    ],
)
def test_a_pregnancy_safety_question_or_yesterdays_explained_sign_is_no_emergency(message):
    assert _decide(message).kind != "emergency"


@pytest.mark.parametrize(
    "message",
    [
        "I'm 34 weeks pregnant and my water just broke, can I still come to acupuncture?",
        "enceinte de 8 mois, j'ai des contractions aux 5 minutes, c'est sans danger l'acupuncture ?",
        "yesterday my chest went tight after needling and it's still tight now, the doctor said to watch it. is that ok?",
    ],
)
def test_a_danger_sign_in_pregnancy_or_a_sign_still_there_keeps_the_alarm(message):
    assert _decide(message).kind == "emergency"
