"""Whether to declare needling on a medical for a licence or a job (a pilot's, a seafarer's, a driver's
physical: "do I need to declare dry needling on my DOT physical?", "dois-je déclarer l'acupuncture à la
visite médicale?"), to tell the examining doctor, and whether needling affects a breath or alcohol
test ("could dry needling make me fail a breath test at work?", "l'alcootest au travail"). Each is
declined with who can help; the clinic's own intake form, what to tell the practitioner, and the
breath asked as a symptom are not these subjects.

Why: the documents say nothing of medicals, licences or workplace testing; a nearby course or
evidence entry would pretend to answer. Session 16 (tuner tb), from heldout68's FAA medical, PEME and
drug and alcohol test; new wordings in English and French."""

import pytest

from bot.knowledge.subjects import not_covered_subject
from tests.helpers.route_questions import declined

DECLINED = [
    ("do I need to declare dry needling on my DOT physical?", "telling_doctor", "ask_treatment_course"),
    ("I'm a commercial pilot, should I tell my AME I'm getting acupuncture?", "telling_doctor", "ask_safety"),
    (
        "my seafarer medical asks about treatments, do I list the IMS on it?",
        "telling_doctor",
        "ask_treatment_course",
    ),
    (
        "dois-je déclarer l'acupuncture à la visite médicale de la compagnie?",
        "telling_doctor",
        "ask_treatment_course",
    ),
    (
        "est-ce que je dois mentionner les séances d'IMS sur mon certificat médical de pilote?",
        "telling_doctor",
        "ask_treatment_course",
    ),
    ("could dry needling make me fail a breath test at work?", "drug_test", "ask_safety"),
    (
        "do they breathalyze you after acupuncture, like does it change the reading?",
        "drug_test",
        "ask_aftercare",
    ),
    ("est-ce que l'acupuncture peut fausser un alcootest au travail?", "drug_test", "ask_safety"),
    ("random drug and alcohol testing at my mine, will the needles show up?", "drug_test", "ask_safety"),
    (
        "my employer's fit for duty assessment asks about treatments, do I mention the needling?",
        "telling_doctor",
        "ask_session_length",
    ),
    ("does acupuncture show up on a hair follicle test?", "drug_test", "ask_sensation"),
    ("will dry needling affect my urinalysis at the mine?", "drug_test", "ask_technique"),
    ("will needling show up on a saliva drug test?", "drug_test", "ask_treatment_course"),
]


@pytest.mark.parametrize(("text", "subject", "intent"), DECLINED)
def test_a_medical_for_a_licence_or_a_breath_test_is_declined(store, text, subject, intent):
    declined(store, text, subject, intent)


@pytest.mark.parametrize(
    "text",
    [
        "what should I tell the acupuncturist at my first visit?",
        "do I list acupuncture on my medical history form for you?",
        "the intake form asks about medical history, do I list the acupuncture in it?",
        "should I mention my knee surgery to the physio?",
        "is acupuncture safe if I take breath mints?",
        "my physical therapist wants me to try IMS, what is it?",
    ],
)
def test_the_clinics_form_or_the_practitioner_is_no_medical_to_declare(text):
    s = not_covered_subject(text)
    assert s is None or s.id not in ("telling_doctor", "drug_test"), s
