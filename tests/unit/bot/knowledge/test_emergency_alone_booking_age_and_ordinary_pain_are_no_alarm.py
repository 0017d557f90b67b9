"""The classifier alone raised the emergency reply on a child's or teen's age and on ordinary
requests (heldout55-57, issue 11): a booking request, a question whether treatment suits an age,
and a pain story that keeps someone up or has lasted weeks, none with a sign of danger now. Other
wordings than those cases, both languages; a danger word beside them keeps the alarm."""

import pytest

from bot.knowledge.route import route
from bot.knowledge.store import get_store
from tests.helpers.route_questions import read_as_emergency


def _routed(question, story=""):
    return route(read_as_emergency(question, story=story), get_store())


NO_ALARM = [
    ("can I book my son in for his shin splints? he's 15. any slot thursday morning?", ""),
    ("looking to book my grandson, 17, for his sore shoulder. anything free after school?", ""),
    ("j'aimerais prendre rendez-vous pour mon fils de 16 ans, il a mal au dos depuis le hockey", ""),
    ("is 11 too young for dry needling?", "my boy plays soccer."),
    ("is he old enough for the needles?", "he's 9."),
    ("est-ce que c'est trop jeune pour l'acupuncture?", "mon garçon a 13 ans."),
    ("mon ado de 15 ans a une tendinite, les aiguilles c'est adapté pour les ados?", ""),
    ("the pain in her wrists keeps her up at night", "my 9 year old has arthritis."),
    ("mon fils a mal aux genoux depuis des semaines, il dort mal", ""),
    # whether the clinic treats children at all (heldout150)
    ("do you needle kids?", "my 9 year old has a sore heel from soccer."),
    ("vous traitez les ados aussi?", "ma fille de 14 ans a mal au dos depuis le ski."),
    ("can you treat teenagers? my 15 year old's knee hurts after hockey", ""),
]
STILL_ALARM = [
    ("can I book him in? he's 12 and he can't feel his legs since this morning", ""),
    ("is 14 too young? she has the worst headache of her life", ""),
    ("she can't sleep from the pain and her leg is swollen and hot", ""),
    ("je voudrais un rdv, mon fils de 10 ans a une douleur à la poitrine et respire mal", ""),
    ("mon fils de 8 ans a mal depuis hier et il a de la fièvre, c'est trop jeune pour les aiguilles?", ""),
    ("do you see children? my son is 6 and his neck is stiff with a high fever", ""),
]


@pytest.mark.parametrize("question,story", NO_ALARM)
def test_a_booking_an_age_question_or_an_ordinary_pain_gets_no_alarm(question, story):
    assert _routed(question, story).kind != "emergency"


@pytest.mark.parametrize("question,story", STILL_ALARM)
def test_a_danger_word_beside_them_keeps_the_alarm(question, story):
    assert _routed(question, story).kind == "emergency"
