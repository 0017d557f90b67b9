"""Issue 11, heldout28's classes (tuner UD), tested on other wordings in English and French.

Damage from vibrating tools told in work words is a circulation illness (written rule 2);
claims that needling makes one faster or sharper, the signs of nearly fainting at a past
session, the electric device clipped to the needles, and everyday seats, carriers and lifting
are subjects the documents don't cover. A symptom the entries answer that began when a baby
came is answered (written rule 3), breastfeeding is not; and a follow-up on the marks of
what was just declined stays declined, never the entry about needle bruises."""

from dataclasses import replace

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask, declined

INTENTS = [("ask_conditions", 0.8), ("ask_evidence", 0.5), ("ask_safety", 0.4), ("out_of_scope", 0.4)]


@pytest.mark.parametrize("intent,confidence", INTENTS)
@pytest.mark.parametrize(
    "question,subject",
    [
        # written rule 2: a circulation or nerve illness told in work words
        (
            "my fingers go white and dead after a day on the jackhammer, can acupuncture help?",
            "heart_blood_pressure",
        ),
        (
            "doc says it's hand-arm vibration from the chainsaw. would dry needling do anything?",
            "heart_blood_pressure",
        ),
        (
            "mes doigts deviennent blancs et engourdis après la scie à chaîne, l'acupuncture aide?",
            "heart_blood_pressure",
        ),
        # performance claims
        ("my coach swears acupuncture makes you react faster in games, legit?", "performance_boost"),
        ("will dry needling improve my sprint performance?", "performance_boost"),
        ("l'acupuncture peut-elle améliorer ma concentration pour les examens?", "performance_boost"),
        # the electric device on the needles
        ("what's the box with wires they connected to my needles?", "electroacupuncture"),
        ("the machine that made my leg muscle jump during IMS, what was it?", "electroacupuncture"),
        ("il a branché des fils sur mes aiguilles, c'était quoi?", "electroacupuncture"),
        # seats, carriers and lifting, no needling asked
        ("what's the comfiest office chair seat for sciatica?", "products"),
        ("quelle poussette est la meilleure pour ne pas avoir mal au dos?", "products"),
        ("how should i lift feed bags without hurting my back?", "exercise_advice"),
        ("comment porter mes courses sans me faire mal au dos?", "exercise_advice"),
    ],
)
def test_classes_the_documents_do_not_cover_are_declined(store, question, subject, intent, confidence):
    declined(store, question, subject, intent, confidence)


@pytest.mark.parametrize(
    "intent,confidence", [("ask_safety", 0.7), ("emergency", 0.6), ("ask_sensation", 0.5)]
)
@pytest.mark.parametrize(
    "question",
    [
        "two years ago during acupuncture I saw stars and my heart was pounding, it passed quickly. could it happen again?",
        "last time a needle in my neck made my vision go grey and I had cold sweats, will that happen again?",
        "l'an dernier pendant la séance j'ai vu des étoiles et mon coeur battait très vite, ça peut recommencer?",
    ],
)
def test_a_past_near_faint_at_a_session_is_for_the_clinic_never_an_alarm(store, question, intent, confidence):
    d = route(ask(question, intent=intent, confidence=confidence), store)
    assert d.kind != "emergency", d.rule
    assert (d.kind, d.reason, d.subject.id) == ("fallback", "not_covered", "session_faint"), d.rule


@pytest.mark.parametrize(
    "question,condition",
    [
        ("headaches every day since our daughter was born, would acupuncture help?", "migraine_headache"),
        ("can't sleep since having my baby, could acupuncture help my sleep?", "insomnia"),
        ("je suis stressée depuis l'arrivée du bébé, l'acupuncture peut aider le stress?", "stress"),
        ("migraines since we moved to the city, would acupuncture help?", "migraine_headache"),
    ],
)
def test_a_symptom_since_a_life_event_is_answered(store, question, condition):
    q = ask(question, intent="ask_conditions", named=["acupuncture"])
    q = replace(q, conditions=frozenset([condition]), asked_conditions=frozenset([condition]))
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence"), (d.rule, d.subject)


@pytest.mark.parametrize(
    "question,condition,subject",
    [
        (
            "still breastfeeding and my migraines are back, would acupuncture help?",
            "migraine_headache",
            "postnatal",
        ),
        ("j'allaite et je dors mal, l'acupuncture est-elle sans danger?", "insomnia", "postnatal"),
        ("since the baby came, is acupuncture safe for my headaches?", "migraine_headache", "after_birth"),
    ],
)
def test_being_postnatal_itself_stays_declined(store, question, condition, subject):
    q = ask(question, intent="ask_safety", named=["acupuncture"])
    q = replace(q, conditions=frozenset([condition]), asked_conditions=frozenset([condition]))
    d = route(q, store)
    assert (d.kind, d.reason, d.subject.id) == ("fallback", "not_covered", subject), d.rule


@pytest.mark.parametrize(
    "question",
    [
        "et les marques violettes, c'est grave?",
        "and the big round marks it leaves, are those normal?",
        "et les ronds rouges sur le dos, ça part quand?",
    ],
)
def test_a_follow_up_on_the_marks_of_what_was_declined_stays_declined(store, question):
    declined(store, question, "other_tcm", "ask_aftercare", 0.7, previous_subject="other_tcm")
    # the same words after a needling answer are about the needling
    d = route(ask(question, intent="ask_aftercare", confidence=0.7, previous_topic="aftercare"), store)
    assert d.subject is None or d.subject.id != "other_tcm"


def test_a_follow_up_naming_our_treatment_is_answered(store):
    q = ask("and the bruises after acupuncture, normal?", intent="ask_aftercare", named=["acupuncture"])
    d = route(replace(q, previous_subject="other_tcm"), store)
    assert d.kind == "kb", d.rule
