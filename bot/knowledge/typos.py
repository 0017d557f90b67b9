"""Illness words typed with a slip ("high blood presure", "my dad had a stoke"), read as meant.

The subjects the documents don't cover (knowledge/not_covered.yml) and the health-word guard
match words as written, so one missing or doubled letter let a whole-body illness through to
the nearest entry ("what is acupuncture used for?"). This module gives the message with such
slips put right, for those two checks only; the knowledge base search still reads the message
as typed.

A word is put right only when all of these hold, so that an ordinary word is never read as an
illness ("dancer" is never "cancer", "stoke" is "stroke"):
- it is 5 letters or more, and so is the illness word;
- the two differ by one letter added, dropped, changed, or two letters swapped;
- they start with the same letter (slips rarely hit the first one);
- the word as typed is none the assistant knows (build/vocabulary.txt: the NLU examples, the
  knowledge base, the synonyms): "cancel" is never "cancer".
The illness words are the words of 5 letters or more in knowledge/health_words.txt and the few
below that not_covered.yml subjects are written around.
"""

import re
from functools import lru_cache
from typing import Dict, FrozenSet, Set

from bot.knowledge.health_words import HEALTH_WORDS_FILE
from bot.nlu.language import fold
from bot.nlu.vocabulary import load_vocabulary

MIN_LENGTH = 5
# Whole-body illness words not_covered.yml is written around, for the ones health_words.txt
# does not list as a single word.
SUBJECT_WORDS = frozenset(
    """stroke strokes pressure hypertension hypotension cancer cancers diabetes diabetic
chemotherapy chemo radiation tumour tumor parkinson parkinson's epilepsy seizures sclerosis
fibromyalgia thyroid lupus dementia alzheimer's alzheimers heart""".split()
)
_TOKEN = re.compile(r"[a-zà-ÿ]+")


def _deletions(word: str) -> Set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@lru_cache(maxsize=2)
def _targets(path=HEALTH_WORDS_FILE) -> FrozenSet[str]:
    words = set(SUBJECT_WORDS)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            words.update(_TOKEN.findall(line.lower()))
    return frozenset(w for w in words if len(w) >= MIN_LENGTH)


@lru_cache(maxsize=2)
def _index(path=HEALTH_WORDS_FILE) -> Dict[str, FrozenSet[str]]:
    """Every illness word under itself and each of its one-letter deletions (a symmetric-delete
    index: two words one slip apart share a key), built once."""
    index: Dict[str, Set[str]] = {}
    for word in _targets(path):
        for key in _deletions(word) | {word}:
            index.setdefault(key, set()).add(word)
    return {k: frozenset(v) for k, v in index.items()}


def _one_slip(typed: str, meant: str) -> bool:
    if typed == meant or typed[0] != meant[0] or abs(len(typed) - len(meant)) > 1:
        return False
    if len(typed) == len(meant):
        diff = [i for i, (a, b) in enumerate(zip(typed, meant)) if a != b]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and typed[diff[0]] == meant[diff[1]]
            and typed[diff[1]] == meant[diff[0]]
        )
    short, long_ = sorted((typed, meant), key=len)
    return short in _deletions(long_)


def _meant(word: str) -> str:
    if len(word) < MIN_LENGTH or word in _targets():
        return word
    index = _index()
    found: Set[str] = set()
    for key in _deletions(word) | {word}:
        found.update(index.get(key, ()))
    candidates = sorted(m for m in found if len(m) >= MIN_LENGTH and _one_slip(word, m))
    known = load_vocabulary()
    if len(candidates) != 1 or not known or fold(word) in known:
        return word  # no vocabulary built (bot build): nothing is read as another word
    return candidates[0]


def corrected(text: str) -> str:
    """`text` lower-cased, with each illness word typed with one slip put right; the same text
    when there is none."""
    low = (text or "").lower().replace("\u2019", "'")
    return _TOKEN.sub(lambda m: _meant(m.group()), low)
