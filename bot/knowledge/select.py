"""Which entry answers a question, given its topic, modalities and wording.

The rules, in order:
1. a *specific* entry (keywords/conditions/terms) of the asked topic whose words appear
   in the message, for exactly the modalities asked;
2. the same in a closely related topic (the next NLU guesses, conditions <-> evidence);
2b. an entry of any topic whose *terms* appear: technical words ("Hua Tuo Jia Ji",
   "pneumothorax", "AMA") that identify one entry whatever topic NLU guessed;
3. the *general* entry of the topic for exactly those modalities;
4. the smallest comparison entry that covers them (e.g. the three-way entry for a pair).
"""

import re
from functools import lru_cache
from typing import Dict, FrozenSet, Iterable, List, Optional, Sequence, Set

from bot.knowledge.model import Entry

SIBLING_TOPICS = {"conditions": ["evidence"], "evidence": ["conditions"]}


@lru_cache(maxsize=4096)
def _whole_phrase(phrase: str) -> re.Pattern:
    return re.compile(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])")


def mentions(text: str, phrase: str) -> bool:
    """Whether `phrase` is in `text` as whole words. The substring test comes first: the
    pattern can only match where the phrase is, and most keywords are in no message; the
    compiled patterns are kept, since there are more keywords than `re`'s own cache holds."""
    phrase = phrase.lower()
    return phrase in text and _whole_phrase(phrase).search(text) is not None


def matches_specifics(entry: Entry, text: str, conditions: Set[str]) -> bool:
    return any(mentions(text, k) for k in entry.keywords + entry.terms) or bool(
        conditions & set(entry.conditions)
    )


def _term_match(
    entries: Sequence[Entry], topics: Sequence[str], modalities: FrozenSet[str], text: str
) -> Optional[Entry]:
    """The entry whose term appears, covering the asked modalities most closely; ties go to
    the NLU's likelier topics, then to the longer (more specific) term."""
    best = None
    for e in entries:
        if not e.terms or not modalities <= e.modality_set:
            continue
        hits = [t for t in e.terms if mentions(text, t)]
        if hits:
            rank = (
                len(e.modality_set - modalities),
                topics.index(e.topic) if e.topic in topics else len(topics),
                -max(map(len, hits)),
            )
            if best is None or rank < best[0]:
                best = (rank, e)
    return best[1] if best else None


def _levels(entries: Iterable[Entry], topic: str, modalities: FrozenSet[str]) -> List[List[Entry]]:
    """Candidates of a topic grouped by how closely their modalities fit: exact first."""
    by_size: Dict[int, List[Entry]] = {}
    for e in entries:
        if e.topic == topic and modalities <= e.modality_set:
            by_size.setdefault(len(e.modality_set - modalities), []).append(e)
    return [by_size[k] for k in sorted(by_size)]


def choose_entry(
    entries: Sequence[Entry],
    topics: Sequence[str],
    modalities: FrozenSet[str],
    text: str,
    conditions: Set[str] = frozenset(),
) -> Optional[Entry]:
    """Pick the best entry; `topics` is the predicted topic first, then other likely ones."""
    if not topics:
        return None
    text = text.lower()
    main = topics[0]
    related = list(dict.fromkeys(list(topics[1:]) + SIBLING_TOPICS.get(main, [])))
    for topic in [main] + related:
        specific = [
            e
            for e in entries
            if e.topic == topic
            and e.modality_set == modalities
            and not e.is_general
            and matches_specifics(e, text, conditions)
        ]
        if specific:
            return specific[0]
    by_term = _term_match(entries, list(topics), modalities, text)
    if by_term:
        return by_term
    for level in _levels(entries, main, modalities):
        specific = [e for e in level if not e.is_general and matches_specifics(e, text, conditions)]
        general = [e for e in level if e.is_general]
        if specific or general:
            return (specific or general)[0]
    return None
