"""Session 21 (issue 11): clinic logistics asked in shapes that got the wrong kind of reply.
A relative's visit missed with a charge asked is the cancellation policy; someone asked to come in
with the patient, a weak language told, is the languages answer; steps at the door, or the way in
asked with an injury told, is accessibility; coming in wished for on days told is a booking;
appointments asked about at hours or on days in general is the hours. Other wordings than the
heldout cases (vo-050, vn-045, vo-045, uv-105, vm-075, vn-067, ty-117), with quiet controls."""

import pytest

from bot.knowledge import subjects as subject_rules
from bot.knowledge.route import route
from tests.helpers.route_questions import ask

OPENING = (8 * 60, 19 * 60)


@pytest.mark.parametrize(
    "question",
    [
        "if dad misses his appointment because his ride is late is he still charged",
        "if my wife misses her session because of the snow, is there a fee?",
        "what if grandma misses her appt, does she still pay?",
        "my son missed his appointment yesterday, will you charge him?",
    ],
)
@pytest.mark.parametrize("intent", ["ask_safety", "emergency", "ask_insurance"])
def test_a_relatives_missed_visit_with_a_charge_is_the_cancellation_policy(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.85), store)
    assert (d.kind, d.clinic_topic) == ("clinic", "cancellation"), (d.kind, d.rule, d.clinic_topic)


@pytest.mark.parametrize(
    "question, story",
    [
        ("he can come inside with me?", "my english is not very good, my husband translate for me."),
        ("can my son come inside with me?", "my english is poor."),
        ("my daughter can come with me in the room?", "I don't speak good english."),
    ],
)
def test_someone_coming_in_with_a_weak_language_told_is_the_languages_answer(store, question, story):
    d = route(ask(question, story=story, intent="ask_safety", confidence=0.7), store)
    assert (d.kind, d.clinic_topic) == ("clinic", "languages"), (d.kind, d.rule, d.clinic_topic)


def test_someone_coming_in_with_no_language_told_stays_the_front_desk(store):
    d = route(ask("can my husband come in with me?", intent="out_of_scope", confidence=0.5), store)
    assert d.kind == "contact", (d.kind, d.rule)


@pytest.mark.parametrize(
    "question",
    [
        "are there steps at the entrance?",
        "is there a step up to your front door?",
        "how many steps to get into the building?",
    ],
)
def test_steps_at_the_door_are_accessibility(question):
    assert subject_rules.clinic_topic(question) == "accessibility"


@pytest.mark.parametrize(
    "question", ["what are the steps to get a referral?", "what steps should I follow after dry needling?"]
)
def test_steps_of_a_process_are_no_accessibility(question):
    assert subject_rules.clinic_topic(question) != "accessibility"


@pytest.mark.parametrize(
    "question",
    [
        "I'm on crutches after a stress fracture, is there an elevator or is it stairs?",
        "broke my ankle last month, are there any steps or is there a ramp?",
    ],
)
def test_the_way_in_asked_with_an_injury_told_is_accessibility(store, question):
    d = route(ask(question, intent="ask_aftercare", confidence=0.8), store)
    assert (d.kind, d.clinic_topic) == ("clinic", "accessibility"), (d.kind, d.rule, d.subject)


@pytest.mark.parametrize(
    "question",
    [
        "I'd like to come in for IMS twice while I'm home, say monday and thursday, is that doable?",
        "we'd like to come in for acupuncture on tuesday mornings, would that work?",
        "hoping to come in after 5 on fridays for dry needling, possible?",
    ],
)
def test_coming_in_wished_for_on_days_told_is_a_booking(store, question):
    d = route(ask(question, intent="ask_choosing", confidence=0.9), store, opening=OPENING)
    assert d.kind == "booking", (d.kind, d.rule)


@pytest.mark.parametrize(
    "question, story",
    [
        ("do you have appointments after 6?", "I only have coverage once my partner's home."),
        ("Do you have appointments tuesday or thursday afternoons", ""),
        ("do you guys have appointments on weekends?", "I work all week."),
        ("do you do appointments before 8?", ""),
    ],
)
@pytest.mark.parametrize("intent", ["ask_hours", "book"])
def test_appointments_asked_at_hours_are_the_hours(store, question, story, intent):
    d = route(ask(question, story=story, intent=intent, confidence=0.5), store, opening=OPENING)
    assert (d.kind, d.intent) == ("contact", "ask_hours"), (d.kind, d.rule, d.intent)


@pytest.mark.parametrize(
    "question",
    [
        "do you have any appointments tomorrow?",
        "any openings friday?",
        "I'd like to book an appointment, do you have appointments after 5?",
    ],
)
def test_a_slot_or_a_booking_asked_stays_a_booking(store, question):
    d = route(ask(question, intent="book", confidence=0.8), store, opening=OPENING)
    assert d.kind == "booking", (d.kind, d.rule)
