"""The held-out conversation cases are well-formed, broad, and not copied from training data."""
import re
from collections import Counter
from pathlib import Path

import yaml

from bot import MODALITIES
from bot.ops.evaluate import CASES_DIR, load_cases
from bot.knowledge import TOPICS

KINDS_EVERY_SET_HAS = {"kb", "booking", "contact", "emergency", "fallback", "smalltalk"}
REAL_DIR = Path("tests/real_questions")
KINDS_A_CASE_MAY_EXPECT = KINDS_EVERY_SET_HAS | {"clinic", "clarify"}
REASONS = {"not_covered", "out_of_scope", "low_confidence", "no_entry", "empty", "no_words", "too_long",
           "other_language", "unknown_words"}


def _norm(text):
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _nlu_examples():
    examples = set()
    for path in Path("data/nlu").glob("*.yml"):
        for item in (yaml.safe_load(path.read_text()) or {}).get("nlu", []):
            for line in str(item.get("examples", "")).splitlines():
                examples.add(_norm(line.lstrip("- ")))
    return examples


def test_cases_are_well_formed_and_cover_every_topic_and_modality():
    cases = load_cases([CASES_DIR])
    assert len(cases) >= 150
    for c in cases:
        assert set(c.kinds) <= KINDS_A_CASE_MAY_EXPECT, c.id
        assert set(c.topic_any) <= set(TOPICS), c.id
        assert set(c.modalities_all) <= set(MODALITIES), c.id
    kb = [c for c in cases if c.kind == "kb"]
    assert all(any(c.kind == k for c in cases) for k in KINDS_EVERY_SET_HAS)
    assert {t for c in kb for t in c.topic_any} == set(TOPICS)
    assert {m for c in kb for m in c.modalities_all} == set(MODALITIES)
    kinds = Counter(c.kind for c in cases)
    assert all(kinds[k] >= 4 for k in KINDS_EVERY_SET_HAS), kinds
    assert sum(len(c.turns) > 1 for c in cases) >= 20


def test_no_case_turn_is_copied_from_the_nlu_training_data():
    """Neither the cases nor the real-shaped questions (tune or test half) are training data."""
    training = _nlu_examples()
    copied = [(c.id, t) for c in load_cases([CASES_DIR]) for t in c.turns
              if _norm(t) in training and len(_norm(t).split()) > 2]
    # Real patients also ask "is IMS safe?" in the very words of a training example; anything
    # longer than that is theirs alone.
    real = load_cases([REAL_DIR / "tune.yml", REAL_DIR / "test.yml"])
    copied += [(c.id, t) for c in real for t in c.turns if _norm(t) in training and len(_norm(t).split()) > 5]
    assert not copied, copied


def test_real_shaped_questions_are_well_formed_and_honest_about_what_real_traffic_holds():
    from bot.clinic import ANSWER_TOPICS
    tune, test = load_cases([REAL_DIR / "tune.yml"]), load_cases([REAL_DIR / "test.yml"])
    assert len(tune) + len(test) >= 200 and len(test) >= 100
    for c in tune + test:
        assert set(c.kinds) <= KINDS_A_CASE_MAY_EXPECT, c.id
        assert set(c.reason_any) <= REASONS, c.id
        assert set(c.clinic_topic_any) <= set(ANSWER_TOPICS), c.id
        assert set(c.topic_any) <= set(TOPICS) and set(c.modalities_all) <= set(MODALITIES), c.id
    for half in (tune, test):  # at least 30% the documents cannot answer, or out of scope
        assert sum(c.not_covered for c in half) >= 0.3 * len(half)
        assert any(c.kind == "emergency" for c in half) and any("near_miss" in c.shape for c in half)
