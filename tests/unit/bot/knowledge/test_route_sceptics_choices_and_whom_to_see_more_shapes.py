"""Session 16: "is dry needling a real thing or just hype?" and "backed by the WHO or all hype?" are the sceptic's
question (evidence), not where it comes from; "a better fit than" between two treatments is the choice;
"does it really matter which acupuncturist I see?" is about the practitioners."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "question, named",
    [
        ("is dry needling a real thing or just hype?", ("dry_needling",)),
        ("is acupuncture backed by the WHO or is it all hype?", ("acupuncture",)),
    ],
)
def test_the_sceptics_question_is_evidence(store, question, named):
    d = route(ask(question, intent="ask_origins", named=named), store)
    assert d.kind == "kb" and d.entry.topic == "evidence", (d.rule, d.entry and d.entry.id)


def test_a_better_fit_than_is_the_choice(store):
    q = ask(
        "would acupuncture be a better fit than dry needling for me?",
        intent="ask_evidence",
        named=("acupuncture", "dry_needling"),
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "choosing", (d.rule, d.entry and d.entry.id)


def test_whether_it_matters_whom_to_see_is_practitioners(store):
    d = route(
        ask(
            "does it really matter which acupuncturist I see?", intent="ask_sensation", named=("acupuncture",)
        ),
        store,
    )
    assert d.kind == "kb" and d.entry.topic == "practitioners", (d.rule, d.entry and d.entry.id)
