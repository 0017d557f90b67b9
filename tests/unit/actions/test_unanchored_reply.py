"""The reply to a question the anchoring guard declines (bot/knowledge/anchoring.py): the patient
reads that the clinic's documents don't cover it, and who to ask, in their language."""

import pytest

from actions.knowledge_answer import ActionAnswerFromKnowledge
from tests.helpers import contracts, texts


@pytest.fixture(autouse=True)
def _store(fixture_store):
    return fixture_store


@pytest.mark.parametrize(
    "text, lang, says",
    [
        (
            "could you suggest a footrest for long drives between acupuncture sessions?",
            None,
            ["the clinic's documents don't cover it", "your doctor, a pharmacist or the clinic team"],
        ),
        (
            "quelle souris ergonomique acheter pour le poignet en plus de l'acupuncture ?",
            "fr",
            ["les documents de la clinique n'en parlent pas", "votre médecin, un pharmacien ou l'équipe"],
        ),
    ],
)
def test_a_thing_no_entry_mentions_is_declined_saying_who_to_ask(
    dispatcher, tracker_factory, text, lang, says
):
    tracker = tracker_factory(
        text,
        "ask_sensation",  # the nearest topic the classifier found
        entities=[{"entity": "modality", "value": "acupuncture"}],
        slots={"language": lang} if lang else None,
    )
    ActionAnswerFromKnowledge().run(dispatcher, tracker, {})
    (contract,) = contracts(dispatcher)
    assert (contract["kind"], contract["reason"], contract["subject"], contract["ask"]) == (
        "fallback",
        "not_covered",
        "unanchored",
        "doctor_pharmacist_or_clinic",
    )
    said = " ".join(texts(dispatcher))
    assert all(s in said for s in says), said
