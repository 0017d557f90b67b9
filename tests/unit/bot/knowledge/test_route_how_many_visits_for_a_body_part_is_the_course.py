"""How many visits, sessions or treatments for a body part told, no treatment named and the
classifier reading it out of scope, is the course of treatment ("how many visits for my shoulder n
back"); a payment asked, or no body part, keeps it as it was.

Why: spent sets (vr-098, vo-059) asked it with the trip told around it, or a word typed fast
("treatmeants"), and got the out-of-scope decline (session 23)."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "text",
    [
        "its a long drive for me so i cant come often. how many visits for my shoulder n back",
        "how many treatmeants before my mum would notice anything for her neck?",
        "how many sessions would it usually take for my lower back?",
        "roughly how many appointments for the knee before it settles?",
    ],
)
def test_visits_asked_for_a_body_part_are_the_course(store, text):
    d = route(ask(text, intent="out_of_scope", confidence=0.6), store)
    assert d.kind == "kb", (d.rule, d.reason)
    assert d.entry is not None and d.entry.topic == "treatment_course", d.entry and d.entry.id


@pytest.mark.parametrize(
    "text",
    [
        "how many visits does my plan pay for my back each year?",
        "how many times a week do you go to the gym for your back?",
        "how many laps of the pool for my fitness?",
    ],
)
def test_a_payment_or_no_visit_asked_is_not_the_course(store, text):
    d = route(ask(text, intent="out_of_scope", confidence=0.6), store)
    assert not (d.kind == "kb" and d.entry is not None and d.entry.topic == "treatment_course"), d.rule
