"""Consumer and complaint questions about another practitioner or clinic are declined plainly
(not_covered), never answered from a nearby entry nor handed to the front desk: complaining to the
body that licenses them, by when or where to complain, suing or asking compensation for an injury,
disputing another's fees, a consent form, being told to undress, online reviews and star ratings,
prepaying many sessions, and sessions paid for at a clinic that closed. A complaint about this
clinic's own staff goes to the front desk (contact), however the classifier read it.

Why: the five documents say nothing of complaints, regulators, reviews or prepaid packages; an
entry on session length or on who may practise would read as their advice on it, and the front
desk cannot hear a complaint about another clinic.

From heldout56's failure class (session 14, tuner tq), on wordings of our own, English and French."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask, declined


@pytest.mark.parametrize(
    "question,intent",
    [
        ("how long after a bad session can i still report the acupuncturist to the college?", "ask_contact"),
        (
            "where do i lodge a complaint against a physiotherapist who needled me without asking?",
            "ask_contact",
        ),
        (
            "est-ce trop tard pour porter plainte contre mon ancienne physio? c'était en janvier",
            "out_of_scope",
        ),
        ("je peux me plaindre à l'Ordre des physiothérapeutes pour ça?", "ask_practitioners"),
        ("the acupuncturist's needle gave me an infection. can i get compensation from her?", "ask_safety"),
        ("ma kiné m'a blessée à l'épaule, je veux être indemnisée, comment faire?", "human_handoff"),
        ("my old physio billed me double, can I dispute the fees with the college?", "ask_fees"),
        ("est-ce qu'on vous fait signer un consentement écrit avant les aiguilles?", "ask_first_visit"),
        ("they made me undress for a foot treatment, is that standard?", "ask_technique"),
    ],
)
def test_complaints_and_conduct_of_another_practitioner_are_declined(store, question, intent):
    declined(store, question, "practitioner_conduct", intent)


@pytest.mark.parametrize(
    "question,intent",
    [
        ("should i trust google reviews when picking an acupuncturist?", "ask_practitioners"),
        ("this IMS clinic has 4.9 stars but only 12 reviews, is that good?", "ask_choosing"),
        ("les avis en ligne d'une clinique de physio, on peut s'y fier?", "ask_contact"),
        ("a place down the street wants me to prepay 10 dry needling sessions, is that shady?", "ask_fees"),
        ("on me demande de payer 15 séances d'avance ailleurs, c'est normal?", "ask_treatment_course"),
        ("my acupuncturist's clinic went out of business and I'd paid for 6 more sessions", "ask_contact"),
        (
            "la clinique où j'allais a fermé, est-ce que je peux ravoir l'argent de mon forfait?",
            "human_handoff",
        ),
    ],
)
def test_reviews_prepaying_and_a_closed_clinic_are_declined(store, question, intent):
    declined(store, question, "consumer_matters", intent)


@pytest.mark.parametrize(
    "question,intent",
    [
        ("I'd like to make a complaint about your receptionist. Who handles that?", "bot_identity"),
        ("une de vos acupunctrices m'a mal traitée, je veux me plaindre. à qui je parle?", "bot_identity"),
        ("want to file a complaint about one of your physios", "ask_contact"),
    ],
)
def test_a_complaint_about_this_clinics_own_staff_goes_to_the_front_desk(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.8), store)
    assert d.kind == "contact", (d.kind, d.rule, d.subject)


@pytest.mark.parametrize(
    "question,intent",
    [
        ("how can i check an acupuncturist is registered with the college?", "ask_practitioners"),
        ("is there a systematic review of dry needling for neck pain?", "ask_evidence"),
        ("do the research reviews say acupuncture works for migraine?", "ask_evidence"),
        ("mon acupunctrice est-elle membre d'un ordre professionnel?", "ask_practitioners"),
    ],
)
def test_registration_and_research_reviews_stay_answered(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.8), store)
    assert d.kind == "kb", (d.kind, d.rule, d.subject)
