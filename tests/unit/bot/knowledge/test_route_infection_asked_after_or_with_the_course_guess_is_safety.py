"""Session 16: infection or hygiene asked ("like infection wise", "any risk of infection?", "pour les
infections"), read by the classifier as the course of treatment or a session's length, is the safety
entry; in a follow-up to the safety answer the infection word may sit anywhere in the message. How many
sessions asked stays the course."""

from dataclasses import replace

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "question, story, intent, previous",
    [
        (
            "even if I come straight from the gym all sweaty?",
            "hygiene-wise I mean",
            "ask_treatment_course",
            "safety",
        ),
        (
            "même si je travaille dans la poussière toute la journée?",
            "pour les infections",
            "ask_treatment_course",
            "safety",
        ),
        (
            "is there a risk of infection if I go back to the barn right after?",
            "",
            "ask_session_length",
            None,
        ),
        (
            "any chance of an infection at the needle spots if I go straight to my kitchen job?",
            "",
            "ask_treatment_course",
            None,
        ),
    ],
)
def test_infection_asked_is_safety(store, question, story, intent, previous):
    # the second sentence of the message comes after the question: written as the message's whole text
    q = ask(question, intent=intent, confidence=0.6, context=("acupuncture",), previous_topic=previous)
    if story:
        q = replace(q, full_text=f"{question} {story}")
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "safety", (d.rule, d.entry and d.entry.id)


def test_how_many_sessions_stays_the_course(store):
    q = ask(
        "how many sessions would it take? hygiene matters a lot in my job",
        intent="ask_treatment_course",
        named=("acupuncture",),
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "treatment_course", (d.rule, d.entry and d.entry.id)
