"""bench.spent_quick judges router changes on every spent set in a minute: its parses are cached
per model (only new messages are parsed), and each case's turns go through the real answer
action with the conversation carried between turns, so a follow-up is read as a follow-up and a
wrong reply is reported as bench.spent_sets reports it. (Red-flag phrases act in the NLU
pipeline, so a cached parse already carries the emergency intent.)"""

import json

import pytest

from bench import spent_quick
from bench.spent_sets import failure_line
from bot.ops.evaluate import load_cases

DN = [{"entity": "modality", "value": "dry_needling", "start": 0, "end": 0}]


def _parse(text, intent, entities=()):
    return {"text": text, "intent": {"name": intent, "confidence": 0.95}, "entities": list(entities)}


PARSES = {
    "does dry needling hurt?": _parse("does dry needling hurt?", "ask_sensation", DN),
    "and afterwards, what should I do?": _parse("and afterwards, what should I do?", "ask_aftercare"),
    "my chest is crushing and my left arm went numb, I can't breathe": _parse(
        "my chest is crushing and my left arm went numb, I can't breathe", "emergency"
    ),
}

CASES = """
cases:
- id: q-001
  turns: ["does dry needling hurt?", "and afterwards, what should I do?"]
  kind: kb
  topic_any: [aftercare]
  modalities_all: [dry_needling]
- id: q-002
  turns: ["my chest is crushing and my left arm went numb, I can't breathe"]
  kind: kb
  topic_any: [sensation]
"""


@pytest.fixture
def cases(tmp_path):
    path = tmp_path / "quick.yml"
    path.write_text(CASES, encoding="utf-8")
    return load_cases([path])


def test_only_messages_missing_from_the_model_cache_are_parsed(tmp_path):
    asked = []

    def parse(texts):
        asked.append(list(texts))
        return [{"text": t} for t in texts]

    cache = tmp_path / "cache" / "config-abc.json"
    spent_quick.cached_parses(["a", "b", "a"], cache, parse)
    again = spent_quick.cached_parses(["b", "c"], cache, parse)
    assert asked == [["a", "b"], ["c"]]
    assert set(json.loads(cache.read_text())) == {"a", "b", "c"} and again["c"] == {"text": "c"}


def test_a_new_red_flag_phrase_or_vocabulary_means_new_parses(tmp_path):
    flags, vocabulary = tmp_path / "red_flags.yml", tmp_path / "vocabulary.txt"
    flags.write_text("a: [x]\n"), vocabulary.write_text("word\n")
    model = tmp_path / "config-abc.tar.gz"
    before = spent_quick.cache_file(model, (flags, vocabulary))
    assert spent_quick.cache_file(model, (flags, vocabulary)) == before
    flags.write_text("a: [x, y]\n")
    assert spent_quick.cache_file(model, (flags, vocabulary)) != before
    assert spent_quick.cache_file(tmp_path / "config-def.tar.gz", (flags, vocabulary)).name.startswith(
        "config-def-"
    )


def test_a_follow_up_keeps_the_treatment_and_an_emergency_is_reported_as_a_failure(fixture_store, cases):
    results = spent_quick.run({"quick": cases}, PARSES)["quick"]
    follow_up, emergency = results
    assert follow_up.passed, follow_up.failure
    assert follow_up.turn.contract["kb"]["id"] == "dn-aftercare"
    assert not emergency.passed and emergency.turn.contract["kind"] == "emergency"
    assert "kind 'emergency' not in ['kb']" in failure_line(emergency)
