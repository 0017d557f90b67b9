"""The anchoring guard (bot/knowledge/anchoring.py): a question whose asked-about thing no entry
mentions is declined as not covered instead of getting the nearest entry; a question with
unusual words about something the entries do cover is still answered."""

import pytest

from actions.texts import NOT_COVERED_FR
from bot.knowledge.route import route
from bot.knowledge.subjects import ASK_WORDS
from tests.helpers.route_questions import ask, declined


@pytest.mark.parametrize(
    "message",
    [
        "could you suggest footrests for long drives?",
        "quelle souris pour le poignet ?",
    ],
)
def test_advice_on_a_thing_no_entry_mentions_is_declined(store, message):
    d = declined(store, message, "unanchored", "ask_conditions")
    assert d.subject.ask_words == "your doctor, a pharmacist or the clinic team"


@pytest.mark.parametrize(
    "message",
    [
        "does the teamsters health plan cover dry needling?",
        "does the boilermakers benefits plan pay for IMS?",
        "would the ironworkers insurance pay for acupuncture?",
        "l'assurance collective Beneva paie-t-elle l'IMS ?",
    ],
)
def test_a_plan_by_a_name_no_entry_uses_is_for_that_plan(store, message):
    d = declined(store, message, "named_plan", "ask_insurance")
    assert d.subject.ask == "plan"  # only that plan can say what it pays (written rule 5)


@pytest.mark.parametrize(
    "message, intent",
    [
        ("what type of needles do you use?", "ask_needles"),
        ("quelle sorte d'aiguilles utilisez-vous ?", "ask_needles"),
        ("which treatment is best for sciatica?", "ask_choosing"),
        ("quel traitement est le meilleur pour mon dos?", "ask_choosing"),
        ("is IMS covered by extended health plans?", "ask_insurance"),
        ("does my work health plan cover IMS?", "ask_insurance"),
        ("is acupuncture covered by my husband's insurance?", "ask_insurance"),
        ("quelle formation doit avoir un physio pour faire du dry needling?", "ask_practitioners"),
        ("can acupuncture help my swimmers shoulder?", "ask_conditions"),
        ("what would you recommend for my knotted calves from marathons?", "ask_conditions"),
        ("which one makes more sense for a lifting injury, acupuncture or dry needling?", "ask_choosing"),
        ("which muscles do they needle for tennis elbow?", "ask_technique"),
    ],
)
def test_unusual_words_about_what_the_entries_cover_are_still_answered(store, message, intent):
    d = route(ask(message, intent=intent, confidence=0.7), store)
    assert d.kind == "kb", (d.rule, d.subject)


def test_the_generic_decline_reads_in_both_languages():
    assert "your doctor, a pharmacist or the clinic team" in ASK_WORDS.values()
    assert "documents" in NOT_COVERED_FR["unanchored"]
