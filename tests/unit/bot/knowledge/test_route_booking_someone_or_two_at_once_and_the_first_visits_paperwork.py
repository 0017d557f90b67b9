"""Session 16 (issue 11), heldout68/70/71 front-desk questions on other wordings, English and
French: someone booked for a treatment ("can i book my dad for IMS"), two people booked at once,
or appointments asked for in so many words are bookings, whatever the classifier read in the
story, weak English told only as why someone comes along included (asked about, "do you have an
interpreter?", it stays the languages answer); what happens at the first visit asked with its
forms or its length beside it is the clinic's first visit, a treatment named or not."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "question",
    [
        "can I book my dad for IMS? his english isn't great so I'll come too",
        "could we get two appointments back to back? me and my sister both have sore necks",
        "je voudrais réserver ma mère pour de l'acupuncture, elle parle pas bien français, je viendrai avec elle",
        "est-ce qu'on peut avoir deux rendez-vous le même jour pour mon mari et moi ?",
        "book me and my son back to back please, he's got the same knee thing",
    ],
)
@pytest.mark.parametrize("intent", ["ask_treatment_course", "ask_choosing", "out_of_scope"])
def test_someone_booked_or_appointments_asked_for_is_a_booking(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.5), store)
    assert d.kind == "booking", (d.kind, d.rule, d.clinic_topic, d.subject)


@pytest.mark.parametrize(
    "question",
    [
        "do you have an interpreter? my mum doesn't speak much English and I'd like to book her in",
        "can I book my dad in? is there anyone there who speaks Punjabi?",
    ],
)
def test_a_language_asked_about_beside_a_booking_stays_the_languages_answer(store, question):
    d = route(ask(question, intent="ask_contact", confidence=0.5), store)
    assert (d.kind, d.clinic_topic) == ("clinic", "languages"), (d.kind, d.rule)


def test_an_appointment_asked_about_under_a_condition_is_no_booking(store):
    d = route(ask("can I get an appointment if I'm on blood thinners?", intent="ask_safety"), store)
    assert d.kind != "booking"


@pytest.mark.parametrize(
    "question",
    [
        "never had IMS before. what happens at the first appointment? is there paperwork?",
        "what happens at the first visit for acupuncture? how long will it take",
        "qu'est-ce qui se passe au premier rendez-vous d'acupuncture ? il y a des formulaires à remplir ?",
    ],
)
@pytest.mark.parametrize("intent", ["ask_technique", "ask_overview"])
def test_the_first_visit_asked_with_its_forms_or_length_is_the_clinics_first_visit(store, question, intent):
    named = ["ims"] if "IMS" in question else ["acupuncture"]
    d = route(ask(question, intent=intent, confidence=0.9, named=named), store)
    assert (d.kind, d.clinic_topic) == ("clinic", "first_visit"), (d.kind, d.rule, d.entry and d.entry.id)


def test_what_a_treatments_first_session_is_like_alone_stays_its_entries(store):
    q = ask(
        "first acupuncture appt friday. what actually happens?", intent="ask_technique", named=["acupuncture"]
    )
    assert route(q, store).kind == "kb"
