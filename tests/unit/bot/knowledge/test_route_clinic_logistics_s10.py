"""Issue 11, clinic logistics classes (session 10), tested on new wordings in English and French.

A request for a slot, a day or a time of day is a booking, a misspelt treatment name or an "after 5"
in it never turning it into a question about what to do after a session. A question pointing back at
a paper told in the story ("do I bring it?") is the story's clinic topic; a visit missed by its slot
is a cancellation; how early to come for the intake forms is the first visit; a bus to the clinic is
getting here; the clinic's gloves, sheets, oils or scents asked for an allergy are for the front desk.
Whether plans cover a treatment at all is the insurance entry (written rule 5), needling kept up to
stay well is a course of treatment, and what another practitioner should have explained or had the
patient sign is not covered."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask, declined

UNSURE_GUESSES = [("nlu_fallback", 0.4), ("ask_aftercare", 0.6), ("ask_treatment_course", 0.7)]

BOOKING_REQUESTS = [
    "could i come in friday after work for acupunture",
    "can you squeeze me in monday after 3 for ims",
    "any openings tuesday morning for dry neeedling?",
    "put me down for next wednesday please",
    "ok sign me up, evenings work best for me",
    "je peux passer jeudi soir pour de l'acupuncture?",
    "inscrivez-moi pour la première, le matin me convient mieux",
    "des disponibilités ce vendredi pour la puncture sèche?",
]


@pytest.mark.parametrize("question", BOOKING_REQUESTS)
@pytest.mark.parametrize("intent,confidence", UNSURE_GUESSES)
def test_a_request_for_a_day_or_time_is_a_booking(store, question, intent, confidence):
    d = route(ask(question, intent=intent, confidence=confidence), store)
    assert d.kind == "booking", (d.kind, d.rule, d.subject)


def test_an_activity_after_a_session_is_still_declined(store):
    declined(store, "can i go swimming after my session?", "aftercare_actions", "ask_aftercare")


def test_coming_in_to_translate_is_about_languages_not_a_booking(store):
    q = ask("can i come in with her and translate for her?", story="my dad only speaks Farsi.", intent="book")
    d = route(q, store)
    assert d.kind == "clinic" and d.clinic_topic == "languages", (d.kind, d.rule)


@pytest.mark.parametrize(
    "story,question",
    [
        ("got a note from my gp for dry needling.", "should i bring it along?"),
        ("my physio wrote me a prescription for IMS.", "do you need one?"),
        (
            "mon médecin m'a fait une référence pour l'acupuncture.",
            "je dois l'apporter ou vous en avez pas besoin?",
        ),
    ],
)
@pytest.mark.parametrize("intent", ["ask_treatment_course", "ask_practitioners"])
def test_a_question_pointing_back_at_a_referral_gets_the_referral_answer(store, story, question, intent):
    d = route(ask(question, story=story, intent=intent, confidence=0.7), store)
    assert d.kind == "clinic" and d.clinic_topic == "referral", (d.kind, d.rule)


def test_a_question_pointing_back_at_a_treatment_is_no_clinic_question(store):
    q = ask("do i need it?", story="my physio recommended dry needling for my neck.", intent="ask_conditions")
    assert route(q, store).kind != "clinic"


@pytest.mark.parametrize(
    "question",
    [
        "slept through my acupuncture slot this morning, will there be a fee?",
        "skipped my physio visit yesterday by accident, do you charge for that?",
        "j'ai manqué mon rendez-vous ce matin, est-ce que je vais payer quand même?",
    ],
)
@pytest.mark.parametrize("intent,confidence", [("nlu_fallback", 0.4), ("ask_fees", 0.6)])
def test_a_missed_slot_is_a_cancellation(store, question, intent, confidence):
    d = route(ask(question, intent=intent, confidence=confidence), store)
    assert d.kind == "clinic" and d.clinic_topic == "cancellation", (d.kind, d.rule)


@pytest.mark.parametrize(
    "question",
    [
        "first visit is monday, how early should i get there for paperwork?",
        "should i arrive 15 minutes ahead of time to do the intake forms for my first appointment?",
        "pour ma première visite, je dois arriver en avance pour remplir les formulaires?",
    ],
)
def test_how_early_to_come_for_the_forms_is_the_first_visit(store, question):
    d = route(ask(question, intent="ask_contact", confidence=0.6), store)
    assert d.kind == "clinic" and d.clinic_topic == "first_visit", (d.kind, d.rule)


def test_what_to_bring_to_a_first_visit_stays_what_to_bring(store):
    d = route(
        ask("what should i bring to my first appointment?", intent="ask_contact", confidence=0.6), store
    )
    assert d.clinic_topic == "what_to_bring", (d.kind, d.rule)


@pytest.mark.parametrize(
    "question",
    [
        "which bus do i take to get to the clinic?",
        "i don't have a car, can i get to you by transit?",
        "je n'ai pas d'auto, quel autobus pour me rendre chez vous?",
    ],
)
@pytest.mark.parametrize("intent", ["greet", "ask_location", "nlu_fallback"])
def test_a_bus_to_the_clinic_is_getting_here(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.6), store)
    assert d.kind == "clinic" and d.clinic_topic == "parking", (d.kind, d.rule)


@pytest.mark.parametrize(
    "question",
    [
        "allergic to latex. do the physios wear latex gloves?",
        "strong smells give me migraines, do you use scented oils or candles?",
        "is the massage oil you use made with nuts? i have a nut allergy",
        "je suis allergique au latex, vos gants sont en latex?",
        "est-ce que vous utilisez des huiles essentielles? je réagis aux odeurs",
    ],
)
@pytest.mark.parametrize("intent", ["ask_safety", "nlu_fallback"])
def test_the_clinics_supplies_for_an_allergy_go_to_the_front_desk(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.6), store)
    assert d.kind == "contact" and d.intent == "human_handoff", (d.kind, d.rule, d.subject)


def test_an_allergy_to_the_needles_metal_is_still_declined(store):
    declined(store, "i'm allergic to nickel, can i still get acupuncture?", "metal_allergy", "ask_safety")


def test_tape_put_on_after_needling_is_no_supplies_question(store):
    q = ask("Does the tape actually help?", story="Physio does dry needling then puts kinesio tape on.")
    assert route(q, store).intent != "human_handoff"


@pytest.mark.parametrize(
    "question",
    [
        "are dry needling sessions normally covered under extended health benefits?",
        "is IMS usually covered by insurance plans or do people pay out of pocket?",
    ],
)
def test_whether_plans_cover_a_treatment_at_all_is_the_insurance_entry(store, question):
    d = route(ask(question, intent="ask_insurance", confidence=0.7, named=["dry_needling"]), store)
    assert d.kind == "kb" and d.entry.topic == "insurance", (d.kind, d.rule)


def test_direct_billing_asked_of_the_clinic_stays_direct_billing(store):
    d = route(ask("do you bill my plan or do i pay out of pocket?", intent="ask_insurance"), store)
    assert d.clinic_topic == "direct_billing", (d.kind, d.rule)


@pytest.mark.parametrize(
    "question",
    [
        "is it worth doing acupuncture as maintenance once my back is better?",
        "do people get acupuncture regularly just to keep well?",
        "est-ce que je peux faire de l'acupuncture juste pour rester en forme?",
    ],
)
@pytest.mark.parametrize("intent", ["book", "nlu_fallback"])
def test_needling_kept_up_to_stay_well_is_a_course_of_treatment(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.6, named=["acupuncture"]), store)
    assert d.kind == "kb" and d.entry.topic == "treatment_course", (d.kind, d.rule)


def test_booking_a_tune_up_is_still_a_booking(store):
    d = route(
        ask("i'd like to book a monthly tune up acupuncture session", intent="book", named=["acupuncture"]),
        store,
    )
    assert d.kind == "booking"


@pytest.mark.parametrize(
    "question",
    [
        "the physio who did my dry needling didn't explain any side effects, is that even allowed?",
        "how do i file a complaint about an acupuncturist?",
        "mon acupuncteur ne m'a jamais parlé des risques, il n'était pas censé avoir mon consentement écrit?",
    ],
)
def test_what_another_practitioner_should_have_done_is_not_covered(store, question):
    declined(store, question, "practitioner_conduct", "ask_safety")


def test_the_risks_asked_after_nobody_told_them_are_answered(store):
    d = route(ask("nobody told me the risks of dry needling, what are they?", intent="ask_safety"), store)
    assert d.kind == "kb", (d.kind, d.rule)
