"""The question decides (tests/real_questions/README.md, written rules 2 and 3): an operation told only
in an aside (the patient's own past surgery, a reason for a worry, or someone else's new joint), beside
a question about needling that neither names it nor points back at it, is background: how it feels,
how a session goes, what a treatment is are answered. Asked whether needling is safe after it, when
to start, or about needling near what the operation left (a scar, an incision, metal), the operation
is the question and stays declined."""

import pytest

from bot.knowledge import route as route_module
from bot.knowledge.question import Question
from bot.knowledge.route import route


def _question(whole, asked, intent, named, confidence=0.9):
    topics = [intent[4:]] if intent.startswith("ask_") else []
    return Question(
        text=asked,
        intent=intent,
        confidence=confidence,
        topics=topics,
        named=list(named),
        context=[],
        conditions=frozenset(),
        asked_conditions=frozenset(),
        full_text=whole if whole != asked else "",
        ranking=[(intent, confidence)],
    )


@pytest.mark.parametrize(
    "whole, asked, intent, named",
    [
        # the patient's own operation, told as the reason for a worry about how it feels
        (
            "do acupuncture needles hurt going in? since my back surgery I'm scared of any more pain",
            "do acupuncture needles hurt going in?",
            "ask_sensation",
            ["acupuncture"],
        ),
        (
            "est-ce que l'acupuncture fait mal? depuis mon opération au dos j'ai peur d'avoir encore mal",
            "est-ce que l'acupuncture fait mal?",
            "ask_sensation",
            ["acupuncture"],
        ),
        # someone else's operation, beside a question that asks no help
        (
            "what's the difference between IMS and acupuncture? my brother had both after his shoulder operation",
            "what's the difference between IMS and acupuncture?",
            "ask_difference",
            ["ims", "acupuncture"],
        ),
    ],
)
def test_an_operation_told_in_an_aside_is_answered(store, whole, asked, intent, named):
    decision = route(_question(whole, asked, intent, named), store)
    assert decision.kind == "kb", (decision.rule, decision.subject)


@pytest.mark.parametrize(
    "whole, asked, intent, named",
    [
        (
            "I had shoulder surgery last month. will the acupuncture needles go near the scar?",
            "will the acupuncture needles go near the scar?",
            "ask_safety",
            ["acupuncture"],
        ),
        (
            "I had a knee operation 5 weeks ago. does dry needling hurt near the incision?",
            "does dry needling hurt near the incision?",
            "ask_sensation",
            ["dry_needling"],
        ),
        (
            "j'ai eu une chirurgie au genou il y a un mois. quand est-ce que je peux commencer l'acupuncture?",
            "quand est-ce que je peux commencer l'acupuncture?",
            "ask_safety",
            ["acupuncture"],
        ),
        (
            "j'ai une prothèse de hanche depuis l'an passé. est-ce qu'on peut piquer des aiguilles près de la cicatrice?",
            "est-ce qu'on peut piquer des aiguilles près de la cicatrice?",
            "ask_safety",
            ["acupuncture"],
        ),
    ],
)
def test_needling_around_an_operation_stays_declined(store, whole, asked, intent, named):
    decision = route(_question(whole, asked, intent, named), store)
    assert decision.kind == "fallback", (decision.rule, decision.entry)


@pytest.mark.parametrize(
    "whole, asked, told",
    [
        (
            "C'est quoi le dry needling? La clinique de la douleur m'en a parlé après ma chirurgie de fusion",
            "C'est quoi le dry needling?",
            True,
        ),
        (
            "what's acupuncture like? the spine clinic brought it up after my fusion",
            "what's acupuncture like?",
            True,
        ),
        (
            "is dry needling safe? the spine clinic brought it up after my fusion",
            "is dry needling safe?",
            False,
        ),
    ],
)
def test_a_health_word_of_an_operation_told_aside_is_background(whole, asked, told):
    q = _question(whole, asked, "ask_overview", ["dry_needling"])
    assert route_module._operation_told_aside(q, "fusion") is told
