"""The path from the tracker to route() answers an ordinary question, never with the
internal-error apology, whatever the tracker holds: slots never set or of an odd shape, a
topic slot naming no topic, an intent ranking with a missing confidence, a clinic.yml with no
`answers:` at all."""

import pytest

from actions.knowledge_answer import ActionAnswerFromKnowledge
from tests.helpers import contracts, texts


@pytest.fixture(autouse=True)
def _store(fixture_store):
    return fixture_store


def reply(dispatcher, tracker):
    ActionAnswerFromKnowledge().run(dispatcher, tracker, {})
    (contract,) = contracts(dispatcher)
    return contract


@pytest.mark.parametrize(
    "ranking",
    [
        [{"name": "ask_sensation", "confidence": 0.9}, {"name": "ask_aftercare", "confidence": None}],
        [{"name": "ask_sensation", "confidence": 0.9}, {"name": "ask_safety"}],
        [{"name": None, "confidence": 0.5}],
    ],
)
def test_an_intent_ranking_without_a_confidence_still_gets_the_answer(dispatcher, tracker_factory, ranking):
    tracker = tracker_factory(
        "does dry needling hurt?",
        "ask_sensation",
        entities=[{"entity": "modality", "value": "dry_needling"}],
        ranking=ranking,
    )
    contract = reply(dispatcher, tracker)
    assert contract["rule"] != "internal_error"
    assert contract["kind"] == "kb" and contract["kb"]["id"] == "dn-sensation"


@pytest.mark.parametrize(
    "slots",
    [
        {},
        {"topic": None, "modalities": None, "conditions": None},
        {"topic": "no_such_topic", "modalities": ["ims"]},
        {"topic": "fees", "modalities": "ims", "conditions": "neck"},
        {"modalities": ["cupping"]},
    ],
)
@pytest.mark.parametrize(
    "text,intent", [("and how long does it last?", "nlu_fallback"), ("does it hurt?", "ask_sensation")]
)
def test_odd_or_missing_slots_never_end_in_the_apology(dispatcher, tracker_factory, slots, text, intent):
    contract = reply(dispatcher, tracker_factory(text, intent, confidence=0.5, slots=slots, bot_spoke=True))
    assert contract["rule"] != "internal_error"


@pytest.mark.parametrize("answers", ["", "answers:\n"])
@pytest.mark.parametrize(
    "text,intent",
    [
        ("how much is a session?", "ask_insurance"),
        ("is there parking?", "ask_location"),
        ("book me in", "book"),
    ],
)
def test_a_clinic_with_no_answers_gives_its_phone_not_the_apology(
    dispatcher, tracker_factory, tmp_path, monkeypatch, answers, text, intent
):
    clinic = tmp_path / "clinic.yml"
    clinic.write_text(
        "name: Other Clinic\nphone: 555-0199\nbooking_url: https://example.org/book\n"
        "modalities: [acupuncture]\nhours: [Mon 9-5]\naddress: 1 Test Road\n" + answers
    )
    monkeypatch.setenv("NEEDLE_CLINIC", str(clinic))
    contract = reply(dispatcher, tracker_factory(text, intent, slots={"topic": "no_such_topic"}))
    assert contract["rule"] != "internal_error"
    assert "555-0199" in " ".join(texts(dispatcher)) or contract.get("phone") == "555-0199"
