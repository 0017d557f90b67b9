"""A health or treatment question the five documents don't answer gets the honest not-covered
decline (reason not_covered, with who can help), never a nearby entry nor the out-of-scope reply;
only a question unrelated to health is out of scope (written rule 12). Subjects of
knowledge/not_covered.yml widened for whole classes, English and French: speed or a race time
(performance_boost), setting up sports gear (products), a chiropractic adjustment by name
(other_therapies), a torn neck artery (health word), a family doctor or a public waiting list
(other_trades), needles in both ears (ear_acupuncture), a ligament repair weeks ago (surgery),
sickle cell (blood_clots), and an activity asked right after the answer on after a session
(aftercare_actions, written rule 9).

Why: session 14 (tuner TN), from the spent failures of this class (kinesio tape, a club ride on
Sunday, a marathon time, a saddle height, a C1-C2 adjustment, the NHS waiting list, sickle cell,
a TCM tongue reading...); other wordings than the spent cases."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask, assert_not_covered


@pytest.mark.parametrize(
    "text",
    [
        "mon acupuncteur parle de « chaleur du foie » en regardant ma langue, ça veut dire quoi?",
        "j'ai lu que le jeûne guérit l'arthrose, c'est vrai?",
    ],
)
def test_a_health_question_read_as_out_of_scope_is_not_covered(store, text):
    d = route(ask(text, intent="out_of_scope", confidence=0.8), store)
    assert (d.kind, d.reason) == ("fallback", "not_covered"), d.rule
    assert d.subject is not None  # who to ask goes with it


@pytest.mark.parametrize(
    "text", ["any tips for a good podcast about history?", "c'est quand la fête de la musique cette année?"]
)
def test_a_question_unrelated_to_health_stays_out_of_scope(store, text):
    d = route(ask(text, intent="out_of_scope", confidence=0.8), store)
    assert (d.kind, d.reason) == ("fallback", "out_of_scope")


@pytest.mark.parametrize(
    "text, intent, named, subjects",
    [
        (
            "will acupuncture make me stronger in the gym?",
            "ask_conditions",
            ["acupuncture"],
            {"performance_boost"},
        ),
        (
            "can dry needling lower my 10k time? I mean speed, not just fixing sore legs",
            "ask_conditions",
            ["dry_needling"],
            {"performance_boost"},
        ),
        (
            "l'acupuncture peut améliorer mon chrono au marathon?",
            "ask_conditions",
            ["acupuncture"],
            {"performance_boost"},
        ),
        ("which paddle length for kayaking with a sore shoulder?", "ask_choosing", [], {"products"}),
        ("quel réglage de selle pour éviter la douleur au genou?", "ask_conditions", [], {"products"}),
        ("are atlas adjustments any good for migraines?", "ask_evidence", [], {"other_therapies"}),
        ("where can I find a new family physician in Halifax?", "ask_contact", [], {"other_trades"}),
        (
            "la liste d'attente au public pour la physio, c'est combien de temps?",
            "ask_contact",
            [],
            {"other_trades"},
        ),
        (
            "my friend had needles in both ears for anxiety, what's that?",
            "ask_technique",
            [],
            {"ear_acupuncture"},
        ),
        (
            "les aiguilles dans les deux oreilles pour le stress, c'est quoi?",
            "ask_technique",
            [],
            {"ear_acupuncture"},
        ),
        (
            "reconstruction du LCA il y a 2 mois, je peux avoir du dry needling à la cuisse?",
            "ask_safety",
            ["dry_needling"],
            {"surgery"},
        ),
        (
            "ACL repair in March, can dry needling go near the knee?",
            "ask_safety",
            ["dry_needling"],
            {"surgery"},
        ),
        (
            "my son has sickle cell, could acupuncture ease his pain crises?",
            "ask_conditions",
            ["acupuncture"],
            {"blood_clots"},
        ),
    ],
)
def test_an_uncovered_subject_is_declined_not_answered_nearby(store, text, intent, named, subjects):
    d = route(ask(text, intent=intent, confidence=0.8, named=named), store)
    assert_not_covered(store, d, subjects)


@pytest.mark.parametrize(
    "text",
    ["how would I know if I had an artery dissection?", "comment savoir si j'ai une dissection artérielle?"],
)
def test_a_torn_neck_artery_is_an_unknown_health_word(store, text):
    d = route(ask(text, intent="ask_safety", confidence=0.8), store)
    assert (d.kind, d.reason, d.rule) == ("fallback", "not_covered", "unknown_health_term")


@pytest.mark.parametrize(
    "text, intent",
    [
        ("can I go skiing on saturday?", "out_of_scope"),
        ("est-ce que je peux faire une randonnée samedi?", "out_of_scope"),
    ],
)
def test_an_activity_asked_after_the_answer_on_after_a_session_is_aftercare_actions(store, text, intent):
    q = ask(text, intent=intent, confidence=0.8, context=["acupuncture"], previous_topic="aftercare")
    assert_not_covered(store, route(q, store), {"aftercare_actions"})


@pytest.mark.parametrize("text", ["can I book for saturday?", "can I come in saturday morning instead?"])
def test_a_visit_asked_after_the_answer_on_after_a_session_is_still_a_booking(store, text):
    q = ask(text, intent="book", confidence=0.8, context=["acupuncture"], previous_topic="aftercare")
    assert route(q, store).kind == "booking"
