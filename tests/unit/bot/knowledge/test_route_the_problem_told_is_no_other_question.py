"""Session 16: what the story says of the problem does not change what is asked. A problem "à cause du
clavier" is no side effect of needling; a fear of needles told before "can acupuncture help headaches?"
leaves the question about headaches; "what kinds of problems is dry needling used for?" after a bad shoulder is the
list of uses, not the knee research; "is a single session worth it or will I need lots?" with a stiff back
is the course; the wrist where it hurts is no pulse taken there ("why the neck when the pain is in my wrist?")."""

from dataclasses import replace

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


def on(d, *topics):
    assert d.kind == "kb" and d.entry.topic in topics, (d.rule, d.entry and d.entry.id)


def test_a_problem_because_of_something_is_no_side_effect(store):
    q = ask(
        "et pour la douleur au poignet à cause du clavier?",
        intent="ask_conditions",
        context=("acupuncture",),
        conditions=("tendinopathy",),
        previous_topic="conditions",
    )
    q = replace(q, asked_conditions=frozenset({"tendinopathy"}))
    on(route(q, store), "conditions", "evidence")


def test_a_fear_told_before_whether_it_helps_leaves_the_question_on_the_problem(store):
    q = ask(
        "Can acupuncture help headaches like mine?",
        story="I get headaches every week and I'm petrified of needles.",
        intent="ask_conditions",
        named=("acupuncture",),
        conditions=("migraine_headache",),
    )
    q = replace(q, asked_conditions=frozenset({"migraine_headache"}))
    on(route(q, store), "conditions", "evidence")


def test_what_it_is_used_for_in_general_is_no_research_on_the_story(store):
    q = ask(
        "what kinds of problems is dry needling used for?",
        story="my son's shoulder keeps seizing up at rugby.",
        intent="ask_conditions",
        named=("dry_needling",),
        conditions=("rotator_cuff",),
    )
    q = replace(q, asked_conditions=frozenset({"rotator_cuff"}))
    d = route(q, store)
    on(d, "conditions", "evidence")
    assert not d.entry.conditions, d.entry.id


def test_one_session_or_many_is_the_course(store):
    q = ask(
        "is a single session worth it or will I need lots of them?",
        story="only in town for a week, my back is stiff.",
        intent="ask_treatment_course",
        named=("acupuncture",),
        conditions=("low_back_pain",),
    )
    on(route(q, store), "treatment_course")


def test_the_wrist_that_hurts_is_no_pulse_taken(store):
    q = ask(
        "why did the acupuncturist put needles in my neck when the pain is in my wrist?",
        intent="ask_technique",
        named=("acupuncture",),
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.id != "acu-overview-whole-person", (d.rule, d.entry and d.entry.id)
