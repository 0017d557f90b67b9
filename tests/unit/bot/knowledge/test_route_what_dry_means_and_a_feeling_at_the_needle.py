"""What the 'dry' of dry needling means is the needles entry, however it is asked; a heaviness or a
warmth felt around a needle, asked whether normal, is how it feels (sensation) even when the
classifier reads the technique."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask

DRY = [
    "so the 'dry' of dry needling is about what exactly?",
    "le « sèche » dans puncture sèche, ça veut dire quoi au juste?",
]


@pytest.mark.parametrize("message", DRY)
def test_the_dry_of_dry_needling_is_the_needles_entry(store, message):
    d = route(ask(message, intent="ask_overview", confidence=0.7, named=("dry_needling",)), store)
    assert d.kind == "kb" and d.entry.topic == "needles", (d.rule, d.entry and d.entry.id)


def test_a_heaviness_around_the_needle_is_how_it_feels(store):
    message = "my leg felt heavy and warm right around the needle while it was in, is that normal?"
    d = route(ask(message, intent="ask_technique", confidence=0.6), store)
    assert d.kind == "kb" and d.entry.topic == "sensation", (d.rule, d.entry and d.entry.id)
