"""Words of an emergency used as a name or as a figure of speech ("suicide headaches", "I thought I
was having a seizure lol") are no emergency when nothing is happening now; the same words told as
happening keep the alarm."""

import pytest

from bot.nlu.safety import red_flag


@pytest.mark.parametrize(
    "text",
    [
        "my brother's cluster headaches are nicknamed suicide headaches, he's fine between bouts. does acupuncture help headaches?",
        "the needle made my calf kick so hard I thought I was having a fit haha. normal?",
        "my quad twitched so much it felt like i was having a seizure. is that the twitch response?",
    ],
)
def test_a_name_or_a_figure_of_speech_does_not_alarm(text):
    assert red_flag(text) is None


@pytest.mark.parametrize(
    "text,kind",
    [
        ("I'm thinking about suicide tonight", "self_harm"),
        ("I think I'm having a seizure, my arm won't stop jerking", "medical"),
        ("my husband is having a stroke, his face is drooping", "medical"),
    ],
)
def test_the_same_words_told_as_happening_still_alarm(text, kind):
    assert red_flag(text) == kind
