"""A lung or breathing scare asked about as a risk is the safety entry, whatever the classifier
read in it (route rule 1): told of someone else or as over, asked how likely it is ("my cousin's
lung got punctured by needling years back... what are the odds?"), and imagined for later with
a treatment named ("if I got breathless after my IMS on monday, what should I do?"). A sign told
as happening now still alarms."""

import pytest

from bot.knowledge.route import route
from bot.nlu.focus import sentences
from bot.nlu.safety import red_flag
from tests.helpers.route_questions import ask


def as_nlu_reads(message, intent, named=()):
    """The question after the story, the red flag of the whole message, the classifier's guess."""
    told = sentences(message)
    story, question = " ".join(told[:-1]), told[-1]
    ranking = [(intent, 0.7), ("ask_treatment_course", 0.2), ("ask_first_visit", 0.1)]
    q = ask(question, story=story, intent=intent, confidence=0.7, ranking=ranking, named=named)
    q.red_flag = red_flag(message) or ""
    if q.red_flag:
        q.intent, q.confidence = "emergency", 1.0
        q.ranking = [("emergency", 1.0)] + ranking
    return q


SOMEONE_ELSES_SCARE = [
    (
        "my cousin's lung got punctured by needling years back. what are the odds of that?",
        "ask_evidence",
        ["dry_needling"],
    ),
    (
        "a coworker was winded for a day after IMS on her upper back last spring. how common is that?",
        "ask_treatment_course",
        ["ims"],
    ),
    (
        "ma voisine a eu un pneumothorax après de l'acupuncture il y a des années. est-ce que c'est fréquent ?",
        "ask_first_visit",
        ["acupuncture"],
    ),
]


@pytest.mark.parametrize("message,intent,named", SOMEONE_ELSES_SCARE)
def test_a_breath_scare_told_of_someone_else_asked_how_likely_is_safety(store, message, intent, named):
    d = route(as_nlu_reads(message, intent, named), store)
    assert d.kind == "kb" and d.entry.topic == "safety", (d.rule, d.kind, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "message,named",
    [
        ("if i ever got breathless after my IMS on monday, what should i do?", ["ims"]),
        (
            "what should I look out for if I get short of breath later after dry needling near my shoulder blade?",
            ["dry_needling"],
        ),
    ],
)
def test_a_breathing_sign_imagined_for_later_with_a_treatment_named_is_safety(store, message, named):
    d = route(as_nlu_reads(message, "ask_choosing", named), store)
    assert d.kind == "kb" and d.entry.topic in ("safety", "aftercare"), (
        d.rule,
        d.kind,
        d.entry and d.entry.id,
    )
    assert d.entry.topic == "safety" or d.safety_note


def test_the_same_scare_happening_now_still_alarms(store):
    d = route(
        as_nlu_reads(
            "I can't catch my breath since my IMS this morning. how common is that?", "ask_safety", ["ims"]
        ),
        store,
    )
    assert d.kind == "emergency"
