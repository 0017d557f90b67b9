"""The question sentence decides which entry answers; the story before it only gives the
problem: "is this the kind of thing acupuncture is for?" and "could it take the edge off?" ask
what needling does for the problem told (conditions), "what even is a trigger point?" asks a
definition (technique), "how is IMS done?" how a session is carried out (technique), "does it
work?" alone the research (evidence), "would acupuncture or dry needling make more sense?" a
choice (choosing), and a fear of needles with "what should I know before I try?" how it feels.

Why: these wordings were answered from the entry of a neighbouring topic the classifier
guessed from the story. Own wordings in English and French, none taken from a question set."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask

CONDITION_TOPICS = ("conditions", "evidence")


def _topic(store, question, story, intent, named, conf=0.5):
    found = store.synonyms.find_in_text("condition", f"{story} {question}")
    d = route(ask(question, story, intent=intent, confidence=conf, named=named, conditions=found), store)
    assert d.kind == "kb", (d.kind, d.rule, d.reason)
    return d.entry.topic


@pytest.mark.parametrize(
    "story,question,intent,named",
    [
        (
            "Shovelled snow all morning and my upper back is locked up.",
            "is that the sort of thing dry needling is for?",
            "ask_needles",
            ["dry_needling"],
        ),
        (
            "Raking leaves all day, my lower back is stiff as a plank.",
            "is this the kind of thing acupuncture is for",
            "ask_origins",
            ["acupuncture"],
        ),
        (
            "My arthritic knee is killing me after the hike.",
            "could acupuncture take the edge off?",
            "ask_safety",
            ["acupuncture"],
        ),
        (
            "My neck has been stiff for weeks from the computer.",
            "could IMS take the edge off",
            "ask_safety",
            ["ims"],
        ),
        (
            "My knee arthritis flares every winter.",
            "would acupuncture calm it down?",
            "ask_treatment_course",
            ["acupuncture"],
        ),
        (
            "Migraines twice a week from screens.",
            "could acupuncture cut them down?",
            "ask_treatment_course",
            ["acupuncture"],
        ),
        (
            "My plantar fasciitis is brutal in the mornings.",
            "could dry needling settle it down?",
            "ask_needles",
            ["dry_needling"],
        ),
        (
            "Mon genou arthrosique me fait mal.",
            "est-ce que l'acupuncture pourrait le calmer?",
            "ask_safety",
            ["acupuncture"],
        ),
        (
            "J'ai une tendinite au coude depuis des mois.",
            "l'IMS pourrait l'apaiser?",
            "ask_treatment_course",
            ["ims"],
        ),
    ],
)
def test_the_problem_told_and_whether_it_helps_asks_the_conditions(store, story, question, intent, named):
    assert _topic(store, question, story, intent, named) in CONDITION_TOPICS


@pytest.mark.parametrize(
    "story,question,intent",
    [
        ("My coach says i have knots in my calf.", "what exactly is a trigger point?", "ask_overview"),
        (
            "My guitar teacher thinks knots in my shoulder are why my elbow hurts.",
            "what even is a trigger point",
            "ask_overview",
        ),
        ("", "what are trigger points anyway?", "ask_conditions"),
        (
            "Ma physio parle de points gâchettes dans mon épaule.",
            "c'est quoi un point gâchette?",
            "ask_overview",
        ),
        ("", "qu'est-ce qu'un point gâchette au juste?", "ask_evidence"),
    ],
)
def test_what_a_trigger_point_is_is_the_technique(store, story, question, intent):
    assert _topic(store, question, story, intent, []) == "technique"


@pytest.mark.parametrize(
    "question,intent,named",
    [
        ("how is IMS done? does the needle stay in", "ask_overview", ["ims"]),
        ("how is dry needling actually performed?", "ask_overview", ["dry_needling"]),
        ("how do they do acupuncture, like step by step?", "ask_origins", ["acupuncture"]),
        ("how does the physio actually do dry needling?", "ask_overview", ["dry_needling"]),
        ("comment ça se passe, l'IMS?", "ask_overview", ["ims"]),
        ("comment se fait l'acupuncture?", "ask_overview", ["acupuncture"]),
    ],
)
def test_how_it_is_done_is_the_technique(store, question, intent, named):
    assert _topic(store, question, "", intent, named) == "technique"


@pytest.mark.parametrize(
    "question,intent,named",
    [
        ("does dry needling work?? and is it covered usually", "ask_overview", ["dry_needling"]),
        ("does acupuncture even work?", "ask_overview", ["acupuncture"]),
        ("so does IMS actually work", "ask_origins", ["ims"]),
        ("is acupuncture even effective?", "ask_overview", ["acupuncture"]),
        ("est-ce que l'IMS marche vraiment?", "ask_overview", ["ims"]),
    ],
)
def test_whether_it_works_at_all_is_the_research(store, question, intent, named):
    assert _topic(store, question, "", intent, named) == "evidence"


@pytest.mark.parametrize(
    "question,intent",
    [
        ("how does acupuncture work?", "ask_overview"),
        ("does acupuncture work like a painkiller?", "ask_overview"),
    ],
)
def test_how_it_works_stays_the_overview(store, question, intent):
    assert _topic(store, question, "", intent, ["acupuncture"]) == "overview"


@pytest.mark.parametrize(
    "story,question,intent",
    [
        (
            "Desk job, my forearm burns by lunch.",
            "would acupuncture or dry needling make more sense?",
            "ask_treatment_course",
        ),
        ("Tennis elbow for 3 months.", "would IMS or dry needling be the better choice?", "ask_technique"),
        (
            "Sore shoulder from painting the ceiling.",
            "is acupuncture or dry needling the smarter bet for that?",
            "ask_session_length",
        ),
        (
            "J'ai mal au dos depuis des mois.",
            "l'acupuncture ou la puncture sèche serait plus adaptée pour moi?",
            "ask_treatment_course",
        ),
    ],
)
def test_two_treatments_weighed_without_which_is_choosing(store, story, question, intent):
    named = [
        m
        for m in ("acupuncture", "dry_needling", "ims")
        if m.split("_")[0] in (story + question).lower() or (m == "dry_needling" and "sèche" in question)
    ]
    assert _topic(store, question, story, intent, named) == "choosing"


@pytest.mark.parametrize(
    "story,question,intent",
    [
        (
            "Terrified of needles but my lower back is wrecked after moving house.",
            "what should i know before i try this",
            "ask_choosing",
        ),
        (
            "I'm scared of needles and my hip aches all the time.",
            "what do i need to know first?",
            "ask_conditions",
        ),
        (
            "J'ai peur des aiguilles mais mon dos me fait souffrir.",
            "qu'est-ce que je dois savoir avant d'essayer?",
            "ask_choosing",
        ),
        ("Petrified of needles, and my shoulder is stiff.", "should i even try it?", "ask_conditions"),
    ],
)
def test_a_fear_of_needles_with_what_to_know_is_how_it_feels(store, story, question, intent):
    assert _topic(store, question, story, intent, []) == "sensation"


def test_a_safety_question_with_the_problem_stays_safety(store):
    assert (
        _topic(
            store,
            "is acupuncture safe for that?",
            "My knee arthritis flares up.",
            "ask_safety",
            ["acupuncture"],
        )
        == "safety"
    )


@pytest.mark.parametrize(
    "story,question,intent,named",
    [
        (
            "Bricklayer, my lower back is always locked up by friday.",
            "could acupuncture get rid of the stiffness?",
            "ask_safety",
            ["acupuncture"],
        ),
        (
            "My thumb arthritis is getting worse.",
            "worth a shot trying dry needling?",
            "ask_choosing",
            ["dry_needling"],
        ),
        (
            "Osteoarthritis in my knees, the doctor says.",
            "is it worth trying acupuncture for them?",
            "ask_choosing",
            ["acupuncture"],
        ),
        (
            "Stiff neck for two years, massage only helps a day.",
            "is IMS meant for people like me?",
            "ask_origins",
            ["ims"],
        ),
    ],
)
def test_getting_rid_of_it_or_worth_trying_for_the_problem_asks_the_conditions(
    store, story, question, intent, named
):
    assert _topic(store, question, story, intent, named) in CONDITION_TOPICS


@pytest.mark.parametrize(
    "question,intent",
    [
        ("will you open a new packet of needles while i watch? scared of infections", "ask_treatment_course"),
        ("do you use brand new needles every time?", "ask_technique"),
        ("will the physio unwrap the needles where i can see?", "ask_practitioners"),
        ("est-ce que vous utilisez des aiguilles neuves à chaque séance?", "ask_treatment_course"),
    ],
)
def test_fresh_needles_are_their_hygiene(store, question, intent):
    assert _topic(store, question, "", intent, []) == "safety"
