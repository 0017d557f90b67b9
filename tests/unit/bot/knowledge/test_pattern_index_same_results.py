"""The word indexes that skip regex searches must never change a result: red_flag_match with its
index finds what searching every red-flag pattern finds, the not-covered and clinic-topic indexes
pick the rules that trying every rule in order picks, and the health-word guard's first-word
look-up returns what checking every phrase returns. Checked on the conversation cases, the
tune set, the training examples and variants of them (case, accents, typographic apostrophes,
plural "s", hyphens, joined sentences)."""

import re
from pathlib import Path

import pytest

from bot import PROJECT_ROOT
from bot.knowledge import health_words, subjects
from bot.knowledge.store import get_store
from bot.nlu.safety import clean_text, normalise, red_flag_match, red_flag_match_unindexed
from bot.ops.evaluate import CASES_DIR, load_cases


def _texts():
    cases = load_cases([CASES_DIR, PROJECT_ROOT / "tests" / "real_questions" / "tune.yml"])
    texts = [t for c in cases for t in c.turns]
    for path in sorted((PROJECT_ROOT / "data").rglob("*.yml")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line.startswith("- ") and len(line) > 6:
                texts.append(re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line[2:]))
    texts = list(dict.fromkeys(texts))
    variants = []
    for t in texts[::7]:
        variants += [t.upper(), t.replace("'", "\u2019"), t.replace(" ", "-"), t.replace("e", "é"), t + "s"]
    joined = [" ".join(texts[k : k + 3]) for k in range(0, len(texts), 50)]
    return texts + variants + joined


TEXTS = _texts()


def test_there_are_enough_texts_to_mean_something():
    assert len(TEXTS) > 3000


def test_red_flags_found_with_the_index_are_those_every_pattern_finds():
    differ = [t for t in TEXTS if red_flag_match(t) != red_flag_match_unindexed(t)]
    assert not differ, differ[:5]
    assert sum(1 for t in TEXTS if red_flag_match(t)) > 100  # the check saw real red flags


@pytest.mark.parametrize(
    "kind,path,parse",
    [
        ("not_covered", subjects.NOT_COVERED_FILE, subjects._parse_not_covered),
        ("clinic_topics", subjects.CLINIC_TOPICS_FILE, subjects._parse_clinic_topics),
    ],
)
def test_rules_found_with_the_index_are_those_trying_every_rule_finds(kind, path, parse):
    rules, index = subjects._cached(kind, Path(path), parse)
    found = 0
    for text in TEXTS:
        norm = normalise(clean_text(text))
        every = [r for r in rules if r.matches(norm)]
        assert index.all_matches(norm) == every, text
        assert index._first_match(norm) == (every[0] if every else None), text
        found += bool(every)
    assert found > 50


def _unknown_health_term_without_index(text, store):
    """unknown_health_term as it was, every phrase tried in file order."""
    saved = health_words._phrases_in
    health_words._phrases_in = lambda norm: list(health_words._health_phrases())
    try:
        return health_words.unknown_health_term(text, store)
    finally:
        health_words._phrases_in = saved


def test_health_words_found_with_the_index_are_those_every_phrase_finds():
    store = get_store()
    found = 0
    for text in TEXTS:
        expected = _unknown_health_term_without_index(text, store)
        assert health_words.unknown_health_term(text, store) == expected, text
        found += bool(expected)
    assert found > 20
