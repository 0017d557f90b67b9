"""Issue 11, session 16: "What is dry needling? My parents back in Lagos think I've lost it": the
thing asked about is the treatment; the advice guard (bot/knowledge/anchoring.py asked_heads) never
reads the next sentence as part of it, so nothing is declined, and the question guessed as where it
comes from (origins) is what it is (overview), unless where it comes from is asked."""

import pytest

from bot.knowledge import anchoring
from bot.knowledge.route import route
from tests.unit.bot.knowledge.test_route import ask


@pytest.mark.parametrize(
    "message, treatment",
    [
        ("What is dry needling? My parents back in Lagos think I've lost it", "dry_needling"),
        ("what's IMS? My grandmother in Lahore keeps asking me and I can't explain", "ims"),
    ],
)
def test_what_is_it_with_a_story_after_is_the_overview(store, message, treatment):
    assert anchoring.asked_heads(message)[:1] == [message.split("?")[0].split()[-1].lower()]
    d = route(ask(message, intent="ask_origins", confidence=0.8, named=[treatment]), store)
    assert d.kind == "kb" and d.entry.topic == "overview", (d.rule, d.subject, d.entry and d.entry.id)


def test_where_it_comes_from_asked_stays_origins(store):
    d = route(
        ask("what is acupuncture? where did it come from?", intent="ask_origins", named=["acupuncture"]),
        store,
    )
    assert d.kind == "kb" and d.entry.topic == "origins"
