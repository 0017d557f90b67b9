"""Session 16: sessions kept up to stay well or as prevention ("as prevention", "en prévention", "even if
nothing's actually wrong", "for 'well-being'") are the course of treatment, also when the classifier
read them as how treatments differ, whether it is safe, or how long a session lasts. Asked in so many
words whether that is safe or the same as something else, the question keeps its topic; prevention of a
named problem stays the research."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "question, intent, named",
    [
        ("is it ok to get IMS every couple of months as prevention?", "ask_safety", ("ims",)),
        (
            "my grandad went for acupuncture every season to keep well. can I do the same, even if nothing's actually wrong?",
            "ask_difference",
            ("acupuncture",),
        ),
        ("faire de l'acupuncture de façon préventive, ça se fait?", "ask_safety", ("acupuncture",)),
        (
            "do people do dry needling just for 'well-being' even when nothing hurts?",
            "ask_technique",
            ("dry_needling",),
        ),
        (
            "can I come monthly for acupuncture even if nothing really hurts?",
            "ask_session_length",
            ("acupuncture",),
        ),
    ],
)
def test_sessions_to_stay_well_are_the_course(store, question, intent, named):
    d = route(ask(question, intent=intent, named=named), store)
    assert d.kind == "kb" and d.entry.topic == "treatment_course", (d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "question, intent, topic",
    [
        ("is it safe to have acupuncture every month to stay healthy?", "ask_safety", "safety"),
        (
            "is a monthly acupuncture tune-up any different from a normal treatment?",
            "ask_difference",
            "difference",
        ),
        ("is acupuncture good for prevention of migraines?", "ask_evidence", "evidence"),
    ],
)
def test_asked_in_so_many_words_keeps_its_topic(store, question, intent, topic):
    d = route(ask(question, intent=intent, named=("acupuncture",)), store)
    assert d.kind == "kb" and d.entry.topic == topic, (d.rule, d.entry and d.entry.id)
