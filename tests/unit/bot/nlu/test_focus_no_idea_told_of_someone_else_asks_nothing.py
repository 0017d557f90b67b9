"""Session 16: "no idea what", "don't know" or "explain" read as the patient asking only when the
patient asks. Told of someone else or of the past ("my GP had no idea what IMS even was.", "she
didn't know what to tell me."), or the patient explaining to someone else ("I have to explain
acupuncture to my mum."), the sentence is story: the question after it is the focus."""

import pytest

from bot.nlu.focus import is_question, question_focus


@pytest.mark.parametrize(
    "sentence",
    [
        "My GP had no idea what IMS even was.",
        "the last chiro had no idea how to help my hip.",
        "Mon médecin had no idea what it was.",
        "She didn't know what dry needling was either.",
        "My husband doesn't understand what acupuncture does.",
        "I have to explain acupuncture to my mum in Tagalog.",
        "I tried to explain it to my grandfather and failed.",
    ],
)
def test_told_not_asked(sentence):
    assert is_question(sentence) is False


@pytest.mark.parametrize(
    "sentence",
    [
        "I have no idea what that even is",
        "no idea how it works",
        "I don't understand how a needle fixes a knot",
        "can you explain dry needling",
        "please explain the difference to me",
    ],
)
def test_the_patients_own_asking_still_counts(sentence):
    assert is_question(sentence) is True


def test_the_question_after_a_story_of_someone_not_knowing_is_the_focus():
    focus = question_focus(
        "Rock climber here. My old physio had no idea what a pulley injury even is. "
        "Who is qualified to do IMS in Ontario? Is there a register?"
    )
    assert focus.text == "Who is qualified to do IMS in Ontario?"


def test_explaining_to_someone_else_leaves_the_question_to_the_next_sentence():
    focus = question_focus(
        "I have to explain acupuncture to my nan in Welsh and I barely get it myself. How does it work, simply put?"
    )
    assert focus.text.endswith("How does it work, simply put?")
