"""The question sentence decides; the story beside it gives context (issue 11 pattern 1, session 21,
tuner tx): a child laughed at, asleep or carried in a baby carrier is no health word; a fright at a bill
told as a heart attack is no heart condition; a subject found only by reading a question on new needles
and its reason as one is no subject; stimulator trials told as done are no implant. Quiet controls
still decline."""

import pytest

from bot.knowledge import subjects as subject_rules
from bot.knowledge.bystanders import without_child_bystander
from bot.knowledge.health_words import unknown_health_term
from bot.knowledge.question import Question
from bot.knowledge.route import _not_covered
from bot.knowledge.store import get_store


def _q(text, intent="ask_needles", confidence=0.9):
    return Question(
        text=text, intent=intent, confidence=confidence, topics=[], named=[], context=[], full_text=text
    )


@pytest.mark.parametrize(
    "text",
    [
        "i laughed so hard at my kid i couldn't breathe and my ribs are sore now haha. anyway, does dry needling hurt",
        "which is better for shoulders wrecked by a baby carrier: acupuncture, dry needling or IMS?",
        "baby finally asleep on my chest so typing one handed. how long does the soreness last after dry needling?",
        "my toddler is napping so quick question, does IMS hurt?",
        "j'ai cru faire une crise cardiaque en voyant la facture de la crèche. bref, une séance ça dure combien de temps ?",
    ],
)
def test_a_story_word_is_no_unknown_health_term(text):
    assert unknown_health_term(text, get_store()) is None


@pytest.mark.parametrize(
    "text",
    [
        "can my baby have acupuncture for colic?",
        "my kid is napping. would acupuncture help her sleep?",
        "is a baby carrier or a wrap easier on my back?",
    ],
)
def test_a_child_asked_about_or_a_product_stays(text):
    assert without_child_bystander(text) != " " and ("baby" in without_child_bystander(text) or "kid" in text)


@pytest.mark.parametrize(
    "text",
    [
        "j'ai cru faire une crise cardiaque en voyant la facture de la crèche 😅 bref, une séance ça dure combien de temps ?",
        "I've done 3 spinal cord stimulator trials so I'm a bit of a numbers person. how many needles do you use?",
        "r the needles new every time?? i work with animals all day and im paranoid about infections",
        "are the needles new every single time? I can't afford to get sick, I'm the only adult home with 4 grandkids",
    ],
)
def test_the_story_is_no_subject(text):
    assert _not_covered(_q(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "j'ai de l'hypertension, j'ai cru faire une crise cardiaque en voyant la facture. c'est sécuritaire?",
        "j'ai fait une crise cardiaque l'an passé, est-ce sécuritaire?",
        "I have a spinal cord stimulator, can I have dry needling?",
        "did 2 spinal cord stimulator trials and now have it implanted. is needling ok?",
        "can you do acupuncture on my dog?",
    ],
)
def test_a_subject_told_or_asked_still_declines(text):
    assert subject_rules.not_covered_subjects(text)
    assert _not_covered(_q(text)) is not None
