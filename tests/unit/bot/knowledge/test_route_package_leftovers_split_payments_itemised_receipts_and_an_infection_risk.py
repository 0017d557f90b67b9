"""Session 20 (issue 11): clinic logistics read right, on other wordings than the heldout106-108
cases, in English and French. What becomes of a package's unused sessions (refunded, passed on) and
a payment split or put off are the front desk's (the fees answer does not say); an itemised receipt
for the tax is the front desk's, not another payer's question; a price asked in spoken French
("combien qu'c'est la séance?") is the fees answer; whether an infection can be caught, whichever
hand-off the classifier guessed, is the safety topic."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "question",
    [
        "if i quit my 10-pack early can i get a refund on what's left?",
        "can my husband use the rest of my session package?",
        "si j'arrête mon forfait en cours de route, les séances restantes sont remboursées ?",
        "je peux donner mon carnet de séances non utilisées à ma soeur ?",
        "can I pay half today and the rest next month?",
        "could I pay some now and the balance once my cheque clears?",
        "est-ce que je peux payer en trois fois ?",
        "je peux payer une partie maintenant et le reste le mois prochain ?",
    ],
)
@pytest.mark.parametrize("intent", ["ask_insurance", "ask_treatment_course", "nlu_fallback"])
def test_package_leftovers_and_a_split_payment_go_to_the_front_desk(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.6), store)
    assert d.kind == "contact", (d.kind, d.rule, d.clinic_topic)


@pytest.mark.parametrize(
    "question",
    ["could you give me a detailed receipt for my tax return?", "I need an official invoice for taxes"],
)
def test_an_itemised_receipt_for_the_tax_is_the_front_desks(store, question):
    d = route(ask(question, intent="out_of_scope", confidence=0.6), store)
    assert d.kind == "contact", (d.kind, d.rule, d.subject)


@pytest.mark.parametrize(
    "question",
    ["do you have packages?", "how much is a package of 10 sessions?", "is the 5-pack cheaper per session?"],
)
def test_a_package_price_stays_the_fees_answer(store, question):
    d = route(ask(question, intent="nlu_fallback", confidence=0.6), store)
    assert (d.kind, d.clinic_topic) == ("clinic", "fees"), (d.kind, d.rule)


@pytest.mark.parametrize(
    "question",
    [
        "combien qu'c'est une visite? on est serré ce mois-ci",
        "pis combien que c'est la consultation ? faut que je calcule",
    ],
)
def test_a_price_asked_in_spoken_french_is_the_fees_answer(store, question):
    d = route(ask(question, intent="ask_insurance", confidence=0.6), store)
    assert (d.kind, d.clinic_topic) == ("clinic", "fees"), (d.kind, d.rule)


@pytest.mark.parametrize(
    "question",
    [
        "ok so zero risk of catching an infection?",
        "any chance of getting an infection from it?",
        "donc aucun risque d'attraper une infection ?",
    ],
)
@pytest.mark.parametrize("intent", ["ask_location", "ask_contact", "human_handoff"])
def test_an_infection_risk_asked_is_safety_whatever_handoff_was_guessed(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.6), store)
    assert (d.kind, d.topic) == ("kb", "safety"), (d.kind, d.rule, d.topic)
