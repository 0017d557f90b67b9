"""Session 21: small red dots where the needles went ("tiny red dots where each needle went, still there
two days later. ok?", heldout109 vd-065) were declined as a session reaction no entry names; the
session_reaction unless-list let through bruising only. They are the needle marks after-care names.
Red spots spreading, hot, swollen or itchy stay declined (or alarm through the red flags).

Why: an ordinary needle mark asked about should get the after-care answer."""

import pytest

from bot.knowledge.subjects import not_covered_subjects


@pytest.mark.parametrize(
    "text",
    [
        "tiny red dots where each needle went, still there two days later. ok?",
        "little red marks where the needles were after my acupuncture, normal?",
        "des petits points rouges là où les aiguilles sont entrées après ma séance, c'est normal?",
    ],
)
def test_red_dots_at_needle_spots_are_not_a_session_reaction(text):
    assert "session_reaction" not in {s.id for s in not_covered_subjects(text)}


@pytest.mark.parametrize(
    "text",
    [
        "red spots where the needles went and they are spreading and hot, ok?",
        "itchy red spots where the needles were, is that normal after acupuncture?",
        "I cried after my session, normal?",
    ],
)
def test_other_reactions_stay_declined(text):
    assert "session_reaction" in {s.id for s in not_covered_subjects(text)}
