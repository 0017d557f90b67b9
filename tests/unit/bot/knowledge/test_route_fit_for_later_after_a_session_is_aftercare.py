"""Session 17: whether a session on one day leaves the patient fit for something later ("if I have
IMS tomorrow will I be ok to race saturday?", "if she gets it today is she fine for her shift
tonight") is after-care, however the classifier read it."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "question, intent",
    [
        ("if I have IMS tomorrow will I be ok to race saturday?", "ask_choosing"),
        ("if I get it done on thursday would I be ready for a tournament sunday", "ask_treatment_course"),
    ],
)
def test_fit_for_later_after_a_session_is_aftercare(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.7, named=("ims",)), store)
    assert d.kind == "kb" and d.entry.topic == "aftercare", (d.rule, d.entry and d.entry.id)
