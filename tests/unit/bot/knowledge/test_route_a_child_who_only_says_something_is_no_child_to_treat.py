"""Issue 11, session 16: a child who only says, advises or reports something about needling ("my
kids keep telling me it doesn't hurt", "mes enfants disent que...", "selon mon fils") is no child
to treat: the question is the patient's own and is answered (bot/knowledge/health_words.py). A
child asked about as the one to treat is still declined."""

import pytest

from bot.knowledge.health_words import unknown_health_term
from bot.knowledge.route import route
from tests.unit.bot.knowledge.test_route import ask


@pytest.mark.parametrize(
    "message, named",
    [
        ("my kids keep telling me acupuncture doesn't even hurt. is that true?", ["acupuncture"]),
        ("mes enfants disent que la puncture sèche ça pince juste un peu, c'est vrai?", ["dry_needling"]),
        ("mon fils m'a recommandé l'IMS, est-ce que ça fait mal?", ["ims"]),
        ("according to my kid the needles are thinner than a hair. does IMS hurt?", ["ims"]),
    ],
)
def test_a_child_who_says_something_is_answered(store, message, named):
    assert unknown_health_term(message, store) is None, message
    d = route(ask(message, intent="ask_sensation", confidence=0.9, named=named), store)
    assert d.kind == "kb" and d.entry.topic in ("sensation", "needles"), (d.rule, d.subject)


@pytest.mark.parametrize(
    "message",
    [
        "est-ce que l'acupuncture est sans danger pour ma fille de 9 ans?",
        "my kid has bad growing pains, would acupuncture help?",
    ],
)
def test_a_child_to_treat_is_still_a_health_word(store, message):
    assert unknown_health_term(message, store) is not None
