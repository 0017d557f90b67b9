"""Session 20: a follow-up asking the question before for another person or place, told with the figure
of speech "her back is killing her" ("what about my dad, his knees are killing him"), was read by the
classifier alone as an emergency for the word "killing". The idiom of an ordinary pain is no danger
word; the chest or the head killing one, or any other danger word, keeps the alarm.

Why: a false alarm on an ordinary follow-up frightens the patient and hides the answer."""

import pytest

from bot.knowledge.route import route
from bot.knowledge.store import get_store
from tests.helpers.route_questions import read_as_emergency


def _routed(question):
    return route(read_as_emergency(question), get_store())


@pytest.mark.parametrize(
    "text",
    [
        "what about my dad, his knees are killing him after the move?",
        "and my wife? her shoulder's been killing her since the garden",
        "et pour ma mère, son dos la tue depuis des semaines ?",
    ],
)
def test_a_body_part_killing_someone_in_a_follow_up_is_no_alarm(text):
    assert _routed(text).kind != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "and my chest? it's killing me right now",
        "what about my head, it's killing me and my vision is blurry",
    ],
)
def test_the_chest_or_the_head_killing_one_keeps_the_alarm(text):
    assert _routed(text).kind == "emergency"
