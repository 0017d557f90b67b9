"""Issue 11, heldout26's logistics classes, tested on new wordings (EN and FR).

A payment taken twice and something left behind at the clinic are for the front desk: the patient
gets the clinic's contact whatever the classifier guessed, while a refund from insurance stays the
insurance entry and a needle "left in" stays a question about the session."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask

FRONT_DESK = [
    "My card got charged twice for one acupuncture session, how do I get my money back?",
    "I was double charged for Monday's visit, can you fix it?",
    "J'ai été débité deux fois pour ma séance de lundi, pouvez-vous me rembourser?",
    "Forgot my water bottle at the clinic on Tuesday, is it still there?",
    "Did someone turn in a black scarf? I think I lost it after my session.",
    "J'ai oublié mon foulard dans la salle de traitement hier, vous l'avez trouvé?",
    "Is there a lost and found? I can't find my gloves since my appointment.",
]


@pytest.mark.parametrize("question", FRONT_DESK)
@pytest.mark.parametrize("intent,confidence", [("out_of_scope", 0.5), ("ask_fees", 0.6), ("ask_safety", 0.4)])
def test_a_double_payment_or_lost_item_gets_the_clinic_contact(store, question, intent, confidence):
    d = route(ask(question, intent=intent, confidence=confidence), store)
    assert d.kind == "contact" and d.intent == "human_handoff", (d.kind, d.rule)


@pytest.mark.parametrize(
    "question",
    [
        "Will my insurance refund acupuncture?",
        "My physio left the needles in for 30 minutes, is that normal?",
        "I turn in bed all night with this hip pain, can acupuncture help?",
    ],
)
def test_refunds_from_insurance_and_needles_left_in_are_not_front_desk(store, question):
    d = route(ask(question, intent="ask_conditions", confidence=0.8), store)
    assert d.intent != "human_handoff", d.rule
