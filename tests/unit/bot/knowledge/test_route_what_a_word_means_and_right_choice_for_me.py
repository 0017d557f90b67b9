"""A word said of one of our treatments, asked what it means, that the classifier read as out of
scope with no topic behind it, is the overview (rule 12's what-does-it-mean, never a decline); an
illness word in it still goes to rule 13. "Is X the right choice for me?" stays the choosing
entry whatever problem is told with it."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


def _out_of_scope(message, named, confidence=0.7):
    q = ask(
        message,
        intent="out_of_scope",
        confidence=confidence,
        named=named,
        ranking=[("out_of_scope", confidence), ("ask_evidence", 0.1)],
    )
    q.topics = []
    return q


@pytest.mark.parametrize(
    "message,named",
    [
        (
            "my dry needling physio said the needle would 'switch off' the muscle. what does switch off even mean?",
            ["dry_needling"],
        ),
        ("l'IMS va 'désensibiliser' mon nerf, selon mon physio. ça veut dire quoi au juste?", ["ims"]),
    ],
)
def test_what_a_word_said_of_a_treatment_means_is_the_overview(store, message, named):
    d = route(_out_of_scope(message, named), store)
    assert d.kind == "kb" and d.entry.topic in ("overview", "technique"), (d.rule, d.reason)


def test_sure_out_of_scope_stays_declined(store):
    d = route(
        _out_of_scope("my IMS guy said 'reset'. what does that even mean?", ["ims"], confidence=0.95), store
    )
    assert d.kind == "fallback"


@pytest.mark.parametrize(
    "message,named",
    [
        ("Is IMS the right choice for me? My low back has ached for three years.", ["ims"]),
        (
            "is dry needling a good fit for me with my sciatica, or should I try something else first?",
            ["dry_needling"],
        ),
    ],
)
def test_right_choice_for_me_stays_choosing(store, message, named):
    told = frozenset({"low_back_pain"} if "back" in message else {"nerve_pain"})
    q = ask(message, intent="ask_choosing", confidence=0.95, named=named, conditions=told)
    q.asked_conditions = told
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "choosing", (d.rule, d.entry and d.entry.id)
