"""What a public plan pays, named by its name or its kind (a provincial health plan, Alberta Health
Care, the NHS, a crime victims' plan such as the IVAC, the French complémentaire santé solidaire), is
declined as another payer (written rule 5): only that plan can say. "Prend en charge" is covering,
no question about the clinic's fees.

Why: the insurance entries speak of private health plans in general; a public plan's rules are not in
the documents. Session 13 (tuner TF), from the failure classes of a named government plan for seniors
and a public plan in French; new wordings."""

import pytest

from bot.knowledge.subjects import clinic_topic
from tests.helpers.route_questions import declined


@pytest.mark.parametrize(
    "text",
    [
        "will alberta health care cover my dry needling if i'm over 65?",
        "does the ontario health insurance plan pay for acupuncture at all?",
        "my government health plan, does it cover IMS?",
        "can I get acupuncture on the NHS?",
        "est-ce que le régime provincial paie l'acupuncture?",
        "l'IVAC rembourse-t-elle les séances de dry needling?",
    ],
)
def test_a_public_plan_is_another_payer(store, text):
    declined(store, text, ("other_payers", "named_plan"), "ask_insurance")


def test_taken_in_charge_is_covering_not_a_fee():
    assert clinic_topic("est-ce que c'est pris en charge, l'IMS?") != "fees"
    assert clinic_topic("combien coûte une séance, et c'est pris en charge?") == "fees"
