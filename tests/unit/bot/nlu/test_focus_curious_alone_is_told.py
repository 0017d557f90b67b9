"""Session 17: "curious" with nothing after it ("skeptical but curious.", "just curious!") tells; the
question after it is the focus. "curious whether..." still asks."""

from bot.nlu.focus import question_focus


def test_curious_alone_is_told():
    f = question_focus(
        "Retired nurse, doubtful but curious. So how does dry needling actually work on a tight muscle?"
    )
    assert f.text == "So how does dry needling actually work on a tight muscle?"


def test_curious_about_something_still_asks():
    f = question_focus("I'm curious whether IMS helps knees. My physio does it.")
    assert f.text == "I'm curious whether IMS helps knees."
