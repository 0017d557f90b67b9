"""Session 16: the sentence that says which entry answers may be a further question of the message,
not the one the classifier read: "is that realistic? how many sessions does it usually take" (the
course; also "how many do people usually need" with the sessions told before it), "Is IMS safe? The
reviews are mixed." or "...is that true? what are the actual risks" (safety), "IMS works on the nerves??
what's the theory behind that" or "like where did it even come from" (origins)."""

from dataclasses import replace

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


def decide(store, question, intent, others=(), whole="", named=("acupuncture",), **kw):
    q = ask(question, intent=intent, named=named, others=list(others), **kw)
    if whole:
        q = replace(q, full_text=whole)
    return route(q, store)


def on(d, topic):
    assert d.kind == "kb" and d.entry.topic == topic, (d.rule, d.entry and d.entry.id)


def test_how_many_sessions_asked_after(store):
    d = decide(
        store,
        "she said 4 visits and my back would be sorted. is that realistic?",
        "ask_choosing",
        others=["how many sessions do people normally need"],
        conditions=("low_back_pain",),
    )
    on(d, "treatment_course")


def test_how_many_without_the_word_sessions(store):
    d = decide(
        store,
        "5 dry needling treatments so far for my calf. how many do people usually need before it kicks in?",
        "ask_choosing",
        named=("dry_needling",),
    )
    on(d, "treatment_course")


@pytest.mark.parametrize(
    "question, others, intent",
    [
        (
            "Is dry needling safe? The reviews for the place near me are all over the place.",
            [],
            "ask_evidence",
        ),
        (
            "my coach says the risks are tiny if you're trained. is that true?",
            ["what are the actual risks"],
            "ask_practitioners",
        ),
    ],
)
def test_safety_asked_in_any_question_sentence(store, question, others, intent):
    on(decide(store, question, intent, others=others, named=("dry_needling",)), "safety")


def test_the_theory_behind_asked_after(store):
    d = decide(
        store,
        "IMS works on the nerves??",
        "ask_difference",
        others=["what's the theory behind that"],
        named=("ims",),
    )
    on(d, "origins")


def test_where_it_came_from_in_the_last_words(store):
    whole = "was the guy who invented it a doctor? like where did dry needling even come from"
    d = decide(
        store,
        "was the guy who invented it a doctor?",
        "ask_practitioners",
        whole=whole,
        named=("dry_needling",),
    )
    on(d, "origins")


def test_the_classifier_unsure_and_a_topic_word_read_still_follows_the_further_question(store):
    q = ask(
        "feels a little better??",
        intent="nlu_fallback",
        confidence=0.3,
        named=("acupuncture",),
        others=["how many do people normally need before they can tell"],
        ranking=[("nlu_fallback", 0.3), ("ask_choosing", 0.25), ("ask_overview", 0.2)],
    )
    q = replace(
        q,
        topics=["choosing", "overview"],
        full_text="3 acupuncture sessions in. " + q.text + " " + q.others[0],
    )
    on(route(q, store), "treatment_course")
