"""Session 24: the right kind, the right entry.

- A choice asked between two treatments named, with a problem told ("acupuncture or dry needling for
  a desk job neck? which one would you pick", "would dry needling help it or is acupuncture better
  for that?") is choosing, not the research for the problem (rule 9, `_choice_between_named`).
- Needling kept up "as a wellness thing" with nothing hurting is the course of treatment (wellness),
  not safety.
- Giving up when nothing is felt after a few sessions ("if i feel nothing after 3 should i just give
  up") is the course of treatment, not how needling feels nor one's own treatment plan declined.
Quiet controls: one treatment asked for a problem stays the research; a partial improvement asked
about one's own plan stays declined; nothing felt of the needles stays how it feels."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask, declined

BOTH = ("acupuncture", "dry_needling")


@pytest.mark.parametrize(
    "question, intent, confidence",
    [
        ("acupuncture or dry needling for a desk job neck? which one would you pick", "nlu_fallback", 0.3),
        ("would dry needling help my sore shoulder or is acupuncture better for that?", "ask_choosing", 0.75),
        ("can dry needling help my tennis elbow, or would acupuncture be better?", "ask_choosing", 0.7),
        ("dry needling or acupuncture for my low back pain, which should I pick?", "ask_conditions", 0.5),
    ],
)
def test_a_choice_between_two_named_for_a_problem_is_choosing(store, question, intent, confidence):
    d = route(
        ask(question, intent=intent, confidence=confidence, named=BOTH, conditions=("neck_pain",)), store
    )
    assert d.kind == "kb" and d.entry.topic == "choosing", (d.rule, d.entry and d.entry.id)


def test_or_is_it_better_with_one_treatment_is_no_choice_between_two(store):
    d = route(
        ask(
            "should I keep doing my physio exercises on the weeks I get dry needled, or is it better to rest?",
            intent="ask_treatment_course",
            named=("dry_needling",),
        ),
        store,
    )
    assert d.kind == "kb" and d.entry.topic == "treatment_course", (d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "question, intent",
    [
        ("would dry needling help my sore shoulder?", "ask_evidence"),
        ("is acupuncture better than nothing for low back pain?", "ask_evidence"),
    ],
)
def test_one_treatment_for_a_problem_stays_the_research(store, question, intent):
    named = ("dry_needling",) if "dry" in question else ("acupuncture",)
    d = route(ask(question, intent=intent, confidence=0.8, named=named), store)
    assert d.kind == "kb" and d.entry.topic in ("evidence", "conditions"), (d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "question, intent, confidence",
    [
        (
            "nothing's actually hurting, im just worn down from the job. can i get acupuncture regularly as a "
            "wellness thing?",
            "ask_safety",
            0.39,
        ),
        ("could I do dry needling every month as a self-care routine?", "ask_technique", 0.7),
        ("nothing is really wrong, but can I come for acupuncture monthly?", "ask_overview", 0.6),
    ],
)
def test_needling_kept_up_as_a_wellness_thing_is_the_course(store, question, intent, confidence):
    d = route(ask(question, intent=intent, confidence=confidence), store)
    assert d.kind == "kb" and d.entry.topic == "treatment_course", (d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "question, intent, confidence",
    [
        ("and if i feel nothing after 3 should i just give up", "ask_sensation", 0.8),
        (
            "I don't feel anything after 4 acupuncture sessions, should I give up?",
            "ask_treatment_course",
            0.8,
        ),
        ("felt no change after 5 dry needling visits. time to stop going?", "ask_aftercare", 0.8),
    ],
)
def test_giving_up_when_nothing_is_felt_after_sessions_is_the_course(store, question, intent, confidence):
    d = route(ask(question, intent=intent, confidence=confidence, context=("acupuncture",)), store)
    assert d.kind == "kb" and d.entry.topic == "treatment_course", (d.rule, d.entry and d.entry.id)


def test_a_partial_improvement_asked_of_ones_own_plan_stays_declined(store):
    declined(
        store,
        "should i keep going with IMS? done 6 sessions, maybe 20% better, $90 each",
        "own_treatment_plan",
        "ask_treatment_course",
        named=("ims",),
    )


def test_nothing_felt_of_the_needles_stays_how_it_feels(store):
    d = route(
        ask(
            "I didn't feel the needles go in at all, is that normal?",
            intent="ask_sensation",
            named=("acupuncture",),
        ),
        store,
    )
    assert d.kind == "kb" and d.entry.topic == "sensation", (d.rule, d.entry and d.entry.id)
