"""Session 17: a treatment given in one place with the pain told in another ("had acupuncture in her
hands but the pain is in her neck", "why did they needle my hip?") asks where the needles go
(technique); "what about <another problem>?" after a question whether the treatment helps one asks the
same for it (the research), even declined before."""

import pytest

from bot.knowledge.question import Question
from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "question",
    [
        "my wife got IMS in her hip but the problem is in her knee??",
        "she wants to know why they needled her hip",
        "il a eu des aiguilles dans le dos mais la douleur est dans la jambe",
    ],
)
def test_needled_elsewhere_is_technique(store, question):
    d = route(ask(question, intent="ask_origins", confidence=0.5, named=("ims",)), store)
    assert d.kind == "kb" and d.entry.topic == "technique", (d.rule, d.entry and d.entry.id)


def test_what_about_another_problem_after_a_conditions_question(store):
    q = Question(
        text="what about the pain in my hip, that one is plain arthritis",
        intent="ask_technique",
        confidence=0.4,
        topics=["technique"],
        named=[],
        context=["acupuncture"],
        conditions=frozenset({"knee_osteoarthritis"}),
        asked_conditions=frozenset({"knee_osteoarthritis"}),
        previous_topic="conditions",
        ranking=[("out_of_scope", 0.5), ("ask_technique", 0.4)],
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence"), (d.rule, d.entry and d.entry.id)
