"""A word in the story, not the question, read as a declined subject (issue 11, heldout136-140):
"might have to leave fast" is no fasting, "a casket down church steps" no faith, a vet bill or
a trainer's horses beside a question asked for people no animal's treatment, "nearly had a heart
attack when he saw the bill" no heart condition, and the patient's own stress told after a relative's
illness is theirs to ask about.
Quiet controls: the same subjects asked in the question still decline.

Why: declining the question actually asked for a word in the story hides the answer."""

import pytest

from bot.knowledge.subjects import not_covered_subjects


def ids(text):
    return {s.id for s in not_covered_subjects(text)}


@pytest.mark.parametrize(
    "text, subject",
    [
        (
            "how long is a session? im on call and might have to leave fast if the phone rings",
            "diet_and_drink",
        ),
        ("can I book at 5? I need to get out fast after, my shift starts at 6", "diet_and_drink"),
        ("my shoulder hurts after we carried a casket down church steps. does IMS help?", "faith"),
        ("twisted my knee on the church stairs, would acupuncture help?", "faith"),
        ("my back went after stacking chairs in the church hall. can needling help?", "faith"),
        (
            "my trainer swears by acupuncture for his horses. does it work on people with arthritis?",
            "animals",
        ),
        ("my vet does acupuncture on dogs, is it used on humans too? for my knee", "animals"),
        ("nearly had a heart attack when he saw the vet bill lol. what is IMS used for? my neck", "animals"),
        (
            "nearly had a heart attack when he saw the vet bill lol. what is IMS used for? my neck",
            "heart_blood_pressure",
        ),
        (
            "my wife almost had a heart attack when she saw the invoice. does acupuncture help back pain?",
            "heart_blood_pressure",
        ),
    ],
)
def test_a_word_of_the_story_is_no_subject(text, subject):
    assert subject not in ids(text)


@pytest.mark.parametrize(
    "text, subject",
    [
        ("do i have to fast before my acupuncture?", "diet_and_drink"),
        ("should i really fast first?", "diet_and_drink"),
        ("does my church allow acupuncture?", "faith"),
        ("is acupuncture against my religion? our church steps are steep lol", "faith"),
        ("does acupuncture work for horses?", "animals"),
        ("my dog has arthritis, could acupuncture help him?", "animals"),
        ("the vet bill for acupuncture for my horse was huge, is it the same for people?", "animals"),
        (
            "I have a heart condition and nearly had a heart attack when I saw the bill. is IMS safe?",
            "heart_blood_pressure",
        ),
    ],
)
def test_the_subject_asked_still_declines(text, subject):
    assert subject in ids(text)


@pytest.mark.parametrize(
    "question, story",
    [
        (
            "can acupuncture help stress?",
            "my dad had a heart attack 3 yrs ago and since then Im stressed all the time",
        ),
        (
            "would acupuncture help with stress?",
            "my mom had a stroke last year and I've been so stressed since",
        ),
        ("can needling help me sleep?", "my husband has cancer and I can't sleep at night"),
    ],
)
def test_the_patients_own_stress_after_a_relatives_illness_is_answered(question, story):
    from bot.knowledge.route import route
    from bot.knowledge.store import get_store
    from tests.helpers.route_questions import ask

    d = route(ask(question, story, intent="ask_conditions", confidence=0.9), get_store())
    assert d.kind == "kb", (d.kind, d.rule, getattr(d.subject, "id", None))


@pytest.mark.parametrize(
    "question, story",
    [
        (
            "can acupuncture help his stress?",
            "my dad had a heart attack 3 yrs ago and he is stressed all the time",
        ),
        ("is it safe for him?", "my dad had a heart attack 3 yrs ago but he has recovered and I'm stressed"),
        ("can acupuncture help stress after a heart attack?", "my dad had one and I'm stressed"),
        ("can acupuncture help my blood pressure and stress?", "my dad had a stroke and I'm stressed"),
    ],
)
def test_the_relatives_illness_asked_still_declines(question, story):
    from bot.knowledge.route import route
    from bot.knowledge.store import get_store
    from tests.helpers.route_questions import ask

    d = route(ask(question, story, intent="ask_conditions", confidence=0.9), get_store())
    assert d.kind == "fallback" and d.reason == "not_covered", (d.kind, d.rule)
