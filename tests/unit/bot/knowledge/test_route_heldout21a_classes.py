"""Issue 11, heldout21's logistics and medicine failure classes, tested on new wordings (EN and FR).

A booking asked for someone else ("book my dad in", "un rendez-vous pour ma mère") gets the booking
link; moving someone else's visit, or a visit forgotten, is the cancellation answer; home visits and
a copy of one's treatment notes, an invoice with a number for a plan, are for the front desk; a
disabled parking badge is no question about the clinic's parking; a medicine known by its name's
shape, or coming off medicines, is the pharmacist's; "not pregnant" does not decline for pregnancy.
"""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "message",
    [
        "can I book my son in for dry needling? he plays hockey and his groin is sore",
        "je voudrais prendre rendez-vous pour ma mère, elle a 80 ans et préfère les matins",
        "I want to book an appointment for my husband, he works nights so mornings are best",
        "could you book her in for IMS next week? my mum has a bad shoulder",
        "hi, I'd like to book my wife in for acupuncture, she's free on weekends",
    ],
)
def test_booking_for_someone_else(store, message):
    d = route(ask(message, intent="ask_conditions", confidence=0.6), store)
    assert d.kind == "booking", (d.kind, d.rule)


@pytest.mark.parametrize(
    "message",
    [
        "have to reschedule my son's acupuncture session, he has exams",
        "je dois déplacer le rendez-vous de ma femme à jeudi",
        "can we move my husband's IMS appointment to friday? he's stuck at work",
        "completely forgot about my appointment yesterday, will there be a fee?",
        "j'ai oublié mon rendez-vous ce matin, est-ce que je vais payer?",
    ],
)
def test_someone_elses_visit_moved_or_forgotten(store, message):
    d = route(ask(message, intent="ask_conditions", confidence=0.6), store)
    assert d.kind == "clinic" and d.clinic_topic == "cancellation", (d.kind, d.rule)


@pytest.mark.parametrize(
    "message",
    [
        "my dad can't leave the house anymore. do you do home visits?",
        "est-ce que vous faites des séances à domicile? ma mère ne peut plus conduire",
        "can your acupuncturist come to my home? I'm housebound these days",
        "I need a copy of my treatment notes for my insurance adjuster after the car accident",
        "je voudrais une facture avec votre numéro ASCA pour ma complémentaire",
        "can you send me an invoice with the practitioner number for my mutuelle?",
    ],
)
def test_front_desk_requests(store, message):
    d = route(ask(message, intent="ask_conditions", confidence=0.6), store)
    assert d.kind == "contact", (d.kind, d.rule, d.subject)


@pytest.mark.parametrize(
    "message",
    [
        "how do I apply for a blue badge for my dad? he can hardly walk",
        "comment obtenir une vignette de stationnement pour personnes handicapées?",
        "can I get a disabled parking permit? my hip is bad",
    ],
)
def test_parking_badge_is_not_the_clinic_parking(store, message):
    d = route(ask(message, intent="ask_conditions", confidence=0.6), store)
    assert d.kind == "fallback", (d.kind, d.rule)


@pytest.mark.parametrize(
    "message",
    [
        "my doctor just put me on bisoprolol, is it ok to have IMS next week?",
        "I'm taking ramipril for my blood pressure, any issue with the needles?",
        "started on atorvastatin last month, does that affect dry needling?",
        "je prends du losartan, est-ce que l'acupuncture pose problème?",
        "if acupuncture works could I wean off my painkillers?",
        "on tramadol and gabapentin, could I come off them if needling works?",
    ],
)
def test_medicines_by_shape_and_coming_off(store, message):
    d = route(ask(message, intent="ask_safety", confidence=0.6), store)
    assert d.kind == "fallback" and d.subject is not None and d.subject.id == "medication", (
        d.rule,
        d.subject,
    )


@pytest.mark.parametrize(
    "message",
    [
        "does acupuncture help morning nausea? I'm not pregnant, it's from my reflux",
        "je ne suis pas enceinte mais j'ai souvent la nausée, l'acupuncture peut aider?",
        "not pregnant btw, but can needling help with nausea from motion sickness?",
    ],
)
def test_not_pregnant_is_not_pregnancy(store, message):
    d = route(ask(message, intent="ask_conditions", confidence=0.6), store)
    assert d.subject is None or d.subject.id != "pregnancy", d.subject


@pytest.mark.parametrize(
    "message",
    ["not pregnant yet but trying, can acupuncture help fertility?", "I'm pregnant, is acupuncture safe?"],
)
def test_pregnancy_still_declined(store, message):
    d = route(ask(message, intent="ask_safety", confidence=0.6), store)
    assert d.subject is not None and d.subject.id == "pregnancy", d.subject
