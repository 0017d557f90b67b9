"""A medicine taken alongside needling (by a short name, a brand or what it is for), a very old
person, and complaints no entry names (a cyst, eye strain, the heat, a hernia, weight, an
instrument to give up) are declined as not covered, whatever entry the classifier leans to
(written rule 7; session 13's classes from heldout47-50, on wordings of our own). A plain
"is it safe for an elderly person?" stays answered."""

import pytest

from bot.knowledge.route import route
from tests.unit.bot.knowledge.test_route import ask


@pytest.mark.parametrize(
    "message, intent, subject",
    [
        ("been on Tylenol 3 since the surgery, can I still get dry needling?", "ask_safety", "medication"),
        ("my mum takes blood pressure pills, is acupuncture ok for her?", "ask_safety", "medication"),
        ("mon père est sous Sintrom, peut-il faire de l'acupuncture?", "ask_safety", "blood_thinners"),
        ("my nan is very old, is acupuncture too risky for her?", "ask_safety", "older_adults"),
        ("ma grand-mère est très âgée et fragile, c'est sans danger?", "ask_safety", "older_adults"),
        ("can acupuncture shrink a lipoma on my back?", "ask_conditions", "other_complaints"),
        ("would needling help with dry eyes from contact lenses?", "ask_conditions", "other_complaints"),
        (
            "ever since that heatwave I can't take the heat anymore, can acupuncture help?",
            "ask_evidence",
            "other_complaints",
        ),
        ("j'ai une hernie ombilicale, l'acupuncture peut aider?", "ask_conditions", "other_complaints"),
        ("can needling help me shed a few pounds?", "ask_conditions", "weight_loss"),
        ("is hijama the same thing as dry needling?", "ask_difference", "other_therapies"),
        (
            "the physio adjusted my neck first, then put the needles in. is that usual?",
            "ask_technique",
            "other_therapies",
        ),
        ("devrais-je changer de sport à cause de ma tendinite?", "ask_treatment_course", "activity_change"),
    ],
)
def test_declined_as_not_covered(store, message, intent, subject):
    d = route(ask(message, intent=intent, confidence=0.8, named=["acupuncture"]), store)
    assert (d.rule, d.kind, d.subject.id) == ("not_covered", "fallback", subject)


@pytest.mark.parametrize(
    "message",
    [
        "is acupuncture safe for older people?",
        "I'm 79 and a bit frail, is dry needling safe for me?",
        "my dad is 91, would acupuncture be safe for his back?",
        "my herniated disc is killing me, would dry needling help?",
        "does acupuncture help with sleep?",
    ],
)
def test_nearby_answerable_questions_stay_answered(store, message):
    d = route(ask(message, intent="ask_safety", confidence=0.8, named=["acupuncture"]), store)
    assert d.kind == "kb", (d.rule, d.subject)
