"""Insurers, plans and claim schemes in the patient's own words (session 14, tuner tm; the class of
heldout52-53's money failures, in other wordings).

- A plan, insurer or scheme known by any name (after "the", an acronym, a slip in the treatment's
  name), one held through a school, a job or a spouse, a disability or travel insurer, a named
  insurer asked whether it will stop or cut what it pays, an accident scheme's forms and approvals,
  and which insurance to take out: declined as that plan's (written rule 5), only it can say.
- The same asked as a short follow-up after the insurance answer ("what about X?").
- Paperwork for an insurer (a report to fill in, receipts for the plan): the front desk.
- Another practitioner's note or letter "does that count?", or faxing or bringing the referral:
  the clinic's referral answer.
- Safety asked with the claim only told in passing: the safety entry, not a decline."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask, declined


@pytest.mark.parametrize(
    "text",
    [
        "does the PSHCP cover dry needling?",
        "will Studentcare pay for acupucnture?",
        "I've got Studentcare through my uni, would it cover acupuncture?",
        "j'ai l'assurance de mon conjoint par son employeur, est-ce que ça rembourse l'acupuncture?",
        "my short-term disability insurer won't approve acupuncture, can they do that?",
        "l'assurance invalidité va couper mes prestations si je fais de l'acupuncture?",
        "Will Canada Life stop paying my benefits if I switch to acupuncture?",
        "which travel insurance should I buy so physio with needling is covered?",
        "quel assureur devrais-je prendre pour être couvert en acupuncture?",
        "which OCF form does the physio need from me?",
        "do my no-fault benefits pay for IMS?",
        "my case manager keeps saying no. how do I get more visits authorized?",
    ],
)
def test_a_plan_or_scheme_by_any_name_is_declined(store, text):
    declined(store, text, ("named_plan", "other_payers"), "ask_insurance", confidence=0.6)


@pytest.mark.parametrize("intent", ["nlu_fallback", "ask_insurance"])
@pytest.mark.parametrize("text", ["what about Allstate, I'm a visitor", "and what about Sunlyfe?"])
def test_a_payer_named_in_a_follow_up_after_the_insurance_answer_is_declined(store, text, intent):
    q = ask(text, intent=intent, confidence=0.4, context=("acupuncture",), previous_topic="insurance")
    d = route(q, store)
    assert (d.kind, d.reason) == ("fallback", "not_covered"), (d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize("text", ["what about dry needling?", "what about the neck?"])
def test_a_treatment_or_body_part_after_the_insurance_answer_is_no_plan(store, text):
    q = ask(text, intent="nlu_fallback", confidence=0.3, context=("acupuncture",), previous_topic="insurance")
    d = route(q, store)
    assert d.subject is None or d.subject.id != "named_plan", (d.rule, d.subject)


@pytest.mark.parametrize(
    "text",
    [
        "could you complete my insurance company's progress report form?",
        "est-ce que vous émettez des reçus pour mon assurance?",
    ],
)
def test_paperwork_for_an_insurer_goes_to_the_front_desk(store, text):
    d = route(ask(text, intent="ask_insurance", confidence=0.9), store)
    assert d.kind == "contact", (d.rule, d.kind, d.entry and d.entry.id, d.subject)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("my naturopath wrote me a letter suggesting acupuncture, is that enough?", "out_of_scope"),
        ("mon chiro m'a écrit une note pour l'IMS, est-ce que ça compte?", "nlu_fallback"),
        ("should I fax the doctor's referral over or bring it on the day?", "ask_contact"),
    ],
)
def test_another_practitioners_note_or_handing_in_the_referral_is_referral(store, text, intent):
    d = route(ask(text, intent=intent, confidence=0.7), store)
    assert (d.kind, d.clinic_topic) == ("clinic", "referral"), (d.rule, d.kind, d.subject)


def test_the_clinics_fax_number_is_still_the_front_desk(store):
    d = route(ask("what's your fax number? my GP wants to send a referral", intent="ask_contact"), store)
    assert d.kind == "contact", (d.rule, d.kind, d.clinic_topic)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("is dry needling safe? my WSIB claim pays for a few sessions", ("dry_needling",)),
        ("est-ce que c'est dangereux, l'IMS? la CNESST paie mes traitements", ("ims",)),
    ],
)
def test_safety_asked_with_a_claim_told_in_passing_is_the_safety_entry(store, text, named):
    d = route(ask(text, intent="ask_insurance", confidence=0.9, named=named), store)
    assert d.kind == "kb" and d.entry.topic == "safety", (d.rule, d.kind, d.entry and d.entry.id, d.subject)
