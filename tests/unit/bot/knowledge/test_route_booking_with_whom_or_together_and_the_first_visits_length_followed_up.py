"""Booking in one's own words with whom ("can I book with one of your acupuncturists then?"), or two people
together ("can we book side by side?"), is a booking whatever the classifier guessed; and after the clinic's
first-visit answer, how long it takes with a reason told after it ("how long is it, I have to arrange a
sitter") or whether there is time for everything ("will there be enough time for all my problems?") is
still the first visit.

Why: follow-ups after an answer on who gives a treatment or on the first visit were read as unsure, out of
scope or the session length. Session 17 (tuner TF), new wordings in English and French."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "text, intent",
    [
        ("ok, could I book with one of your acupuncturists then?", "nlu_fallback"),
        ("great, could I book with one of them then?", "out_of_scope"),
        ("could we book together, my sister and me?", "human_handoff"),
        ("super, je peux réserver avec l'une de vos physios?", "nlu_fallback"),
    ],
)
def test_booking_with_whom_or_together_is_the_booking(store, text, intent):
    d = route(ask(text, intent=intent, confidence=0.4), store)
    assert d.kind == "booking", (d.rule, d.subject)


@pytest.mark.parametrize(
    "text, intent",
    [
        ("and how long is it, I have to arrange a sitter for the kids", "ask_aftercare"),
        ("will there be enough time for all my problems or should I get a longer one?", "ask_session_length"),
        ("ça dure combien de temps, je dois trouver une gardienne pour les petits", "ask_session_length"),
    ],
)
def test_the_first_visits_length_followed_up_with_a_reason_is_the_first_visit(store, text, intent):
    d = route(ask(text, intent=intent, confidence=0.5, previous_topic="clinic:first_visit"), store)
    assert (d.kind, d.clinic_topic) == ("clinic", "first_visit"), d.rule
