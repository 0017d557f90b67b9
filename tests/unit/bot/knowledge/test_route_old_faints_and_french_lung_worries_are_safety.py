"""A faint told as long ago, as over or at another needle (a blood test, the dentist), of the
patient or someone else, before asking whether needling may be had, is the safety entry (how it
feels when a fear is told): never an alarm, an unknown health word, nor a session's reaction.
A faint now or at one of our sessions is not this. A collapsed lung told in French word order
("le poumon de mon oncle s'est affaissé"), asked how probable, is the safety entry too, even
guessed as after-care."""

import pytest

from bot.knowledge.route import route
from bot.nlu.focus import sentences
from bot.nlu.safety import red_flag
from tests.helpers.route_questions import ask


def as_read(message, intent, named, confidence=0.6):
    told = sentences(message)
    q = ask(told[-1], story=" ".join(told[:-1]), intent=intent, confidence=confidence, named=named)
    q.red_flag = red_flag(message) or ""
    return q


OLD_FAINTS = [
    (
        "My mum keeled over at a blood draw decades ago, can she still get acupuncture?",
        "ask_safety",
        ["acupuncture"],
    ),
    (
        "i blacked out once donating blood in college. can i still do dry needling",
        "ask_session_length",
        ["dry_needling"],
    ),
    (
        "Mon conjoint s'est évanoui chez le dentiste il y a plusieurs années. Est-ce qu'il peut essayer l'IMS?",
        "ask_practitioners",
        ["ims"],
    ),
]


@pytest.mark.parametrize("message,intent,named", OLD_FAINTS)
def test_an_old_faint_before_asking_can_i_have_it_is_safety(store, message, intent, named):
    d = route(as_read(message, intent, named), store)
    assert d.kind == "kb" and d.entry.topic in ("safety", "sensation"), (d.rule, d.reason, d.term)


def test_a_faint_now_still_alarms(store):
    d = route(
        as_read(
            "I collapsed at work an hour ago, can I still have acupuncture?", "ask_safety", ["acupuncture"]
        ),
        store,
    )
    assert d.kind == "emergency"


def test_a_faint_at_one_of_our_sessions_is_not_this(store):
    d = route(as_read("I fainted during my IMS last year. can I still try it?", "ask_safety", ["ims"]), store)
    assert d.rule != "kb_general" or d.entry.topic != "safety" or d.kind != "kb"


@pytest.mark.parametrize(
    "message,intent",
    [
        (
            "il y a longtemps, le poumon de mon oncle s'est affaissé après l'acupuncture. c'est probable pour moi?",
            "ask_aftercare",
        ),
        (
            "ma voisine a eu le poumon crevé après de l'acupuncture y'a des années. quelles sont les chances?",
            "ask_insurance",
        ),
    ],
)
def test_a_french_lung_scare_told_of_someone_else_is_safety(store, message, intent):
    d = route(as_read(message, intent, ["acupuncture"], confidence=0.7), store)
    assert d.kind == "kb" and d.entry.topic == "safety", (d.rule, d.entry and d.entry.id)
