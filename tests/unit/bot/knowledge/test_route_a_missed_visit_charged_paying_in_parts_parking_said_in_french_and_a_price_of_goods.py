"""Clinic logistics read precisely: a charge for a missed visit is the cancellation policy, not the fee list;
paying in parts is the front desk's; "où est-ce que je me stationne ?" is the parking answer; the price told in
the story with only its size asked again is our fees; a price for mending goods (boots, a bike) is no fee of
ours.

Why: "is there a fee for missing an appointment?" and "if a job runs long and I miss my slot, do you charge for
that?" got the fee list; "can i pay half today and the rest next payday" the unsure reply; "où est-ce que je me
stationne?" the location hand-off; "your IMS price nearly gave me a heart attack lol. is it really that much
every single time?" the IMS evidence entry; "how much to resole a pair of work boots?" our fees. Session 24
(tuner XA), from heldout141..144; new wordings in English and French, quiet controls unchanged."""

import pytest

from bot.knowledge.route import route
from bot.knowledge.subjects import clinic_topic
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "text",
    [
        "is there a fee for missing an appointment?",
        "if my shift runs late and I miss my slot, do you charge for that?",
        "do you bill me if i miss my physio visit?",
        "what's the penalty for missing a session?",
        "if I miss the 9am booking because of the snow, do I still pay for it?",
    ],
)
def test_a_charge_for_a_missed_visit_is_the_cancellation_policy(store, text):
    assert clinic_topic(text) == "cancellation"
    d = route(ask(text, intent="ask_cost", confidence=0.6), store)
    assert d.kind == "clinic" and d.clinic_topic == "cancellation", (d.rule, d.clinic_topic)


@pytest.mark.parametrize(
    "text, topic",
    [
        ("how much is a session?", "fees"),
        ("do you have a package price for 10 sessions?", "fees"),
        ("how much to get my knee and my hip done in the same visit", "fees"),
        ("I miss my sessions since I moved, how much would a house call cost?", "fees"),
    ],
)
def test_quiet_a_price_asked_stays_our_fees(text, topic):
    assert clinic_topic(text) == topic


@pytest.mark.parametrize(
    "text",
    [
        "can i pay half 2day and the rest next payday",
        "could I pay part of it now and the balance next week?",
        "do you do payment plans?",
        "can I pay in instalments?",
        "je peux payer la moitié maintenant et le reste à la fin du mois?",
    ],
)
def test_paying_in_parts_is_the_front_desk(store, text):
    d = route(ask(text, intent="nlu_fallback", confidence=0.3), store)
    assert d.kind == "contact", (d.rule, d.kind)


@pytest.mark.parametrize(
    "text",
    [
        "où est-ce que je me stationne? je viens avec l'auto",
        "on se gare où?",
        "je peux me garer devant la clinique?",
        "où est-ce qu'on peut se stationner?",
    ],
)
def test_parking_said_with_the_verb_in_french_is_the_parking_answer(store, text):
    assert clinic_topic(text) == "parking"
    d = route(ask(text, intent="ask_location", confidence=0.76), store)
    assert d.kind == "clinic" and d.clinic_topic == "parking", (d.rule, d.kind, d.clinic_topic)


@pytest.mark.parametrize(
    "text",
    ["où êtes-vous situés?", "c'est quoi votre adresse?", "je me suis garé devant, combien la séance?"],
)
def test_quiet_the_address_or_a_price_stays_as_it_was(text):
    assert clinic_topic(text) != "parking"


@pytest.mark.parametrize(
    "question, story",
    [
        ("is it really that much every single time?", "your IMS price nearly gave me a heart attack lol."),
        ("is it that much for each session?", "saw the acupuncture price on your site."),
        ("c'est vraiment aussi cher à chaque fois ?", "j'ai vu le prix de l'IMS sur votre site."),
    ],
)
def test_the_size_of_a_price_told_asked_again_is_our_fees(store, question, story):
    d = route(ask(question, story=story, intent="ask_evidence", confidence=0.34, named=("ims",)), store)
    assert d.kind == "clinic" and d.clinic_topic == "fees", (d.rule, d.kind, d.clinic_topic)


def test_quiet_that_much_with_no_price_told_is_no_fee_question(store):
    d = route(
        ask(
            "does it hurt that much every single time?",
            story="my first IMS session was rough.",
            intent="ask_sensation",
            confidence=0.8,
            named=("ims",),
        ),
        store,
    )
    assert d.kind != "clinic", (d.rule, d.kind, d.clinic_topic)


@pytest.mark.parametrize(
    "text",
    [
        "how much to resole a pair of work boots, roughly?",
        "how much would it cost to fix my bike?",
        "what do they charge to reupholster a couch?",
        "combien pour ressemeler mes bottes de travail?",
    ],
)
def test_a_price_for_mending_goods_is_no_fee_of_ours(text):
    assert clinic_topic(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "how much to fix my back?",
        "how much to stab my screaming traps with needles lol",
        "how much for dry needling on my shoulder?",
        "combien ça coûte pour réparer mon épaule?",
    ],
)
def test_quiet_a_price_for_care_stays_our_fees(text):
    assert clinic_topic(text) == "fees"


@pytest.mark.parametrize(
    "text",
    [
        "can I park a ute with a trailer on it at your place",
        "can I park a work truck with a small trailer near you?",
        "is there room for a farm truck out front?",
    ],
)
def test_a_work_vehicle_parked_is_the_parking_answer(text):
    assert clinic_topic(text) == "parking"


@pytest.mark.parametrize(
    "question, story",
    [
        (
            "how much is a session with you guys?",
            "had a heart attack when i saw what the place down the street charges 😂",
        ),
        (
            "c'est combien une séance chez vous?",
            "j'ai quasiment fait une crise cardiaque en voyant le prix du gaz lol.",
        ),
        ("what do you charge?", "I had a heart attack when I saw the bill from the last clinic."),
    ],
)
def test_a_heart_attack_at_a_price_seen_is_a_fright_and_the_price_is_asked(store, question, story):
    d = route(ask(question, story=story, intent="ask_cost", confidence=0.8), store)
    assert d.kind == "clinic" and d.clinic_topic == "fees", (d.rule, d.kind, d.subject)


@pytest.mark.parametrize(
    "question, story",
    [
        ("is acupuncture safe for me?", "I had a heart attack last year."),
        ("can I still have dry needling?", "I had a heart attack when I was shovelling snow in March."),
    ],
)
def test_quiet_a_heart_attack_had_stays_declined(store, question, story):
    d = route(ask(question, story=story, intent="ask_safety", confidence=0.8), store)
    assert d.kind == "fallback" and d.reason == "not_covered", (d.rule, d.kind, d.subject)
