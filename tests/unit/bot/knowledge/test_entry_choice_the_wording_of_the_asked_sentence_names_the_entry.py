"""bot/knowledge/entry_choice.py: the asked sentence's wording names the entry over the classifier's topic,
in English and French - who invented a treatment (origins), dozing asked as normal (sensation), whether
acupuncture looks at more than the pain (overview), both as part of the same care (choosing), soreness
asked of the days after a session ahead (after-care), and what needling does for a problem told."""

import pytest

from bot.knowledge import wording
from bot.knowledge.entry_choice import question_topic
from tests.helpers.route_questions import ask

MOVED = [
    ("who came up with dry needling in the first place?", "ask_evidence", ["dry_needling"], "origins"),
    ("qui a inventé l'IMS au juste ?", "ask_evidence", ["ims"], "origins"),
    ("is it normal to nod off on the table during acupuncture?", "ask_safety", ["acupuncture"], "sensation"),
    ("est-ce normal de m'endormir pendant la séance ?", "ask_safety", ["acupuncture"], "sensation"),
    ("does acupuncture treat only the pain or everything?", "ask_technique", ["acupuncture"], "overview"),
    (
        "l'acupuncture regarde juste la douleur ou tout le reste ?",
        "ask_technique",
        ["acupuncture"],
        "overview",
    ),
    ("does an acupuncturist look at more than the sore spot?", "ask_aftercare", ["acupuncture"], "overview"),
    (
        "could I have dry needling and acupuncture as part of the same care?",
        "ask_difference",
        ["dry_needling", "acupuncture"],
        "choosing",
    ),
    (
        "if my wife gets acupuncture friday, will she be stiff at the wedding?",
        "ask_sensation",
        ["acupuncture"],
        "aftercare",
    ),
    (
        "s'il fait de l'IMS lundi, il va-tu avoir des courbatures au chalet ?",
        "ask_sensation",
        ["ims"],
        "aftercare",
    ),
]


@pytest.mark.parametrize("message, intent, named, topic", MOVED)
def test_the_asked_wording_names_the_entry(message, intent, named, topic):
    assert question_topic(ask(message, intent=intent, named=named)) == topic


KEPT = [
    ("is it dangerous to fall asleep with the needles in?", "ask_safety", ["acupuncture"], "safety"),
    ("will I be sore while the needles are in?", "ask_sensation", ["acupuncture"], "sensation"),
    ("is there research on who benefits most from acupuncture?", "ask_evidence", ["acupuncture"], "evidence"),
]


@pytest.mark.parametrize("message, intent, named, topic", KEPT)
def test_a_risk_the_session_itself_or_the_research_keeps_the_topic(message, intent, named, topic):
    assert question_topic(ask(message, intent=intent, named=named)) == topic


@pytest.mark.parametrize(
    "message",
    [
        "l'IMS ça soulage une tendinite ?",
        "c'est-tu bon pour les genoux, l'acupuncture ?",
        "la puncture sèche c'est efficace contre ça ?",
        "can the needles even reach a muscle that deep?",
        "will dry needling loosen those knots?",
    ],
)
def test_what_needling_does_for_a_problem_is_asked_help(message):
    assert wording.asks_help(ask(message))


@pytest.mark.parametrize(
    "message",
    ["can I get to the clinic by bus?", "could you reach me by phone tomorrow?", "ça marche comment ?"],
)
def test_getting_somewhere_or_relaxing_after_is_no_help_asked(message):
    assert not wording.asks_help(ask(message))


@pytest.mark.parametrize(
    "message, intent, named",
    [
        ("could she get IMS on top of her rehab exercises?", "ask_session_length", ["ims"]),
        ("je peux faire de l'acupuncture en plus de ma physio ?", "ask_technique", ["acupuncture"]),
        ("can I keep doing dry needling while I'm seeing a chiro?", "ask_overview", ["dry_needling"]),
    ],
)
def test_needling_alongside_the_other_care_had_is_choosing(message, intent, named):
    assert question_topic(ask(message, intent=intent, named=named)) == "choosing"


def test_how_long_a_session_with_the_physio_is_stays_the_session_length():
    assert (
        question_topic(
            ask("how long is a session with my physio?", intent="ask_session_length", named=["dry_needling"])
        )
        == "session_length"
    )
