"""A clinic logistics question asked in its own sentence, with a subject the documents do not
cover told only in the sentences around it ("my wrist is in a cast so my partner has to drive me
in. is there parking?"), asks about the clinic, not about needling with that subject; the new
wordings of clinic_topics.yml (a bus asked alone, "anything I need to bring", "move me to thurs",
"je dois le déplacer", help to translate) name their topics."""

import dataclasses

import pytest

from bot.knowledge import route
from bot.knowledge import subjects as subject_rules
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "message",
    [
        "my wrist is in a cast so my partner has to drive me in. is there parking?",
        "I'm on crutches after ankle surgery. Is the building step free?",
    ],
)
def test_the_subject_only_in_the_story_is_no_decline(message):
    q = ask(message)
    q = dataclasses.replace(q, text=q.whole)
    assert route._logistics_sentence_subject_in_the_story(q)


@pytest.mark.parametrize(
    "message",
    [
        "do you treat TMJ? is there parking?",  # the subject asked in a question of its own
        "is there parking?",  # one sentence: nothing told around it
        "my wrist is in a cast. can acupuncture help it heal?",
    ],
)
def test_a_subject_asked_or_a_single_sentence_is_left_alone(message):
    q = ask(message)
    q = dataclasses.replace(q, text=q.whole)
    assert not route._logistics_sentence_subject_in_the_story(q)


@pytest.mark.parametrize(
    "message, topic",
    [
        ("anything I need to bring on the day?", "what_to_bring"),
        ("anything else i should bring?", "what_to_bring"),
        ("actually my car won't start in this cold, is there a bus?", "parking"),
        ("do you have anywhere to park a long cargo bike?", "parking"),
        ("cant make it tmrw, can u move me to thurs", "cancellation"),
        ("je dois le déplacer, on monte une expo ce jour-là", "cancellation"),
        ("can I bring my husband to help translate?", "languages"),
        ("does anyone there speak something other than english?", "languages"),
    ],
)
def test_the_new_wordings_name_their_clinic_topic(message, topic):
    assert subject_rules.clinic_topic(message) == topic


@pytest.mark.parametrize(
    "message",
    [
        "my dad drives a bus, is that why his back hurts?",
        "is acupuncture something I'd need to keep up?",
        "he drove the bus for 30 years, his back is shot",
        "can you move my shoulder back into place?",
    ],
)
def test_quiet_wordings_name_no_clinic_topic(message):
    assert subject_rules.clinic_topic(message) is None
