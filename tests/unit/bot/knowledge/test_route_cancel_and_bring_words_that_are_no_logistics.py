"""Words of a logistics topic that ask no logistics question: one treatment cancelling another out, or
whether to cancel because of a cold or the flu (the unwell subject), is no cancellation; "bring it up
with the practitioner" is no question of what to bring; what happened at the end of the first
session is no first-visit question; how to sue a driver is a lawyer's question. A real request to
cancel, even with an illness told, stays a cancellation.

Why: the clinic's answer about its policy does not answer a question about treatment or health.
Session 13 (tuner TF), from the clinic-word failures of the spent sets; new wordings."""

import pytest

from bot.knowledge.everyday import OTHER_ADVISERS
from bot.knowledge.subjects import clinic_topic


@pytest.mark.parametrize(
    "text",
    [
        "if i use my tens machine at home, does one cancel out the other?",
        "should i skip or cancel my session if i have the flu?",
        "devrais-je annuler si j'ai de la fièvre?",
        "should I bring this up with my acupuncturist next time?",
        "felt faint at the end of my first session, will that happen again?",
    ],
)
def test_no_logistics_question(text):
    assert clinic_topic(text) is None


@pytest.mark.parametrize(
    "text",
    ["I need to cancel tomorrow, I have the flu", "can i cancel my thursday appointment? my son is sick"],
)
def test_a_request_to_cancel_with_an_illness_told_stays_a_cancellation(text):
    assert clinic_topic(text) == "cancellation"


@pytest.mark.parametrize(
    "text",
    ["how can i sue the other driver for my physio bills?", "can i poursuivre le conducteur pour mes frais?"],
)
def test_suing_is_a_lawyers_question(text):
    assert OTHER_ADVISERS.search(text.lower())
