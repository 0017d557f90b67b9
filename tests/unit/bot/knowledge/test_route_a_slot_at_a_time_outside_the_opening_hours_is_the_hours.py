"""Session 16 (issue 11): something asked for at a time of day, no day named and no booking verb,
is answered by the clinic's opening hours when that time is outside them ("do you have anything at
6am?": the hours hand-off), and is a request for a slot inside them (a booking). Coming in after
something ("are you open late? could I come after?") is no activity after a session. Other
wordings than the heldout68/69 cases, in English and French."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask

OPENING = (8 * 60, 19 * 60)  # the demo clinic: 8 am to 7 pm at the widest


@pytest.mark.parametrize(
    "question",
    [
        "any chance of a spot at 6:30am? I start at 8",
        "do you have any appointments after 8 pm? my shift ends at 7",
        "vous avez quelque chose vers 20 h ? je finis à 19 h",
        "une place à 6 h 30 ? je commence à 8 h",
    ],
)
@pytest.mark.parametrize("intent", ["ask_sensation", "nlu_fallback", "ask_hours"])
def test_a_slot_outside_the_opening_hours_gets_the_hours(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.6), store, opening=OPENING)
    assert (d.kind, d.intent) == ("contact", "ask_hours"), (d.kind, d.rule, d.intent)


@pytest.mark.parametrize(
    "question",
    ["do you have anything around 4pm? i get off at 3", "vous avez une place vers 10 h ?"],
)
def test_a_slot_inside_the_opening_hours_is_a_booking(store, question):
    d = route(ask(question, intent="ask_sensation", confidence=0.6), store, opening=OPENING)
    assert d.kind == "booking", (d.kind, d.rule)


def test_asking_to_book_at_an_early_hour_stays_a_booking(store):
    d = route(ask("can I book a 6am slot on thursday?", intent="book"), store, opening=OPENING)
    assert d.kind == "booking"


@pytest.mark.parametrize(
    "question",
    [
        "are you open late? the gig ends at 11 pm, could I come after?",
        "are you open late? our game finishes at 10, can we come after?",
    ],
)
def test_coming_in_after_something_asks_the_hours(store, question):
    d = route(ask(question, intent="ask_hours", confidence=0.9), store, opening=OPENING)
    assert (d.kind, d.intent) == ("contact", "ask_hours"), (d.kind, d.rule, d.subject)


def test_an_activity_after_a_session_is_still_declined(store):
    d = route(
        ask("can I go for a swim after?", intent="ask_aftercare", confidence=0.9), store, opening=OPENING
    )
    assert (d.kind, d.subject and d.subject.id) == ("fallback", "aftercare_actions")
