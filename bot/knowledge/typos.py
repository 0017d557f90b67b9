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
  knowledge base, the synonyms): "cancel" is never "cancer";
- nor an everyday English or French word (build/common_words.txt, bot/nlu/common_words.py):
  "scary" is never "scars", "miles" never "moles"; French words only in a French message
  ("presure" is "pressure" in English, but "présure" typed without its accent in French).
The illness words are the words of 5 letters or more in knowledge/health_words.txt and the few
below that not_covered.yml subjects are written around.
"""

import re
from functools import lru_cache
from typing import Callable, Dict, FrozenSet, Set

from bot.knowledge.common_words import load_common_words
from bot.knowledge.health_words import _FRENCH, HEALTH_WORDS_FILE
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


def deletions(word: str) -> Set[str]:
    """The word with one letter left out, each way: the keys of a symmetric-delete lookup."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@lru_cache(maxsize=2)
def _targets(path=HEALTH_WORDS_FILE) -> FrozenSet[str]:
    words = set(SUBJECT_WORDS)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            words.update(_TOKEN.findall(line.lower()))
    words = {w for w in words if len(w) >= MIN_LENGTH}
    # health_words.txt also lists common misspellings ("presure") for the guard; as targets they
    # would stop the slip being read as the word meant, so a listed word that is no everyday
    # English word, one slip from a listed word that is, is left out ("tumor" stays).
    common = load_common_words("en")
    if common:
        by_key: Dict[str, Set[str]] = {}
        for w in words:
            for key in deletions(w) | {w}:
                by_key.setdefault(key, set()).add(w)
        slips = set()
        for w in words - common:
            near = set().union(*(by_key.get(k, ()) for k in deletions(w) | {w}))
            if any(m != w and m in common and _one_slip(w, m) for m in near):
                slips.add(w)
        words -= slips
    return frozenset(words)


@lru_cache(maxsize=2)
def _index(path=HEALTH_WORDS_FILE) -> Dict[str, FrozenSet[str]]:
    """Every illness word under itself and each of its one-letter deletions (a symmetric-delete
    index: two words one slip apart share a key), built once."""
    index: Dict[str, Set[str]] = {}
    for word in _targets(path):
        for key in deletions(word) | {word}:
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
    return short in deletions(long_)


def _meant(word: str, french: bool = False) -> str:
    if len(word) < MIN_LENGTH or word in _targets():
        return word
    index = _index()
    found: Set[str] = set()
    for key in deletions(word) | {word}:
        found.update(index.get(key, ()))
    candidates = sorted(m for m in found if len(m) >= MIN_LENGTH and _one_slip(word, m))
    known = load_vocabulary()
    folded = fold(word)
    if len(candidates) != 1 or not known or folded in known or folded in load_common_words("en"):
        return word  # ambiguous, an everyday or known word, or no `bot build` yet: left as typed
    if french and folded in load_common_words("fr"):
        return word  # a French word in a French message
    return candidates[0]


def near_an_illness_word() -> Callable[[str], bool]:
    """Whether a word is one slip from an illness word: the only French words this reader must
    know (bot.knowledge.common_words keeps just these). Read after the English words are written."""
    _targets.cache_clear()
    _index.cache_clear()
    index = _index()

    def near(word: str) -> bool:
        return len(word) >= MIN_LENGTH and any(
            _one_slip(word, m) for k in deletions(word) | {word} for m in index.get(k, ())
        )

    return near


def corrected(text: str) -> str:
    """`text` lower-cased, with each illness word typed with one slip put right; the same text
    when there is none."""
    low = (text or "").lower().replace("\u2019", "'")
    french = bool(_FRENCH.search(low))
    return _TOKEN.sub(lambda m: _meant(m.group(), french), low)
