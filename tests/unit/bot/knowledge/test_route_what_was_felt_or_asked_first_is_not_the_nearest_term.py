"""Answerable questions a nearby word used to send elsewhere: the patient's own start at the pain
("nearly jumped off the bed") is how it felt, not the muscle twitch; a nerve told before asking to
be examined first is the assessment, not the fear entry; "same needles?" asked of two treatments
compared is how they differ, not needles used again; a needle phobia asking how thick the needles
are is the needles entry."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "message,named",
    [
        (
            "my acupuncture needles hurt so bad i practically jumped off the bed. is that normal?",
            ["acupuncture"],
        ),
        (
            "the dry needling in my glute was so sore I nearly jumped off the table. is that how it normally goes?",
            ["dry_needling"],
        ),
    ],
)
def test_the_patient_jumping_at_the_pain_is_how_it_feels(store, message, named):
    d = route(ask(message, intent="ask_sensation", confidence=0.9, named=named), store)
    assert d.kind == "kb" and d.entry.topic == "sensation", (d.rule, d.entry and d.entry.id)


def test_a_muscle_that_jumped_is_still_the_twitch(store):
    q = ask(
        "my hamstring jumped when the needle went in during dry needling, is that normal?",
        intent="ask_sensation",
        confidence=0.9,
        named=["dry_needling"],
    )
    assert route(q, store).entry.topic == "technique"


@pytest.mark.parametrize(
    "message",
    [
        "Does the physio check me over before any needles go in, or start right away? I get anxious.",
        "la physio va-t-elle m'évaluer avant, ou piquer tout de suite? je suis stressée",
    ],
)
def test_asking_to_be_examined_first_with_nerves_told_is_the_assessment(store, message):
    d = route(ask(message, intent="ask_sensation", confidence=0.55), store)
    assert d.kind == "kb" and d.entry.topic == "technique", (d.rule, d.entry and d.entry.id)


def test_examined_first_and_does_it_hurt_still_asks_how_it_feels(store):
    d = route(
        ask("will they examine me first, and does it hurt?", intent="ask_sensation", confidence=0.7), store
    )
    assert d.entry.topic == "sensation"


@pytest.mark.parametrize(
    "message,named,intent",
    [
        (
            "is IMS basically acupuncture? do they use the same needles?",
            ["ims", "acupuncture"],
            "ask_difference",
        ),
        (
            "acupuncture vs dry needling, are the same needles used?",
            ["acupuncture", "dry_needling"],
            "ask_difference",
        ),
    ],
)
def test_same_needles_of_two_treatments_compared_is_the_difference(store, message, named, intent):
    d = route(ask(message, intent=intent, confidence=0.9, named=named), store)
    assert d.kind == "kb" and d.entry.topic == "difference", (d.rule, d.entry and d.entry.id)


def test_same_needles_on_everyone_is_still_hygiene(store):
    q = ask(
        "for acupuncture and dry needling, do you use the same needles on everyone?",
        intent="ask_needles",
        confidence=0.8,
        named=["acupuncture", "dry_needling"],
    )
    assert route(q, store).entry.id == "all-safety-sterile"


@pytest.mark.parametrize(
    "message,named",
    [
        ("I'm petrified of needles. how thick are they for IMS?", ["ims"]),
        (
            "j'ai une peur bleue des aiguilles, elles sont grosses comment pour la puncture sèche?",
            ["dry_needling"],
        ),
    ],
)
def test_a_needle_phobia_asking_their_size_is_the_needles(store, message, named):
    d = route(ask(message, intent="ask_needles", confidence=0.9, named=named), store)
    assert d.kind == "kb" and d.entry.topic == "needles", (d.rule, d.entry and d.entry.id)
