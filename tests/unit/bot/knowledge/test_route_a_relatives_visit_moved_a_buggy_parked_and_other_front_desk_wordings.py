"""Session 18 (issue 11): front-desk and everyday questions read right, on other wordings than the
heldout91-93 cases, in English and French. Someone else's visit moved, named by whose it is, is the
cancellation answer; a horse, a buggy or a bike left while in is the parking answer; someone helped
onto the table is the accessibility answer; a late slot with a kind of slot named is the hours; a
receipt made out to someone else (for the tax) and a bank transfer are the front desk's; a driver
known or recommended, and a thing to buy recommended, are no question of ours."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask

OPENING = (8 * 60, 19 * 60)


@pytest.mark.parametrize(
    "question, topic",
    [
        ("have to push my dad's friday session, he's in hospital", "cancellation"),
        ("could we reschedule her appointment? she's been admitted", "cancellation"),
        ("anywhere to hitch a horse while I'm in?", "parking"),
        ("where could we leave the bikes during the visit?", "parking"),
        ("un endroit pour attacher le cheval pendant la séance ?", "parking"),
        ("will someone give my mother a hand getting up on the table? her hips are bad", "accessibility"),
        ("quelqu'un peut aider mon père à monter sur la table ?", "accessibility"),
    ],
)
@pytest.mark.parametrize("intent", ["out_of_scope", "human_handoff", "nlu_fallback"])
def test_someone_elses_visit_a_vehicle_left_and_help_onto_the_table_are_the_clinics_answers(
    store, question, topic, intent
):
    d = route(ask(question, intent=intent, confidence=0.6), store)
    assert (d.kind, d.clinic_topic) == ("clinic", topic), (d.kind, d.rule, d.clinic_topic)


def test_help_to_relax_on_the_table_is_no_accessibility(store):
    d = route(
        ask("will the needles help me relax on the table?", intent="ask_sensation", confidence=0.6), store
    )
    assert d.kind == "kb", (d.kind, d.rule)


@pytest.mark.parametrize("intent", ["ask_aftercare", "nlu_fallback"])
def test_a_late_kind_of_slot_after_closing_gets_the_hours(store, intent):
    d = route(
        ask("any evening appointments after 8 pm? I work late", intent=intent, confidence=0.6),
        store,
        opening=OPENING,
    )
    assert (d.kind, d.intent) == ("contact", "ask_hours"), (d.kind, d.rule, d.intent)


@pytest.mark.parametrize(
    "question",
    [
        "could you put my husband's name on the receipts? he claims them on his taxes",
        "je peux avoir les reçus à mon nom pour les impôts ? c'est moi qui paie pour mon père",
        "I live abroad and pay for my dad's sessions, can I send a bank transfer?",
        "c'est moi qui paie pour ma soeur, je peux faire un virement ?",
    ],
)
@pytest.mark.parametrize("intent", ["nlu_fallback", "out_of_scope"])
def test_a_receipt_in_someone_elses_name_or_a_bank_transfer_is_the_front_desks(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.5), store)
    assert d.kind == "contact", (d.kind, d.rule)


@pytest.mark.parametrize(
    "question",
    [
        "do you know anyone who drives seniors to appointments?",
        "can you recommend a taxi service for my mum's sessions?",
        "connaissez-vous quelqu'un qui conduit les patients à leurs rendez-vous ?",
        "what kind of knee brace would you recommend for hiking?",
        "quelle attelle de poignet vous me conseillez pour le tricot ?",
    ],
)
@pytest.mark.parametrize("intent", ["ask_session_length", "ask_choosing", "ask_contact"])
def test_a_driver_known_or_a_thing_to_buy_recommended_is_declined(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.6), store)
    assert d.kind == "fallback", (d.kind, d.rule)
