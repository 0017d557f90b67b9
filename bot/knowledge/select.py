"""Which entry answers a question, given its topic, modalities and wording.

The rules, in order:
1. a *specific* entry (keywords/conditions/terms) of the asked topic whose words appear
   in the message, for exactly the modalities asked;
2. the same in a closely related topic (the next NLU guesses, conditions <-> evidence);
2b. an entry of any topic whose *terms* appear: technical words ("Hua Tuo Jia Ji",
   "pneumothorax", "AMA") that identify one entry whatever topic NLU guessed;
3. the *general* entry of the topic for exactly those modalities;
4. the smallest comparison entry that covers them (e.g. the three-way entry for a pair).

When several specific entries fit at one step, `_best` scores each (message, entry) pair on
what can be measured, in this order: its keywords, terms and conditions named in the question
sentence itself (not the story before it), the conditions of the whole message it names, its
keywords and terms anywhere in the message, and how many words of its own question the
question sentence shares.
File order breaks ties, so an unchanged message keeps its entry.
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


_WORDS = re.compile(r"[a-zà-ÿ0-9']+")
_SMALL = frozenset(
    "a an the and or of to in on for with is are do does can could would will i my me it at be "
    "what how why when which who you your that this if than le la les un une des de du et ou est "
    "pour avec mon ma je".split()
)


def _best(candidates: List[Entry], text: str, question: str, conditions: Set[str], asked: Set[str]) -> Entry:
    """The candidate whose words best fit the question (see the module docstring)."""
    if len(candidates) == 1 or not question:
        return candidates[0]
    asked_text = question.lower()
    asked_words = set(_WORDS.findall(asked_text)) - _SMALL

    def score(e: Entry):
        phrases = e.keywords + e.terms
        return (
            sum(mentions(asked_text, k) for k in phrases) + len(asked & set(e.conditions)),
            len(conditions & set(e.conditions)),
            sum(mentions(text, k) for k in phrases),
            len(asked_words & (set(_WORDS.findall(e.question.lower())) - _SMALL)),
        )

    return max(candidates, key=score)


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
    question: str = "",
    asked: Set[str] = frozenset(),
) -> Optional[Entry]:
    """Pick the best entry; `topics` is the predicted topic first, then other likely ones.
    `question` is the question sentence of the message (`text`) and `asked` the conditions
    named in it, for `_best`."""
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
            return _best(specific, text, question, set(conditions), set(asked))
    by_term = _term_match(entries, list(topics), modalities, text)
    if by_term:
        return by_term
    for level in _levels(entries, main, modalities):
        specific = [e for e in level if not e.is_general and matches_specifics(e, text, conditions)]
        general = [e for e in level if e.is_general]
        if specific:
            return _best(specific, text, question, set(conditions), set(asked))
        if general:
            return general[0]
    return None
