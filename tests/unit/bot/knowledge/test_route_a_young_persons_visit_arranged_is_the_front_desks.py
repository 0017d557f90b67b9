"""Issue 11, session 14: how a young person's visit is arranged (coming alone, who signs the
consent, paying for it, what to wear to it) with no complaint of theirs told and no needling asked
is the clinic's answer or the front desk's, not a question about needling children; an age told
as an adult's is no child. A complaint told, or needling asked, keeps the children decline."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "question, intent",
    [
        (
            "can my 14 year old come to his physio appointments on his own or does a parent need to be there?",
            "ask_treatment_course",
        ),
        ("my son is 15. can his aunt sign the consent form for him?", "book"),
        ("est-ce qu'un ado de 15 ans peut venir seul à ses rendez-vous?", "ask_treatment_course"),
        ("est-ce que sa grand-mère peut signer le formulaire de consentement pour ma fille?", "out_of_scope"),
        ("can I use my FSA card to pay for my son's sessions?", "ask_insurance"),
    ],
)
def test_who_comes_signs_or_pays_for_a_young_persons_visit_is_the_front_desks(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.7), store)
    assert d.kind == "contact", (d.kind, d.rule, getattr(d.subject, "id", None))


@pytest.mark.parametrize(
    "question, intent",
    [
        ("what should my son wear to his first appointment? he's 13", "out_of_scope"),
        ("ma fille de 14 ans, elle doit apporter quoi à sa première visite?", "ask_overview"),
    ],
)
def test_what_a_young_person_wears_or_brings_is_the_clinics_answer(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.6), store)
    assert d.kind == "clinic" and d.clinic_topic == "what_to_bring", (d.kind, d.rule, d.clinic_topic)


def test_an_adult_grandchild_booked_in_is_a_booking(store):
    d = route(
        ask(
            "i want to make an appointment for my granddaughter, she's 22 and pulled her calf running",
            intent="book",
            confidence=0.9,
        ),
        store,
    )
    assert d.kind == "booking", (d.kind, d.rule, getattr(d.subject, "id", None))


@pytest.mark.parametrize(
    "question, intent",
    [
        ("my daughter is 16 with period cramps, can she come in on her own?", "out_of_scope"),
        ("can my 12 year old get acupuncture for her headaches?", "ask_conditions"),
        ("is dry needling ok for a 15 year old with a sore knee?", "ask_safety"),
        ("mon fils de 13 ans a mal au dos, il peut venir seul pour l'IMS?", "ask_safety"),
    ],
)
def test_a_childs_complaint_or_needling_asked_stays_declined(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.7), store)
    assert d.kind == "fallback" and d.subject is not None and d.subject.id == "children", (d.kind, d.rule)
