"""An injury or accident scheme's own terms, an at-fault party's insurer, the legal side of a claim,
and the rest of a package paid back or running out are declined (written rule 5; other_payers and
consumer_matters); a scheme or an accident only told in the story, before or after a question about
needling, is background and the question is answered.

Why: only the scheme, a lawyer or the clinic can say what they pay or decide; a nearby insurance or
fees answer would mislead, and declining a plain question because a payer was mentioned in passing
leaves the patient with nothing (session 17, tuner tg; heldout83 and heldout86 failure classes)."""

from dataclasses import replace

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask, declined


@pytest.mark.parametrize(
    "question",
    [
        "is there an ACC surcharge for acupuncture in Auckland?",
        "my ACC case manager says they only pay for six needling visits, is that the rule?",
        "les Anciens Combattants remboursent-ils la puncture sèche?",
        "mon accident du travail, est-ce que ça rembourse les séances d'IMS?",
        "will the other driver's insurance company pay for my dry needling?",
        "l'assureur de l'autre conducteur doit-il payer mes séances?",
        "should I get a personal injury lawyer for my whiplash?",
        "is it smart to accept the adjuster's first offer on my car accident claim?",
        "could my gym photos be used against my claim?",
    ],
)
@pytest.mark.parametrize("intent", ["ask_insurance", "nlu_fallback", "human_handoff"])
def test_a_schemes_own_terms_an_at_fault_insurer_and_a_claims_legal_side_are_declined(
    store, question, intent
):
    declined(store, question, "other_payers", intent=intent, confidence=0.6)


def test_how_many_visits_a_scheme_allows_is_declined_not_the_course(store):
    declined(
        store,
        "how many IMS visits will WorkSafe cover, and how many do they usually allow?",
        "other_payers",
        "ask_treatment_course",
    )


@pytest.mark.parametrize(
    "question",
    [
        "bought a 5-visit pass in the spring, does it ever expire?",
        "est-ce que mon forfait de 10 séances expire?",
        "I have 4 unused sessions left on my package, can I get that money back?",
        "can I have a refund if the needling didn't help at all?",
    ],
)
@pytest.mark.parametrize("intent", ["ask_fees", "nlu_fallback"])
def test_a_package_refunded_or_expiring_and_money_back_when_it_did_not_help_are_declined(
    store, question, intent
):
    declined(store, question, "consumer_matters", intent=intent, confidence=0.6)


@pytest.mark.parametrize(
    "question,story,intent,topic",
    [
        ("how long does a dry needling session last?", "", "ask_session_length", None),
        ("Does acupuncture hurt?", " WorkSafe is paying for a few of them.", "ask_sensation", None),
        (
            "c'est quoi la différence entre l'IMS et l'acupuncture?",
            " la CNESST a approuvé les deux.",
            "ask_difference",
            None,
        ),
        (
            "combien de séances d'acupuncture ça prend d'habitude?",
            "La CNESST dit que je suis consolidé mais j'ai mal à l'épaule.",
            "ask_treatment_course",
            None,
        ),
        (
            "mon dos me lance depuis mon accident de voiture, l'acupuncture ça aide-tu?",
            "",
            "ask_conditions",
            None,
        ),
        (
            "my neck has been stiff since the car accident, can dry needling help it?",
            "",
            "ask_conditions",
            None,
        ),
    ],
)
def test_a_scheme_or_an_accident_only_told_leaves_the_question_answered(
    store, question, story, intent, topic
):
    q = ask(question, intent=intent, confidence=0.8)
    if story.startswith(" "):
        q = replace(q, full_text=question + story)  # the statement told after the question
    elif story:
        q = ask(question, story=story, intent=intent, confidence=0.8)
    d = route(q, store)
    assert d.kind == "kb", (d.rule, d.reason, d.subject)


def test_a_claims_agent_is_no_compensation_asked_of_a_practitioner(store):
    d = route(
        ask(
            "l'acupuncture peut aider pour l'anxiété?",
            story="l'agente d'indemnisation me stresse beaucoup.",
            intent="ask_conditions",
        ),
        store,
    )
    assert d.kind == "kb", (d.rule, d.reason, d.subject)


def test_a_step_asked_of_the_scheme_told_before_is_declined(store):
    declined(
        store,
        "how do I apply for one?",
        "other_payers",
        "nlu_fallback",
        story="WorkSafe told me I need a claim number.",
    )


@pytest.mark.parametrize(
    "question",
    [
        "what would you charge to do a report for my solicitor about my injuries?",
        "got a letter from the insurer's adjuster, do you want a copy?",
        "combien pour un rapport pour mon avocat?",
    ],
)
@pytest.mark.parametrize("intent", ["ask_fees", "out_of_scope"])
def test_a_report_for_a_lawyer_or_a_letter_from_an_insurer_is_the_front_desks(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.7), store)
    assert d.kind == "contact", (d.rule, d.reason, d.subject)


def test_suing_a_practitioner_is_the_practitioner_conduct_subject(store):
    declined(
        store, "could we sue the physio who punctured my mum's lung?", "practitioner_conduct", "out_of_scope"
    )
