"""A follow-up whose first sentence opens on the last answer ("and what about ...?", "et pour
...?"), with a story after it, keeps the conversation's treatment and topic instead of asking
which treatment or taking the classifier's unsure guess; "vous en mettez combien?" after the
needles asks how many needles (session 13's classes from heldout48-50, on wordings of our own)."""

import pytest

from bot.knowledge.route import route
from tests.unit.bot.knowledge.test_route import ask


@pytest.mark.parametrize(
    "message, intent, confidence",
    [
        ("and what about his knees? he's had sore knees for years, walking hurts", "inform_modality", 0.95),
        ("et pour le dos ? mon père a mal depuis des mois", "inform_modality", 0.6),
        ("et pour l'anxiété? je stresse tout le temps avant les examens", "ask_safety", 0.4),
        ("what about headaches? I get them most afternoons at work", "ask_sensation", 0.35),
    ],
)
def test_an_opening_follow_up_keeps_the_treatment_and_topic(store, message, intent, confidence):
    q = ask(
        message, intent=intent, confidence=confidence, context=["acupuncture"], previous_topic="conditions"
    )
    d = route(q, store)
    assert (d.rule, d.kind) == ("followup", "kb"), (d.rule, d.kind)
    assert d.topic in ("conditions", "evidence")


def test_another_treatment_named_alone_keeps_the_topic(store):
    q = ask(
        "and acupuncture? my GP brought it up for my neck",
        intent="ask_choosing",
        confidence=0.75,
        named=["acupuncture"],
        context=["dry_needling"],
        previous_topic="sensation",
    )
    d = route(q, store)
    assert (d.rule, d.topic) == ("followup", "sensation")


def test_a_sure_clinic_question_after_and_is_not_a_follow_up(store):
    q = ask(
        "and how much is it? I'd pay myself, no insurance",
        intent="ask_insurance",
        confidence=0.9,
        context=["acupuncture"],
        previous_topic="conditions",
    )
    assert route(q, store).rule != "followup"


@pytest.mark.parametrize(
    "message", ["vous en plantez combien d'habitude?", "combien vous en mettez en général?"]
)
def test_how_many_by_a_pronoun_after_the_needles_is_the_needles(store, message):
    q = ask(
        message, intent="ask_insurance", confidence=0.5, context=["acupuncture"], previous_topic="needles"
    )
    d = route(q, store)
    assert (d.kind, d.topic) == ("kb", "needles"), (d.rule, d.kind)
