"""Errands far from health or the clinic, and what a named public scheme or a plan being left pays,
are declined, whatever hand-off, fee or topic the classifier guessed.

Errands (out of scope, everyday.py): a visa or permit renewal, jobless benefits to apply for and their
papers, a plan or card to phone abroad, which piece of gear is best or the best one under a price, a
team or club to join, whether to put a bill on credit or wait for work, a doctor of another kind found
by one more word ("a francophone family doctor"), and a place to eat near the clinic with the needles
told only as when it falls. Payers (rule 5, knowledge/not_covered.yml): a public scheme named (Ontario's
WSIB in French, New Caledonia's, France's farm and job schemes, employment insurance, Ontario Works,
COBRA) asked whether it pays, a plan one is leaving or keeps for some months after a job, and an insurer
named after "specifically". Only that office or that plan can say.

Why: the answers chosen instead (a contact hand-off for a work permit, the clinic's fees for a phone
plan, the insurance entry for "l'assurance-emploi paye-tu la physio?") read as the clinic's advice on
something its documents never speak of. Session 21, tuner tr, from heldout104..117's misses; the
wordings here are others, English and French. The same shapes asked of our treatments, fees or
bookings are not declined (the quiet controls)."""

import pytest

from bot.knowledge import everyday
from bot.knowledge.route import route
from bot.knowledge.subjects import not_covered_subjects
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "text,intent",
    [
        ("could someone help with my study permit extension? the forms make my neck worse", "human_handoff"),
        ("how do I file for employment insurance after being laid off?", "ask_contact"),
        ("comment faire une demande de chômage quand on a démissionné?", "human_handoff"),
        ("my relevé d'emploi is wrong, who do I call?", "ask_contact"),
        ("which plan is cheapest to call the Philippines every week?", "ask_fees"),
        ("une carte pour téléphoner au Maroc, laquelle est la moins chère?", "ask_fees"),
        ("which headlamp is best for night hikes?", "ask_treatment_course"),
        ("best trail shoes under $150?", "ask_fees"),
        ("how can I join a volunteer fire department in my town?", "ask_contact"),
        ("comment rejoindre une ligue de quilles à Laval?", "ask_location"),
        ("should I finance the dental work with a loan or wait until my tax refund?", "human_handoff"),
        ("where we could find a bilingual pediatrician near Gatineau?", "ask_location"),
    ],
)
def test_an_errand_far_from_care_is_declined_whatever_the_guess(store, text, intent):
    d = route(ask(text, intent=intent, confidence=0.8), store)
    assert d.kind == "fallback" and d.reason in ("out_of_scope", "not_covered"), (d.rule, d.kind, d.reason)


def test_a_place_to_eat_near_the_clinic_after_the_needles_is_out_of_scope(store):
    d = route(
        ask(
            "any good burger place near the clinic? always starving after the needles", intent="ask_location"
        ),
        store,
    )
    assert d.kind == "fallback" and d.reason == "out_of_scope", (d.rule, d.kind)


@pytest.mark.parametrize(
    "text",
    [
        "la CAFAT prend en charge les séances de kiné?",
        "est-ce que la CSPAAT rembourse l'acupuncture après un accident au travail?",
        "le RUAMM couvre le dry needling?",
        "does employment insurance pay for physio while I'm off?",
        "will COBRA cover acupuncture after I'm let go?",
        "Pôle emploi peut payer mes séances?",
        "will my former employer's plan still reimburse sessions booked before my last day?",
        "my benefits end when I leave in June, will the insurer still pay for visits in July?",
        "ma mutuelle est conservée 12 mois après mon licenciement, elle rembourse l'acupuncture?",
        "la portabilité de ma mutuelle couvre les séances?",
        "and specifically Manulife through my husband's job?",
    ],
)
def test_a_named_public_scheme_or_a_plan_being_left_is_rule_5s_payer(text):
    ids = {s.id for s in not_covered_subjects(text)}
    assert ids & {"named_plan", "other_payers"}, ids


@pytest.mark.parametrize(
    "text",
    [
        # our treatments, fees, bookings and the clinic's own lists
        "how many sessions for a stiff neck? I'm on EI right now",
        "is acupuncture safe? I have MSA insurance through the farm",
        "cobra pose after dry needling, ok?",
        "what is your treatment plan after I leave the clinic?",
        "my insurance ends after I leave my job next month, can I book before?",
        "can I pay with a credit card?",
        "which package should i buy?",
        "how do I join the waitlist?",
        "what is the best treatment under $100?",
        "where can I find a good physio near me?",
        "can I go to the bakery right after the needles?",
    ],
)
def test_the_same_shapes_of_our_own_are_not_declined_as_errands_or_payers(text):
    assert not everyday.asks_everyday(text)
    assert not everyday.asks_another_adviser(text)
    ids = {s.id for s in not_covered_subjects(text)}
    assert not ids & {"named_plan", "other_payers"}, ids
