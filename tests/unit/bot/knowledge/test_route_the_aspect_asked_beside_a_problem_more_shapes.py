"""Session 16: the aspect asked, beside a problem told. "How fast would I notice a difference?" is the
course; "c'est la même chose que le dry needling?" with a sore back is the difference; "will it leave
marks?" with the classifier unsure is after-care; "can IMS help with that?" read as the technique asks
whether it helps; "which is best?" in the message's last words chooses between the treatments named; a
thumb "murdering me", or a trigger thumb, is a problem needling may help."""

from dataclasses import replace

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


def on(d, *topics):
    assert d.kind == "kb" and d.entry.topic in topics, (d.rule, d.entry and d.entry.id)


def test_how_fast_it_works_is_the_course(store):
    q = ask(
        "how fast would I notice a difference?",
        intent="ask_choosing",
        confidence=0.4,
        context=("dry_needling",),
        previous_topic="conditions",
    )
    on(route(q, store), "treatment_course")


def test_the_same_thing_in_french_with_a_problem_told_is_the_difference(store):
    q = ask(
        "mon physio propose de l'IMS pour mon dos, c'est la même chose que le dry needling?",
        intent="ask_difference",
        named=("ims", "dry_needling"),
        conditions=("low_back_pain",),
    )
    q = replace(q, asked_conditions=frozenset({"low_back_pain"}))
    on(route(q, store), "difference")


def test_marks_left_with_the_classifier_unsure_are_aftercare(store):
    q = ask(
        "will acupuncture leave marks on my arms?",
        story="I bruise so easily.",
        intent="ask_aftercare",
        confidence=0.55,
        named=("acupuncture",),
        conditions=("myofascial_pain",),
    )
    q = replace(q, asked_conditions=frozenset({"myofascial_pain"}))
    on(route(q, store), "aftercare", "safety")


def test_whether_it_helps_read_as_the_technique(store):
    q = ask(
        "can IMS help with that?",
        story="sciatica shooting down my left leg every evening for months.",
        intent="ask_technique",
        named=("ims",),
        conditions=("nerve_pain",),
    )
    q = replace(q, asked_conditions=frozenset({"nerve_pain"}))
    on(route(q, store), "conditions", "evidence")


def test_which_is_best_in_the_last_words_is_the_choice(store):
    q = ask(
        "acupuncture, dry needling or IMS for my sore hip?",
        intent="ask_difference",
        confidence=0.5,
        named=("acupuncture", "dry_needling", "ims"),
        conditions=("hip_osteoarthritis",),
    )
    q = replace(q, full_text="no clue what to pick. " + q.text + " which is best?")
    on(route(q, store), "choosing")


@pytest.mark.parametrize(
    "question, intent, named",
    [
        (
            "my thumb is murdering me from knitting, is that something acupuncture gets used for?",
            "ask_aftercare",
            ("acupuncture",),
        ),
        (
            "trigger thumb from my phone all day, would dry needling help?",
            "ask_treatment_course",
            ("dry_needling",),
        ),
    ],
)
def test_a_thumb_complaint_is_a_problem_needling_may_help(store, question, intent, named):
    on(route(ask(question, intent=intent, confidence=0.5, named=named), store), "conditions", "evidence")
