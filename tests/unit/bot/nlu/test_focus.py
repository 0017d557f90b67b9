"""Finding the question in a patient's message (bot/nlu/focus.py)."""
import pytest

from bot.nlu.focus import is_question, question_focus


def test_a_story_before_the_question_is_left_to_the_actions():
    focus = question_focus("I coach volleyball and my knee has ached since the season started. "
                           "My physio mentioned IMS. I have no idea what that even is?")
    assert focus.text == "I have no idea what that even is?"
    assert focus.sentences == 3


def test_a_one_sentence_message_is_its_own_focus():
    assert question_focus("does ims hurt?").text == "does ims hurt?"
    assert question_focus("hi there, what is dry needling").text == "hi there, what is dry needling"


def test_a_short_question_that_points_back_keeps_its_story():
    focus = question_focus("Had dry needling yesterday. Is that normal? My leg is still sore.")
    assert focus.text == "Had dry needling yesterday. Is that normal?"


def test_a_short_question_first_takes_the_sentence_after_it():
    focus = question_focus("Is this normal? My calf has twitched all day since IMS.")
    assert focus.text == "Is this normal? My calf has twitched all day since IMS."


def test_several_questions_keep_the_others():
    focus = question_focus("Hi! My physio wants to try IMS. Does it hurt? And how long is a session?")
    assert focus.text == "My physio wants to try IMS. Does it hurt?"
    assert focus.others == ["And how long is a session?"]


def test_no_question_at_all_keeps_the_whole_message():
    assert question_focus("I want to book IMS. Tuesday works.").text == "I want to book IMS. Tuesday works."


@pytest.mark.parametrize("sentence, expected", [
    ("does it hurt", True),
    ("I was wondering how long a session lasts.", True),
    ("any advice", True),
    ("Had IMS last week.", False),
    ("Is what my physio called it.", False),
    ("My knee hurts.", False),
])
def test_what_reads_as_a_question(sentence, expected):
    assert is_question(sentence) is expected


def test_asking_whether_what_happened_is_normal_keeps_its_story():
    text = ("the soreness after IMS is so bad I can barely lift my arm to wash my hair. day 2. "
            "is this how its meant to be")
    assert question_focus(text).text == text, "'day 2.' is too short to be the story: the one before it counts"
    assert "needled" in question_focus("first time I got dry needled I felt sick. should I still go back?").text


def test_a_long_question_that_points_back_does_not_pull_in_the_story():
    text = "My knee has ached all season. My physio mentioned IMS. I have no idea what that even is?"
    assert question_focus(text).text == "I have no idea what that even is?"
