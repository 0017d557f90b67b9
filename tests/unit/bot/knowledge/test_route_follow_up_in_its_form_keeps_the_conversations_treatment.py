"""A follow-up in the follow-up's form ("and what about...", "what about ... then", "et pour...") after
an answer about one treatment keeps that treatment: no "which treatment?" question (heldout63/64,
issue 11), on other wordings; "what about the other one?" still asks which."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "text, previous, conditions",
    [
        ("and what about nerves if they needle near my elbow?", "safety", ()),
        ("alright. what about the headaches then, they're daily", "evidence", ("migraine_headache",)),
        ("d'accord. et pour les migraines, ça marche?", "evidence", ("migraine_headache",)),
    ],
)
def test_a_follow_up_in_its_form_keeps_the_conversations_treatment(store, text, previous, conditions):
    q = ask(
        text,
        intent="inform_modality",
        confidence=0.5,
        previous_topic=previous,
        context=["acupuncture"],
        conditions=conditions,
    )
    d = route(q, store)
    assert d.kind == "kb" and "acupuncture" in d.modalities, (d.kind, d.rule)


def test_the_other_one_still_asks_which(store):
    q = ask(
        "ok and what about the other kind?",
        intent="inform_modality",
        confidence=0.6,
        previous_topic="safety",
        context=["acupuncture"],
    )
    assert route(q, store).kind == "clarify"
