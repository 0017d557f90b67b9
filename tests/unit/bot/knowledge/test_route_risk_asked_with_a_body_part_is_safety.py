"""A risk asked about needling stays safety, even with a body part or condition in the question:
"is it safe?" after a story of a knee or a shoulder to be needled, whether a nerve or an artery
can be hit, whether to worry about a collapsed lung heard of. The research for the shoulder or
the neck is no answer to it.

Why: heldout44 and heldout46 (session 13's tuner TG), and older heldout/heldout32 failures: the
condition in the question turned a safety question into the research for that condition. The
tests use other wordings than the spent cases, in English and French."""

from dataclasses import replace

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


def _asked(q, *conditions):
    """The question with its conditions named in the question sentence itself."""
    return replace(q, conditions=frozenset(conditions), asked_conditions=frozenset(conditions))


@pytest.mark.parametrize(
    "message,condition,intent",
    [
        (
            "my husband plays rugby and his physio wants to dry needle his shoulder. is it safe?",
            "rotator_cuff",
            "ask_treatment_course",
        ),
        (
            "ma kiné veut faire du dry needling sur mon épaule, est-ce que c'est dangereux?",
            "rotator_cuff",
            "ask_treatment_course",
        ),
    ],
)
def test_is_it_safe_with_a_body_part_in_the_question_is_safety(store, message, condition, intent):
    q = _asked(ask(message, intent=intent, confidence=0.6, named=("dry_needling",)), condition)
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "safety", (d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "question,condition",
    [
        ("could IMS in my lower back damage a nerve?", "low_back_pain"),
        ("l'IMS dans le cou, ça peut toucher une artère?", "neck_pain"),
    ],
)
def test_a_nerve_or_artery_hit_asked_with_a_body_part_is_safety(store, question, condition):
    q = _asked(ask(question, intent="ask_safety", confidence=0.35, named=("ims",)), condition)
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "safety", (d.rule, d.entry and d.entry.id)


def test_worried_about_a_collapsed_lung_heard_of_is_safety(store):
    q = ask(
        "do I need to be worried about that if my physio dry needles my shoulder?",
        story="my aunt had a collapsed lung after needling in her upper back once, she recovered.",
        intent="ask_choosing",
        confidence=0.8,
        named=("dry_needling",),
    )
    d = route(_asked(q, "rotator_cuff"), store)
    assert d.kind == "kb" and d.entry.topic == "safety", (d.rule, d.entry and d.entry.id)


def test_whether_it_helps_the_shoulder_is_still_the_research(store):
    q = ask(
        "would dry needling help my shoulder?",
        intent="ask_conditions",
        confidence=0.8,
        named=("dry_needling",),
    )
    d = route(_asked(q, "rotator_cuff"), store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence"), (d.rule, d.entry and d.entry.id)
