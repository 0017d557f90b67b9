"""A short follow-up keeps the conversation's topic unless its own wording says which entry answers
it: "ok how many sessions does that usually take?" after whether dry needling helps tennis elbow
asks about the course of treatment, not the research again."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "text, context",
    [
        ("ok how many sessions does that usually take", ["dry_needling"]),
        ("and how many treatments would i need for that?", ["acupuncture"]),
        ("right, how many visits before it helps?", ["ims"]),
        ("et ça prend combien de séances d'habitude?", ["dry_needling"]),
        ("ok et combien de traitements pour ça?", ["acupuncture"]),
    ],
)
def test_how_many_sessions_after_the_research_is_the_course_of_treatment(store, text, context):
    q = ask(text, intent="nlu_fallback", confidence=0.4, context=context, previous_topic="evidence")
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "treatment_course", (d.rule, d.entry)


def test_a_plain_follow_up_keeps_the_research(store):
    q = ask(
        "and for the neck?",
        intent="nlu_fallback",
        confidence=0.4,
        context=["dry_needling"],
        previous_topic="evidence",
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "evidence", (d.rule, d.entry)
