"""Session 17: whether the points or needles in one place hurt ("do the foot points hurt worse?",
"will the needles in my wrist sting?", "les points aux pieds font-tu plus mal?") is how it feels,
whatever the classifier made of the story before it."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "question",
    [
        "my feet are so sensitive, do the foot points hurt worse than the others?",
        "would the spots on my ankle hurt more? it's already tender",
        "les points dans les pieds font-tu plus mal?",
    ],
)
def test_pain_asked_of_the_points_is_sensation(store, question):
    d = route(ask(question, intent="ask_technique", confidence=0.5, named=("acupuncture",)), store)
    assert d.kind == "kb" and d.entry.topic == "sensation", (d.rule, d.entry and d.entry.id)
