"""Issue 11, session 20: "who reads these chats?" is no subject of the documents, but the
assistant knows how this conversation is kept. The reply says personal details are taken out,
that clinic staff read saved chats, how long they are kept (clinic.yml retention_days) and how
to erase the conversation (DELETE / EFFACER, route rule `erase`), instead of the general
"outside what I can help with"."""

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.knowledge_answer import ActionAnswerFromKnowledge
from bot.clinic import load_clinic
from tests.helpers import contracts, texts


@pytest.fixture(autouse=True)
def _store(fixture_store):
    return fixture_store


@pytest.mark.parametrize(
    "text, lang, word",
    [
        ("quick question, does anyone at the clinic read what i type in here?", "en", "DELETE"),
        ("who can see my messages on this thing", "en", "DELETE"),
        ("est-ce que vous gardez ce que j'écris? qui peut lire ce chat?", "fr", "EFFACER"),
    ],
)
def test_a_question_about_this_chat_is_told_how_it_is_kept_and_erased(tracker_factory, text, lang, word):
    dispatcher = CollectingDispatcher()
    tracker = tracker_factory(text, "out_of_scope", slots={"language": lang})
    ActionAnswerFromKnowledge().run(dispatcher, tracker, {})
    (contract,) = contracts(dispatcher)
    assert (contract["kind"], contract["reason"]) == ("fallback", "out_of_scope")
    said = " ".join(texts(dispatcher))
    assert word in said
    assert str(load_clinic().retention_days) in said
    assert "medication" not in said and "médicaments" not in said


def test_an_unrelated_out_of_scope_question_keeps_the_general_reply(tracker_factory):
    dispatcher = CollectingDispatcher()
    ActionAnswerFromKnowledge().run(
        dispatcher, tracker_factory("who won the hockey game last night?", "out_of_scope"), {}
    )
    said = " ".join(texts(dispatcher))
    assert "DELETE" not in said and "medication" in said
