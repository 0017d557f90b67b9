"""Issue 11, session 20: a message asking what the needles are made of ("what are they made of",
"elles sont faites en quoi ?") is answered from the needles entries (stainless steel, single use),
whatever metal it names beside the question, guessed or heard of. A metal asked as a choice or an
offer ("are gold needles better than steel ones?", "vous utilisez des aiguilles en or ?") stays the
not-covered `needle_depth` subject."""

import pytest

from bot.knowledge.subjects import not_covered_subjects


def _ids(text):
    return [s.id for s in not_covered_subjects(text)]


@pytest.mark.parametrize(
    "message",
    [
        "my grandma calls them the silver pins. what are the needles made of actually?",
        "are they copper needles or what are your needles made of",
        "mon oncle parle des aiguilles en argent de son village. les vôtres sont en quoi ?",
        "chez nous on dit les aiguilles d'or, elles sont faites en quoi vos aiguilles ?",
    ],
)
def test_what_the_needles_are_made_of_is_no_needle_subject(message):
    assert "needle_depth" not in _ids(message)


@pytest.mark.parametrize(
    "message",
    [
        "are gold needles better than steel ones?",
        "do you offer titanium needles",
        "vous utilisez des aiguilles en or ?",
        "how deep do the needles go? what are they made of?",
    ],
)
def test_a_metal_asked_as_a_choice_or_a_depth_stays_declined(message):
    assert "needle_depth" in _ids(message)
