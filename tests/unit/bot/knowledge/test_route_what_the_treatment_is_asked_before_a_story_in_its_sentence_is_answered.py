"""Issue 11, session 20: "what is it?" asked first and the story told after a comma in the same
sentence ("what exactly is IMS, my trainer wants me to get it done before the race") asks what the
treatment is: a not-covered subject told only in that story (a session before an event) is not the
question. A second question after the comma ("what is dry needling, and can I do it the day before a
race?") still asks it."""

import pytest

from bot.knowledge.route import route
from tests.unit.bot.knowledge.test_route import ask


@pytest.mark.parametrize(
    "message, named",
    [
        ("what exactly is IMS, my trainer wants me to get it done the day before the race", ["ims"]),
        (
            "c'est quoi au juste l'acupuncture, ma coach veut que j'en fasse la veille du match",
            ["acupuncture"],
        ),
    ],
)
def test_what_it_is_with_a_story_after_the_comma_is_answered(store, message, named):
    d = route(ask(message, intent="ask_overview", named=named, full_text=message), store)
    assert d.kind == "kb", (d.rule, d.reason, d.subject)


def test_a_second_question_after_the_comma_still_asks(store):
    message = "what is dry needling, and can I do it the day before a big race?"
    d = route(ask(message, intent="ask_overview", named=["dry_needling"], full_text=message), store)
    assert d.kind == "fallback", (d.rule, d.reason, d.entry)
