"""Issue 11, heldout9's failure classes, tested on new wordings (EN and FR).

Each rule covers a shape of question, not the set's phrasings: breathing trouble told as
happening now is an emergency in both languages; a past sign with an all-clear gets the
safety note; a red flag never gets a clinic answer; money words alone are no fees question;
permission for an activity after a session is not covered; another therapy compared with
needling is not covered; sceptics get the evidence; who may give it is the practitioners."""

import pytest

from bot.knowledge.route import route
from bot.nlu.safety import red_flag
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "text",
    [
        "je m'essouffle pour un rien depuis les aiguilles d'hier dans le dos",
        "depuis la séance de ce matin j'ai un point de côté en respirant",
        "depuis hier soir j'ai du mal à inspirer à fond, le physio a piqué près des côtes",
        "since the needling this morning I'm totally winded walking up one flight",
        "I can't catch my breath since my session yesterday, is that normal?",
        "it hurts to take a deep breath in since he needled my upper back",
    ],
)
def test_breathing_trouble_now_is_an_emergency_in_both_languages(text):
    assert red_flag(text) == "medical"


@pytest.mark.parametrize(
    "text",
    [
        "est-ce que l'acupuncture peut causer un essoufflement?",
        "est-ce que je respire normalement pendant la séance?",
    ],
)
def test_a_question_about_breathing_is_no_alarm(text):
    assert red_flag(text) is None


def test_a_past_sign_with_an_all_clear_gets_the_safety_note(store):
    story = "A few years back I had chest tightness after a run, the ER checked me and it was nothing."
    q = ask(
        "Now I'd like acupuncture for my shoulder, is it safe for me?",
        story,
        intent="emergency",
        red_flag="medical",
        ranking=[("emergency", 1.0), ("ask_safety", 0.5)],
    )
    d = route(q, store)
    assert d.kind != "emergency" and d.safety_note


def test_a_past_sign_that_is_back_keeps_the_alarm(store):
    story = "L'été dernier j'ai eu une douleur à la poitrine, c'était rien. Depuis hier ça recommence."
    q = ask("Je peux quand même avoir mes aiguilles?", story, intent="emergency", red_flag="medical")
    assert route(q, store).kind == "emergency"


def test_a_red_flag_never_gets_a_clinic_answer(store):
    story = "Chest pain last year, turned out to be reflux, all clear."
    q = ask(
        "how much is a first session?",
        story,
        intent="ask_fees",
        red_flag="medical",
        ranking=[("emergency", 1.0)],
    )
    d = route(q, store)
    assert d.kind != "clinic" and d.safety_note


def test_a_story_with_no_question_is_no_clinic_question_for_the_classifier_alarm(store):
    q = ask(
        "Depuis les aiguilles de ce matin je monte les escaliers et je suis à bout de souffle, ça empire.",
        intent="emergency",
        confidence=0.95,
        ranking=[("emergency", 0.95)],
    )
    assert route(q, store).kind == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "can I pay by e-transfer or only with a visa?",
        "est-ce que je peux payer par carte de crédit?",
        "could you email me an invoice with your license number on it?",
        "will I get a reminder text the day before?",
        "I'll be 10 minutes late, is that ok?",
        "j'arrive en retard de 15 minutes, c'est grave?",
        "is there a male physio who does IMS? I'd feel better with a man",
    ],
)
def test_how_to_pay_reminders_lateness_and_who_treats_go_to_the_front_desk(store, text):
    assert route(ask(text, intent="nlu_fallback", confidence=0.4), store).kind == "contact"


def test_a_fee_for_cancelling_is_the_cancellation_topic(store):
    q = ask(
        "Is there a charge if it's under 24 hours?",
        "I need to cancel Thursday's appointment.",
        intent="ask_fees" if False else "nlu_fallback",
        confidence=0.4,
    )
    d = route(q, store)
    assert d.clinic_topic == "cancellation"


@pytest.mark.parametrize(
    "text",
    [
        "can I deduct my IMS sessions on my tax return?",
        "my auto insurance adjuster mentioned acupuncture, will they pay for it?",
        "est-ce que la SAAQ rembourse l'acupuncture après un accident de la route?",
    ],
)
def test_other_payers_are_not_covered(store, text):
    d = route(ask(text, intent="ask_insurance"), store)
    assert (d.kind, d.subject and d.subject.id) == ("fallback", "other_payers")


def test_billing_a_payer_directly_stays_a_clinic_question(store):
    d = route(ask("do you bill WSIB directly for my shoulder claim?", intent="ask_insurance"), store)
    assert d.kind == "clinic"


