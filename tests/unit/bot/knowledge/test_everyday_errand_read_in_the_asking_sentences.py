"""asks_errand reads the errand only in the sentences that ask, found as the question finder finds
them (bot/nlu/focus.py: a "?", a question word, "any idea"), so an errand told only in the story
("I moved here for the ferry job.") is no errand, with or without a question mark after it; an errand
asked stays one, and the clinic's logistics (everyday.CLINIC_LOGISTICS, also read by
route.nothing_of_ours) keep the message the clinic's."""

import pytest

from bot.knowledge.everyday import asks_errand

ASKED = [
    "is it too early to plant out my tomatoes?",
    "is it too early to plant out my tomatoes",
    "I work the grape harvest. any idea where to rent a room",
    "anyone renting a room near the lake? I work at the vineyard.",
    "où trouver un logement à Tremblant?",
]
TOLD_ONLY = [
    "vous parlez français ? je suis vendangeur en saison",
    "I moved here for the ferry job. where is a good place to eat",
    "came over on the ferry last week. what's good to do around here?",
]
THE_CLINICS = [
    "foggy out, will you still be open?",
    "is there parking near the ferry terminal?",
]


@pytest.mark.parametrize("message", ASKED)
def test_an_errand_asked_is_an_errand(message):
    assert asks_errand(message, message)


@pytest.mark.parametrize("message", TOLD_ONLY + THE_CLINICS)
def test_an_errand_told_only_or_with_the_clinics_logistics_is_not(message):
    assert not asks_errand(message, message)
