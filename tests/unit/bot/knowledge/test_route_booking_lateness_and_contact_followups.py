"""Issue 11, front-desk messages read right (session 12), on new wordings in English and French.

A wish to be seen soon by a kind of practitioner ("someone who does IMS") is a booking, while who
may give it stays the practitioners entry; arriving late with a charge asked is the cancellation
policy's answer, late with no charge asked stays the front desk's; a short "and sundays?" after
the clinic's hours stays on the hours; what to wear for someone else's visit, a charge for missing
a visit, and a language spoken at the clinic are the clinic's answers; a pain question with "how
much does it really hurt" is no fees question; the assistant asked to write an unrelated note is
out of scope."""

from dataclasses import replace

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "question, intent",
    [
        ("I'd love to get in with somebody that does IMS, my hip is locked up", "ask_practitioners"),
        ("hoping to book with one of your physios who does dry needling, soon as you can", "ask_choosing"),
        ("i really need an appointment with whoever does acupuncture, my neck is wrecked", "ask_technique"),
        ("gotta see the therapist that does IMS asap", "nlu_fallback"),
        ("j'aimerais voir quelqu'un qui fait de la puncture sèche avant vendredi", "ask_treatment_course"),
        (
            "je voudrais prendre rendez-vous avec une physio qui fait de l'IMS au plus vite",
            "ask_practitioners",
        ),
    ],
)
def test_a_wish_to_be_seen_by_a_kind_of_practitioner_is_a_booking(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.4), store)
    assert d.kind == "booking" and d.rule == "handoff", (d.kind, d.rule)


@pytest.mark.parametrize(
    "question",
    [
        "which of your staff does dry needling, is it the physios?",
        "how do I know the person who does IMS is properly trained?",
        "do I need an appointment every week for acupuncture to work?",
    ],
)
def test_who_gives_it_or_how_often_is_no_booking(store, question):
    d = route(ask(question, intent="ask_practitioners", confidence=0.7), store)
    assert d.kind == "kb", (d.kind, d.rule)


@pytest.mark.parametrize(
    "question",
    [
        "if I roll in 10 min late am I billed for the whole visit?",
        "running 20 minutes late, will you still charge me the full fee?",
        "is there a penalty for being late?",
        "si j'arrive en retard de 15 minutes, est-ce que vous me facturez quand même?",
        "des frais si je suis en retard?",
    ],
)
def test_arriving_late_with_a_charge_asked_is_the_cancellation_policy(store, question):
    d = route(ask(question, intent="ask_session_length", confidence=0.6), store)
    assert d.kind == "clinic" and d.clinic_topic == "cancellation", (d.kind, d.rule, d.clinic_topic)


@pytest.mark.parametrize(
    "question",
    [
        "running 15 min late, will you still see me?",
        "je vais arriver en retard de 10 minutes, vous allez me prendre?",
    ],
)
def test_arriving_late_with_no_charge_asked_stays_the_front_desk(store, question):
    d = route(ask(question, intent="human_handoff", confidence=0.6), store)
    assert d.kind == "contact", (d.kind, d.rule, d.clinic_topic)


@pytest.mark.parametrize(
    "question",
    [
        "and sundays?",
        "what about sunday mornings?",
        "et le dimanche?",
        "and on holidays?",
        "ok and evenings?",
    ],
)
def test_a_day_asked_after_the_hours_stays_on_the_hours(store, question):
    q = replace(ask(question, intent="inform_modality", confidence=0.8), previous_handoff="ask_hours")
    d = route(q, store)
    assert (d.kind, d.rule, d.intent) == ("contact", "followup", "ask_hours"), (d.kind, d.rule, d.intent)


@pytest.mark.parametrize(
    "question, intent",
    [
        ("and does it hurt?", "ask_sensation"),
        ("and for IMS?", "inform_modality"),
        ("and is it safe?", "ask_safety"),
    ],
)
def test_a_treatment_question_after_the_hours_is_no_hours_question(store, question, intent):
    q = replace(
        ask(question, intent=intent, confidence=0.9, named=["ims"] if "IMS" in question else ()),
        previous_handoff="ask_hours",
    )
    d = route(q, store)
    assert d.kind != "contact", (d.kind, d.rule)


def test_a_day_asked_with_no_hours_before_still_asks_which(store):
    d = route(ask("and sundays?", intent="inform_modality", confidence=0.8), store)
    assert d.kind == "clarify", (d.kind, d.rule)


@pytest.mark.parametrize(
    "question, topic",
    [
        ("what should my dad wear to his acupuncture visit?", "what_to_bring"),
        ("qu'est-ce que ma mère devrait porter pour sa séance?", "what_to_bring"),
        ("do I still get charged for missing my appt if the buses aren't running?", "cancellation"),
        ("does anyone there speak dutch? my dad's english is poor", "languages"),
        ("vous avez quelqu'un qui parle allemand?", "languages"),
    ],
)
def test_clinic_questions_in_new_words_get_the_clinic_answer(store, question, topic):
    d = route(ask(question, intent="out_of_scope", confidence=0.6), store)
    assert d.kind == "clinic" and d.clinic_topic == topic, (d.kind, d.rule, d.clinic_topic)


@pytest.mark.parametrize(
    "question",
    ["how much does IMS really hurt compared to a flu shot?", "how much does acupuncture usually hurt"],
)
def test_how_much_it_really_hurts_is_no_fees_question(store, question):
    d = route(
        ask(question, intent="ask_sensation", confidence=0.8, named=["ims"] if "IMS" in question else ()),
        store,
    )
    assert d.kind == "kb" and d.topic == "sensation", (d.kind, d.rule, d.clinic_topic)


@pytest.mark.parametrize(
    "question",
    [
        "could you draft an email to my landlord about the broken heater",
        "write me a letter for my manager saying I'm off next Monday",
        "rédige-moi une lettre pour mon patron, je veux congé lundi",
        "écris-moi un mot pour mon prof svp",
    ],
)
def test_an_unrelated_note_asked_of_the_assistant_is_declined_not_handed_off(store, question):
    """Out of scope, or the `notes_for_others` subject (an email to a landlord is the former)."""
    d = route(ask(question, intent="human_handoff", confidence=0.6), store)
    assert d.kind == "fallback" and d.reason in ("out_of_scope", "not_covered"), (d.kind, d.rule)


def test_a_note_about_the_visit_stays_with_the_front_desk(store):
    d = route(
        ask("can you write me a note saying I was at my appointment today?", intent="human_handoff"), store
    )
    assert d.kind == "contact", (d.kind, d.rule)
