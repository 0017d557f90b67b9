"""Session 20: falling asleep on the table, asked whether it is normal or weird, is how a session feels
(the sensation entries name dozing off), even when the classifier is unsure of it and the message names
no treatment; asking whether needling helps sleep stays the conditions entry."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "question, intent",
    [
        ("nodded off halfway through my appointment, is that odd?", "ask_session_length"),
        ("I was snoring on the table during the session lol, is that normal", "ask_treatment_course"),
        ("je me suis endormie sur la table pendant la séance, c'est bizarre ?", "ask_aftercare"),
    ],
)
def test_dozing_off_on_the_table_asked_about_is_sensation(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.5), store)
    assert d.kind == "kb" and d.entry.topic == "sensation", (d.rule, d.entry and d.entry.id)


def test_whether_needling_helps_sleep_stays_conditions(store):
    d = route(
        ask(
            "could acupuncture help me fall asleep at night?", intent="ask_conditions", named=("acupuncture",)
        ),
        store,
    )
    assert d.kind == "kb" and d.entry.topic == "conditions", (d.rule, d.entry and d.entry.id)
