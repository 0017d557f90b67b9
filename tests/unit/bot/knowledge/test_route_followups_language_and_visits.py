"""Issue 11, short follow-ups and clinic logistics (session 11), tested on new wordings in English
and French.

A short French follow-up the detector alone reads as English keeps the conversation's language;
another plan named after the clinic's direct-billing answer is still direct billing; how long the
visit lasts, after the clinic's answer on what to bring or the first visit, is the first visit;
"do you guys do it?" after a decline is that subject declined again; "even during ...?" keeps the
last question; a follow-up opening on the last answer about one treatment needs no "which one?";
a discount for a group of people, the booking page freezing and a service animal go to the front
desk; undressing or a piece of clothing to bring is what to bring; the price asked "chez vous" is
the fees answer."""

import pytest

from actions.language import detector_alone
from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "text",
    ["pis la CNESST?", "et la SAAQ?", "pis la RAMQ, elle?", "et Desjardins?", "ok pis IMS?"],
)
def test_a_short_french_follow_up_read_as_english_by_the_detector_alone_keeps_french(text):
    assert detector_alone(text, "en", "fr")


@pytest.mark.parametrize(
    "text", ["what about the RAMQ?", "and the other one?", "can you answer in English please"]
)
def test_a_follow_up_with_its_own_english_words_still_switches(text):
    assert not detector_alone(text, "en", "fr")


def test_no_conversation_language_yet_decides_nothing():
    assert not detector_alone("pis la RAMQ?", "en", None)


@pytest.mark.parametrize(
    "text",
    [
        "what about manulife?",
        "and green shield?",
        "how about desjardins?",
        "et la Croix Bleue?",
        "pis Beneva?",
    ],
)
def test_another_plan_after_the_direct_billing_answer_is_direct_billing(store, text):
    d = route(
        ask(text, intent="ask_insurance", confidence=0.7, previous_topic="clinic:direct_billing"), store
    )
    assert d.kind == "clinic" and d.clinic_topic == "direct_billing", (d.kind, d.rule)


def test_a_plan_named_after_a_knowledge_answer_on_insurance_stays_declined(store):
    d = route(ask("and manulife?", intent="ask_insurance", confidence=0.7, previous_topic="insurance"), store)
    assert (d.kind, d.reason) == ("fallback", "not_covered"), (d.kind, d.rule)


@pytest.mark.parametrize(
    "text",
    [
        "ok and how long does it last?",
        "how long will that take?",
        "et ça dure combien de temps?",
        "combien de temps en tout?",
    ],
)
@pytest.mark.parametrize("previous", ["clinic:what_to_bring", "clinic:first_visit"])
def test_how_long_after_the_clinic_answer_on_the_first_visit_is_the_first_visit(store, text, previous):
    d = route(ask(text, intent="nlu_fallback", confidence=0.4, previous_topic=previous), store)
    assert d.kind == "clinic" and d.clinic_topic == "first_visit", (d.kind, d.rule)


@pytest.mark.parametrize(
    "text",
    [
        "can you guys do that?",
        "does your clinic offer it?",
        "vous faites ça?",
        "is that offered here?",
        "could i get that done here",
    ],
)
def test_asking_whether_the_clinic_does_what_was_declined_is_declined_again(store, text):
    d = route(ask(text, intent="nlu_fallback", confidence=0.4, previous_subject="cosmetic"), store)
    assert (d.kind, d.reason) == ("fallback", "not_covered") and d.subject.id == "cosmetic", (d.kind, d.rule)


@pytest.mark.parametrize(
    "text",
    ["même pendant mes examens finaux?", "even with a newborn at home?", "even if it's just for a week?"],
)
def test_even_during_keeps_the_last_question(store, text):
    d = route(
        ask(text, intent="nlu_fallback", confidence=0.4, previous_topic="evidence", context=["acupuncture"]),
        store,
    )
    assert d.kind == "kb" and d.rule == "followup", (d.kind, d.rule)


@pytest.mark.parametrize(
    "text", ["what about the collapsed lung stuff?", "and that pneumothorax thing?", "et le poumon perforé?"]
)
def test_a_follow_up_on_the_last_answer_about_one_treatment_needs_no_which(store, text):
    d = route(
        ask(
            text, intent="inform_modality", confidence=0.6, previous_topic="safety", context=["dry_needling"]
        ),
        store,
    )
    assert d.kind == "kb" and d.topic == "safety", (d.kind, d.rule, d.topic)


def test_the_other_treatment_asked_after_one_still_asks_which(store):
    d = route(
        ask(
            "what about the other one?",
            intent="inform_modality",
            confidence=0.6,
            previous_topic="safety",
            context=["dry_needling"],
        ),
        store,
    )
    assert d.kind == "clarify", (d.kind, d.rule)


@pytest.mark.parametrize(
    "text",
    [
        "do students get a discount?",
        "is there a senior's rate?",
        "any deals for veterans",
        "do you have cheaper rates for families?",
        "y a-t-il un rabais pour les aînés?",
        "un tarif pour étudiants, ça existe chez vous?",
        "can my emotional support dog come to the appointment?",
        "est-ce que mon chien d'assistance peut m'accompagner?",
        "the booking calendar just froze on me",
        "your site is stuck loading when I try to pay",
        "la réservation en ligne gèle quand je choisis une heure",
    ],
)
def test_group_discounts_a_frozen_booking_page_and_service_animals_go_to_the_front_desk(store, text):
    d = route(ask(text, intent="human_handoff", confidence=0.5), store)
    assert d.kind == "contact", (d.kind, d.rule, d.clinic_topic)


@pytest.mark.parametrize(
    "text", ["how much is a session?", "c'est combien la séance?", "ok combien chez vous?"]
)
def test_a_plain_price_question_stays_the_fees_answer(store, text):
    d = route(ask(text, intent="human_handoff", confidence=0.5), store)
    assert d.kind == "clinic" and d.clinic_topic == "fees", (d.kind, d.rule)


@pytest.mark.parametrize(
    "text,topic",
    [
        ("est-ce qu'on doit se déshabiller?", "what_to_bring"),
        ("j'amène un short pour le rendez-vous?", "what_to_bring"),
        ("how long will I be there on my first visit", "first_visit"),
        ("combien de temps dure la première consultation?", "first_visit"),
        ("how long does the first appointment take?", "first_visit"),
    ],
)
def test_undressing_and_the_length_of_the_first_visit_are_clinic_answers(store, text, topic):
    d = route(ask(text, intent="nlu_fallback", confidence=0.4), store)
    assert d.kind == "clinic" and d.clinic_topic == topic, (d.kind, d.rule, d.clinic_topic)
