"""Session 19: which sentence and which verb decide the entry, and clinic words typed loosely.
- the verb says what needling does for a problem told ("will acupuncture sort out my frozen
  shoulder?", "could it be part of treating my migraines?", "ça peut faire partie du traitement de
  ma fibromyalgie?"): the problems it helps, not how a session feels;
- what the treatment is asked in a later sentence, after a story ("my physio brought it up. what
  is dry needling?"): what it is (overview);
- "what is acupuncture good for?" after a story: the general list of uses, not the research for
  the problem told;
- an elevator typed with a slip ("asenseur", "elevater"), or clothes from work or the barn ("can I
  turn up in my overalls?", "je peux venir en bottes?"): the clinic's answers."""

from dataclasses import replace

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


def decide(store, question, intent, whole="", named=("acupuncture",), **kw):
    q = ask(question, intent=intent, named=named, **kw)
    if whole:
        q = replace(q, full_text=whole)
    return route(q, store)


@pytest.mark.parametrize(
    "question, conditions",
    [
        ("will acupuncture sort out my low back pain?", ("low_back_pain",)),
        ("could acupuncture clear up my sciatica for good?", ("sciatica",)),
        ("can acupuncture be part of treating my migraines, or is that a stretch?", ("migraine",)),
    ],
)
def test_a_verb_of_what_it_does_for_a_problem_is_the_problems_it_helps(store, question, conditions):
    d = decide(store, question, "ask_sensation", conditions=conditions)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence"), (d.rule, d.entry and d.entry.id)


def test_what_it_is_asked_after_a_story_is_what_it_is(store):
    d = decide(
        store,
        "my chiro said he'd like to add some needling at the next visit. what is dry needling?",
        "ask_treatment_course",
        named=("dry_needling",),
    )
    assert d.kind == "kb" and d.entry.topic == "overview", (d.rule, d.entry and d.entry.id)


def test_what_it_is_good_for_after_a_story_is_the_general_uses(store):
    d = decide(
        store,
        "what is acupuncture good for?",
        "ask_conditions",
        whole="my knee arthritis flares up every winter. what is acupuncture good for?",
        conditions=("knee_osteoarthritis",),
    )
    assert d.kind == "kb" and d.entry.topic == "conditions", (d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "message",
    [
        "y a-tu un asenseur dans la bâtisse? mes genoux sont finis",
        "does your building have an elavator? bad hip",
    ],
)
def test_an_elevator_typed_with_a_slip_is_accessibility(store, message):
    d = route(ask(message, intent="bot_identity", confidence=0.4), store)
    assert (d.kind, d.clinic_topic) == ("clinic", "accessibility"), d.rule


@pytest.mark.parametrize(
    "message",
    [
        "I'm a plumber, ok if I turn up in my overalls and steel toe boots?",
        "I'll be coming from the gym, do I need to get changed first?",
        "je peux venir en bleu de travail ou je dois me changer?",
    ],
)
def test_clothes_from_work_are_what_to_wear(store, message):
    d = route(ask(message, intent="out_of_scope", confidence=0.5), store)
    assert (d.kind, d.clinic_topic) == ("clinic", "what_to_bring"), d.rule


@pytest.mark.parametrize(
    "question, whole, intent",
    [
        (
            "is that right?",
            "my neighbour swears acupuncture is recognised by the World Health Organization. is that right?",
            "ask_technique",
        ),
        (
            "c'est vrai?",
            "ma tante dit que l'acupuncture est approuvée par l'OMS. c'est vrai?",
            "ask_overview",
        ),
    ],
)
def test_a_health_bodys_approval_told_and_asked_is_the_research(store, question, whole, intent):
    d = decide(store, question, intent, whole=whole)
    assert d.kind == "kb" and d.entry.topic == "evidence", (d.rule, d.entry and d.entry.id)
