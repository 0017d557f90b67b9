"""Texting shorthand is written out for the red-flag scan, whole words only (bot/nlu/texting.py)."""

import pytest

from bot.nlu.texting import expand


@pytest.mark.parametrize(
    "texted, written",
    [
        ("shes not breathin", "shes not breathing"),
        ("not movin n not answerin me", "not moving and not answering me"),
        ("last wk", "last week"),
        ("2 yrs ago", "2 years ago"),
        ("wat should i know b4 i come", "what should i know before i come"),
    ],
)
def test_shorthand_is_written_out(texted, written):
    assert expand(texted) == written


@pytest.mark.parametrize("text", ["again and within the cabin", "n'importe quoi", "the rn said", "begin"])
def test_other_words_are_left_alone(text):
    assert expand(text) == text
