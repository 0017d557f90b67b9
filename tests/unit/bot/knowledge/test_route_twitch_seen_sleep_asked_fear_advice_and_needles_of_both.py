"""Answerable questions that got the wrong entry in heldout61-64 (issue 11), on other wordings: a
muscle seen jumping in videos of needling is the twitch (technique); whether people fall asleep is
how it feels, whatever difference was guessed; advice asked for someone scared of needles is how it
feels, not the research on the back told; the needles of the two treatments compared, read as a
needles question, is the needles entry; being assessed first, asked after a story sentence, is how
it is done; and "can't afford weeks" of waiting is no question about fees."""

from dataclasses import replace

import pytest

from bot.knowledge.entry_choice import question_topic
from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "question, intent, named",
    [
        (
            "saw a reel where the calf twitches like crazy during dry needling, is that legit?",
            "ask_session_length",
            ["dry_needling"],
        ),
        (
            "on voit la cuisse qui sursaute dans les vidéos d'IMS, c'est vrai ça?",
            "ask_treatment_course",
            ["ims"],
        ),
    ],
)
def test_a_muscle_seen_jumping_is_the_twitch(question, intent, named):
    assert question_topic(ask(question, intent=intent, confidence=0.6, named=named)) == "technique"


def test_falling_asleep_guessed_as_the_difference_is_how_it_feels():
    q = ask(
        "does everyone doze off on the table during acupuncture?",
        intent="ask_difference",
        confidence=0.4,
        named=["acupuncture"],
    )
    assert question_topic(q) == "sensation"


@pytest.mark.parametrize(
    "story, question",
    [
        (
            "I am really scared of needles but my shoulder is wrecked from painting.",
            "any tips for someone who gets so nervous?",
        ),
        (
            "j'ai tellement peur des aiguilles, mais mon dos me tue.",
            "des conseils pour quelqu'un qui a peur?",
        ),
    ],
)
def test_advice_for_someone_scared_is_how_it_feels(store, story, question):
    q = ask(question, story=story, intent="out_of_scope", confidence=0.6, conditions=("low_back_pain",))
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "sensation", (d.rule, d.entry and d.entry.id)


def test_the_needles_of_both_treatments_asked_as_needles_is_the_needles_entry(store):
    q = ask(
        "is the needle for IMS the same kind as an acupuncture needle?",
        intent="ask_needles",
        named=["ims", "acupuncture"],
    )
    assert question_topic(q) == "needles"


def test_assessed_first_asked_after_a_story_sentence_is_how_it_is_done():
    story = "I'm hard of hearing so I like to know what's coming."
    q = ask(story, intent="ask_overview", confidence=0.8, named=["dry_needling"])
    q = replace(q, full_text=f"{story} Does the physio examine me first or start needling right away?")
    assert question_topic(q) == "technique"


@pytest.mark.parametrize(
    "question",
    [
        "how fast does acupuncture kick in? I can't afford months of waiting with this back",
        "how long until IMS works, I can't afford to lose more weeks off work",
    ],
)
def test_cant_afford_the_time_is_no_fee_question(store, question):
    d = route(ask(question, intent="ask_treatment_course", confidence=0.9, named=["acupuncture"]), store)
    assert d.kind == "kb" and d.entry.topic == "treatment_course", (d.kind, d.rule, d.clinic_topic)


def test_cant_afford_a_session_is_still_the_fees(store):
    d = route(ask("I can't afford much, how much is a session?", intent="ask_insurance"), store)
    assert (d.kind, d.clinic_topic) == ("clinic", "fees")
