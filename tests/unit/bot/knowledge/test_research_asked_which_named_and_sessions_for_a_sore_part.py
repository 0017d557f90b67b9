"""bot/knowledge/route.py find_answer: the entry the asked wording names over a sibling entry for the
problem told - the research asked in so many words (evidence, not the uses for the problem), which of
the treatments named to pick (choosing, not the uses for the body part), and how many sessions a part
sore or stiff from the patient's life takes (the course, not the soreness a session leaves)."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


def _route(store, message, intent, named=(), conditions=(), story="", asked=()):
    q = ask(message, story=story, intent=intent, named=named, conditions=conditions)
    if asked:
        from dataclasses import replace

        q = replace(q, asked_conditions=frozenset(asked))
    return route(q, store)


RESEARCH = [
    "ok and is there actual research on that or just stories?",
    "is there any real evidence for that?",
    "which of them has the most research behind it",
]


@pytest.mark.parametrize("message", RESEARCH)
def test_research_asked_after_a_problem_is_the_research(store, message):
    d = _route(store, message, "ask_evidence", conditions=["fibromyalgia"])
    assert d.kind == "kb" and d.entry.topic == "evidence", (d.rule, d.entry and d.entry.id)


def test_helps_asked_of_a_problem_keeps_the_uses(store):
    # quiet control: no research asked, the uses for the problem stay
    d = _route(
        store,
        "can needling help fibromyalgia?",
        "ask_conditions",
        conditions=["fibromyalgia"],
        asked=["fibromyalgia"],
    )
    assert d.kind == "kb" and d.entry.topic == "conditions", (d.rule, d.entry and d.entry.id)


WHICH_NAMED = [
    (
        "acupuncture, dry needling or IMS - which one makes sense for a neck that's stiff from a tablet?",
        ["acupuncture", "dry_needling", "ims"],
    ),
    ("acupuncture or IMS, which one would you pick for my stiff neck?", ["acupuncture", "ims"]),
    ("dry needling or acupuncture for neck pain, which should i pick?", ["acupuncture", "dry_needling"]),
]


@pytest.mark.parametrize("message, named", WHICH_NAMED)
def test_which_of_the_named_is_choosing(store, message, named):
    d = _route(store, message, "ask_choosing", named=named, conditions=["neck_pain"], asked=["neck_pain"])
    assert d.kind == "kb" and d.entry.topic == "choosing", (d.rule, d.entry and d.entry.id)


SESSIONS = [
    (
        "how many IMS sesions would it take for a back thats been sore ever since they put me on nights at the mill",
        ["ims"],
    ),
    ("how many sessions would it take for a neck that's been stiff since I started the new job", []),
    ("how many acupuncture sessions for a shoulder that's been sore ever since the move?", ["acupuncture"]),
]


@pytest.mark.parametrize("message, named", SESSIONS)
def test_sessions_for_a_part_sore_from_life_are_the_course(store, message, named):
    d = _route(store, message, "ask_treatment_course", named=named)
    assert d.kind == "kb" and d.entry.topic == "treatment_course", (d.rule, d.entry and d.entry.id)


QUIET = [
    ("how many days will I be sore after IMS?", ["ims"]),
    ("my back has been sore since my IMS session, how many days does that last?", ["ims"]),
]


@pytest.mark.parametrize("message, named", QUIET)
def test_soreness_a_session_left_stays_aftercare(store, message, named):
    d = _route(store, message, "ask_aftercare", named=named)
    assert d.kind == "kb" and d.entry.topic == "aftercare", (d.rule, d.entry and d.entry.id)
