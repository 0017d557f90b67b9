"""Front-desk questions no clinic.yml answer covers, from the spent sets (heldout55-59), tested on
other wordings in English and French: money given back for a visit, the file sent on to another
practitioner, whether to tip, sessions given at a workplace, a discount for a club, a team or a
company's staff, someone staying in the room during another's treatment, and a booking wished as
soon as can be."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask

UNSURE = ("nlu_fallback", "ask_sensation", "ask_safety", "ask_practitioners")


@pytest.mark.parametrize(
    "question",
    [
        "could I get a partial refund? my session ended 15 minutes early",
        "vous pouvez me rembourser la séance ? elle a été écourtée",
        "can you forward my records to my chiropractor?",
        "pouvez-vous transmettre mon dossier à mon nouveau physio ?",
        "should we tip the physio after the session?",
        "on laisse un pourboire à l'acupuncteur ?",
        "does your team do on-site acupuncture for companies?",
        "vous faites des séances en entreprise ?",
        "any discount for our hockey team? 8 of us need treatment",
        "un rabais pour les membres de notre club de course ?",
        "could I stay in the room with my mum while she gets needled?",
        "je peux rester avec ma fille pendant sa séance ?",
    ],
)
@pytest.mark.parametrize("intent", UNSURE)
def test_front_desk_only_questions_go_to_the_front_desk(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.6), store)
    assert (d.kind, d.rule) == ("contact", "handoff"), (d.kind, d.rule, d.clinic_topic, d.subject)


def test_what_a_plan_pays_back_stays_the_insurance_entry(store):
    d = route(ask("will my insurance refund the sessions?", intent="ask_insurance", confidence=0.9), store)
    assert d.kind != "contact"


@pytest.mark.parametrize(
    "question",
    [
        "I need to book IMS for my shoulder asap, it's locking up",
        "je voudrais réserver de l'acupuncture au plus vite, mon dos bloque",
    ],
)
@pytest.mark.parametrize("intent", ["ask_safety", "ask_treatment_course"])
def test_a_booking_wished_as_soon_as_can_be_is_a_booking(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.8), store)
    assert d.kind == "booking", (d.kind, d.rule)
