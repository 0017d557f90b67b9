"""Whether two of our treatments can be had in one plan, the same week or turn about ("can you
have both?") is the choosing entry on having both, not how they differ, whatever the classifier
guessed (the difference, or unsure). Only with two treatments named or talked about."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask

BOTH = [
    (
        "is it ok to see an acupuncturist and get dry needling from my physio during the same month?",
        "ask_difference",
    ),
    ("could I alternate dry needling and acupuncture, one week each?", "ask_difference"),
    ("should I do both acupuncture and dry needling, or is that overkill?", "ask_overview"),
    ("est-ce que je peux suivre l'acupuncture et la puncture sèche en même temps?", "ask_difference"),
    ("on peut faire les deux, l'acupuncture et le dry needling, en alternance?", "nlu_fallback"),
]


@pytest.mark.parametrize("message,intent", BOTH)
def test_having_two_treatments_together_is_the_having_both_entry(store, message, intent):
    confidence = 0.3 if intent == "nlu_fallback" else 0.85
    q = ask(message, intent=intent, confidence=confidence, named=["acupuncture", "dry_needling"])
    d = route(q, store)
    assert d.kind == "kb" and d.entry.id == "acu-dn-choosing-both", (d.rule, d.entry and d.entry.id)


def test_the_difference_asked_stays_the_difference(store):
    q = ask(
        "what's the difference between acupuncture and dry needling?",
        intent="ask_difference",
        named=["acupuncture", "dry_needling"],
    )
    assert route(q, store).entry.topic == "difference"


def test_one_treatment_the_same_day_as_something_else_is_not_choosing(store):
    q = ask(
        "can i go to the gym the same day as dry needling?", intent="ask_aftercare", named=["dry_needling"]
    )
    assert route(q, store).topic != "choosing"
