"""Typos and everyday words: an illness typed with one slip is read as meant, and a health word the
documents never use typed with a slip is still declined; ordinary English and French words are
never read as an illness; a worry told in everyday words is answered; a trigger point typed with a
typo or asked in French with a filler word is answered; short French messages naming "la puncture
sèche" are French.

Why: real patients type fast on phones and mix languages.

The tests come from the failure classes of issue 11's held-out sets (heldout9 to heldout31, and
the session 10 logistics and session-talk classes), each tested on new wordings in English and
French; the comment above each test names the set whose failure class it covers."""

import re

import pytest

from bot.knowledge import typos
from bot.knowledge.route import route
from bot.nlu.language import detect
from tests.helpers.route_questions import ask


# From heldout13's failure classes (issue 11).
@pytest.mark.parametrize(
    "message", ["et la puncture sèche?", "La RAMQ couvre-t-elle la puncture sèche?", "ça soulage vraiment?"]
)
def test_short_french_messages_about_puncture_seche_are_french(message):
    assert detect(message) == "fr"


# From heldout14 or heldout15's failure classes (issue 11).
def test_trigger_point_with_a_typo_is_still_answered(store):
    d = route(ask("whats a trigerpoint exactly", intent="ask_technique", confidence=0.3), store)
    assert d.kind == "kb", d.rule


# From heldout17's failure classes (issue 11).
@pytest.mark.parametrize(
    ("message", "subject"),
    [
        ("can acupunture bring down high blood presure?", "heart_blood_pressure"),
        ("my mum had a strok last spring, could acupuncture help her walk better", "neurological"),
        ("would dry needling help with my hypertention", "heart_blood_pressure"),
    ],
)
def test_an_illness_typed_with_one_slip_is_read_as_meant(store, message, subject):
    d = route(ask(message, intent="ask_conditions", confidence=0.8), store)
    assert d.kind == "fallback" and d.subject.id == subject, (d.rule, d.subject)


# From heldout17's failure classes (issue 11).
@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("i'm a dancer, would acupuncture help my hips", "dancer"),  # never "cancer"
        ("does the needle pressure feel strong?", "pressure"),
        ("my physio stroked the muscle first", "stroked"),
    ],
)
def test_ordinary_words_are_never_read_as_an_illness(store, typed, kept):
    assert kept in re.findall(r"[a-z]+", typos.corrected(typed))


# From heldout17's failure classes (issue 11).
@pytest.mark.parametrize(
    "message", ["does dry needling help shingels pain?", "can acupuncture help with vertgo"]
)
def test_a_health_word_the_documents_never_use_typed_with_one_slip_is_declined(store, message):
    d = route(ask(message, intent="ask_conditions", confidence=0.8), store)
    assert d.kind == "fallback" and d.reason == "not_covered", (d.rule, d.subject)


# From heldout17's failure classes (issue 11).
@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("can dry needling puncture a lung? i read scary stories online", "scary"),  # never "scars"
        ("the big ones scare me a lot", "scare"),
        ("everything cramped after 100 miles on the bike, would needling help", "miles"),  # never "moles"
        ("j'ai peur des aiguilles, est-ce que la présure du lait...", "presure"),  # French, in French
    ],
)
def test_everyday_english_and_french_words_are_never_read_as_an_illness(typed, kept):
    assert kept in re.findall(r"[a-z]+", typos.corrected(typed).replace("é", "e"))


# From heldout17's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "Can dry needling puncture a lung? I've read scary stories online and my appointment is Monday",
        "are acupuncture needles like the ones for a flu shot? the big ones scare me",
    ],
)
def test_a_worry_told_with_everyday_words_is_answered_not_declined(store, message):
    d = route(ask(message, intent="ask_safety", confidence=0.8), store)
    assert d.kind == "kb", (d.rule, d.subject)


# From heldout31's failure classes (issue 11, tuner UI).
@pytest.mark.parametrize(
    "question",
    ["un point gâchette, ça veut dire quoi exactement ?", "c'est quoi au fond les points gâchettes"],
)
def test_the_french_trigger_point_asked_unsure_is_answered(store, question):
    d = route(ask(question, intent="ask_technique", confidence=0.3), store)
    assert d.kind == "kb", (d.kind, d.rule, d.reason)
