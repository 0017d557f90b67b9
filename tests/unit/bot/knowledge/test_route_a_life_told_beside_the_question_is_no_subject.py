"""A subject matched only by the patient's (or an adult relative's) life told in the story, a trade or
workplace, or a follow-up narrowing the last complaint to one place, is no reason to decline."""

import pytest

from bot.knowledge import subjects as subject_rules
from bot.knowledge.occupations import without_own_job
from bot.knowledge.question import Question
from bot.knowledge.route import _FOLLOWUP_FORM, _not_covered


def _q(text, intent="ask_conditions"):
    return Question(text=text, intent=intent, confidence=0.9, topics=[], named=[], context=[], full_text=text)


@pytest.mark.parametrize(
    "text",
    [
        "does dry needling hurt much? I wear hearing aids in both ears these days",
        "what is a first appointment like? my daughter is 24 and autistic, she needs to know the steps",
        "can IMS help my knee? My GP just keeps telling me to lose some weight.",
        "how many visits would it take? i fly out to camp every two weeks",
        "est-ce que l'acupuncture fait mal? Je suis malentendant et je porte des appareils auditifs.",
    ],
)
def test_life_told_in_the_story_is_no_subject(text):
    assert _not_covered(_q(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "can I have acupuncture with my hearing aids in?",
        "my son is 8 and autistic. does acupuncture hurt?",
        "Mum has tinnitus and wears hearing aids. would acupuncture help the ringing?",
        "I'm pregnant and hard of hearing. is acupuncture safe?",
    ],
)
def test_a_subject_asked_or_a_child_still_declines(text):
    assert _not_covered(_q(text)) is not None


@pytest.mark.parametrize(
    "text",
    [
        "i work in a walk-in freezer all day, will i be sore after dry needling?",
        "studying dental technology, neck aches from the bench. would needling help?",
        "mon prof de kinésiologie parle de l'IMS, c'est quoi?",
        "sculpting wax models all day has wrecked my wrists, can acupuncture help?",
    ],
)
def test_a_trade_or_a_workplace_is_no_subject(text):
    assert subject_rules.not_covered_subjects(text) == []


def test_clients_cared_for_are_no_illness_of_the_patient_unless_asked_for():
    assert "dementia" not in without_own_job("care aide, residents with dementia pull my arm. does ims hurt?")
    assert "dementia" in without_own_job(
        "would acupuncture help my residents with dementia? could it help them?"
    )


@pytest.mark.parametrize(
    "text",
    ["so and what about my lower back?", "the left elbow mainly, from the hammer", "surtout le poignet"],
)
def test_a_follow_up_narrowing_to_one_place_has_the_follow_ups_form(text):
    assert _FOLLOWUP_FORM.search(text)
