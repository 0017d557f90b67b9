"""Which entry answers a question, given its topic, modalities and wording.

The rules, in order:
1. a *specific* entry (keywords/conditions) of the asked topic whose words appear in the
   message, for exactly the modalities asked;
2. the same in a closely related topic (the next NLU guesses, conditions <-> evidence);
3. the *general* entry of the topic for exactly those modalities;
4. the smallest comparison entry that covers them (e.g. the three-way entry for a pair).
"""
import re
from typing import Dict, FrozenSet, Iterable, List, Optional, Sequence, Set

from bot.knowledge.model import Entry

SIBLING_TOPICS = {"conditions": ["evidence"], "evidence": ["conditions"]}


def _mentions(text: str, phrase: str) -> bool:
    return re.search(r"(?<![\w-])" + re.escape(phrase.lower()) + r"(?![\w-])", text) is not None


def matches_specifics(entry: Entry, text: str, conditions: Set[str]) -> bool:
    return any(_mentions(text, k) for k in entry.keywords) or bool(conditions & set(entry.conditions))


def _levels(entries: Iterable[Entry], topic: str, modalities: FrozenSet[str]) -> List[List[Entry]]:
    """Candidates of a topic grouped by how closely their modalities fit: exact first."""
    by_size: Dict[int, List[Entry]] = {}
    for e in entries:
        if e.topic == topic and modalities <= e.modality_set:
            by_size.setdefault(len(e.modality_set - modalities), []).append(e)
    return [by_size[k] for k in sorted(by_size)]


def choose_entry(entries: Sequence[Entry], topics: Sequence[str], modalities: FrozenSet[str],
                 text: str, conditions: Set[str] = frozenset()) -> Optional[Entry]:
    """Pick the best entry; `topics` is the predicted topic first, then other likely ones."""
    if not topics:
        return None
    text = text.lower()
    main = topics[0]
    related = list(dict.fromkeys(list(topics[1:]) + SIBLING_TOPICS.get(main, [])))
    for topic in [main] + related:
        specific = [e for e in entries if e.topic == topic and e.modality_set == modalities
                    and not e.is_general and matches_specifics(e, text, conditions)]
        if specific:
            return specific[0]
    for level in _levels(entries, main, modalities):
        specific = [e for e in level if not e.is_general and matches_specifics(e, text, conditions)]
        general = [e for e in level if e.is_general]
        if specific or general:
            return (specific or general)[0]
    return None
