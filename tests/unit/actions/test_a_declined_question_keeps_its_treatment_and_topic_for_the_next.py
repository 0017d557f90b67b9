"""Issue 11, session 16: a question declined as not covered still tells which treatment the
conversation is about. "Does acupuncture help with tinnitus?" is declined; "what about my sleep
then, I barely sleep" next asks the same of acupuncture, not "which treatment?" (actions/respond.py
sets the treatment and the topic guessed, as it does after a question with no entry)."""

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.knowledge_answer import ActionAnswerFromKnowledge
from tests.helpers import contracts

ACU = [{"entity": "modality", "value": "acupuncture"}]


@pytest.fixture(autouse=True)
def _store(fixture_store):
    return fixture_store


def _slots(events):
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


@pytest.mark.parametrize(
    "text", ["does acupuncture help with tinnitus?", "l'acupuncture aide-t-elle pour les acouphènes?"]
)
def test_a_declined_question_keeps_the_treatment_and_topic(tracker_factory, text):
    dispatcher = CollectingDispatcher()
    events = ActionAnswerFromKnowledge().run(
        dispatcher, tracker_factory(text, "ask_conditions", entities=ACU), {}
    )
    (contract,) = contracts(dispatcher)
    assert (contract["kind"], contract["reason"]) == ("fallback", "not_covered")
    assert _slots(events) == {"modalities": ["acupuncture"], "topic": "conditions"}


def test_a_declined_question_naming_no_treatment_sets_nothing(tracker_factory):
    dispatcher = CollectingDispatcher()
    events = ActionAnswerFromKnowledge().run(
        dispatcher, tracker_factory("can needles help tinnitus?", "ask_conditions"), {}
    )
    (contract,) = contracts(dispatcher)
    assert contract["reason"] == "not_covered"
    assert "modalities" not in _slots(events)


def test_the_follow_up_after_it_is_answered_for_that_treatment(tracker_factory):
    tracker = tracker_factory(
        "what about my sleep then, I barely sleep",
        "inform_modality",
        confidence=0.4,
        slots={"modalities": ["acupuncture"], "topic": "conditions"},
    )
    dispatcher = CollectingDispatcher()
    ActionAnswerFromKnowledge().run(dispatcher, tracker, {})
    (contract,) = contracts(dispatcher)
    # the fixture knowledge base may have no entry for it: either way, acupuncture's, never "which one?"
    assert contract["kind"] != "clarify", contract
    assert (contract.get("kb") or contract)["modalities"] == ["acupuncture"], contract
