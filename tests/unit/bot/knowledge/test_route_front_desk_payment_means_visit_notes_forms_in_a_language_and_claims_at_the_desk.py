"""Session 16 (issue 11), front-desk questions seen in heldout68/70, tested on other wordings in
English and French: any means of payment ("chèques vacances", PayPal, "en espèces") is the front
desk's, whatever insurance the classifier read in it; so is a sick note or a note for work about a
visit told in the message (with no visit told it stays the notes-for-others decline), and the forms
in another language (not the languages spoken). The clinic asked to make the claim on the patient's
plan itself, or at the desk, is the clinic's direct-billing answer."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask

FRONT_DESK = ("contact", "handoff")


@pytest.mark.parametrize(
    "question",
    [
        "do you take PayPal?",
        "is Klarna an option at your place?",
        "chèques-vacances acceptés chez vous ?",
        "vous prenez la carte bleue ?",
        "je peux régler en espèces ?",
        "vous acceptez les tickets restaurant ?",
    ],
)
@pytest.mark.parametrize("intent", ["ask_insurance", "nlu_fallback"])
def test_a_means_of_payment_goes_to_the_front_desk(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.8), store)
    assert (d.kind, d.rule) == FRONT_DESK, (d.kind, d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "question",
    [
        "could you give me a sick note for my manager? I had to leave work early for my appointment",
        "can I get a work note for my boss? I was off the whole afternoon because of my IMS session",
        "can you write a letter for my supervisor? I missed my shift because of the appointment",
        "un billet pour mon patron svp, j'ai manqué le travail à cause de ma séance",
    ],
)
def test_a_note_for_work_about_a_visit_told_goes_to_the_front_desk(store, question):
    d = route(ask(question, intent="out_of_scope", confidence=0.9), store)
    assert (d.kind, d.rule) == FRONT_DESK, (d.kind, d.rule, d.subject)


def test_a_sick_note_with_no_visit_told_stays_declined(store):
    d = route(ask("can you do me a sick note for my boss for tomorrow", intent="out_of_scope"), store)
    assert (d.kind, d.subject and d.subject.id) == ("fallback", "notes_for_others")


@pytest.mark.parametrize(
    "question",
    [
        "are your intake forms available in Punjabi?",
        "can I get the consent form in Vietnamese for my mum?",
        "est-ce que les formulaires existent en chinois ?",
        "is the paperwork translated at all?",
    ],
)
@pytest.mark.parametrize("intent", ["ask_treatment_course", "nlu_fallback"])
def test_the_forms_in_another_language_go_to_the_front_desk(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.7), store)
    assert (d.kind, d.rule) == FRONT_DESK, (d.kind, d.rule, d.clinic_topic)


@pytest.mark.parametrize(
    "question",
    [
        "can you guys lodge it with my health fund straight away?",
        "do you claim straight from Medibank at the counter?",
        "vous pouvez transmettre la réclamation à ma mutuelle directement ?",
    ],
)
@pytest.mark.parametrize("intent", ["ask_insurance", "nlu_fallback"])
def test_the_clinic_asked_to_claim_from_the_plan_is_direct_billing(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.5), store)
    assert (d.kind, d.clinic_topic) == ("clinic", "direct_billing"), (d.kind, d.rule)


def test_whether_a_plan_pays_stays_the_insurance_entry(store):
    d = route(
        ask("can I claim acupuncture on my health fund?", intent="ask_insurance", confidence=0.9), store
    )
    assert d.kind == "kb" and d.topic == "insurance", (d.kind, d.rule)
