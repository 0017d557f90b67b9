"""Session 17: the treatment's name asked with a word of doubt ("what even is IMS?", "what exactly is
dry needling", "c'est quoi ça, l'IMS?") after a story with a problem in it asks what the treatment is
(the overview), not the research for the problem told, nor where it comes from."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "question, intent, named, conditions",
    [
        (
            "my neck has been stiff since the move, my physio brought up dry needling. what exactly is dry needling?",
            "ask_overview",
            ("dry_needling",),
            ("neck_pain",),
        ),
        (
            "hip's been sore from running, the clinic offered IMS - what the heck is IMS?",
            "ask_origins",
            ("ims",),
            ("myofascial_pain",),
        ),
        (
            "mal au dos depuis des semaines, ma physio parle d'IMS. c'est quoi ça, l'IMS?",
            "ask_origins",
            ("ims",),
            ("low_back_pain",),
        ),
    ],
)
def test_what_even_is_it_is_the_overview(store, question, intent, named, conditions):
    q = ask(question, intent=intent, named=named, conditions=conditions)
    q.asked_conditions = frozenset(conditions)
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "overview", (d.rule, d.entry and d.entry.id)


def test_where_it_comes_from_asked_stays_origins(store):
    d = route(
        ask(
            "what even is acupuncture, where did it come from?", intent="ask_origins", named=("acupuncture",)
        ),
        store,
    )
    assert d.kind == "kb" and d.entry.topic == "origins", (d.rule, d.entry and d.entry.id)
