"""The held-out conversation cases are well-formed, broad, and not copied from training data."""
import re
from collections import Counter
from pathlib import Path

import yaml

from bot import MODALITIES
from bot.evaluate import CASES_DIR, load_cases
from bot.knowledge import TOPICS

KINDS = {"kb", "booking", "contact", "emergency", "fallback", "smalltalk"}


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
        assert c.kind in KINDS, c.id
        assert set(c.topic_any) <= set(TOPICS), c.id
        assert set(c.modalities_all) <= set(MODALITIES), c.id
    kb = [c for c in cases if c.kind == "kb"]
    assert {t for c in kb for t in c.topic_any} == set(TOPICS)
    assert {m for c in kb for m in c.modalities_all} == set(MODALITIES)
    kinds = Counter(c.kind for c in cases)
    assert all(kinds[k] >= 5 for k in KINDS), kinds
    assert sum(len(c.turns) > 1 for c in cases) >= 20


def test_no_case_turn_is_copied_from_the_nlu_training_data():
    training = _nlu_examples()
    copied = [(c.id, t) for c in load_cases([CASES_DIR]) for t in c.turns if _norm(t) in training and len(_norm(t).split()) > 2]
    assert not copied, copied
