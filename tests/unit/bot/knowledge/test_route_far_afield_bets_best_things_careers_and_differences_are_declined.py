"""Questions far from needling and the clinic are declined, whatever entry, fee or hand-off the
classifier guessed: the best thing for a purpose ("best yeast for a tripel", "le meilleur bois pour
un escalier"), a pick or a bet on a race, a stall at a market, how to train for or get into a trade
(ours too: becoming a physiotherapist is a school's question), and the difference between two things
neither ours nor about health. A sports body's insurance asked whether it pays is rule 5's other payer:
only that plan can say.

Why: the answers given instead (the location hand-off for "who do you like in the Queen's Plate", the
fees for "vos pronostics pour le Prix de Diane", the which-is-better entry for a respirator, the
difference entry for "géomètre ou géomaticien") read as the clinic's advice on something its
documents never speak of. Session 23, tuner WC, from heldout and spent-set misses in every round; the
wordings here are others, English and French. The clinic's own questions (fees, hours, insurance in
general, which of our treatments is better, what differs between two of ours) keep their answers."""

import pytest

from bot.knowledge import everyday
from bot.knowledge.route import route
from bot.knowledge.subjects import not_covered_subject
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "text,intent",
    [
        ("what's the best hop for a hazy IPA?", "ask_choosing"),
        ("best chainsaw chaps for a beginner arborist?", "ask_choosing"),
        ("c'est quoi la meilleure colle pour du cuir?", "ask_fees"),
        ("quel est le meilleur vernis pour une table en pin ?", "ask_choosing"),
        ("who do you guys like in the Kentucky Derby?", "ask_location"),
        ("any tips for betting on the Melbourne Cup?", "ask_fees"),
        ("vos pronos pour le quinté de dimanche ?", "ask_fees"),
        ("how do I get a stall at the farmers market this summer?", "ask_treatment_course"),
        ("comment obtenir un emplacement au marché de Noël ?", "ask_treatment_course"),
        ("how do you become a racing steward? I've groomed for 10 years", "ask_practitioners"),
        ("comment devenir ostéopathe en France, la formation se donne où ?", "ask_practitioners"),
        ("how do I get into a welding apprenticeship at 30?", "human_handoff"),
        ("what's the difference between a farrier and a blacksmith?", "ask_difference"),
        ("c'est quoi la différence entre un ébéniste et un menuisier ?", "ask_difference"),
    ],
)
def test_a_question_far_afield_is_declined_whatever_the_guess(store, text, intent):
    d = route(ask(text, intent=intent, confidence=0.8), store)
    assert d.kind == "fallback" and d.reason in ("out_of_scope", "not_covered"), (d.rule, d.kind, d.reason)


@pytest.mark.parametrize(
    "text",
    [
        "does Hockey Canada's insurance cover physio for referees?",
        "does the league's insurance pay for physio after a collision?",
        "l'assurance de ma fédération de rugby rembourse la kiné ?",
    ],
)
def test_a_sports_bodys_insurance_is_rule_5s_other_payer(text):
    subject = not_covered_subject(text)
    assert subject is not None and subject.id in ("other_payers", "named_plan")


@pytest.mark.parametrize(
    "text",
    [
        "does my insurance cover dry needling?",
        "does my employer's insurance cover IMS?",
        "do you bill insurance directly?",
    ],
)
def test_insurance_in_general_is_no_other_payer(text):
    subject = not_covered_subject(text)
    assert subject is None or subject.id not in ("named_plan", "other_payers")


@pytest.mark.parametrize(
    "text,intent,named",
    [
        ("which is better, acupuncture or dry needling?", "ask_choosing", ("acupuncture", "dry_needling")),
        ("what's the difference between IMS and dry needling?", "ask_difference", ("ims", "dry_needling")),
        ("how much is a session?", "ask_fees", ()),
        ("what are your hours on saturday?", "ask_hours", ()),
        ("does insurance cover acupuncture?", "ask_insurance", ("acupuncture",)),
        ("what's the best time to come in for a first visit?", "ask_fees", ()),
        ("what training does a physio need to do dry needling?", "ask_practitioners", ("dry_needling",)),
        ("I'm training to become a nurse, can acupuncture help my back?", "ask_conditions", ("acupuncture",)),
    ],
)
def test_the_clinics_own_questions_keep_their_answers(store, text, intent, named):
    d = route(ask(text, intent=intent, confidence=0.9, named=named), store)
    assert d.reason not in ("out_of_scope",) and d.rule not in ("out_of_scope",), (d.rule, d.kind, d.reason)


@pytest.mark.parametrize(
    "text",
    [
        "can I pay cash? most of my money comes from the market stall",
        "which one works best",
        "what's the best way to reach a person at the front desk?",
    ],
)
def test_a_market_or_best_told_beside_the_clinics_question_is_no_errand(text):
    assert not everyday.asks_far_afield(text, text)
