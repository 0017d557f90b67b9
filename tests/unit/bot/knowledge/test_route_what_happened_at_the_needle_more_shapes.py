"""Session 16: what happened at the needle, in more words. A drop of blood ("a bit of blood came out",
"will it make me bleed?") is after-care, also when read as how it feels or the needles; a heaviness
around the needle read as the needles is how it feels; "that twitchy thing", or a muscle jumping under
the needle asked "supposed to happen?" with the classifier unsure, is the twitch (technique), not the
research for the body part named."""

from dataclasses import replace

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "question, intent",
    [
        ("a bit of blood came out where she took the needle out, should I worry?", "ask_sensation"),
        ("will the needles make me bleed? I bruise really easily", "ask_needles"),
        ("un peu de sang est sorti quand il a retiré l'aiguille, c'est grave?", "ask_needles"),
    ],
)
def test_blood_at_the_needle_is_aftercare(store, question, intent):
    d = route(ask(question, intent=intent, named=("acupuncture",)), store)
    assert d.kind == "kb" and d.entry.topic in ("aftercare", "safety"), (d.rule, d.entry and d.entry.id)


def test_a_heaviness_around_the_needle_read_as_the_needles_is_how_it_feels(store):
    q = ask(
        "c'est quoi cette pression près de l'aiguille pendant qu'elle reste en place?", intent="ask_needles"
    )
    d = route(replace(q, context=["acupuncture"]), store)
    assert d.kind == "kb" and d.entry.topic == "sensation", (d.rule, d.entry and d.entry.id)


def test_the_twitchy_thing_is_the_twitch(store):
    d = route(
        ask("does IMS do that twitchy thing in the muscle?", intent="ask_overview", named=("ims",)), store
    )
    assert d.kind == "kb" and d.entry.topic == "technique", (d.rule, d.entry and d.entry.id)


def test_a_muscle_jumping_under_the_needle_with_the_classifier_unsure_is_the_twitch(store):
    q = ask(
        "my calf muscle kept jumping under the needle at my first dry needling, is that meant to happen",
        intent="ask_choosing",
        confidence=0.4,
        named=("dry_needling",),
        conditions=("myofascial_pain",),
    )
    q = replace(q, asked_conditions=frozenset({"myofascial_pain"}))
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "technique", (d.rule, d.entry and d.entry.id)
