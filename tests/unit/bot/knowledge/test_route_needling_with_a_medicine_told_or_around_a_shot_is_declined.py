"""Needling asked alongside a medicine told before the question ("on top of that", "while on
it", "en plus de ça"), a medicine told by how many or what for ("lots of pills for her heart"),
needling timed around a cortisone shot ("the same week as the shot"), and tiredness after a
session told in French with the treatment misspelt, are declined as not covered (written rules
6 and 7; session 16, heldout68-71's misses, on wordings of our own). Whether needling helps a
complaint told with a medicine only as background (tried and no use, wanting off it) stays
answered, as does a flu shot told as a past needle."""

from dataclasses import replace

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import answered, ask, assert_not_covered, declined


@pytest.mark.parametrize(
    "story, question, condition",
    [
        (
            "I take rizatriptan when a migraine hits.",
            "would acupuncture help my migraines on top of that?",
            "migraine_headache",
        ),
        (
            "Been on amitriptyline for a year.",
            "can I get dry needling for my back pain while on it?",
            "low_back_pain",
        ),
        (
            "Mon médecin m'a mis sous prégabaline.",
            "l'acupuncture peut aider mon mal de dos en plus de ça?",
            "low_back_pain",
        ),
        ("I'm on sertraline for my nerves.", "could acupuncture help the stress alongside it?", "stress"),
    ],
)
def test_needling_asked_alongside_a_medicine_told_is_for_the_pharmacist(store, story, question, condition):
    q = ask(question, story=story, intent="ask_conditions", confidence=0.9, named=["acupuncture"])
    # the complaint asked about, as the NLU marks it: without the pointer back, the medicine told
    # before the question would be its background (in_story: cause)
    q = replace(q, conditions=frozenset([condition]), asked_conditions=frozenset([condition]))
    d = route(q, store)
    assert_not_covered(store, d, {"medication"})
    assert d.subject.ask == "pharmacist"


def test_a_medicine_told_before_a_question_with_no_pointer_back_stays_its_background(store):
    q = ask(
        "would acupuncture help my migraines?",
        story="I take rizatriptan when a migraine hits.",
        intent="ask_conditions",
        confidence=0.9,
        named=["acupuncture"],
    )
    q = replace(
        q, conditions=frozenset(["migraine_headache"]), asked_conditions=frozenset(["migraine_headache"])
    )
    assert route(q, store).kind == "kb"


@pytest.mark.parametrize(
    "message",
    [
        "my dad takes a handful of pills for his blood pressure, can he get acupuncture for his hip?",
        "elle prend plein de médicaments, l'acupuncture pour son genou c'est correct?",
    ],
)
def test_many_medicines_or_one_named_by_what_it_is_for_is_declined(store, message):
    declined(store, message, "medication", "ask_safety", named=["acupuncture"])


@pytest.mark.parametrize(
    "message",
    [
        "the specialist is booking me a steroid injection in my shoulder, is it ok to do IMS right before the injection?",
        "getting a cortisone jab in my shoulder on tuesday. can I still have acupuncture the same day?",
        "je vais recevoir une infiltration à l'épaule jeudi, je peux faire de la puncture sèche juste après l'infiltration?",
    ],
)
def test_needling_timed_around_a_shot_is_declined(store, message):
    declined(store, message, "injections", "ask_treatment_course", named=["dry_needling"])


@pytest.mark.parametrize(
    "message",
    [
        "j'étais complètement K.O. après ma séance d'accupuncture hier, c'est normal?",
        "après l'accuponcture j'étais naze toute la soirée, c'est fréquent?",
    ],
)
def test_tiredness_after_a_session_misspelt_in_french_is_declined(store, message):
    declined(store, message, "session_reaction", "ask_aftercare", named=["acupuncture"])


@pytest.mark.parametrize(
    "story, question",
    [
        ("Tried ibuprofen for weeks and it did nothing.", "would acupuncture help my neck?"),
        ("I'm tired of popping pills for my headaches.", "can acupuncture help headaches?"),
    ],
)
def test_a_medicine_only_as_background_keeps_the_complaint_answered(store, story, question):
    answered(store, question, "ask_conditions", 0.9, story=story, named=["acupuncture"])


def test_a_flu_shot_told_as_a_past_needle_is_no_injection_subject(store):
    d = route(
        ask(
            "felt woozy after my flu shot last year. are acupuncture needles like that?",
            intent="ask_needles",
            confidence=0.8,
            named=["acupuncture"],
        ),
        store,
    )
    assert d.subject is None or d.subject.id != "injections", d.subject
