"""Keeping up the physio's exercises while having needling, and regular sessions kept up for
wellness, are the course of treatment, whatever the classifier guessed (how it feels, choosing, the
research on a body part named, who gives it): heldout62-64's wrong-topic class (issue 11), tested on
other wordings in English and French."""

import pytest

from bot.knowledge.entry_choice import question_topic
from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "story, question, intent",
    [
        (
            "the physio showed me some band exercises for my hip.",
            "do I still need to do them if I'm getting IMS?",
            "ask_sensation",
        ),
        (
            "my acupuncturist gave me stretching homework.",
            "should I keep doing those now that I'm getting needled?",
            "ask_technique",
        ),
        (
            "ma physio m'a donné des exercices pour le dos.",
            "est-ce que je dois encore les faire avec l'acupuncture?",
            "ask_sensation",
        ),
    ],
)
def test_exercises_told_then_asked_of_are_the_treatment_course(story, question, intent):
    q = ask(question, story=story, intent=intent, confidence=0.6, named=["acupuncture"])
    assert question_topic(q) == "treatment_course"


@pytest.mark.parametrize(
    "question, intent",
    [
        ("can I stop my calf stretches now that I'm having dry needling?", "ask_choosing"),
        ("should I carry on with the neck exercises while I'm having acupuncture?", "ask_evidence"),
        ("je continue mes étirements pendant les séances d'acupuncture?", "ask_choosing"),
    ],
)
def test_exercises_kept_up_with_needling_are_the_treatment_course(question, intent):
    q = ask(question, intent=intent, confidence=0.6, named=["acupuncture"])
    assert question_topic(q) == "treatment_course"


def test_exercises_for_a_named_body_part_stay_the_course_not_its_research(store):
    q = ask(
        "do I still have to do my knee exercises if I'm getting dry needling?",
        intent="ask_treatment_course",
        confidence=0.55,
        named=["dry_needling"],
        conditions=("knee_osteoarthritis",),
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "treatment_course", (d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "question, intent",
    [
        ("is it ok to book acupuncture every few weeks just for overall wellbeing?", "ask_evidence"),
        ("do people get acupuncture as a monthly reset even when they're fine?", "ask_practitioners"),
        ("est-ce qu'on peut faire de l'acupuncture régulièrement juste pour le bien-être?", "ask_evidence"),
    ],
)
def test_sessions_kept_up_for_wellness_are_the_treatment_course(question, intent):
    q = ask(question, intent=intent, confidence=0.8, named=["acupuncture"])
    assert question_topic(q) == "treatment_course"


def test_who_gives_it_for_wellness_stays_the_practitioners():
    q = ask(
        "which practitioners do acupuncture for general wellness?",
        intent="ask_practitioners",
        named=["acupuncture"],
    )
    assert question_topic(q) == "practitioners"
