"""Issue 11, session 16: a follow-up keeps the conversation's thread, whatever story comes with it.
A short opening ("and what about my elbows?", "pis pour les chevilles?") with a story after it is
a short follow-up, also when the last answer was for every treatment; another body part named moves
the last complaint there instead of answering the last body part again; "and the twitching thing,
..." is the twitch; "what about my mum, she's 82... would it be safe for her" is the conversation's
treatment's safety; "faut-tu que je continue mes étirements?" is the course of treatment
(bot/knowledge/route.py rules 11 and 16, bot/knowledge/entry_choice.py NEEDLING_ALONE)."""

import pytest

from bot.knowledge.route import route
from tests.unit.bot.knowledge.test_route import ask


def follow_up(message, intent, confidence, context, previous_topic, context_conditions=(), conditions=()):
    """The message as the NLU hands it over: its first question as the question sentence, the
    whole message as the story, the conversation's treatment, topic and conditions."""
    first = message.split("?")[0] + "?" if "?" in message else message
    return ask(
        first,
        intent=intent,
        confidence=confidence,
        context=context,
        conditions=conditions,
        full_text=message if first != message else "",
        previous_topic=previous_topic,
        context_conditions=frozenset(context_conditions),
        ranking=[(intent, confidence), ("out_of_scope", 0.1)],
    )


def test_an_opening_with_a_story_after_an_answer_for_every_treatment_is_answered(store):
    q = follow_up(
        "and what about my lower back? i carry trays all day at the restaurant",
        "inform_modality",
        0.8,
        context=[],
        previous_topic="conditions",
        context_conditions=["neck_pain"],
        conditions=["low_back_pain"],
    )
    d = route(q, store)
    assert d.kind == "kb" and "low_back_pain" in d.conditions, (d.rule, d.kind)


@pytest.mark.parametrize(
    "message, intent, confidence",
    [
        ("pis pour les chevilles? je cours beaucoup ces temps-ci", "inform_modality", 0.8),
        ("and my ankles?", "out_of_scope", 0.4),
        ("puis avec les coudes? je soulève des caisses toute la journée", "inform_modality", 0.7),
    ],
)
def test_another_body_part_moves_the_complaint_there(store, message, intent, confidence):
    q = follow_up(
        message,
        intent,
        confidence,
        context=["acupuncture"],
        previous_topic="conditions",
        context_conditions=["neck_pain"],
    )
    d = route(q, store)
    assert d.kind == "kb" and d.topic in ("conditions", "evidence"), (d.rule, d.kind)
    assert "neck_pain" not in d.conditions and "neck" not in d.entry.id, d.entry.id


def test_the_twitch_thing_after_how_it_feels_is_the_twitch(store):
    q = follow_up(
        "and the twitching thing, a friend said her calf jumped like crazy",
        "out_of_scope",
        0.8,
        context=["dry_needling"],
        previous_topic="sensation",
    )
    d = route(q, store)
    assert d.kind == "kb" and "twitch" in d.entry.id, (d.rule, d.kind, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "message, intent",
    [
        ("what about my mum, she's 82 and a bit wobbly. would it be safe for her", "out_of_scope"),
        ("et pour mon père, il a 80 ans? c'est sans danger pour lui?", "nlu_fallback"),
    ],
)
def test_is_it_safe_for_the_one_told_is_the_treatments_safety(store, message, intent):
    q = follow_up(message, intent, 0.45, context=["ims"], previous_topic="sensation")
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "safety" and d.modalities == ["ims"], (d.rule, d.kind)


@pytest.mark.parametrize(
    "message",
    [
        "faut-tu que je continue mes étirements? j'ai jamais le temps",
        "je dois-tu encore faire mes exercices?",
    ],
)
def test_the_exercises_asked_with_the_quebecois_tu_are_the_course(store, message):
    q = follow_up(message, "out_of_scope", 0.8, context=["acupuncture"], previous_topic="treatment_course")
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "treatment_course", (d.rule, d.kind)


def test_pis_pour_with_a_few_words_of_why_is_a_follow_up_and_a_cause_du_causes_nothing(store):
    from bot.knowledge.wording import CAUSES_IT

    q = follow_up(
        "pis pour la tendinite au coude à cause du jardinage?",
        "out_of_scope",
        0.7,
        context=["acupuncture"],
        previous_topic="conditions",
        context_conditions=["low_back_pain"],
        conditions=["tendinopathy"],
    )
    d = route(q, store)
    assert d.kind == "kb" and d.topic in ("conditions", "evidence"), (d.rule, d.kind, d.topic)
    assert not CAUSES_IT.search("pis pour la tendinite au coude à cause du jardinage?")
    assert CAUSES_IT.search("est-ce que l'acupuncture peut causer des bleus?")


def test_exercises_on_top_in_a_conversation_for_every_treatment_are_the_course(store):
    q = follow_up(
        "et je dois faire mes étirements en plus?",
        "ask_treatment_course",
        0.3,
        context=[],
        previous_topic="treatment_course",
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "treatment_course", (d.rule, d.kind)


@pytest.mark.parametrize("message", ["and for my scoliosis?", "et pour la scoliose?"])
def test_an_unknown_health_word_in_a_follow_up_is_declined(store, message):
    q = follow_up(
        message,
        "inform_modality",
        0.9,
        context=["acupuncture"],
        previous_topic="conditions",
        context_conditions=["migraine_headache"],
    )
    d = route(q, store)
    assert (d.kind, d.reason, d.rule) == ("fallback", "not_covered", "unknown_health_term"), (d.rule, d.entry)


def test_an_unknown_health_word_beside_a_covered_one_in_a_follow_up_is_still_declined(store):
    q = follow_up(
        "and what about gastritis? my stomach burns after meals",
        "out_of_scope",
        0.7,
        context=["acupuncture"],
        previous_topic="conditions",
        context_conditions=["digestion"],
        conditions=["digestion"],
    )
    d = route(q, store)
    assert (d.kind, d.reason) == ("fallback", "not_covered"), (d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize("message", ["and what about trigger finger?", "et pour le doigt à ressaut?"])
def test_a_one_area_diagnosis_in_a_follow_up_is_its_own_condition(store, message):
    q = follow_up(
        message,
        "inform_modality",
        0.8,
        context=["acupuncture"],
        previous_topic="conditions",
        context_conditions=["neck_pain"],
    )
    d = route(q, store)
    assert d.kind == "kb" and "neck" not in d.entry.id and "neck_pain" not in d.conditions, (
        d.rule,
        d.entry.id,
    )
