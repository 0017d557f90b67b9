"""Session 21: needles feared since past injections, the question about needling ("est-ce que ça fait
mal la puncture sèche? j'ai peur des aiguilles depuis mes infiltrations", heldout116 vk-036), was
declined as an injections question. The injections are why the fear, not what is asked; timing
around a shot or a shot compared with needling is still declined.

Why: a patient afraid of needles asks how it feels, and should get that answer."""

import pytest

from bot.knowledge.subjects import not_covered_subjects


@pytest.mark.parametrize(
    "text",
    [
        "does dry needling hurt? I'm not great with needles anymore after all the nerve blocks",
        "est-ce que ça fait mal la puncture sèche? j'ai peur des aiguilles depuis mes infiltrations",
        "how does acupuncture feel? I'm scared of needles since my epidurals",
    ],
)
def test_fear_since_past_injections_is_not_the_injections_subject(text):
    assert "injections" not in {s.id for s in not_covered_subjects(text)}


@pytest.mark.parametrize(
    "text",
    [
        "can I get acupuncture the same week as my cortisone shot? I'm scared of needles after all the shots",
        "peur des aiguilles depuis mes infiltrations, je peux faire l'acupuncture la même semaine?",
        "had a nerve block last week, can I do dry needling now?",
        "is dry needling better than cortisone?",
    ],
)
def test_injections_asked_about_stay_declined(text):
    assert "injections" in {s.id for s in not_covered_subjects(text)}
