"""Session 17: the needles of our two treatments compared ("is the needle for dry needling any
different from an acupuncture needle?") are the needles entry's, not the difference entries' by the
classifier's second guess; our needles compared with another needle named after the comparison ("are
they like the ones for a flu shot?", "how thin are they next to an insulin needle", "pareilles que
celles des vaccins?") are the needles too."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


def test_needles_of_both_treatments_compared_is_the_needles_entry(store):
    q = ask(
        "are the needles used in dry needling the same as acupuncture ones?",
        intent="ask_needles",
        named=("acupuncture", "dry_needling"),
        ranking=[("ask_needles", 0.7), ("ask_difference", 0.3)],
    )
    q.topics = ["needles", "difference"]
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "needles", (d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "question, intent, previous",
    [
        ("are they like the needles for a flu shot?", "ask_technique", "needles"),
        ("so how fine are they compared to an IV needle", "ask_aftercare", "needles"),
        ("elles sont aussi fines que pour un vaccin, les aiguilles?", "ask_overview", None),
    ],
)
def test_our_needles_compared_with_another_needle_named_after_it(store, question, intent, previous):
    d = route(ask(question, intent=intent, previous_topic=previous), store)
    assert d.kind == "kb" and d.entry.topic == "needles", (d.rule, d.entry and d.entry.id)


def test_a_bruise_asked_like_after_a_blood_test_stays_aftercare(store):
    d = route(ask("will the needles leave a bruise like after a blood test?", intent="ask_aftercare"), store)
    assert d.kind == "kb" and d.entry.topic == "aftercare", (d.rule, d.entry and d.entry.id)
