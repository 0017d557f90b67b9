"""Whether needling will leave marks or bruises, often with an event coming ("wedding in two
weeks"), is after-care's subject (bruising), not the research or the course of treatment."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "text, named, intent",
    [
        (
            "my skin marks so fast, will dry needling leave marks on my back? photos next week",
            ["dry_needling"],
            "ask_evidence",
        ),
        (
            "does acupuncture leave bruises on the arms? i have a gala in 10 days",
            ["acupuncture"],
            "ask_treatment_course",
        ),
        (
            "je marque facilement, est-ce que la puncture sèche va laisser des bleus? mariage samedi",
            ["dry_needling"],
            "ask_evidence",
        ),
        (
            "les aiguilles vont laisser des marques sur mes jambes? j'ai un mariage",
            [],
            "ask_treatment_course",
        ),
    ],
)
def test_will_needling_leave_marks_is_about_bruising(store, text, named, intent):
    d = route(ask(text, intent=intent, confidence=0.6, named=named), store)
    assert d.kind == "kb" and d.entry.topic in ("aftercare", "safety"), (d.rule, d.entry.id)
