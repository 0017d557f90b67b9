"""Issue 11, heldout11's failure classes, tested on new wordings (EN and FR).

A fear of needles with "could someone like me do this?" asks how it feels, and needle hygiene
asks about safety, whichever hand-off the classifier guessed; an unsure hand-off guess does not
override a question about needling for a condition; "what is it?" after another therapy told
in the story asks about that therapy (not covered), not about needling."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "story,question",
    [
        (
            "I'm scared of needles, I passed out at a blood draw last spring.",
            "Could I actually handle this?",
        ),
        (
            "J'ai peur des aiguilles, je perds connaissance aux prises de sang.",
            "Quelqu'un comme moi peut vraiment essayer?",
        ),
    ],
)
def test_a_fear_of_needles_asking_whether_they_could_go_through_with_it_is_how_it_feels(
    store, story, question
):
    d = route(ask(question, story, intent="human_handoff", confidence=0.85), store)
    assert d.kind == "kb" and d.entry.topic == "sensation"


@pytest.mark.parametrize(
    "question",
    [
        "Quick one: do the staff wear gloves, and is every needle thrown away after?",
        "Est-ce que vous lavez vos mains avant? Les aiguilles sont stériles?",
    ],
)
def test_needle_hygiene_is_answered_from_safety_not_handed_off(store, question):
    d = route(ask(question, intent="ask_hours", confidence=0.8), store)
    assert d.kind == "kb" and d.entry.topic in ("safety", "needles")


def test_booking_with_a_hygiene_word_is_still_a_booking(store):
    d = route(ask("How do I book a session? I want fresh needles lol", intent="book", confidence=0.9), store)
    assert d.kind == "booking"


@pytest.mark.parametrize(
    "story,question,named",
    [
        (
            "My grandad is 84 with osteoarthritis in his knee, the stairs are getting hard.",
            "Would dry needling ease it at his age?",
            ["dry_needling"],
        ),
        (
            "Ma mère a 79 ans et de l'arthrose à la hanche.",
            "L'acupuncture pourrait la soulager?",
            ["acupuncture"],
        ),
    ],
)
def test_an_unsure_handoff_guess_does_not_override_asking_whether_needling_helps(
    store, story, question, named
):
    q = ask(
        question,
        story,
        intent="human_handoff",
        confidence=0.4,
        named=named,
        conditions=["knee_osteoarthritis", "hip_osteoarthritis"],
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence")


def test_a_sure_request_for_a_person_stays_a_handoff(store):
    q = ask(
        "Can I speak to someone about whether acupuncture would help my arthritis?",
        intent="human_handoff",
        confidence=0.92,
        named=["acupuncture"],
        conditions=["knee_osteoarthritis"],
    )
    assert route(q, store).kind == "contact"


@pytest.mark.parametrize(
    "story,question",
    [
        (
            "The physio said she'd like to try moxibustion on my back next week.",
            "What's it, and does it burn?",
        ),
        ("My acupuncturist suggested gua sha after the needles.", "What is it exactly?"),
    ],
)
def test_what_is_it_after_another_therapy_in_the_story_is_not_covered(store, story, question):
    d = route(ask(question, story, intent="ask_overview", named=["acupuncture"]), store)
    assert d.rule == "not_covered" and d.subject.id == "other_tcm"


def test_what_is_it_naming_our_treatment_is_still_answered(store):
    q = ask(
        "I have no clue what dry needling is, though.",
        "My physio does cupping and wants to add dry needling.",
        intent="ask_overview",
        named=["dry_needling"],
    )
    assert route(q, store).kind == "kb"


@pytest.mark.parametrize("question", ["and those are single use, right?", "elles sont réutilisées?"])
def test_a_short_hygiene_follow_up_after_the_needles_is_answered_from_safety(store, question):
    q = ask(question, intent="nlu_fallback", confidence=0.3)
    q = q.__class__(**{**q.__dict__, "previous_topic": "needles"})
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic in ("safety", "needles")
