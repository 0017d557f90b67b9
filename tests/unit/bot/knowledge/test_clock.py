"""Clock times read without guessing (bot/knowledge/clock.py): the clinic's opening hours from
clinic.yml `hours` lines, in English and in French, and a slot a patient asks for at a time of day."""

import pytest

from bot.knowledge.clock import opening_span, outside_hours, slot_asked


def test_the_opening_span_is_the_earliest_opening_and_the_latest_closing():
    hours = ["Monday to Thursday, 7:30 am to 8 pm", "Friday, 9 am to 5 pm", "Sunday, closed"]
    assert opening_span(hours) == (7 * 60 + 30, 20 * 60)
    assert opening_span(["du lundi au vendredi, de 9 h à 18 h 30", "fermé le dimanche"]) == (
        9 * 60,
        18 * 60 + 30,
    )


def test_hours_with_no_times_give_no_span():
    assert opening_span(["By appointment only"]) is None
    assert opening_span([]) is None


@pytest.mark.parametrize(
    "text,slot",
    [
        ("any chance of a spot at 6:30am? I start at 8", ("at", 6 * 60 + 30)),
        ("do you have any appointments after 8 pm?", ("after", 20 * 60)),
        ("anything before 7 a.m.?", ("before", 7 * 60)),
        ("vous avez quelque chose vers 20 h ?", ("at", 20 * 60)),
        ("une place à 18h30 ?", ("at", 18 * 60 + 30)),
    ],
)
def test_a_slot_asked_at_a_time_of_day(text, slot):
    assert slot_asked(text) == slot


@pytest.mark.parametrize(
    "text",
    [
        "anything at 6?",  # morning or evening
        "anything at 6am on saturday?",  # a day named: the booking's
        "i finish work at 6pm",  # no slot asked
    ],
)
def test_no_slot_when_the_time_or_the_question_is_unclear(text):
    assert slot_asked(text) is None


def test_outside_the_hours_by_relation():
    span = (8 * 60, 19 * 60)
    assert outside_hours(("at", 6 * 60), span)
    assert outside_hours(("after", 19 * 60), span)
    assert outside_hours(("before", 8 * 60), span)
    assert not outside_hours(("at", 16 * 60), span)
    assert not outside_hours(("after", 17 * 60), span)
