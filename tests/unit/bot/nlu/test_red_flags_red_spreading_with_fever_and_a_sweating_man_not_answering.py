"""Two medical signs the red-flag phrases catch alone, in English and French: a limb that went
(bright) red and hot, the red spreading, with a fever now; and a man sweating and shaking who no
longer answers when spoken to (a diabetic low). The same words told as past, or as nerves before a
session, stay quiet."""

import pytest

from bot.nlu.safety import red_flag

CAUGHT = [
    "the needled spot on my calf turned really red and hot overnight, the rash is spreading and I have a fever of 39",
    "her leg went bright red this morning and the red patch is spreading, she's running a fever now",
    "mon père est diabétique, il sue à grosses gouttes, il tremble et il répond plus",
    "ma blonde est toute en sueur, elle tremble et elle répond pas quand je lui parle",
]

QUIET = [
    "my arm went red after the needle last month and I had a fever from the flu, was that related?",
    "je tremble et je transpire avant chaque séance, est-ce normal?",
    "I get sweaty and shaky before needles, is that common?",
]


@pytest.mark.parametrize("text", CAUGHT)
def test_red_spreading_with_fever_or_sweating_and_not_answering_is_caught(text):
    assert red_flag(text) == "medical"


@pytest.mark.parametrize("text", QUIET)
def test_past_redness_or_nerves_before_a_session_stay_quiet(text):
    assert red_flag(text) is None
