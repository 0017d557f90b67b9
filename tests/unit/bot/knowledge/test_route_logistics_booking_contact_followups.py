"""Issue 11, clinic logistics told apart (session 11), tested on new wordings in English and French.

Moving a visit with the fee or the notice asked is the cancellation answer; a visit missed, the French verb in any form, is a cancellation; a wish to see a practitioner
or to get in this week is a booking; a message about a visit the patient never booked, and a reduced
rate for people short of money (which the fees answer does not name), go to the front desk; the
clinic question asked after an unsure first question decides; how to check a practitioner is
licensed, typed fast, is the practitioners entry. Short follow-ups keep the thread: needle hygiene
after how it feels is safety, "which one for my ..." after two treatments compared is choosing, and
a needling place named by the lungs beside it is safety."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "question",
    [
        "if i move my thursday appt to next week is there a fee?",
        "how much notice do you need if i want to change my appointment?",
        "est-ce que je peux déplacer mon rendez-vous de demain sans frais?",
        "i need to cancel or move tomorrow's session, whats the policy",
    ],
)
def test_moving_a_visit_with_a_fee_or_notice_asked_is_the_cancellation_answer(store, question):
    d = route(ask(question, intent="book", confidence=0.6), store)
    assert d.kind == "clinic" and d.clinic_topic == "cancellation", (d.kind, d.rule)


@pytest.mark.parametrize(
    "question",
    [
        "si je rate ma séance, est-ce que vous me chargez quand même?",
        "j'ai loupé mon rdv ce matin, je vais devoir payer?",
        "qu'est-ce qui arrive si j'oublie mon rendez vous?",
        "si je manquais ma visite de mardi, c'est combien?",
    ],
)
def test_a_visit_missed_in_french_is_a_cancellation(store, question):
    d = route(ask(question, intent="human_handoff", confidence=0.5), store)
    assert d.kind == "clinic" and d.clinic_topic == "cancellation", (d.kind, d.rule)


@pytest.mark.parametrize(
    "question",
    [
        "could i get in with your acupuncturist next week? my neck is locked up",
        "any chance i could get in to see the dry needling physio soon",
        "can u fit me in this week, shoulder is killing me",
        "can i squeeze in with the IMS guy before friday?",
    ],
)
@pytest.mark.parametrize("intent,confidence", [("nlu_fallback", 0.3), ("human_handoff", 0.4)])
def test_a_wish_to_see_a_practitioner_or_come_this_week_is_a_booking(store, question, intent, confidence):
    d = route(ask(question, intent=intent, confidence=confidence), store)
    assert d.kind == "booking", (d.kind, d.rule)


@pytest.mark.parametrize(
    "question",
    [
        "got an email about a booking tomorrow but i didnt book it??",
        "someone left me a voicemail about my appointment on friday, i never made one",
        "i received a text confirming a session i never scheduled",
        "j'ai reçu un texto pour un rendez-vous mais j'ai jamais pris de rendez-vous",
    ],
)
@pytest.mark.parametrize("intent", ["book", "ask_contact"])
def test_a_visit_never_booked_goes_to_the_front_desk(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.6), store)
    assert d.kind == "contact" and d.rule == "handoff", (d.kind, d.rule)


@pytest.mark.parametrize(
    "question",
    [
        "is there a sliding scale? i'm between jobs",
        "do you do income based pricing or pay what you can",
        "any financial assistance for people on disability? money is tight",
        "vous avez un tarif réduit pour les personnes à faible revenu?",
        "est-ce que vous offrez une échelle mobile selon le revenu?",
    ],
)
def test_a_reduced_rate_for_little_money_goes_to_the_front_desk(store, question):
    d = route(ask(question, intent="ask_insurance", confidence=0.5), store)
    assert d.kind == "contact" and d.rule == "handoff", (d.kind, d.rule, d.clinic_topic)


@pytest.mark.parametrize(
    "question",
    [
        "how much is a session, and do you have a sliding scale?",
        "what are your prices for students, any low income rate?",
    ],
)
def test_a_price_asked_beside_a_reduced_rate_is_the_fees_answer(store, question):
    d = route(ask(question, intent="ask_insurance", confidence=0.5), store)
    assert d.kind == "clinic" and d.clinic_topic == "fees", (d.kind, d.rule)


@pytest.mark.parametrize(
    "question,others,topic",
    [
        ("my last place was 80 bucks a visit, is that a lot?", ["what do you charge"], "fees"),
        ("my old clinic made me get a note, is that normal?", ["do i need a referral with you"], "referral"),
        ("c'était 70 $ ailleurs, c'est normal?", ["vous chargez combien?"], "fees"),
    ],
)
def test_the_clinic_question_after_an_unsure_first_question_decides(store, question, others, topic):
    q = ask(question, intent="ask_treatment_course", confidence=0.4, others=others)
    d = route(q, store)
    assert d.kind == "clinic" and d.clinic_topic == topic, (d.kind, d.rule)


def test_a_named_treatment_question_before_a_fee_keeps_its_answer(store):
    q = ask(
        "does dry needling help tennis elbow?",
        intent="ask_conditions",
        confidence=0.9,
        named=["dry_needling"],
        others=["how much is it"],
    )
    assert route(q, store).kind == "kb"


@pytest.mark.parametrize(
    "question",
    [
        "how do i chek my acupuncturist is licenced and legit",
        "how can i verfy that the physio doing IMS is registered",
        "how would i know if a dry needling guy is properly liscensed",
        "comment je peux vérifier que mon acupuncteur est membre de l'ordre?",
    ],
)
def test_how_to_check_a_practitioner_is_licensed_is_the_practitioners_entry(store, question):
    d = route(ask(question, intent="human_handoff", confidence=0.55, named=["acupuncture"]), store)
    assert d.kind == "kb" and d.entry.topic == "practitioners", (d.kind, d.rule)


@pytest.mark.parametrize(
    "question",
    [
        "and do they use fresh needles every time?",
        "are the needles thrown away after or reused?",
        "et les aiguilles sont jetables?",
    ],
)
def test_needle_hygiene_after_how_it_feels_is_safety(store, question):
    q = ask(
        question, intent="ask_choosing", confidence=0.5, context=["acupuncture"], previous_topic="sensation"
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic in ("safety", "needles"), (d.rule, d.entry.id)


@pytest.mark.parametrize(
    "question,condition",
    [
        ("which one would you go for with a runner's knee", "knee_pain"),
        ("ok which is better for my lower back", "low_back_pain"),
        ("which one should i pick for a stiff neck from gaming", "neck_pain"),
    ],
)
def test_which_one_after_two_treatments_compared_is_choosing(store, question, condition):
    q = ask(
        question,
        intent="ask_choosing",
        confidence=0.95,
        context=["acupuncture", "dry_needling"],
        conditions={condition},
        previous_topic="difference",
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic in ("choosing", "difference"), (d.rule, d.entry.id)


@pytest.mark.parametrize(
    "question",
    [
        "and if it's between my shoulder blades, near the lungs?",
        "what about over the rib cage, that's where my knot is",
        "et si c'est près des poumons?",
    ],
)
def test_a_needling_place_named_by_the_lungs_is_safety(store, question):
    q = ask(
        question, intent="ask_technique", confidence=0.99, context=["dry_needling"], previous_topic="safety"
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "safety", (d.rule, d.entry.id)
