"""Session 16: how long the needles stay in, with the time asked last ("the pins stay in for how
long?"), in minutes, with the verb before the needles in French ("combien de temps vous laissez les
aiguilles?"), or as a further question of the message, is the technique, not the needles entry nor the
choice between treatments."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "question",
    [
        "the pins stay in for how long roughly?",
        "how many minutes are the needles left in?",
        "combien de temps vous laissez les aiguilles en place?",
        "les aiguilles restent plantées combien de minutes?",
        "combien de minutes on garde les aiguilles?",
    ],
)
@pytest.mark.parametrize("intent", ["ask_needles", "ask_choosing"])
def test_how_long_the_needles_stay_in_is_technique(store, question, intent):
    d = route(ask(question, intent=intent, named=("acupuncture",)), store)
    assert d.kind == "kb" and d.entry.topic == "technique", (d.rule, d.entry and d.entry.id)


def test_asked_as_a_further_question_of_the_message(store):
    q = ask(
        "will he have to stay lying down?",
        story="my dad can't sit still for long.",
        intent="ask_choosing",
        named=("acupuncture",),
        others=["how long are the needles left in"],
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "technique", (d.rule, d.entry and d.entry.id)
