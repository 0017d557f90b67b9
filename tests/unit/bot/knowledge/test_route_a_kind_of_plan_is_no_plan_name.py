"""Written rule 5 (issue 11): insurance asked about in general is answered from the insurance
entry, and only a plan named by its name is declined (only that plan can say what it pays). A
word for the kind of plan ("private", "workplace", "employee", "assurance privée") names no plan:
before this, "does private insurance cover acupuncture?" was declined as a plan by a name no
entry uses."""

import pytest

from bot.knowledge.route import route
from bot.knowledge.store import get_store
from tests.helpers.route_questions import ask

KIND_OF_PLAN = [
    ("does private insurance cover acupuncture?", ["acupuncture"]),
    ("does workplace insurance usually pay for IMS?", ["ims"]),
    ("would a group insurance plan cover dry needling?", ["dry_needling"]),
    ("est-ce qu'une assurance privée rembourse l'acupuncture?", ["acupuncture"]),
]
NAMED_PLAN = [
    ("does my teamsters health plan cover acupuncture?", ["acupuncture"]),
    ("does Laya cover acupuncture on the basic plan?", ["acupuncture"]),
    ("la mutuelle Harmonie rembourse-t-elle l'acupuncture ?", ["acupuncture"]),
]


@pytest.fixture(scope="module")
def store():
    return get_store()


@pytest.mark.parametrize("message,named", KIND_OF_PLAN)
def test_a_kind_of_plan_gets_the_insurance_entry(store, message, named):
    d = route(ask(message, intent="ask_insurance", confidence=0.9, named=named), store)
    assert d.kind == "kb" and d.entry.topic == "insurance", (d.rule, d.kind, d.subject)


@pytest.mark.parametrize("message,named", NAMED_PLAN)
def test_a_plan_by_its_name_is_still_declined(store, message, named):
    d = route(ask(message, intent="ask_insurance", confidence=0.9, named=named), store)
    assert d.kind == "fallback" and d.reason == "not_covered", (d.rule, d.kind)
