"""The right kind of reply but the wrong entry or clinic answer (session 23, helper WD, from the
failures of heldout136..141; other wordings here, with controls that must not change):

- how many sessions a complaint takes is the course of treatment, even when the complaint is a
  "stiff" or "sore" body part (never how long one session lasts); soreness after a session stays;
- regular visits "just to keep going", no injury, is the course of treatment (wellness), not safety;
- a discount for people the group list does not name, or one another business gives asked of us
  ("do you have one too?"), is the front desk's; a discount for paying cash or a package stays fees;
- "is there a fee if I don't show?" is the cancellation policy; "doesn't show results" is not;
- "can you bill <insurer with a hyphen> direct?" is direct billing;
- a move of one's visit told, only the new time asked ("Possible la semaine d'après ?"), is the
  cancellation answer (written rule 11);
- "who usually does IMS" is the practitioners entry."""

import pytest

from bot.knowledge import subjects as subject_rules
from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "text, named",
    [
        ("how many acupuncture sessions does a stiff neck usually take?", ["acupuncture"]),
        ("How many dry needling treatments does a sore shoulder normally need?", ["dry_needling"]),
        ("how many IMS visits would a stiff lower back take?", ["ims"]),
    ],
)
def test_how_many_sessions_for_a_stiff_part_is_the_course(store, text, named):
    d = route(ask(text, intent="ask_session_length", confidence=0.65, named=named), store)
    assert d.kind == "kb" and d.entry.topic == "treatment_course", (d.rule, d.entry and d.entry.id)


def test_how_long_stiff_after_a_session_is_not_the_course(store):
    d = route(ask("how long will I be stiff after a session?", intent="ask_aftercare", confidence=0.8), store)
    assert d.kind == "kb" and d.entry.topic != "treatment_course", (d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "text, story",
    [
        ("can I get acupuncture regularly just to keep going?", "no injury, just the years."),
        ("can I just have acupuncture regularly to keep me going?", "not injured, just beat up from work."),
        ("could I get dry needling every few weeks to keep me working?", ""),
    ],
)
def test_regular_visits_to_keep_going_are_the_course(store, text, story):
    named = ["dry_needling"] if "dry" in text else ["acupuncture"]
    d = route(ask(text, story, intent="ask_safety", confidence=0.5, named=named), store)
    assert d.kind == "kb" and d.entry.topic == "treatment_course", (d.rule, d.entry and d.entry.id)


def test_is_it_safe_regularly_stays_safety(store):
    d = route(
        ask(
            "is it safe to get acupuncture regularly?",
            intent="ask_safety",
            confidence=0.5,
            named=["acupuncture"],
        ),
        store,
    )
    assert d.kind == "kb" and d.entry.topic == "safety", (d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "text, story",
    [
        ("any discount for volunteer officials?", "I do the tennis tournament every summer for free"),
        ("do you have a discount for volunteer coaches?", ""),
        ("do you have one too?", "my gym gives nurses a discount."),
        ("do you have one too?", "the dentist near the track gives backstretch workers a discount."),
    ],
)
def test_a_discount_for_some_people_is_the_front_desk(store, text, story):
    d = route(ask(text, story, intent="ask_insurance", confidence=0.6), store)
    assert d.kind == "contact", (d.rule, d.clinic_topic, d.subject)


@pytest.mark.parametrize(
    "text",
    [
        "do you give a discount for paying cash up front?",
        "is there a discount for volunteer first responders? just asking what the price is",
    ],
)
def test_a_discount_for_paying_or_with_the_price_asked_stays_fees(store, text):
    d = route(ask(text, intent="ask_insurance", confidence=0.9), store)
    assert d.kind == "clinic" and d.clinic_topic == "fees", (d.rule, d.clinic_topic)


@pytest.mark.parametrize(
    "text, topic",
    [
        ("is there a fee if I don't show? rain delays mess up my whole day", "cancellation"),
        ("do you charge if we don't show? the ferry is unreliable", "cancellation"),
        ("what if the needling doesn't show results, is there a fee?", "fees"),
        ("Can you bill Great-West direct? I pay up front everywhere else", "direct_billing"),
        ("could you bill Canada-Life directly?", "direct_billing"),
    ],
)
def test_clinic_topic_of_a_no_show_and_a_hyphenated_insurer(text, topic):
    assert subject_rules.clinic_topic(text) == topic


@pytest.mark.parametrize(
    "text, story",
    [
        (
            "Possible la semaine d'après ?",
            "Je dois déplacer mon rendez-vous de mercredi, on coule les joints ce jour-là.",
        ),
        ("could it be next week instead?", "I need to move my thursday appointment, my kid is sick."),
    ],
)
def test_a_move_told_then_only_the_new_time_asked_is_the_cancellation_answer(store, text, story):
    d = route(ask(text, story, intent="ask_aftercare", confidence=0.7, context=["dry_needling"]), store)
    assert d.kind in ("clinic", "booking") and d.clinic_topic == "cancellation", (d.rule, d.clinic_topic)


def test_a_cancelled_massage_told_then_whether_needling_helps_stays_answered(store):
    d = route(
        ask(
            "can acupuncture help my neck instead?",
            "I had to cancel a massage last week.",
            intent="ask_conditions",
            confidence=0.8,
            named=["acupuncture"],
        ),
        store,
    )
    assert d.kind == "kb", (d.rule, d.clinic_topic)


@pytest.mark.parametrize("text", ["who usually does IMS", "who actually does it?", "who normally gives IMS?"])
def test_who_usually_does_it_is_the_practitioners_entry(store, text):
    d = route(
        ask(
            text,
            intent="ask_evidence",
            confidence=0.4,
            context=["ims"],
            named=["ims"] if "IMS" in text else [],
        ),
        store,
    )
    assert d.kind == "kb" and d.entry.topic == "practitioners", (d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "text, story",
    [
        ("can my husband get an appointment?", ""),
        ("could my mum get an appointment?", ""),
    ],
)
def test_an_appointment_asked_for_someone_close_is_the_booking(store, text, story):
    d = route(ask(text, story, intent="nlu_fallback", confidence=0.3), store)
    assert d.kind == "booking", (d.rule, d.kind, d.subject)


def test_an_appointment_asked_under_a_condition_is_not_the_booking(store):
    d = route(
        ask("can my wife get an appointment if she's pregnant?", intent="ask_safety", confidence=0.5), store
    )
    assert d.kind != "booking", (d.rule, d.kind)