@pytest.mark.parametrize(
    "text",
    [
        "can I have a glass of wine the same night as my IMS?",
        "is a steam room ok after dry needling or should I skip it",
        "can I read on my phone while the needles are in?",
        "est-ce que je peux aller danser le soir même de ma séance?",
    ],
)
def test_permission_for_an_activity_around_a_session_is_not_covered(store, text):
    d = route(ask(text, intent="ask_aftercare", named=("dry_needling",)), store)
    assert d.kind == "fallback" and d.reason == "not_covered"


def test_the_exercises_after_dry_needling_are_still_answered(store):
    d = route(
        ask(
            "can I do my home exercises after dry needling?", intent="ask_aftercare", named=("dry_needling",)
        ),
        store,
    )
    assert d.kind == "kb"


@pytest.mark.parametrize(
    "text",
    [
        "is cupping better than acupuncture for a stiff back?",
        "mieux vaut un massothérapeute ou la puncture sèche pour une tendinite?",
    ],
)
def test_another_therapy_compared_with_needling_is_not_covered(store, text):
    d = route(ask(text, intent="ask_choosing", named=("acupuncture",)), store)
    assert d.kind == "fallback" and d.reason == "not_covered"


def test_a_needling_question_that_mentions_a_massage_is_answered(store):
    d = route(
        ask(
            "my massage therapist found a knot in my calf. does dry needling help calf knots?",
            intent="ask_conditions",
            named=("dry_needling",),
        ),
        store,
    )
    assert d.kind == "kb"


@pytest.mark.parametrize(
    "text",
    [
        "is dry needling just a fancy placebo?",
        "faut-il y croire pour que l'acupuncture marche?",
        "isn't this all woo?",
    ],
)
def test_sceptics_get_the_evidence(store, text):
    d = route(ask(text, intent="nlu_fallback", confidence=0.3), store)
    assert d.kind == "kb" and d.topic == "evidence"


@pytest.mark.parametrize(
    "text",
    [
        "and who is qualified to give it around here?",
        "et comment savoir si mon acupuncteur est membre de l'ordre?",
    ],
)
def test_who_may_give_it_as_a_follow_up_is_the_practitioners(store, text):
    q = ask(text, intent="nlu_fallback", confidence=0.3, context=("acupuncture",), previous_topic="sensation")
    d = route(q, store)
    assert d.kind == "kb" and d.topic == "practitioners"


def test_a_follow_up_comparing_keeps_the_conversations_treatment(store):
    q = ask(
        "ok and is it more painful than IMS?",
        intent="ask_sensation",
        named=("ims",),
        context=("dry_needling",),
        previous_topic="sensation",
    )
    d = route(q, store)
    assert "dry_needling" in d.modalities


@pytest.mark.parametrize(
    "story,text",
    [
        ("", "what metal are the needles? I break out from nickel in costume jewellery"),
        ("I'm scared of infection, my uncle has hepatitis B.", "do you open new needles for every patient?"),
    ],
)
def test_a_question_an_entry_answers_is_not_declined_by_the_story(store, story, text):
    d = route(ask(text, story, intent="ask_needles", named=("acupuncture",)), store)
    assert d.kind == "kb"


@pytest.mark.parametrize(
    "story,text",
    [
        (
            "I've been looking after my mum since her Parkinson's got worse and I barely sleep.",
            "can acupuncture help my sleep?",
        ),
        (
            "Je suis proche aidante pour mon père depuis son AVC, je suis épuisée.",
            "l'acupuncture peut-elle aider le stress?",
        ),
    ],
)
def test_a_caregivers_own_stress_or_sleep_is_answered(store, story, text):
    d = route(ask(text, story, intent="ask_conditions", named=("acupuncture",)), store)
    assert d.kind == "kb"


def test_the_other_persons_illness_asked_about_is_still_declined(store):
    d = route(
        ask(
            "could acupuncture help his stroke recovery?",
            "I'm caring for my husband.",
            named=("acupuncture",),
        ),
        store,
    )
    assert d.kind == "fallback" and d.reason == "not_covered"


def test_a_phone_plan_is_no_fees_question(store):
    d = route(
        ask("c'est quoi le meilleur forfait cellulaire en ce moment?", intent="nlu_fallback", confidence=0.3),
        store,
    )
    assert d.kind != "clinic"


@pytest.mark.parametrize(
    "text",
    [
        "can I carry on taking my sumatriptan while I get acupuncture?",
        "est-ce que je peux continuer à prendre mes bêtabloquants pendant les séances?",
    ],
)
def test_a_medicine_kept_up_alongside_treatment_is_for_the_pharmacist(store, text):
    d = route(ask(text, intent="book", named=("acupuncture",)), store)
    assert d.kind == "fallback" and d.subject.id == "medication"
