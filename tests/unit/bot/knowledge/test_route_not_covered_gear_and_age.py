"""Subjects no document covers, seen in real questions (written rules 2 and 7): a recent scope
of a joint, a teenager's own age, a splint or brace worth wearing, electrical stimulation pads
or a TENS unit with the needles, needles of gold or steel, breaks and set-up at a screen, and
straightening a curved spine. Each is declined with who can help, never a nearby entry; the
questions the entries do answer, worded close by, stay answered."""

import pytest

from bot.knowledge.health_words import unknown_health_term
from bot.knowledge.route import route
from tests.helpers.route_questions import ask, declined

DECLINED = [
    ("my knee was scoped a month ago, is it too soon for dry needling near the kneecap?", "surgery"),
    ("had my shoulder scope last month, can I start dry needling yet?", "surgery"),
    ("on m'a fait une arthroscopie du genou il y a 2 semaines, c'est trop tôt pour l'IMS?", "surgery"),
    ("I'm 15, can I get acupuncture for my back without my parents?", "children"),
    ("im 14 and my coach says dry needling would help my hamstring, is it ok at my age?", "children"),
    ("j'ai 16 ans, est-ce que je peux faire du dry needling?", "children"),
    ("my physio says to wear insoles and do IMS, are the insoles really necessary?", "products"),
    ("do i really need to wear the brace for my knee along with acupuncture?", "products"),
    ("l'attelle de nuit, ça vaut la peine avec les aiguilles?", "products"),
    ("can I use my TENS unit at home between dry needling sessions?", "electroacupuncture"),
    (
        "they put sticky stim pads on my back after the needles came out, is that safe to combine?",
        "electroacupuncture",
    ),
    ("mon physio met des électrodes après les aiguilles, c'est correct?", "electroacupuncture"),
    ("are gold needles better than stainless steel ones?", "needle_depth"),
    ("do you use silver needles or regular ones?", "needle_depth"),
    ("est-ce que les aiguilles en argent marchent mieux?", "needle_depth"),
    ("how often should I take breaks at my computer so my neck doesnt hurt?", "exercise_advice"),
    (
        "what's the best ergonomic setup for my desk to stop the shoulder pain?",
        ("exercise_advice", "products"),
    ),
    ("combien de pauses devant l'écran pour éviter les douleurs au cou?", "exercise_advice"),
    ("can dry needling straighten my spine? i have scoliosis", "spine_shape"),
    ("my scoliosis is 25 degrees, will acupuncture correct the curve?", "spine_shape"),
    ("est-ce que l'IMS peut corriger ma cyphose?", "spine_shape"),
]


@pytest.mark.parametrize("message,subject", DECLINED)
def test_subject_no_document_covers_is_declined(store, message, subject):
    declined(store, message, subject, "ask_conditions")


ANSWERED = [
    "i'm 45 and my back hurts, can IMS help?",
    "I'm 12 years into this back pain, would acupuncture help?",
    "tennis elbow for 4 months, the brace does nothing. can needling help tendon problems?",
    "shin splints from running, is ims something that works for that",
    "tens of thousands of people get acupuncture, does it work for neck pain?",
    "I have scoliosis and my back aches, can acupuncture help the pain?",
    "had a weird electric zap down my leg when the needle went in, is that normal?",
]


@pytest.mark.parametrize("message", ANSWERED)
def test_close_wordings_the_entries_answer_are_not_declined(store, message):
    d = route(ask(message, intent="ask_conditions", confidence=0.7), store)
    assert not (d.kind == "fallback" and d.reason == "not_covered"), (d.rule, d.subject)


@pytest.mark.parametrize(
    "message",
    [
        "terrified of needles, passed out at a blood test once as a teen. what should I know first?",
        "got really dizzy getting my flu shot as a kid, nervous about dry needling. any tips?",
        "j'ai tellement peur, je suis tombée dans les pommes lors d'une prise de sang. des conseils?",
    ],
)
def test_a_faint_at_another_needle_long_ago_names_no_unknown_health_word(store, message):
    assert unknown_health_term(message, store) is None


@pytest.mark.parametrize(
    "message", ["my teen has scoliosis, can needling help?", "I get blood tests for my diabetes"]
)
def test_real_health_words_beside_them_still_count(store, message):
    assert unknown_health_term(message, store) is not None


@pytest.mark.parametrize(
    "message",
    [
        "got acupuncture in my hand this morning and I have a recital tonight. will the needle spots affect my playing?",
        "big game tomorrow, had dry needling on my hamstring today. will it affect my performance?",
        "j'ai un match demain et une séance d'IMS ce matin, est-ce que ça va nuire à mon jeu?",
    ],
)
def test_a_performance_soon_after_a_session_is_declined(store, message):
    declined(store, message, "aftercare_actions", "ask_aftercare")


def test_research_on_performance_in_general_is_not_that(store):
    message = "does dry needling affect performance in athletes long term? what does research say"
    d = route(ask(message, intent="ask_evidence", confidence=0.7), store)
    assert not (d.kind == "fallback" and d.reason == "not_covered"), (d.rule, d.subject)
