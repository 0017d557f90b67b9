"""Questions the documents do not cover, in shapes the subjects missed (session 24, tuner YB, from
heldout145..147's misses and the same shapes in earlier sets; the wordings here are others):

- dizziness or the room spinning on getting up after the needles, however short, asked about (written
  rule 6: no entry names it), "got a bit dizzy for a few seconds sitting up off the table. normal?";
  told as over before another question it stays background (the quiet controls);
- a shot weighed against needling ("should I do that or dry needling instead?", "is the collagenase
  injection better than acupuncture?"), the shoulder named or not: only the doctor can weigh it;
- an activity taken up again after a broken bone ("cast comes off next week, when can I ... again?");
- driving a vehicle named right after the needles, in French ("conduire le camion ... tout de suite après");
- which chair or stool is best for a job;
- errands for another office: a permit of any kind, a loan on a pawned thing, something reported to a
  public authority (out of scope, everyday.py).

Answered questions beside them stay answered."""

import pytest

from bot.knowledge.everyday import asks_another_adviser
from bot.knowledge.question import Question
from bot.knowledge.route import _not_covered, route
from tests.helpers.route_questions import ask


def _q(text, intent="ask_aftercare"):
    return Question(text=text, intent=intent, confidence=0.9, topics=[], named=[], context=[], full_text=text)


@pytest.mark.parametrize(
    "text, subjects",
    [
        ("stood up after IMS and the room spun for a second. is that a side effect?", {"session_reaction"}),
        (
            "got off the table after acupuncture and everything was spinning, had to sit down. known thing?",
            {"session_reaction"},
        ),
        ("la pièce tournait en me levant après la séance d'aiguilles, c'est normal?", {"session_reaction"}),
        (
            "got dizzy for a few seconds sitting up off the table after IMS. fine now, normal?",
            {"session_faint", "session_reaction"},
        ),
        (
            "felt light headed getting up after my acupuncture, went away after a few minutes. does that happen to people?",
            {"session_faint", "session_reaction"},
        ),
        (
            "after she needled my neck i got woozy, totally fine now but should that happen?",
            {"session_faint", "session_reaction"},
        ),
        (
            "the doctor wants to give me a cortisone shot in my shoulder. should I get that or acupuncture instead?",
            {"injections"},
        ),
        ("is a PRP injection better than dry needling for my knee?", {"injections"}),
        ("the surgeon offered a collagenase injection, would that be better than IMS?", {"injections"}),
        ("broke my ankle in two places in march. when can I start running again?", {"bone_healing"}),
        (
            "fractured my wrist, the cast comes off friday. how soon could I get back to climbing?",
            {"bone_healing"},
        ),
        (
            "fracture du poignet le mois passé, quand est-ce que je pourrai reprendre le vélo?",
            {"bone_healing"},
        ),
        ("je peux conduire la chargeuse tout de suite après les aiguilles?", {"driving_after"}),
        ("can I drive the forklift straight after the needles?", {"driving_after"}),
        ("any idea what chair is best for a cash register job?", {"products"}),
        ("quelle chaise est la meilleure pour la caisse au dépanneur ?", {"products"}),
    ],
)
def test_the_subject_is_declined(text, subjects):
    decision = _not_covered(_q(text))
    assert decision is not None
    assert decision.id in subjects, decision.id


@pytest.mark.parametrize(
    "text",
    [
        # dizziness told as over, another question asked
        "felt a bit dizzy walking to the car after IMS last year, fine ever since. how long does a session take?",
        # a shot told as tried and no longer working, whether needling helps asked
        "cortisone shot in my shoulder worked for a month and now the pain is back. can acupuncture help?",
        "had a cortisone shot in my shoulder, does dry needling help rotator cuff problems?",
        # needles compared with a shot for how they feel
        "does dry needling hurt more than a flu shot?",
        # a fracture healed, stiffness left
        "broke my wrist 2 years ago, it has healed but it is still stiff. could needling help?",
        # sore after a session: the after-care entries name it
        "stood up after dry needling and my calf was sore for a day, normal?",
        "what should I expect after my first session?",
        "which chair is best in your waiting room for my mum?",
    ],
)
def test_an_answered_question_is_not_declined(text):
    assert _not_covered(_q(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "unrelated but do you know how to get a busking permit downtown?",
        "how do I apply for a fishing permit for the lake?",
        "comment obtenir un permis de pêche au Québec ?",
        "combien on me prêterait au Crédit municipal pour une bague en or ?",
        "how much would a pawn shop give me for my guitar?",
        "how do I report a near miss at the work zone to the DOT?",
        "where do I report a pothole to the city?",
    ],
)
def test_an_errand_for_another_office_is_declined(store, text):
    assert asks_another_adviser(text)
    for intent in ("ask_technique", "greet", "human_handoff"):
        d = route(ask(text, intent=intent, confidence=0.6), store)
        assert d.kind == "fallback" and d.reason in ("out_of_scope", "not_covered"), (intent, d.rule, d.kind)


@pytest.mark.parametrize(
    "text",
    [
        "how do I get a parking permit for your lot?",
        "do I need a permit to park out front?",
        "plantar fasciitis from shifts at the pawn shop. can acupuncture help it?",
        "how do i report her to the college?",
        "how much do you charge? I can pay with my gold ring lol",
    ],
)
def test_the_clinics_own_questions_are_no_errand(text):
    assert not asks_another_adviser(text)


@pytest.mark.parametrize(
    "story, question",
    [
        (
            "my GP is offering a steroid shot or I could try acupuncture for my knee.",
            "which one works better?",
        ),
        ("the doctor offered me a cortisone injection or dry needling for my elbow.", "which is better?"),
        ("doctor said bursitis and offered a steroid shot.", "is dry needling as good as a shot?"),
    ],
)
def test_a_shot_told_then_weighed_against_needling_is_declined(store, story, question):
    d = route(ask(question, story=story, intent="ask_choosing", confidence=0.7), store)
    assert d.kind == "fallback" and d.reason == "not_covered", (d.rule, d.kind, d.reason)


def test_two_of_our_treatments_weighed_are_still_answered(store):
    d = route(
        ask(
            "which one works better for a stiff neck?",
            story="my physio does dry needling and acupuncture.",
            intent="ask_choosing",
            confidence=0.7,
        ),
        store,
    )
    assert d.kind == "kb", (d.rule, d.kind, d.reason)
