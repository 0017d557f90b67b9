"""Issue 11, session 20: a child told only as the patient's life (who asked the patient something,
is elsewhere during the visit, is minded or brought along, or knocked the patient about) is no
child to treat (bot/knowledge/bystanders.py): neither the not-covered children subject nor an
unknown health word. A child the question points at is still declined."""

import pytest

from bot.knowledge import subjects as subject_rules
from bot.knowledge.bystanders import without_child_bystander
from bot.knowledge.health_words import unknown_health_term
from bot.knowledge.route import route
from tests.unit.bot.knowledge.test_route import ask


@pytest.mark.parametrize(
    "message",
    [
        "what does IMS stand for, my 11 year old daughter wanted to know and I couldn't tell her",
        "mes deux petits-enfants m'ont demandé, enfin ma petite-fille m'a demandé pourquoi c'est des aiguilles sèches",
        "can I come in at 4 while my kids are at swimming, how long does a session take",
        "est-ce que je peux prendre rendez-vous pendant que mes enfants sont à l'école?",
        "does dry needling leave marks? my arms are already covered in bruises from lifting my toddler",
    ],
)
def test_a_child_told_as_the_patients_life_is_no_subject(store, message):
    told = without_child_bystander(message)
    assert "children" not in {s.id for s in subject_rules.not_covered_subjects(told)}, told
    assert unknown_health_term(message, store) is None, message


@pytest.mark.parametrize(
    "message",
    [
        "my 8 year old son asked if acupuncture would help him with his headaches",
        "can I bring my daughter for dry needling? she's 12",
        "est-ce que l'acupuncture peut aider mon fils de 10 ans?",
    ],
)
def test_a_child_the_question_points_at_is_still_declined(store, message):
    d = route(ask(message, intent="ask_conditions", confidence=0.9, named=["acupuncture"]), store)
    assert d.kind == "fallback", (d.rule, d.subject)


def test_a_question_told_with_a_child_who_asked_is_answered(store):
    message = "what's the difference between acupuncture and IMS, my 10 yo grandson asked me at dinner"
    d = route(ask(message, intent="ask_definition", confidence=0.9, named=["acupuncture", "ims"]), store)
    assert d.kind == "kb", (d.rule, d.subject)
