"""Fees, payment and insurance: how to pay, paying by card, receipts for taxes, a lost receipt, a gift
certificate, a package paid ahead, a payment taken twice go to the front desk; a fee for
cancelling is the cancellation policy; whether plans cover a treatment at all is the insurance
entry (written rule 5) and billing a plan or a named insurer directly stays the clinic's answer;
other payers (a workers' board, a public plan, a car insurer) are declined; money words alone (a
phone plan) are no fees question.

Why: a money question needs the clinic's own answer, and a payer the documents never discuss must
not get a nearby answer.

The tests come from the failure classes of issue 11's held-out sets (heldout9 to heldout31, and
the session 10 logistics and session-talk classes), each tested on new wordings in English and
French; the comment above each test names the set whose failure class it covers."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask, declined, declined_as_insurance, route_as


# From heldout9's failure classes (issue 11).
@pytest.mark.parametrize(
    "text",
    [
        "can I pay by e-transfer or only with a visa?",
        "est-ce que je peux payer par carte de crédit?",
        "could you email me an invoice with your license number on it?",
        "will I get a reminder text the day before?",
        "I'll be 10 minutes late, is that ok?",
        "j'arrive en retard de 15 minutes, c'est grave?",
        "is there a male physio who does IMS? I'd feel better with a man",
    ],
)
def test_how_to_pay_reminders_lateness_and_who_treats_go_to_the_front_desk(store, text):
    assert route(ask(text, intent="nlu_fallback", confidence=0.4), store).kind == "contact"


# From heldout9's failure classes (issue 11).
def test_a_fee_for_cancelling_is_the_cancellation_topic(store):
    q = ask(
        "Is there a charge if it's under 24 hours?",
        "I need to cancel Thursday's appointment.",
        intent="ask_fees" if False else "nlu_fallback",
        confidence=0.4,
    )
    d = route(q, store)
    assert d.clinic_topic == "cancellation"


# From heldout9's failure classes (issue 11).
@pytest.mark.parametrize(
    "text",
    [
        "can I deduct my IMS sessions on my tax return?",
        "my auto insurance adjuster mentioned acupuncture, will they pay for it?",
        "est-ce que la SAAQ rembourse l'acupuncture après un accident de la route?",
    ],
)
def test_other_payers_are_not_covered(store, text):
    d = route(ask(text, intent="ask_insurance"), store)
    assert (d.kind, d.subject and d.subject.id) == ("fallback", "other_payers")


# From heldout9's failure classes (issue 11).
def test_billing_a_payer_directly_stays_a_clinic_question(store):
    d = route(ask("do you bill WSIB directly for my shoulder claim?", intent="ask_insurance"), store)
    assert d.kind == "clinic"


# From heldout9's failure classes (issue 11).
def test_a_phone_plan_is_no_fees_question(store):
    d = route(
        ask("c'est quoi le meilleur forfait cellulaire en ce moment?", intent="nlu_fallback", confidence=0.3),
        store,
    )
    assert d.kind != "clinic"


# From heldout10's failure classes (issue 11).
@pytest.mark.parametrize("text", ["Prenez-vous les cartes de crédit?", "Acceptez-vous les cartes de débit?"])
def test_paying_by_card_in_french_is_a_front_desk_question(store, text):
    d = route(ask(text, intent="ask_insurance", confidence=0.6), store)
    assert d.kind == "contact"


# From heldout12's failure classes (issue 11).
def test_billing_a_named_insurer_directly_in_french_is_the_clinics_answer(store):
    d = route(
        ask("Vous facturez directement à la Croix Bleue?", intent="nlu_fallback", confidence=0.3), store
    )
    assert (d.kind, d.clinic_topic) == ("clinic", "direct_billing")


# From heldout13's failure classes (issue 11).
@pytest.mark.parametrize(
    "question",
    [
        "misplaced the receipt from my last appt, could you send another for my benefits claim?",
        "j'ai égaré ma facture du mois passé, vous pouvez m'en renvoyer une pour l'assurance?",
        "pourriez-vous me refaire une facture? la mienne est perdue",
    ],
)
def test_a_lost_receipt_is_for_the_front_desk(store, question):
    d = route(ask(question, intent="ask_insurance", confidence=0.7), store)
    assert d.kind == "contact", d.rule


# From heldout14 or heldout15's failure classes (issue 11).
def test_receipts_for_taxes_are_for_the_front_desk(store):
    d = route(ask("can you send me copies of my receipts for my tax return?", intent="ask_insurance"), store)
    assert d.kind in ("contact", "clinic"), (d.rule, d.subject)


# From heldout14 or heldout15's failure classes (issue 11).
@pytest.mark.parametrize("question", ["any gift certificats for christmas?", "do you do gift certs?"])
def test_a_gift_certificate_typed_fast_is_for_the_front_desk(store, question):
    d = route(ask(question, intent="nlu_fallback", confidence=0.3), store)
    assert d.kind == "contact", (d.rule, d.subject)


# From heldout16's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "j'ai besoin d'un reçu pour mes impôts de cette année, vous pouvez me le faire parvenir?",
        "I need an invoice for my tax return for last year's sessions",
    ],
)
def test_a_receipt_for_taxes_is_for_the_front_desk(store, message):
    d = route(ask(message, intent="ask_insurance", confidence=0.7), store)
    assert d.kind in ("contact", "clinic"), (d.rule, d.subject)


# From heldout17's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "je voudrais un reçu pour mes impôts pour mes séances de l'an passé",
        "j'aimerais des factures pour toutes mes séances, c'est pour les impôts",
        "i lost the email with my appointment time, when is it?",
        "j'ai perdu le courriel avec l'heure de mon rendez-vous",
        "deleted the confirmation text by accident, what time is my appointment on friday?",
    ],
)
def test_receipts_and_a_lost_appointment_email_go_to_the_front_desk(store, message):
    d = route(ask(message, intent="ask_insurance", confidence=0.5), store)
    assert d.kind == "contact", (d.rule, d.subject)


# From heldout18's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "pouvez-vous me faire un reçu pour mes impôts?",
        "vous pouvez me fournir une facture pour mes impôts?",
    ],
)
def test_a_receipt_for_taxes_asked_in_french_goes_to_the_front_desk(store, message):
    d = route(ask(message, intent="ask_insurance", confidence=0.7), store)
    assert d.kind == "contact", (d.rule, d.subject)


# From heldout20's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "will WorkSafeBC pay for my IMS after my shoulder injury at work?",
        "does the WCB cover acupuncture in Alberta?",
        "est-ce que la CNESST rembourse la puncture sèche?",
        "Travail sécuritaire NB couvre les traitements d'acupuncture?",
        "hurt my back on the job, does the workers compensation board pay for dry needling?",
        "will my ACC claim cover acupuncture?",
    ],
)
def test_a_named_workers_board_or_public_plan_is_declined(store, message):
    declined_as_insurance(store, message, "other_payers")


# From heldout24's failure classes (issue 11).
@pytest.mark.parametrize(
    "message, named",
    [
        ("do insurance plans cover dry needling or do people pay out of pocket", ["dry_needling"]),
        ("does insurance usually cover acupuncture or do most people pay themselves?", ["acupuncture"]),
        ("are IMS treatments covered by benefits plans, or is it out of pocket?", ["ims"]),
        ("les assurances couvrent-elles la puncture sèche ou on paie de sa poche?", ["dry_needling"]),
    ],
)
def test_whether_plans_cover_it_at_all_is_the_insurance_entry(store, message, named):
    d = route_as(store, message, "ask_insurance", named=named)
    assert (d.kind, d.entry.topic if d.entry else None) == ("kb", "insurance"), (d.rule, d.clinic_topic)


# From heldout24's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "do you bill my insurance directly or do i pay out of pocket?",
        "est-ce que vous facturez directement mon assurance?",
    ],
)
def test_billing_the_plan_directly_stays_the_clinics(store, message):
    d = route_as(store, message, "ask_insurance")
    assert (d.kind, d.clinic_topic) == ("clinic", "direct_billing"), d.rule


# From heldout25's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "can I buy a package of 10 sessions and pay up front?",
        "do you let people pay for a bundle of 6 treatments in advance?",
        "je voudrais acheter un forfait de 5 séances, c'est possible?",
    ],
)
def test_a_package_of_sessions_paid_ahead_goes_to_the_front_desk(store, message):
    d = route(ask(message, intent="ask_contact", confidence=0.7), store)
    assert d.kind == "contact", (d.rule, d.kind, d.clinic_topic)


FRONT_DESK = [
    "My card got charged twice for one acupuncture session, how do I get my money back?",
    "I was double charged for Monday's visit, can you fix it?",
    "J'ai été débité deux fois pour ma séance de lundi, pouvez-vous me rembourser?",
    "Forgot my water bottle at the clinic on Tuesday, is it still there?",
    "Did someone turn in a black scarf? I think I lost it after my session.",
    "J'ai oublié mon foulard dans la salle de traitement hier, vous l'avez trouvé?",
    "Is there a lost and found? I can't find my gloves since my appointment.",
]


# From heldout26's failure classes (issue 11).
@pytest.mark.parametrize("question", FRONT_DESK)
@pytest.mark.parametrize("intent,confidence", [("out_of_scope", 0.5), ("ask_fees", 0.6), ("ask_safety", 0.4)])
def test_a_double_payment_or_lost_item_gets_the_clinic_contact(store, question, intent, confidence):
    d = route(ask(question, intent=intent, confidence=confidence), store)
    assert d.kind == "contact" and d.intent == "human_handoff", (d.kind, d.rule)


# From heldout26's failure classes (issue 11).
@pytest.mark.parametrize(
    "question",
    [
        "Will my insurance refund acupuncture?",
        "My physio left the needles in for 30 minutes, is that normal?",
        "I turn in bed all night with this hip pain, can acupuncture help?",
    ],
)
def test_refunds_from_insurance_and_needles_left_in_are_not_front_desk(store, question):
    d = route(ask(question, intent="ask_conditions", confidence=0.8), store)
    assert d.intent != "human_handoff", d.rule


# From heldout29's failure classes (issue 11, tuner UF).
@pytest.mark.parametrize(
    "question",
    [
        "will ICBC pay for my acupuncture after the crash?",
        "est-ce que la SAAQ rembourse l'acupuncture après mon accident d'auto?",
    ],
)
def test_what_a_car_insurer_pays_is_still_declined(store, question):
    declined(store, question, "other_payers", "ask_insurance")


# From the session 10 clinic logistics classes (issue 11).
@pytest.mark.parametrize(
    "question",
    [
        "are dry needling sessions normally covered under extended health benefits?",
        "is IMS usually covered by insurance plans or do people pay out of pocket?",
    ],
)
def test_whether_plans_cover_a_treatment_at_all_is_the_insurance_entry(store, question):
    d = route(ask(question, intent="ask_insurance", confidence=0.7, named=["dry_needling"]), store)
    assert d.kind == "kb" and d.entry.topic == "insurance", (d.kind, d.rule)


# From the session 10 clinic logistics classes (issue 11).
def test_direct_billing_asked_of_the_clinic_stays_direct_billing(store):
    d = route(ask("do you bill my plan or do i pay out of pocket?", intent="ask_insurance"), store)
    assert d.clinic_topic == "direct_billing", (d.kind, d.rule)
