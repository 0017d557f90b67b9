"""Session 17: whether needling helps a problem told, asked in other shapes: "is IMS something that
eases sciatica?", "is there anything acupuncture can do for sore hands?", "ask them if dry needling
helps tennis elbow", "les aiguilles ça fait quoi pour un dos raide?", "ça se soigne-tu avec des
aiguilles?": the conditions and research entries, not the classifier's other topic."""

import pytest

from bot.knowledge.question import Question
from bot.knowledge.route import route
from bot.knowledge.wording import asks_help


@pytest.mark.parametrize(
    "question",
    [
        "is IMS something that eases sciatica?",
        "is there anything acupuncture can do for sore hands?",
        "my sister says ask them if dry needling helps tennis elbow",
        "les aiguilles ça fait quoi pour un dos raide?",
        "des noeuds partout dans le cou, ça se soigne-tu avec des aiguilles?",
    ],
)
def test_help_asked_in_other_shapes(question):
    q = Question(text=question, intent="ask_safety", confidence=0.8, topics=["safety"], named=[], context=[])
    assert asks_help(q)


@pytest.mark.parametrize(
    "question, intent, named, conditions",
    [
        (
            "bartender, on my feet 10 hours. is acupuncture something that helps sore feet?",
            "ask_safety",
            ["acupuncture"],
            ["myofascial_pain"],
        ),
        (
            "please ask them if dry needling helps tennis elbow, mine is awful",
            "ask_treatment_course",
            ["dry_needling"],
            ["tendinopathy"],
        ),
        (
            "j'ai les cuisses en compote après le tournoi. les aiguilles ça fait quoi pour des muscles durs?",
            "ask_aftercare",
            [],
            [],
        ),
    ],
)
def test_help_asked_in_other_shapes_is_the_condition(store, question, intent, named, conditions):
    q = Question(
        text=question,
        intent=intent,
        confidence=0.85,
        topics=[intent[4:]],
        named=named,
        context=[],
        conditions=frozenset(conditions),
        asked_conditions=frozenset(conditions),
        ranking=[(intent, 0.85)],
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence"), (d.rule, d.entry and d.entry.id)
