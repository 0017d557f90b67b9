"""Errands that share the clinic's words, and a named employer's plan or a tax deduction, are declined, never the
clinic's fees, hours or front desk, nor the insurance entry (session 23, tuner VA).

Why: heldout127-135 (and older sets) answered a patient pricing their own upholstery work with the clinic's fees, a
train's or a church service's time with the clinic's hours, blue-light glasses with the front desk, a tuning hammer or
a slit-lamp table "best for your neck" with an entry; and a tax deduction (CRA, schedule A, a business expense, a
Québec tax return) or an employer's plan by name (Amtrak's, FEHB, the SUVA, "ma mutuelle MGEN prend-tu en charge")
with the insurance entry. The sources and the clinic say nothing on any of them. Other wordings, English and French.

Quiet controls: the clinic's own fees, hours, receipts for taxes, a named insurer already declined, plans asked in
general, booking ("schedule a session") and a treatment compared stay as they were."""

import pytest

from bot.knowledge.everyday import asks_another_adviser, asks_errand
from bot.knowledge.subjects import clinic_topic, not_covered_subjects
from tests.helpers.route_questions import answered, declined, route_as


def _ids(text):
    return [s.id for s in not_covered_subjects(text)]


@pytest.mark.parametrize(
    "message",
    [
        "can I claim my physio as a medical expense on my CRA return?",
        "are acupuncture sessions deductible on my taxes as a business expense? I'm a freelance welder",
        "is IMS deductible from income if I itemize on schedule A?",
        "should I incorporate as a limited company to deduct my treatment costs?",
        "je peux déduire la physio de mes impôts au fédéral?",
        "le crédit d'impôt pour frais médicaux, ça marche pour l'acupuncture?",
    ],
)
def test_a_tax_deduction_or_credit_is_another_payer(store, message):
    declined(store, message, "other_payers", "ask_insurance")


@pytest.mark.parametrize(
    "message",
    [
        "will Costco's employee health plan cover dry needling?",
        "I'm on the state employee health plan, does it pay for acupuncture?",
        "the PSHCP, does it reimburse IMS?",
        "est-ce que la SUVA rembourse la physio après une chute au travail?",
        "ma mutuelle Harmonie rembourse-tu l'acupuncture?",
    ],
)
def test_an_employers_or_a_federal_plan_by_name_is_a_named_plan(store, message):
    declined(store, message, "named_plan", "ask_insurance")


@pytest.mark.parametrize(
    "message",
    [
        "what time is the last train to Ottawa tonight?",
        "quel est l'horaire des trains pour Montréal dimanche?",
        "what time is midnight mass on christmas eve?",
        "how should I price a custom furniture job for a new client?",
        "comment établir mes tarifs de couturière quand je me lance à mon compte?",
    ],
)
def test_an_errand_in_the_clinics_words_is_out_of_scope(store, message):
    assert asks_errand(message, message)
    d = route_as(store, message, "ask_fees")
    assert d.kind == "fallback", (d.kind, d.rule)


@pytest.mark.parametrize(
    "message",
    [
        "est-ce que vous avez des lunettes anti lumière bleue?",
        "des lunettes anti-lumière bleue, ça vaut la peine?",
    ],
)
def test_blue_light_glasses_are_a_shops_question(message):
    assert asks_another_adviser(message)


@pytest.mark.parametrize(
    "message",
    [
        "best office chair for someone with a bad lower back?",
        "which ergonomic keyboard trays are best for your wrists, logitech or fellowes",
        "which is better for kneeling on tile all day, gel pads or foam ones?",
        "c'est quoi le meilleur matelas pour un lit d'enfant, mousse ou ressorts?",
    ],
)
def test_a_thing_best_for_a_body_part_or_two_things_set_against_each_other_is_a_product(message):
    assert "products" in _ids(message)


# quiet controls


@pytest.mark.parametrize(
    "message, topic",
    [
        ("how much do you charge for a first visit?", "fees"),
        ("what are your prices for IMS?", "fees"),
    ],
)
def test_the_clinics_own_fees_stay_the_fees(message, topic):
    assert clinic_topic(message) == topic
    assert not asks_errand(message, message)


@pytest.mark.parametrize(
    "message",
    [
        "à quelle heure ouvrez-vous demain matin?",
        "what time do you close on fridays?",
        "I take the train in, is the clinic near the station?",
        "can I schedule a session for Monday?",
        "can I get a receipt for my taxes?",
        "is acupuncture covered by insurance usually?",
        "est-ce que je peux mettre à jour mon compte en ligne?",
        "which is better for my back pain, acupuncture or dry needling?",
        "my wife's health plan, does it cover acupuncture for me?",
    ],
)
def test_clinic_logistics_and_our_treatments_name_no_new_subject(message):
    ids = _ids(message)
    assert not {"other_payers", "products"} & set(ids), ids
    assert not asks_errand(message, message)
    assert not asks_another_adviser(message)


def test_a_named_insurer_stays_a_named_plan(store):
    declined(store, "does Blue Cross pay for dry needling?", "named_plan", "ask_insurance")


def test_needling_for_a_runner_who_trains_is_answered(store):
    answered(
        store,
        "I train for marathons and my calves are always tight, can dry needling help?",
        "ask_conditions",
        0.9,
    )
