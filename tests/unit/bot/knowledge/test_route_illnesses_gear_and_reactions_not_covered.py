"""Illnesses, medicines, gear and reactions the documents don't name are declined, never answered
from a nearby entry: stones in the kidney or gallbladder (also "help me pass it"), a man's
fertility (sperm), a quit-smoking medicine taken with acupuncture (written rule 7), seasonal
depression (the depression research does not name it), urinary leaks in French, numbness after a
session told in French (written rule 6), and gear for work to buy (a mat, a headset).

Why: written rules 2, 6 and 7 (tests/real_questions/README.md); the answer a nearby entry gives
(the smoking research, the depression research, the general conditions list) is not what was asked.
Each case is a wording of our own, in English and French."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask, declined


@pytest.mark.parametrize(
    "message",
    [
        "could acupuncture stop my kidney stones coming back?",
        "urologist says to wait for the stone to pass. can needling help it along? it's a kidney stone",
        "does acupuncture do anything for gallstones",
        "l'acupuncture peut aider avec les calculs rénaux?",
        "j'ai des pierres aux reins, l'acupuncture ça aide?",
    ],
)
def test_stones_are_declined(store, message):
    declined(store, message, "stones", "ask_conditions")


@pytest.mark.parametrize(
    "message",
    [
        "would acupuncture raise my husbands sperm count?",
        "low sperm motility, is acupuncture worth it?",
        "est-ce que l'acupuncture améliore le spermogramme?",
    ],
)
def test_a_mans_fertility_is_declined(store, message):
    declined(store, message, "pregnancy", "ask_conditions")


@pytest.mark.parametrize(
    "message",
    [
        "on chantix to stop smoking, is it fine to add acupuncture?",
        "taking varenicline, can i still get acupuncture for quitting?",
        "je prends du champix pour arrêter de fumer, je peux faire de l'acupuncture en même temps?",
    ],
)
def test_a_quit_smoking_medicine_is_declined(store, message):
    declined(store, message, "medication", "ask_conditions")


@pytest.mark.parametrize(
    "message",
    [
        "does acupuncture help with the winter blues?",
        "i get seasonal affective disorder every year, would acupuncture help?",
        "it gets dark at 4 in winter and i sink. can acupuncture help SAD",
        "l'acupuncture aide-t-elle pour la dépression saisonnière?",
        "la déprime d'hiver, l'acupuncture peut aider?",
    ],
)
def test_seasonal_depression_is_declined(store, message):
    declined(store, message, "seasonal_depression", "ask_conditions")


def test_feeling_sad_is_no_seasonal_depression(store):
    d = route(ask("does acupuncture help when you feel sad all the time?", intent="ask_conditions"), store)
    assert d.subject is None or d.subject.id != "seasonal_depression"


@pytest.mark.parametrize(
    "message",
    [
        "l'acupuncture aide-t-elle pour les fuites urinaires?",
        "j'ai des fuites d'urine quand je tousse, l'acupuncture peut aider?",
    ],
)
def test_urinary_leaks_are_declined(store, message):
    declined(store, message, "pelvic_health", "ask_conditions")


@pytest.mark.parametrize(
    "message",
    [
        "mon bras était engourdi après la séance d'acupuncture, c'est normal?",
        "après l'IMS j'ai eu le pied engourdi une heure, ça arrive souvent?",
    ],
)
def test_numbness_after_a_session_in_french_is_declined(store, message):
    declined(store, message, "session_reaction", "ask_aftercare")


@pytest.mark.parametrize(
    "message",
    [
        "which anti fatigue mat is best for a warehouse floor?",
        "can you recommend headphones that don't wreck my neck?",
        "quel tapis anti-fatigue acheter pour la caisse?",
    ],
)
def test_gear_for_work_to_buy_is_declined(store, message):
    declined(store, message, "products", "human_handoff")
