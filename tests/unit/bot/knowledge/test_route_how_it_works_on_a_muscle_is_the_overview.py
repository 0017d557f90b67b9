"""Session 16: how needling works on a muscle (or a nerve, a knot, the body), or what it actually does,
asked after a story naming a problem, is how it works (the overview), not the research for the problem
told; "how does it work on my knee?" or "what does it do for back pain?" still ask about the problem."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "question, story, named, conditions",
    [
        (
            "how does IMS actually work on the muscle?",
            "my lower back seized up moving house.",
            ("ims",),
            ("low_back_pain",),
        ),
        (
            "how would dry needling work on a knotted muscle?",
            "drummer, my neck is in bits.",
            ("dry_needling",),
            ("neck_pain",),
        ),
        (
            "ok but what does acupuncture actually do?",
            "my shoulder has been frozen for months.",
            ("acupuncture",),
            ("frozen_shoulder",),
        ),
        (
            "comment l'IMS agit sur le muscle?",
            "j'ai le dos bloqué depuis le déménagement.",
            ("ims",),
            ("low_back_pain",),
        ),
        (
            "ça fait quoi au muscle, l'aiguille?",
            "j'ai mal au cou depuis des semaines.",
            ("dry_needling",),
            ("neck_pain",),
        ),
    ],
)
@pytest.mark.parametrize("intent", ["ask_overview", "ask_evidence"])
def test_how_it_works_on_a_muscle_is_the_overview(store, question, story, named, conditions, intent):
    q = ask(question, story=story, intent=intent, named=named, conditions=conditions)
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "overview", (d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "question", ["how does dry needling work on my knee?", "what does dry needling do for back pain?"]
)
def test_the_problem_asked_about_is_not_the_overview(store, question):
    d = route(ask(question, intent="ask_evidence", named=("dry_needling",)), store)
    assert not (d.kind == "kb" and d.entry.topic == "overview"), (d.rule, d.entry and d.entry.id)
