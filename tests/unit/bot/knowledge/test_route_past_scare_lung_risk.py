"""A chest or breathing scare told as over ("last month ... been fine since", "la semaine
dernière ... ça va depuis") that asks whether the lung is at risk next time is answered from the
safety entries, not read as out of scope nor as an emergency. Told as going on now, it still
alarms."""

import pytest

from bot.knowledge.route import route
from bot.nlu.focus import sentences
from bot.nlu.safety import red_flag
from tests.helpers.route_questions import ask


def as_nlu_reads(message):
    """The question after the story, the red flag of the whole message, and the classifier's
    emergency reading with out of scope next (as the classifier ranked such a message)."""
    told = sentences(message)
    story, question = " ".join(told[:-1]), told[-1]
    ranking = [("emergency", 0.95), ("out_of_scope", 0.6), ("ask_safety", 0.2)]
    q = ask(question, story=story, intent="emergency", confidence=0.95, ranking=ranking)
    q.red_flag = red_flag(message) or ""
    return q


PAST = [
    "my chest went tight for a few seconds last month when they needled near my shoulder blade. "
    "been fine since. should i worry about my lung next time?",
    "a few weeks ago i couldn't catch my breath for a moment when she needled near my ribs, all fine since. "
    "is my lung at risk if I go back?",
    "j'ai eu la poitrine serrée une minute la semaine dernière pendant l'IMS, ça va depuis. "
    "est-ce que je risque le poumon la prochaine fois?",
]


@pytest.mark.parametrize("message", PAST)
def test_a_scare_that_is_over_asking_about_the_lung_is_answered_from_safety(store, message):
    d = route(as_nlu_reads(message), store)
    assert d.kind == "kb" and d.topic == "safety", (d.rule, d.kind, d.reason)


@pytest.mark.parametrize(
    "message",
    [
        "my chest is tight right now after the needles near my ribs, should i worry about my lung?",
        "j'ai la poitrine serrée depuis la séance de ce matin, j'ai peur pour mon poumon",
    ],
)
def test_the_same_sign_going_on_now_still_alarms(store, message):
    assert route(as_nlu_reads(message), store).kind == "emergency"


@pytest.mark.parametrize(
    "message",
    [
        "years ago i passed out at a blood test, fine since. i'm scared of needles, what should i know about acupuncture?",
        "terrified of needles since I fainted at my flu shot. anything to know before trying IMS?",
        "j'ai une peur bleue des aiguilles depuis un malaise à une prise de sang. que savoir avant l'acupuncture?",
    ],
)
def test_a_fear_of_needles_after_an_old_faint_is_answered_not_out_of_scope(store, message):
    told = sentences(message)
    q = ask(told[-1], story=" ".join(told[:-1]), intent="out_of_scope", confidence=0.6, named=["acupuncture"])
    d = route(q, store)
    assert d.kind == "kb" and d.topic in ("sensation", "safety"), (d.rule, d.kind, d.reason)


def test_out_of_scope_with_no_treatment_named_stays_out_of_scope(store):
    d = route(
        ask(
            "scared of needles lol, what's the weather like tomorrow?", intent="out_of_scope", confidence=0.6
        ),
        store,
    )
    assert d.kind == "fallback"
