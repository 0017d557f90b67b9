"""Session 16: a problem told beside a question whose own words choose another entry ("how many
needles would you use on my lower back? I lay bricks") is that entry's question, not a request for
advice on the problem (rule 10's personal advice), whichever topic the classifier guessed."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "question, story, conditions, context",
    [
        (
            "how many needles would you use on my lower back? i lay bricks",
            "",
            ("low_back_pain",),
            ("dry_needling",),
        ),
        (
            "combien d'aiguilles pour mes deux genoux? je suis carreleur",
            "",
            ("knee_osteoarthritis",),
            ("acupuncture",),
        ),
        (
            "how many needles would they put in?",
            "my hip is stiff from the warehouse.",
            ("hip_osteoarthritis",),
            (),
        ),
    ],
)
def test_how_many_needles_beside_a_problem_is_the_needles_entry(store, question, story, conditions, context):
    q = ask(question, story=story, intent="ask_choosing", conditions=conditions, context=context)
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "needles", (d.rule, d.entry and d.entry.id)


def test_asking_advice_on_the_problem_is_still_personal_advice(store):
    q = ask(
        "what would you suggest?",
        story="my hip is stiff from the warehouse.",
        intent="ask_choosing",
        conditions=("hip_osteoarthritis",),
    )
    d = route(q, store)
    assert d.kind == "kb" and d.rule == "personal_advice", (d.rule, d.entry and d.entry.id)
