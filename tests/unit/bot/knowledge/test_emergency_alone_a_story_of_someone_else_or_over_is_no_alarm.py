"""Read as an emergency by the classifier alone: ordinary body words in a story (the neck a visit was
for), a condition that belongs to someone else asked whether the treatment told in the story helps,
a pregnant partner asked about, and a dizzy spell at a past session asked whether to worry or go back
are questions, not calls for help. A danger word or a sign going on now keeps the alarm."""

import pytest

from bot.knowledge.emergency_alone import not_an_alarm
from bot.knowledge.timeline import risk_of_a_past_scare
from tests.helpers.route_questions import ask, read_as_emergency

QUESTIONS = [
    "I saw a physio for my back after a car crash and he asked about my digestion and sleep, why?",
    "je suis allée chez l'acupunctrice pour ma nuque et elle m'a posé plein de questions sur mon sommeil, pourquoi?",
    "my dad has a hiatus hernia and he reckons acupuncture will sort it out. would it?",
    "ma soeur a un reflux depuis des années et elle pense que les aiguilles vont régler ça. c'est vrai?",
    "my wife is 20 weeks pregnant and anxious all the time, can she have acupuncture too?",
    "ma femme est enceinte de 5 mois et elle a mal au dos, peut-elle en faire?",
    "felt dizzy after my IMS session two weeks ago. is it safe to go back?",
    "je me suis sentie étourdie après ma séance le mois passé, dois-je m'inquiéter pour la prochaine?",
]


@pytest.mark.parametrize("message", QUESTIONS)
def test_a_story_of_someone_else_or_of_a_spell_that_is_over_is_no_alarm(message):
    assert not_an_alarm(read_as_emergency(message))


STILL_ALARMS = [
    "I went to the acupuncturist for my neck and now my neck is stiff with a fever, why?",
    "my dad thinks acupuncture will fix his chest pain but he can't breathe right now. will it?",
    "ma blonde est enceinte pis elle a des contractions, elle peut-tu en avoir?",
    "felt dizzy after my session and now my chest is tight, should I worry?",
]


@pytest.mark.parametrize("message", STILL_ALARMS)
def test_a_danger_word_or_a_sign_going_on_now_keeps_the_alarm(message):
    assert not not_an_alarm(read_as_emergency(message))


@pytest.mark.parametrize(
    "message",
    [
        "Ma cousine a eu un pneumothorax après de l'acupuncture il y a des années, elle va bien. Ça arrive-tu souvent?",
        "Mon voisin a eu le poumon perforé avec des aiguilles, il est correct maintenant. C'est-tu courant?",
    ],
)
def test_a_spoken_tu_question_how_likely_a_past_lung_scare_is_the_risk(message):
    assert risk_of_a_past_scare(ask(message, intent="nlu_fallback", confidence=0.3))
