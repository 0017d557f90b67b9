"""Session 16: both treatments "as part of the same treatment" or "in the same treatment programme" are
having both (choosing, the having-both entry), not whether they are the same thing; "is it the same
treatment?" still asks how they differ."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask

BOTH = ("acupuncture", "dry_needling")


@pytest.mark.parametrize(
    "question, intent",
    [
        ("could I do dry needling and acupuncture as part of the same treatment?", "ask_difference"),
        ("is it ok to get acupuncture and dry needling in the same treatment programme?", "ask_choosing"),
    ],
)
def test_both_in_the_same_plan_is_choosing(store, question, intent):
    d = route(ask(question, intent=intent, named=BOTH), store)
    assert d.kind == "kb" and d.entry.topic == "choosing", (d.rule, d.entry and d.entry.id)


def test_the_same_treatment_asked_is_the_difference(store):
    d = route(
        ask("are acupuncture and dry needling the same treatment?", intent="ask_choosing", named=BOTH), store
    )
    assert d.kind == "kb" and d.entry.topic == "difference", (d.rule, d.entry and d.entry.id)
