"""Session 16: how a session goes or feels, in more words. "Is that how IMS usually goes?" after what
was done is the technique; how it goes for someone scared ("comment ça se déroule si je panique?") and
"is it going to be agony?" are how it feels; "ça fait mal? ça dure combien de temps?" asks how it feels
and how long a session lasts, no soreness lasting; soreness told for days after and "normal or done
badly?" is after-care; "what's dry needling?" alone, read as after-care or where it comes from, is what
it is."""

from dataclasses import replace

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


def on(d, *topics):
    assert d.kind == "kb" and d.entry.topic in topics, (d.rule, d.entry and d.entry.id)


def test_is_that_how_it_usually_goes_is_the_technique(store):
    q = ask(
        "is that how IMS usually goes?",
        story="she put 2 needles in for a few seconds and took them out.",
        intent="ask_overview",
        named=("ims",),
    )
    on(route(q, store), "technique")


def test_how_it_goes_for_someone_scared_is_how_it_feels(store):
    q = ask(
        "comment ça se déroule si je panique?",
        story="j'ai la phobie des aiguilles.",
        intent="ask_overview",
        named=("ims",),
    )
    on(route(q, store), "sensation")


@pytest.mark.parametrize(
    "question, intent",
    [
        ("will IMS be agony? my skin is so sensitive", "ask_choosing"),
        ("ça va faire mal, l'acupuncture?", "ask_overview"),
        ("how bad does dry needling really hurt?", "ask_treatment_course"),
    ],
)
def test_whether_it_hurts_is_how_it_feels(store, question, intent):
    named = ("ims",) if "IMS" in question else ("dry_needling",) if "dry" in question else ("acupuncture",)
    on(route(ask(question, intent=intent, named=named), store), "sensation")


def test_hurt_and_how_long_in_two_sentences_is_no_soreness_lasting(store):
    q = ask("ça fait mal? ça dure combien de temps l'IMS?", intent="ask_session_length", named=("ims",))
    on(route(q, store), "session_length", "sensation")


def test_sore_for_days_read_as_the_technique_is_aftercare(store):
    q = ask(
        "normal or was it done badly?",
        story="my neighbour said she was achy for three days after her acupuncture.",
        intent="ask_technique",
        named=("acupuncture",),
    )
    on(route(q, store), "aftercare", "safety")


@pytest.mark.parametrize(
    "question, intent",
    [
        ("what's dry needling? my doctor mentioned it after my check-up", "ask_aftercare"),
        ("what is dry needling?? never heard of it where I'm from", "ask_origins"),
    ],
)
def test_what_it_is_alone_is_the_overview(store, question, intent):
    q = ask(question, intent=intent, named=("dry_needling",))
    on(route(replace(q, topics=[intent[4:]]), store), "overview")
