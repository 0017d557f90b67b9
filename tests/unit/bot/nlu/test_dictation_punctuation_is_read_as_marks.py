"""A dictated message's spoken punctuation ends its question, so the NLU reads the
question alone, not the story run on after it."""

import pytest
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.components import InputCleaner
from bot.nlu.dictation import spoken_punctuation
from bot.nlu.focus import FULL_TEXT


@pytest.mark.parametrize(
    "said, written",
    [
        (
            "can I park behind the clinic question mark my knee is bad exclamation mark",
            "can I park behind the clinic? my knee is bad!",
        ),
        ("how long is a visit question mark", "how long is a visit?"),
        ("I hate needles full stop how thin are yours question mark", "I hate needles. how thin are yours?"),
        (
            "ça fait mal point d'interrogation j'ai peur virgule vraiment",
            "ça fait mal? j'ai peur, vraiment",
        ),
        ("Combien ça coûte Point d’exclamation", "Combien ça coûte!"),
        ("first line new paragraph second line", "first line. second line"),
    ],
)
def test_spoken_marks_become_marks(said, written):
    assert spoken_punctuation(said) == written


@pytest.mark.parametrize(
    "text",
    [
        "my period started the day of my visit, is that ok?",
        "my dad was in a comma for a week last year, can he have acupuncture now?",
        "what is a trigger point... and does it hurt?",
        "is this the point where I stop?",
        "Is dry needling safe?",
    ],
)
def test_words_that_are_not_dictated_marks_stay(text):
    assert spoken_punctuation(text) == text


def test_the_nlu_reads_the_dictated_question_without_the_story_after_it():
    said = (
        "do you sell vouchers for a friend question mark she has three teenagers and "
        "works two jobs exclamation point"
    )
    message = Message(data={TEXT: said})
    InputCleaner().process([message])
    assert message.get(TEXT) == "do you sell vouchers for a friend?"
    assert "three teenagers" in message.get(FULL_TEXT)
    assert "question mark" not in message.get(FULL_TEXT)


def test_a_french_dictated_question_ends_at_its_spoken_mark():
    said = "est-ce que ça laisse des bleus point d'interrogation je travaille dehors tout l'hiver"
    message = Message(data={TEXT: said})
    InputCleaner().process([message])
    assert message.get(TEXT) == "est-ce que ça laisse des bleus?"
