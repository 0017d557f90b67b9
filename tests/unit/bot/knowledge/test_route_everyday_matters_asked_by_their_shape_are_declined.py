"""An everyday matter asked by its shape, naming none of our treatments, the clinic or a visit, is
declined (out of scope, or not covered with who can help when it is about health), whatever topic,
fee or hand-off the classifier guessed, and is no emergency for the classifier alone: whether
something at work is legal, which thing to buy or its best brand, a phone plan, whether we know
someone of another trade, tips for studying or a baby's sleep, how to turn off a phone's setting,
what a lab value means. The same shapes asked of our treatments, fees or practitioners are not.

Why: the answer chosen instead (the course of treatment for a split shift's legality, the fees for
"le meilleur forfait cell", the phone for autocorrect, the emergency reply for a pipette brand)
reads as the clinic's advice on something its documents never speak of.

Session 17, tuner td, from the failure class of heldout75..81; other wordings, English and French."""

import pytest

from bot.knowledge import emergency_alone, everyday
from bot.knowledge.route import route
from tests.helpers.route_questions import ask, read_as_emergency


@pytest.mark.parametrize(
    "text,intent",
    [
        # legal at work
        ("is it legal for my manager to make me work a double with no break?", "ask_treatment_course"),
        ("my employer makes me close and open the next morning, is that even legal?", "ask_practitioners"),
        ("est-ce légal que mon employeur me fasse travailler 12 heures sans pause?", "ask_treatment_course"),
        ("mon gérant a-t-il le droit de couper mes heures sans préavis?", "human_handoff"),
        # a thing to buy, its brand, a phone plan
        ("what stroller should we buy for city sidewalks?", "ask_treatment_course"),
        ("best brand of running watch for a beginner?", "ask_treatment_course"),
        ("quelle poussette je devrais acheter pour la ville?", "ask_fees"),
        ("c'est quoi la meilleure marque de casque de vélo?", "ask_fees"),
        ("what's the best cell plan for lots of data?", "ask_fees"),
        ("un bon forfait mobile pas cher, quel est le moins cher?", "ask_fees"),
        # someone of another trade
        ("do you know a good tutor for grade 11 math?", "ask_contact"),
        ("tu connais une bonne gardienne dans le quartier?", "human_handoff"),
        ("connaissez-vous un bon garage à Laval?", "ask_location"),
        # tips for studying or a baby's sleep
        ("any tips for studying for the MCAT without burning out?", "ask_treatment_course"),
        ("comment faire faire ses nuits à un bébé de 6 mois?", "ask_treatment_course"),
        ("how do we get our toddler to sleep through the night?", "ask_aftercare"),
        # a phone's setting
        ("how do I turn off the keyboard sounds on my android?", "ask_contact"),
        ("comment désactiver le correcteur automatique sur mon cell?", "human_handoff"),
        # a lab value
        ("my A1c came back 6.8, is that bad?", "ask_treatment_course"),
        ("ma TSH est à 7, ça veut dire quoi?", "ask_evidence"),
    ],
)
def test_an_everyday_matter_is_declined_whatever_the_guess(store, text, intent):
    d = route(ask(text, intent=intent, confidence=0.8), store)
    assert d.kind == "fallback" and d.reason in ("out_of_scope", "not_covered"), (d.rule, d.kind, d.reason)


@pytest.mark.parametrize(
    "text",
    [
        "which brand of wrist rest is best to stop my thumb pain at the bench?",
        "quelle marque de souris ergonomique est la plus fiable pour mon pouce?",
    ],
)
def test_a_thing_to_buy_is_no_emergency_for_the_classifier_alone(store, text):
    q = read_as_emergency(text)
    assert emergency_alone.not_an_alarm(q)
    assert route(q, store).kind == "fallback"


@pytest.mark.parametrize(
    "text",
    [
        "is acupuncture legal in ontario?",
        "is it legal for a physio to do dry needling?",
        "c'est légal de faire de l'acupuncture sur un enfant?",
        "which package should i buy?",
        "quel forfait je devrais prendre, 5 ou 10 séances?",
        "which one should i get?",
        "do you know a good acupuncturist in Laval?",
        "any tips for my first session?",
        "des trucs pour pas paniquer avec les aiguilles?",
        "how do I turn off the text reminders for my appointments?",
        "Facturez-vous directement à la CNESST ou je dois payer?",
        "I have a 6 month old and my back is killing me from carrying her, any tips?",
    ],
)
def test_the_same_shapes_asked_of_our_treatments_or_the_clinic_are_no_everyday_matter(text):
    assert not everyday.asks_everyday(text)


def test_the_fees_and_a_practitioners_legality_are_still_answered(store):
    assert route(ask("which package should i buy?", intent="ask_fees", confidence=0.9), store).kind in (
        "clinic",
        "contact",
    )
    d = route(
        ask("is it legal for a physio to do dry needling?", intent="ask_practitioners", confidence=0.9), store
    )
    assert d.kind == "kb", (d.rule, d.kind)
