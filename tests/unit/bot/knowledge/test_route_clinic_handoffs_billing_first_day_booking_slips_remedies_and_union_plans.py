"""Clinic logistics and booking hand-offs read in more wordings: the bill sent straight to the plan so the
patient need not front it is direct billing; whether the first day treats or only talks is the first visit;
the booking word typed with a slip is still a booking; a remedy sold "for" a complaint is the remedy's
decline, not a shop question; a union's or a guild's plan is a plan by its name (only it says what it pays).

Why: "can you send it straight to my plan so I don't have to front it?" got the treatment-course entry,
"first time coming in - do i get needled that first day or is it all talking" the sensation entry, "I'd like
to make an appointmant for my husband" the out-of-scope reply, "do you sell chinese herbs for inflammation
too?" the front desk, "does the SAG-AFTRA health plan pay for dry needling?" the insurance entry. Session 24
(tuner YA), from heldout145..147 and the same shapes in earlier sets; other wordings and quiet controls."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "text, intent",
    [
        ("can you send it straight to my plan so I don't have to front it?", "ask_treatment_course"),
        ("could you put it right through to my benefits so i dont have to front the money?", "ask_insurance"),
        ("can you send the bill straight to my insurance?", "ask_insurance"),
        ("will you submit it direct to my health fund?", "ask_fees"),
        ("can you bill my university staff health plan directly so I don't pay upfront?", "ask_insurance"),
        ("do you direct-bill the teamsters plan so I don't pay?", "ask_insurance"),
    ],
)
def test_the_bill_sent_straight_to_the_plan_is_direct_billing(store, text, intent):
    d = route(ask(text, intent=intent, confidence=0.6), store)
    assert (d.kind, d.clinic_topic) == ("clinic", "direct_billing"), (d.rule, d.reason, d.subject)


@pytest.mark.parametrize(
    "text, intent",
    [
        ("first time coming in - do i get needled that first day or is it all talking", "ask_sensation"),
        ("do you treat at the first appointment or is it just an assessment?", "ask_technique"),
        ("will I get needles the first visit or is it mostly questions?", "ask_session_length"),
    ],
)
def test_whether_the_first_day_treats_or_talks_is_the_first_visit(store, text, intent):
    d = route(ask(text, intent=intent, confidence=0.6), store)
    assert (d.kind, d.clinic_topic) == ("clinic", "first_visit"), (d.rule, d.reason, d.subject)


@pytest.mark.parametrize(
    "text, intent",
    [
        (
            "I'd like to make an appointmant for my husband, hes a ventriloquist and his jaw is a mess",
            "out_of_scope",
        ),
        ("i need an apointment for my wife, her neck is stuck", "ask_conditions"),
        ("can I get an appoinment for thursday?", "ask_hours"),
    ],
)
def test_the_booking_word_typed_with_a_slip_is_a_booking(store, text, intent):
    d = route(ask(text, intent=intent, confidence=0.6), store)
    assert d.kind == "booking", (d.rule, d.reason, d.subject)


@pytest.mark.parametrize(
    "text",
    [
        "do you sell chinese herbs for inflammation too?",
        "do you sell herbs or liniment for bruises?",
        "do you sell herbal tea for swelling?",
    ],
)
def test_a_remedy_sold_for_a_complaint_is_declined(store, text):
    d = route(ask(text, intent="ask_contact", confidence=0.5), store)
    assert d.kind == "fallback", (d.rule, d.reason, d.subject)


@pytest.mark.parametrize(
    "text",
    [
        "does the SAG-AFTRA health plan pay for dry needling?",
        "does my union health plan cover acupuncture?",
        "does the actors guild plan cover dry needling?",
        "does the AFL-CIO plan cover IMS?",
        "my plan through the union, does it cover acupuncture?",
    ],
)
def test_a_union_or_guild_plan_is_a_plan_by_its_name(store, text):
    d = route(ask(text, intent="ask_insurance", confidence=0.8), store)
    assert (d.kind, d.reason) == ("fallback", "not_covered"), (d.rule, d.reason, d.subject)


@pytest.mark.parametrize(
    "text, intent, kind",
    [
        ("does my health plan cover dry needling?", "ask_insurance", "kb"),
        ("does my university staff health plan pay for acupuncture?", "ask_insurance", "fallback"),
        ("does blue cross pay for IMS?", "ask_insurance", "fallback"),
        ("does extended health insurance cover acupuncture?", "ask_insurance", "kb"),
        ("does the follow-up plan include exercises?", "ask_treatment_course", "kb"),
        ("do you sell heat packs at the front desk?", "ask_contact", "contact"),
        ("do you sell gift certificates? want one for my wife, her back is sore", "ask_contact", "contact"),
        ("I'd like to make an appointment for my husband", "book", "booking"),
        ("i have two appointments this week, is that too many?", "ask_treatment_course", "kb"),
        ("does it hurt the first time?", "ask_sensation", "kb"),
    ],
)
def test_quiet_controls_keep_their_answers(store, text, intent, kind):
    d = route(ask(text, intent=intent, confidence=0.8), store)
    assert d.kind == kind, (d.rule, d.reason, d.subject, d.entry)
