"""A wish to come off, cut down or stop a medicine taken now, told beside a question whether
needling helps a use the entries name, is declined (medication), not answered from that use's
research: whether needling fits with that medicine, or lets the patient drop it, is for the
prescriber or the pharmacist (written rule 7; medication's `in_story: cause` kept the medicine as
background). A medicine only complained of ("sick of taking pills for them"), or coming off it
asked as what needling helps with, is not this.

Why: heldout38 and heldout39 (reflux with daily pills, anxiety with a sleeping medicine) were
answered from the stress, sleep and digestion research. Each case is a wording of our own."""

from dataclasses import replace

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


def _asked(question, story, condition):
    """The question as the NLU hands it over, the condition found in it and asked about."""
    named = ["dry_needling"] if "dry needling" in question else ["acupuncture"]
    q = ask(question, story=story, intent="ask_conditions", confidence=0.9, named=named)
    return replace(q, conditions=frozenset([condition]), asked_conditions=frozenset([condition]))


@pytest.mark.parametrize(
    "question, story, condition",
    [
        (
            "can acupuncture help my reflux?",
            "been on omeprazole for years and i want to get off it.",
            "digestion",
        ),
        (
            "would dry needling help my back pain?",
            "i'm on pain pills every day and want to come off them.",
            "low_back_pain",
        ),
        (
            "does acupuncture work for insomnia?",
            "i'd like to wean off my zopiclone at some point.",
            "insomnia",
        ),
        ("l'acupuncture aide pour l'anxiété?", "j'aimerais arrêter mes anxiolytiques un jour.", "stress"),
        (
            "est-ce que l'acupuncture aide les migraines?",
            "je voudrais diminuer mes médicaments.",
            "migraine_headache",
        ),
    ],
)
def test_coming_off_a_medicine_is_declined(store, question, story, condition):
    d = route(_asked(question, story, condition), store)
    assert (d.kind, d.reason) == ("fallback", "not_covered"), (d.rule, d.entry and d.entry.id)
    assert d.subject.id == "medication"


def test_coming_off_a_preventive_is_declined(store):
    q = ask(
        "once acupuncture kicks in can i get off my migraine preventative?",
        intent="nlu_fallback",
        confidence=0.3,
    )
    d = route(q, store)
    assert (d.kind, d.reason) == ("fallback", "not_covered"), (d.rule, d.entry and d.entry.id)
    assert d.subject.id == "medication"


@pytest.mark.parametrize(
    "question, story, condition",
    [
        ("can acupuncture help headaches?", "i'm sick of taking pills for them.", "migraine_headache"),
        ("would acupuncture help my sleep?", "i take melatonin most nights.", "insomnia"),
    ],
)
def test_a_medicine_only_complained_of_is_still_answered(store, question, story, condition):
    d = route(_asked(question, story, condition), store)
    assert d.kind == "kb", (d.rule, d.reason, d.subject)
