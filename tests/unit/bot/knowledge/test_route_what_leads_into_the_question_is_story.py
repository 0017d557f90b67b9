"""What leads into the question inside its sentence ("...but I just want to know: can needling help
X?", "ma question c'est:", "je veux juste savoir") is story: a `when_asked` subject told there
(moxa, cupping, herbs offered elsewhere) does not decline a question whether needling helps the
problem. A question after the lead-in that names the subject still asks about it."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask, declined, split_story

ANSWERED = [
    "My knee has ached for months. My aunt swears by cupping but my question is: would dry needling help knee arthritis?",
    "Sore shoulder since spring. Back home they burned moxa on it but I just want to know: does acupuncture help shoulder pain?",
    "J'ai une tendinite à l'épaule. Ma mère me fait de la moxa, mais je veux juste savoir: les aiguilles peuvent-elles aider ma tendinite à l'épaule?",
]


@pytest.mark.parametrize("message", ANSWERED)
def test_a_subject_told_before_the_lead_in_does_not_decline(store, message):
    question, story = split_story(message)
    d = route(ask(question, story=story, intent="ask_conditions", confidence=0.8), store)
    assert d.kind == "kb", (d.rule, d.subject)


def test_a_question_after_the_lead_in_naming_the_subject_is_declined(store):
    question, story = split_story(
        "My neck is stiff. I get needling already but I just want to know: is cupping safe on the same day?"
    )
    declined(store, question, ("other_tcm", "combined_therapies"), "ask_safety", story=story)
