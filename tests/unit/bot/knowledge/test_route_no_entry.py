"""A follow-up routed to a topic with no entry for its treatment gets the no-entry fallback,
never a crash: heldout19 found "cool, can i get one thursday evening" after a session-length
answer ending in the internal-error apology, because the follow-up rule's name was passed twice."""

import pytest

from bot.knowledge.route import answer_topic, route
from tests.helpers.route_questions import ask


def test_a_named_rule_with_no_entry_for_the_treatment_is_the_no_entry_fallback(store):
    q = ask("and for that one?", intent="nlu_fallback", confidence=0.3, named=["ims"])
    d = answer_topic(store, q, "no_such_topic", rule="followup")
    assert (d.kind, d.rule, d.reason) == ("fallback", "no_entry", "no_entry")


def test_a_named_rule_with_no_treatment_asks_which(store):
    q = ask("and how long?", intent="nlu_fallback", confidence=0.3)
    d = answer_topic(store, q, "no_such_topic", rule="followup")
    assert (d.kind, d.rule) == ("clarify", "ask_which")


@pytest.mark.parametrize(
    "message", ["cool, can i get one thursday evening", "ok and could i come in saturday then"]
)
def test_a_short_follow_up_after_an_answer_never_raises(store, message):
    q = ask(
        message,
        intent="out_of_scope",
        confidence=0.4,
        context=["acupuncture"],
        previous_topic="session_length",
        ranking=[("out_of_scope", 0.4), ("book", 0.3), ("ask_session_length", 0.2), ("ask_hours", 0.1)],
    )
    d = route(q, store)
    assert d.kind in {"kb", "clarify", "fallback", "booking", "clinic", "contact"}
    assert d.rule != "internal_error"
