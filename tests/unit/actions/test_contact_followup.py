"""Issue 11 (session 12): a short day or time asked right after the clinic's hours ("and sundays?")
is read with the last reply's hand-off, not as a question about a treatment."""

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.context import read_question
from actions.handoff import ActionContact
from actions.knowledge_answer import ActionAnswerFromKnowledge
from tests.helpers import contracts, texts


@pytest.fixture(autouse=True)
def _store(fixture_store):
    return fixture_store


def _reply(action, tracker):
    dispatcher = CollectingDispatcher()
    action.run(dispatcher, tracker, {})
    return dispatcher, contracts(dispatcher)[0]


def test_a_day_asked_after_the_hours_gets_the_hours_again(tracker_factory):
    first, hours = _reply(ActionContact(), tracker_factory("when do you open in the morning?", "ask_hours"))
    assert (hours["kind"], hours["topic"]) == ("contact", "ask_hours")
    tracker = tracker_factory("what about sundays?", "inform_modality", confidence=0.6)
    tracker.events.insert(-1, {"event": "bot", "text": texts(first)[0], "data": {"custom": hours}})
    assert read_question(tracker).previous_handoff == "ask_hours"
    _, contract = _reply(ActionAnswerFromKnowledge(), tracker)
    assert (contract["kind"], contract["topic"], contract["rule"]) == ("contact", "ask_hours", "followup")


def test_the_same_words_with_no_hours_before_ask_which_treatment(tracker_factory):
    tracker = tracker_factory("what about sundays?", "inform_modality", confidence=0.6)
    assert read_question(tracker).previous_handoff is None
    _, contract = _reply(ActionAnswerFromKnowledge(), tracker)
    assert contract["kind"] == "clarify"
