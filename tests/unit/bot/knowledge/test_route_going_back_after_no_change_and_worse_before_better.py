"""Session 20: whether to go back after a session that changed nothing is the course of treatment
(not after-care or choosing), in both languages; "it may get worse before it gets better" and how long
that lasts is after-care, even with no treatment named and the classifier unsure."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "question, intent",
    [
        ("felt no difference after my first dry needling, do I keep going?", "ask_aftercare"),
        ("two acupuncture visits and no improvement, is it worth coming back?", "ask_choosing"),
        ("aucun changement après ma première séance d'IMS, je continue pareil ?", "ask_aftercare"),
    ],
)
def test_going_back_after_no_change_is_the_course(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.8), store)
    assert d.kind == "kb" and d.entry.topic == "treatment_course", (d.rule, d.entry and d.entry.id)


def test_going_back_with_soreness_told_is_not_moved_to_the_course(store):
    d = route(
        ask(
            "still sore and no change yet, should I go back or rest?",
            intent="ask_aftercare",
            confidence=0.8,
            named=("acupuncture",),
        ),
        store,
    )
    assert d.kind == "kb" and d.entry.topic == "aftercare", (d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "question, intent, confidence",
    [
        (
            "the leaflet says things can get worse before they get better. how long does that go on?",
            "ask_session_length",
            0.35,
        ),
        (
            "on m'a dit que ça peut empirer avant de s'améliorer, ça dure combien de temps ?",
            "ask_treatment_course",
            0.5,
        ),
    ],
)
def test_worse_before_better_is_aftercare(store, question, intent, confidence):
    d = route(ask(question, intent=intent, confidence=confidence), store)
    assert d.kind == "kb" and d.entry.topic == "aftercare", (d.rule, d.entry and d.entry.id)
