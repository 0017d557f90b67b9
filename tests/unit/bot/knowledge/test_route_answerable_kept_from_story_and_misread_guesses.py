"""Answerable questions kept on their own subject when the story or a misread classifier guess
pulls elsewhere: a fear of needles told in other words, with tips asked, stays how it feels even
beside "or should I cancel?" or a booking guessed from the story; "the difference between X and
Y" is the difference; "what's IMS?" asked alone before a story is what it is; "how do these
even work?" after sessions that helped is how it works; a short "and for <another problem>?"
after an answer keeps the question whatever hand-off or small talk the classifier read; "who
does it?" about the treatment talked of is the practitioners.

Why: heldout40 to heldout46 (session 13's tuner TG): each of these was answered from the wrong
entry or declined. The tests use other wordings than the spent cases, in English and French."""

from dataclasses import replace

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "story,question",
    [
        ("honestly scared stiff of the needle and my hip is shot.", "anything that makes it easier?"),
        ("I turn green at the mere sight of needles.", "any advice for getting through my first IMS?"),
        ("mon genou me lâche et les aiguilles me terrifient.", "des conseils pour que ça soit plus facile?"),
    ],
)
def test_a_fear_of_needles_in_other_words_with_tips_asked_is_how_it_feels(store, story, question):
    d = route(ask(question, story=story, intent="ask_choosing", confidence=0.8), store)
    assert d.kind == "kb" and d.entry.topic == "sensation", (d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "story,question",
    [
        (
            "petrified of needles, my daughter booked me dry needling for my knee.",
            "any tips or should I just cancel?",
        ),
        (
            "j'ai une peur bleue des aiguilles et mon chum m'a réservé de l'IMS.",
            "des conseils ou je devrais annuler?",
        ),
    ],
)
def test_tips_for_a_fear_of_needles_beside_cancelling_is_how_it_feels(store, story, question):
    d = route(
        ask(question, story=story, intent="out_of_scope", confidence=0.5, named=("dry_needling",)), store
    )
    assert d.kind == "kb" and d.entry.topic == "sensation", (d.kind, d.rule, d.clinic_topic)


def test_cancelling_with_no_fear_told_stays_a_cancellation(store):
    d = route(ask("i need to cancel thursday, any tips on how?", intent="ask_contact", confidence=0.6), store)
    assert (d.kind, d.clinic_topic) == ("clinic", "cancellation"), d.rule


def test_tips_for_a_fear_guessed_unsurely_as_a_booking_is_how_it_feels(store):
    d = route(
        ask(
            "is there something that would make it less scary?",
            story="I go pale at the sight of a needle. my physio wants to try IMS on my neck.",
            intent="book",
            confidence=0.4,
            named=("ims",),
        ),
        store,
    )
    assert d.kind == "kb" and d.entry.topic == "sensation", (d.kind, d.rule)


@pytest.mark.parametrize(
    "question,named",
    [
        (
            "could you spell out the main difference between IMS and dry needling for my mom?",
            ("ims", "dry_needling"),
        ),
        (
            "vous pouvez m'expliquer la différence entre l'acupuncture et l'IMS, simplement?",
            ("acupuncture", "ims"),
        ),
    ],
)
def test_the_difference_between_two_treatments_is_the_difference(store, question, named):
    d = route(ask(question, intent="ask_treatment_course", confidence=0.55, named=named), store)
    assert d.kind == "kb" and d.entry.topic == "difference", (d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "question,named",
    [
        ("what's dry needling? my chiro mentioned it for my shoulder", ("dry_needling",)),
        ("c'est quoi l'IMS?", ("ims",)),
    ],
)
def test_what_the_treatment_is_asked_alone_is_the_overview(store, question, named):
    d = route(ask(question, intent="ask_technique", confidence=0.55, named=named), store)
    assert d.kind == "kb" and d.entry.topic == "overview", (d.rule, d.entry and d.entry.id)


def test_how_they_even_work_after_sessions_that_helped_is_how_it_works(store):
    q = ask(
        "how do these needles even work?",
        story="my neck is so much better after four visits.",
        intent="ask_treatment_course",
        confidence=0.7,
        conditions=("neck_pain",),
    )
    d = route(replace(q, asked_conditions=frozenset({"neck_pain"})), store)
    assert d.kind == "kb" and d.entry.topic == "overview", (d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "message,intent,conditions",
    [
        ("and what about a plumber with a sore back?", "bot_identity", ("low_back_pain",)),
        ("et pour l'anxiété avant les examens?", "ask_location", ("stress",)),
        ("and for a hairdresser with aching wrists?", "out_of_scope", ()),
    ],
)
def test_and_for_another_problem_after_an_answer_keeps_the_question(store, message, intent, conditions):
    q = ask(
        message,
        intent=intent,
        confidence=0.6,
        conditions=conditions,
        context=("acupuncture",),
        previous_topic="evidence",
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence"), (d.kind, d.rule)


def test_and_for_the_parking_after_an_answer_stays_the_clinics(store):
    q = ask(
        "et pour le stationnement?",
        intent="ask_location",
        confidence=0.6,
        context=("ims",),
        previous_topic="evidence",
    )
    d = route(q, store)
    assert d.kind == "clinic", d.rule


@pytest.mark.parametrize(
    "message,intent",
    [
        ("ok and who does it, a physio or a doctor?", "ask_sensation"),
        ("pis qui fait ça, un kiné?", "bot_identity"),
    ],
)
def test_who_does_it_about_the_treatment_talked_of_is_the_practitioners(store, message, intent):
    q = ask(message, intent=intent, confidence=0.5, context=("ims",), previous_topic="overview")
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "practitioners", (d.kind, d.rule)


def test_who_the_assistant_is_stays_small_talk(store):
    d = route(ask("who am I talking to?", intent="bot_identity", confidence=0.9, context=("ims",)), store)
    assert d.kind == "smalltalk", d.rule
