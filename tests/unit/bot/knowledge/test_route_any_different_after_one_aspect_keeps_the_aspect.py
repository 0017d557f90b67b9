"""Session 16: "and is IMS any different?" right after an answer on one aspect of another treatment
(how it feels, how long a session is, whether it is safe) asks that aspect again for the treatment
named now, not how the treatments differ in general; "different from acupuncture", or after an answer
on how they differ, is still the difference."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "question, previous, context, named",
    [
        ("and is dry needling any different?", "sensation", ("acupuncture",), ("dry_needling",)),
        ("any different with IMS?", "session_length", ("dry_needling",), ("ims",)),
        ("ok is acupuncture much different?", "safety", ("ims",), ("acupuncture",)),
        ("et l'acupuncture, c'est différent?", "aftercare", ("dry_needling",), ("acupuncture",)),
        (
            "and IMS, any different? my physio mentioned it for my calf",
            "treatment_course",
            ("acupuncture",),
            ("ims",),
        ),
    ],
)
def test_any_different_keeps_the_last_aspect(store, question, previous, context, named):
    q = ask(
        question,
        intent="ask_difference",
        confidence=0.99,
        named=named,
        context=context,
        previous_topic=previous,
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == previous, (d.rule, d.entry and d.entry.id)
    assert set(named) <= set(d.entry.modalities), d.entry.id


@pytest.mark.parametrize(
    "question, previous, context, named",
    [
        ("is IMS any different from dry needling?", "sensation", ("acupuncture",), ("ims", "dry_needling")),
        ("is IMS different from acupuncture?", "sensation", ("acupuncture",), ("ims", "acupuncture")),
        ("and is IMS any different?", "difference", ("acupuncture", "dry_needling"), ("ims",)),
    ],
)
def test_a_difference_asked_as_such_is_the_difference(store, question, previous, context, named):
    q = ask(
        question,
        intent="ask_difference",
        confidence=0.99,
        named=named,
        context=context,
        previous_topic=previous,
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "difference", (d.rule, d.entry and d.entry.id)
