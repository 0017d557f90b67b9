"""Two wrong-entry classes: whether needling would loosen a tight or stiff muscle, or "is it
something that works for that", asks whether it helps (the conditions and the research), not
safety or the course of treatment; whether there is research behind a treatment "or is it all
qi" asks for the research, not the idea behind it."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "text, named, intent",
    [
        (
            "my hamstrings are always tight from dancing, could dry needling loosen them?",
            ["dry_needling"],
            "ask_safety",
        ),
        (
            "guitarist with a stiff neck from practice, would needling loosen it up",
            [],
            "ask_treatment_course",
        ),
        ("tight calves from running, is ims something that works for that", ["ims"], "ask_safety"),
        (
            "torticolis depuis une semaine, l'acupuncture pourrait le décoincer?",
            ["acupuncture"],
            "ask_treatment_course",
        ),
        (
            "mal au dos à force de jouer du piano, l'acupuncture pourrait le détendre?",
            ["acupuncture"],
            "ask_safety",
        ),
        ("tendinite au coude, est-ce que l'IMS pourrait relâcher le muscle?", ["ims"], "ask_safety"),
    ],
)
def test_would_needling_loosen_a_tight_muscle_asks_whether_it_helps(store, text, named, intent):
    d = route(ask(text, intent=intent, confidence=0.6, named=named), store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence"), (d.rule, d.entry.id)


@pytest.mark.parametrize(
    "text, named",
    [
        ("does acupuncture actually have any research behind it or is it all qi and energy", ["acupuncture"]),
        ("is acupuncture backed by research or just old tradition about meridians?", ["acupuncture"]),
        ("y a-t-il des études sérieuses derrière l'acupuncture ou c'est juste le qi?", ["acupuncture"]),
        ("l'acupuncture, c'est prouvé scientifiquement ou c'est que des méridiens?", ["acupuncture"]),
    ],
)
def test_research_behind_it_or_all_qi_asks_for_the_research(store, text, named):
    d = route(ask(text, intent="ask_origins", confidence=0.7, named=named), store)
    assert d.kind == "kb" and d.entry.topic == "evidence", (d.rule, d.entry.id)


def test_where_the_idea_of_qi_comes_from_stays_with_origins(store):
    d = route(
        ask("what is qi and where does the idea come from?", intent="ask_origins", named=["acupuncture"]),
        store,
    )
    assert d.kind == "kb" and d.entry.topic == "origins", (d.rule, d.entry.id)
