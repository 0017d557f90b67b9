"""A pain named by the one place it is felt (written rule 1: a nerve area; rule 3: a headache whatever
sets it off) is answered, not declined as an illness: "sinus headaches", "trigeminal / occipital
neuralgia", brushing the teeth as what sets a face pain off. A sinus infection, a tooth or gum problem
or a neuralgia left by an illness (shingles) is still declined."""

import pytest

from bot.knowledge.health_words import unknown_health_term
from bot.knowledge.route import route
from tests.helpers.route_questions import ask

ANSWERED = [
    "do needles do anything for sinus headaches? mine sit right over my eyebrows",
    "i get sinus migraines every spring, is acupuncture worth trying for them?",
    "my neurologist says trigeminal neuralgia, would dry needling help the jaw and cheek pain?",
    "occipital neuralgia since my whiplash, can acupuncture help that nerve pain?",
    "la névralgie d'Arnold me fait souffrir, l'acupuncture peut aider?",
    "j'ai une névralgie du trijumeau, est-ce que l'acupuncture aide?",
    "a zap in my cheek every time I brush my teeth, can needling help that nerve pain?",
]


@pytest.mark.parametrize("message", ANSWERED)
def test_a_pain_named_by_its_place_is_answered(store, message):
    assert unknown_health_term(message, store) is None
    d = route(ask(message, intent="ask_conditions", confidence=0.8), store)
    assert d.kind == "kb", (d.rule, d.subject)


STILL_DECLINED = [
    "I keep getting sinus infections and sinus headaches, can acupuncture clear them?",
    "can acupuncture help my sinusitis?",
    "postherpetic neuralgia on my side after shingles, can dry needling help?",
    "my gums bleed when I brush my teeth, would acupuncture help?",
]


@pytest.mark.parametrize("message", STILL_DECLINED)
def test_the_illness_or_the_tooth_is_still_declined(store, message):
    d = route(ask(message, intent="ask_conditions", confidence=0.8), store)
    assert d.kind == "fallback" and d.reason == "not_covered", (d.rule, d.subject)
