"""The safety entries: needle hygiene, fresh or reused needles, what happens to the needles, hitting a
nerve or an artery, a collapsed lung or a needle reaching the lung (with a body part told, read as
out of scope or as a hand-off), safety for an older person and "is that at least safe?" are
answered from safety, whatever hand-off the classifier guessed.

Why: a safety question declined or handed off leaves the patient with a worry the documents answer.

The tests come from the failure classes of issue 11's held-out sets (heldout9 to heldout31, and
the session 10 logistics and session-talk classes), each tested on new wordings in English and
French; the comment above each test names the set whose failure class it covers."""

import pytest

from bot.knowledge.route import question_topic, route
from tests.helpers.route_questions import ask, route_as


# From heldout11's failure classes (issue 11).
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


# From heldout12's failure classes (issue 11).
@pytest.mark.parametrize(
    "question,story,intent",
    [
        ("how would I even know if a needle collapsed my lung?", "", "ask_sensation"),
        (
            "how often do people get a punctured lung from it?",
            "Getting IMS between my shoulder blades.",
            "ask_aftercare",
        ),
        ("c'est quoi le risque de perforer le poumon avec l'acupuncture dans le dos?", "", "ask_technique"),
    ],
)
def test_a_collapsed_lung_is_a_safety_question(store, question, story, intent):
    d = route(ask(question, story, intent=intent, named=["ims"]), store)
    assert d.kind == "kb" and d.entry.topic == "safety"


# From heldout12's failure classes (issue 11).
@pytest.mark.parametrize(
    "question",
    [
        "could a needle in my back hit a nerve or a blood vessel?",
        "est-ce que l'aiguille peut toucher un nerf?",
    ],
)
def test_hitting_a_nerve_or_an_artery_is_a_safety_question(store, question):
    d = route(ask(question, intent="ask_sensation", named=["dry_needling"]), store)
    assert d.kind == "kb" and d.entry.topic == "safety"


# From heldout12's failure classes (issue 11).
@pytest.mark.parametrize(
    "question,story",
    [
        (
            "should I be nervous about my next one?",
            "Had dry needling last week, fine now, but I read about someone whose lung collapsed.",
        ),
        ("ça arrive souvent?", "Ma voisine a eu un poumon perforé après de l'acupuncture."),
    ],
)
def test_worry_about_a_collapsed_lung_read_as_out_of_scope_is_answered_from_safety(store, question, story):
    d = route(ask(question, story, intent="out_of_scope", confidence=0.6, named=["dry_needling"]), store)
    assert d.kind == "kb" and d.entry.topic == "safety", (d.rule, d.reason)


# From heldout13's failure classes (issue 11).
def test_a_lung_risk_question_read_as_a_hand_off_is_safety(store):
    q = ask(
        "is that the spot where a lung could get hit?",
        "My physio wants to needle between my shoulder blades.",
        intent="ask_location",
        confidence=0.5,
        named=["dry_needling"],
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "safety", d.rule


# From heldout13's failure classes (issue 11).
def test_is_that_at_least_safe_asks_about_safety(store):
    q = ask("ok but is that at least safe?", intent="ask_sensation", confidence=0.6, named=["acupuncture"])
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "safety"


# From heldout18's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    ["is acupuncture safe for an elderly person?", "est-ce sécuritaire pour une personne âgée?"],
)
def test_safety_for_an_older_person_is_answered(store, message):
    d = route(ask(message, intent="ask_safety", confidence=0.8, named=["acupuncture"]), store)
    assert d.kind == "kb", (d.rule, d.subject)


# From heldout19's failure classes (issue 11).
@pytest.mark.parametrize(
    "message, intent",
    [
        ("are the needles thrown away after? kinda scared of infections", "ask_aftercare"),
        ("do you throw the needles out after each person?", "ask_technique"),
        ("les aiguilles sont jetées à la poubelle après la séance?", "ask_aftercare"),
        ("vous jetez les aiguilles après?", "ask_session_length"),
    ],
)
def test_what_happens_to_the_needles_is_safety(store, message, intent):
    from bot.knowledge.route import question_topic

    assert question_topic(ask(message, intent=intent)) == "safety"


# From heldout20's failure classes (issue 11).
@pytest.mark.parametrize(
    "question",
    [
        "what if the needle went into my lung? would I even know?",
        "could a needle slip into my lung during IMS on my upper back?",
        "et si l'aiguille allait jusqu'au poumon?",
    ],
)
def test_a_needle_into_a_lung_is_safety(question):
    q = ask(question, intent="ask_technique", confidence=0.5, named=["ims"])
    assert question_topic(q) == "safety"


# From heldout24's failure classes (issue 11).
@pytest.mark.parametrize(
    "message, intent",
    [
        ("what would it feel like if the needle touched my lung?", "ask_sensation"),
        ("if the needle hit my lung would i even notice?", "ask_technique"),
        ("si jamais l'aiguille touchait le poumon, je le sentirais comment?", "ask_technique"),
        ("et si l'aiguille atteignait le poumon, ça ferait quoi?", "ask_sensation"),
    ],
)
def test_a_needle_touching_the_lung_is_safety(store, message, intent):
    d = route_as(store, message, intent, named=["dry_needling"])
    assert d.kind == "kb" and d.entry.topic == "safety", (d.rule, d.entry and d.entry.id)


NEEDLES_FRESH_EACH_TIME = [
    "are the needles brand new for every patient or reused after cleaning?",
    "do they throw the needles away or are they cleaned and used again?",
    "les aiguilles sont-elles neuves à chaque séance ou réutilisées?",
]


# From heldout25's failure classes (issue 11).
@pytest.mark.parametrize("message", NEEDLES_FRESH_EACH_TIME)
def test_fresh_or_reused_needles_is_answered_not_declined(store, message):
    """Whether needles are single-use is in the safety entries; "brand new" is no needle brand."""
    d = route(ask(message, intent="ask_safety", confidence=0.7), store)
    assert not (d.kind == "fallback" and d.reason == "not_covered"), (d.rule, d.subject)


# From heldout31's failure classes (issue 11, tuner UI).
@pytest.mark.parametrize(
    "question",
    [
        "can the needle reach the lung? he worked on my upper back",
        "les aiguilles pourraient-elles toucher un poumon ? il a piqué entre mes omoplates",
        "could it puncture the lung if they needle my traps?",
    ],
)
def test_whether_the_needle_can_reach_the_lung_is_safety_with_a_body_part_told(store, question):
    d = route(ask(question, intent="ask_conditions", confidence=0.6, conditions=["back_pain"]), store)
    assert d.kind == "kb" and d.entry.topic == "safety", (d.kind, d.rule, d.entry and d.entry.topic)
