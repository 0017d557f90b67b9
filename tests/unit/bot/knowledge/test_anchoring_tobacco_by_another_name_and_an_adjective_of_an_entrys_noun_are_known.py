"""Tobacco chewed, dipped or snuffed is what the quitting-smoking entry answers, and an adjective in -y
of a noun the entries use ("heavy" of "heaviness", "tingly" of "tingling") is a word they know: neither
makes a question chosen by its topic alone unanchored (declined as a subject no entry mentions)."""

import pytest

from bot.knowledge import anchoring
from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize("word", ["tobacco", "snuff", "snus", "chiquer", "heavy"])
def test_the_word_is_one_the_knowledge_base_knows(store, word):
    assert anchoring.off_kb_words(word, store) == []


def test_a_kb_general_answer_on_quitting_snuff_is_not_declined(store):
    d = route(
        ask("does acupuncture help people get off snuff?", intent="ask_conditions", named=["acupuncture"]),
        store,
    )
    assert d.kind == "kb", (d.rule, getattr(d.subject, "id", None))


@pytest.mark.parametrize("word", ["supply", "nickel"])
def test_a_word_no_entry_uses_is_still_unknown(store, word):
    assert anchoring.off_kb_words(word, store) == [word]
