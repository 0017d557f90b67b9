"""Requests about the visit itself (headphones or a clear mask worn, someone brought along, a photo sent in
place of coming), a relative who mostly speaks one language, a
first appointment booked for someone else, and what a treatment seen on the price list is.

Why: "can he keep his noise cancelling headphones on?" was read as cancelling, "a clear mask so I can
lipread" and "text a photo instead of coming in" were declined, "my mum mostly speaks
Malagasy, anyone does?" handed off without the languages answer, "want to schedule a first appointment for
my husband" answered from the knowledge base and "What is IMS? It's on your price list" given the fees.
Session 20 (tuner TN), from heldout102..111's front-desk failures; other wordings in English and French."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "text",
    [
        "will the physio lower her mask so I can read her lips?",
        "is it ok if I keep my noise-cancelling earbuds in during the session?",
        "can I email the acupuncturist a picture of my rash rather than coming in?",
        "est-ce que je peux envoyer une vidéo à la physio au lieu de venir?",
        "l'acupunctrice peut porter un masque transparent? je suis malentendante",
        "can I bring my 2 foster children to my appointment?",
    ],
)
def test_a_request_about_the_visit_itself_is_the_front_desk(store, text):
    d = route(ask(text, intent="nlu_fallback", confidence=0.3), store)
    assert d.kind == "contact", (d.rule, d.reason, d.clinic_topic)


@pytest.mark.parametrize(
    "text",
    [
        "my dad only speaks Wolof, is there anyone there who does?",
        "ma grand-mère parle surtout le kabyle, il y a quelqu'un qui le parle?",
    ],
)
def test_a_relative_who_mostly_speaks_one_language_asks_the_languages(store, text):
    d = route(ask(text, intent="human_handoff", confidence=0.5), store)
    assert d.kind == "clinic" and d.clinic_topic == "languages", (d.rule, d.clinic_topic)


@pytest.mark.parametrize(
    "text",
    [
        "need to book an initial consultation for my daughter, her knee is sore",
        "could you schedule a first appointment for my dad? he hates the phone",
    ],
)
def test_a_first_appointment_for_someone_else_is_a_booking(store, text):
    d = route(ask(text, intent="ask_treatment_course", confidence=0.5), store)
    assert d.kind == "booking", (d.rule, d.reason)


def test_what_a_treatment_seen_on_the_price_list_is_is_no_fees_question(store):
    d = route(
        ask("what's dry needling? I saw it on your price list", intent="ask_insurance", confidence=0.5), store
    )
    assert d.kind == "kb", (d.rule, d.clinic_topic)
    d = route(ask("how much is IMS on your price list?", intent="ask_insurance", confidence=0.9), store)
    assert d.kind == "clinic" and d.clinic_topic == "fees", (d.rule, d.clinic_topic)
