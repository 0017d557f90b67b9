"""The time a first visit takes, asked as the time to book off work or to set aside ("how long should I
take off work for it?"), or as how long it takes with the treatment named beside "what happens", is
the clinic's first-visit answer, not the knowledge base's session length or a treatment entry.

Why: someone planning a first visit needs the clinic's own length for it; "book" there is booking time
off work, not a request to book. Session 13 (tuner TF), from the failure class of a spent set's first
visit "how long should I book off work"; new wordings in English and French."""

import pytest

from bot.knowledge.route import route
from bot.knowledge.subjects import clinic_topic
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "text",
    [
        "do i need to book the whole afternoon off for my initial assessment?",
        "how many hours should I book off for the first appointment?",
        "my first dry needling appointment is monday, how much time should i block off?",
        "pour le premier rendez-vous, je dois prendre congé toute la journée?",
        "combien de temps je dois prévoir au travail pour ma première consultation?",
    ],
)
def test_time_off_work_for_the_first_visit_is_the_first_visit(store, text):
    assert clinic_topic(text) == "first_visit"
    d = route(ask(text, intent="ask_session_length", confidence=0.9), store)
    assert (d.kind, d.clinic_topic) == ("clinic", "first_visit")


@pytest.mark.parametrize(
    "text",
    [
        "first acupuncture appointment on friday, how long is it going to take and what do you do?",
        "first IMS appointment next week, how long does it last and what happens?",
    ],
)
def test_how_long_the_first_visit_takes_with_the_treatment_named_is_the_first_visit(text):
    assert clinic_topic(text) == "first_visit"


@pytest.mark.parametrize(
    "text",
    [
        # asking to book the first visit is still a booking, not the first visit's answer
        "can i book my first appointment for next week?",
        # what happens at a named treatment's first session, no length asked, stays the treatment's entries
        "first acupuncture appointment tomorrow, what actually happens?",
        # time off after a session is what to do afterwards (written rule 9), not the first visit
        "do i need to take the rest of the day off after my first session?",
    ],
)
def test_booking_or_the_treatment_itself_is_no_first_visit_length(text):
    assert clinic_topic(text) != "first_visit"
