"""A digestive complaint (constipation, reflux, heartburn) or the itchy eyes and runny nose of an
allergy, asked whether needling helps, is a use the entries name ("digestion", "allergies"): written
rule 10 makes it `kb` with `[conditions, evidence]`. The unknown-health-word guard declined them
(heldout92-93, issue 11). Other wordings, both languages; an itch after a session stays a health word
the entries never use.

Why: declining what the conditions entries answer hides the answer the patient asked for."""

import pytest

from bot.knowledge.health_words import unknown_health_term
from bot.knowledge.store import get_store


@pytest.mark.parametrize(
    "text",
    [
        "would acupuncture do anything for my acid reflux? it's worse at night",
        "my husband has been constipated for weeks, can needling help with that?",
        "does acupuncture help heartburn after meals?",
        "est-ce que l'acupuncture peut soulager la constipation de mon père ?",
        "l'acupuncture c'est bon pour le reflux ?",
        "I sneeze and my eyes itch every spring, could acupuncture help my hay fever?",
        "mes yeux qui grattent et le nez qui coule au printemps, l'acupuncture aide pour les allergies ?",
    ],
)
def test_a_digestive_complaint_or_allergy_signs_asked_is_no_unknown_health_word(text):
    assert unknown_health_term(text, get_store()) is None


@pytest.mark.parametrize(
    "text",
    [
        "my arm started to itch where the needles were, is that normal?",
        "I got heartburn right after my session yesterday, why?",
    ],
)
def test_an_itch_or_heartburn_after_a_session_stays_a_health_word(text):
    assert unknown_health_term(text, get_store()) is not None
