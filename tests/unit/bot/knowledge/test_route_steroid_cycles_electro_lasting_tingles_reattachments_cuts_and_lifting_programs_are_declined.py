"""Subjects the documents do not cover, in wordings the subjects missed (session 20, tuner TO): anabolic
steroids or testosterone taken in a cycle, the electric kind called "électro" for short, a tingle that
lasted days or the next whole day after a session (written rule 6), a tendon sewn back on, cuts or a
nail asked to heal, and a lifting program or belt. Each is declined with the subject that says so; the
answered questions beside them stay answered."""

import pytest

from bot.knowledge.question import Question
from bot.knowledge.route import _not_covered


def _q(text, intent="ask_conditions"):
    return Question(text=text, intent=intent, confidence=0.9, topics=[], named=[], context=[], full_text=text)


@pytest.mark.parametrize(
    "text, subject",
    [
        ("on a test cycle right now, can I still get acupuncture?", "medication"),
        ("running tren and anavar this spring, is IMS fine?", "medication"),
        ("mon chum est sous testostérone, il peut se faire piquer?", "medication"),
        ("avec l'électro sur les aiguilles, c'est plus efficace pour le dos?", "electroacupuncture"),
        ("is the needles with electro better than plain ones?", "electroacupuncture"),
        ("two days after my session my arm still has pins and needles, is that ok?", "session_reaction"),
        ("ça fait 4 jours que ma main fourmille encore là où il a piqué", "session_reaction"),
        ("j'ai eu des picotements dans la jambe toute la soirée après ma séance", "session_reaction"),
        ("my achilles was reattached in march, is dry needling near it ok?", "surgery"),
        ("the cuts on my fingers from the box cutter are slow to heal, would acupuncture help?", "skin"),
        ("my toenail is falling off after a marathon, can needling help?", "skin"),
        ("des coupures aux mains qui guérissent mal, l'acupuncture peut aider?", "skin"),
        ("what is a good bodybuilding split for beginners?", "exercise_advice"),
        ("which lifting belt should I buy for squats?", "exercise_advice"),
        ("un programme de musculation pour ma première compétition?", "exercise_advice"),
    ],
)
def test_the_subject_is_declined(text, subject):
    decision = _not_covered(_q(text))
    assert decision is not None
    assert decision.id == subject


@pytest.mark.parametrize(
    "text",
    [
        "is it normal to feel tingling during acupuncture?",
        "my fingers tingle all the time, can dry needling help?",
        "is it normal to have a small bruise the day after the session?",
        "how many sessions would I need for my lower back?",
        "can dry needling help a sore back from deadlifts?",
        "est-ce que l'acupuncture aide pour la douleur au dos?",
        "do the needles cut the skin?",
    ],
)
def test_an_answered_question_is_not_declined(text):
    assert _not_covered(_q(text)) is None
