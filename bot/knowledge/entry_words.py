"""The topic a message names by one of its entries' own words, for a message the classifier was
unsure of ("will needling leave bruses?", "un point trigger c'est quoi?").

The classifier can hesitate on a plain question when its wording is new to it; a word that picks
out the entries of one topic (an entry keyword or curated term, "bruises", "trigger point"), typed
as written or with one slip, says what it asks. Only one topic may be named: a message naming
the words of two topics stays unsure. A phrase of several words, when there is one, decides
alone ("trigger point" over "physio" beside it). Single words of 5 letters or more only (a slip in a short
word is too often another word), and never an everyday or known word read as a keyword.
"""

import re
from functools import lru_cache
from typing import Dict, FrozenSet, Optional, Set, Tuple

from bot.knowledge.common_words import load_common_words
from bot.knowledge.select import mentions
from bot.knowledge.store import KnowledgeStore
from bot.knowledge.typos import _one_slip
from bot.knowledge.wording import SPORT_TRAINING
from bot.nlu.language import fold
from bot.nlu.vocabulary import load_vocabulary

MIN_LENGTH = 5
_TOKEN = re.compile(r"[a-zà-ÿ]+")
# "trigger point" in French word order or words: "un point trigger", "des points gâchettes"
TRIGGER_POINT_FR = re.compile(r"\bpoints? (trigger|g[aâ]chette)s?\b")
# ...or with a letter missing or doubled: "triger point", "trigerpoints"
TRIGGER_POINT_TYPED = re.compile(r"\btr[iy]g{1,2}[eu]?r{1,2} ?points?\b")
# The patient's own practitioner in the story, doing or saying something: "my physio brought up
# dry needling", "ma physio m'a proposé l'IMS". Not a question about who gives it.
_OWN_PRACTITIONER_TOLD = re.compile(
    r"\b(my|our|her|his|ma|mon|notre|sa|son) (physio|physiotherapist|physical therapist|pt|physioth[eé]rapeute|kin[eé])\b"
    r"(?= (also |just |then |finally |actually |has |had )?(brought|brings|bring|suggested|suggests|said|says|told|tells|"
    r"mentioned|mentions|recommended|recommends|wants|wanted|offered|offers|thinks|thought|put|puts|used|uses|tried|"
    r"started|proposed|is going|was going|m'a|m'|a propos[eé]|propose|veut|voulait|sugg[eè]re|a sugg[eé]r[eé]|"
    r"recommande|a recommand[eé]|a dit|dit|a parl[eé]|parle)\b)"
)


@lru_cache(maxsize=4)
def _index(store: KnowledgeStore) -> Tuple[Dict[str, FrozenSet[str]], Tuple[Tuple[str, str], ...]]:
    """Single keyword -> topics, and (phrase, topic) for the keywords of several words."""
    words: Dict[str, Set[str]] = {}
    phrases = set()
    for e in store.entries.values():
        if e.is_general:
            continue
        for k in tuple(e.keywords) + tuple(e.terms):
            k = k.lower()
            if " " in k or "-" in k:
                phrases.add((k, e.topic))
            elif len(k) >= MIN_LENGTH:
                words.setdefault(k, set()).add(e.topic)
    return {w: frozenset(t) for w, t in words.items()}, tuple(sorted(phrases))


def _meant_topics(word: str, words: Dict[str, FrozenSet[str]]) -> FrozenSet[str]:
    if word in words:
        return words[word]
    if len(word) < MIN_LENGTH:
        return frozenset()
    folded = fold(word)
    if folded in load_vocabulary() or folded in load_common_words("en") or folded in load_common_words("fr"):
        return frozenset()
    found = [w for w in words if w[0] == word[0] and abs(len(w) - len(word)) <= 1 and _one_slip(word, w)]
    return words[found[0]] if len(found) == 1 else frozenset()


def named_topic(text: str, store: KnowledgeStore) -> Optional[str]:
    """The one topic whose entries' own words `text` names, or None."""
    low = (text or "").lower().replace("\u2019", "'")
    low = TRIGGER_POINT_TYPED.sub(" trigger point ", TRIGGER_POINT_FR.sub(" trigger point ", low))
    low = SPORT_TRAINING.sub(" ", low)  # "training for my first marathon": no practitioner's training
    low = _OWN_PRACTITIONER_TOLD.sub(" ", low)  # "my physio brought up dry needling": the story, not who
    words, phrases = _index(store)
    topics: Set[str] = {t for k, t in phrases if mentions(low, k)}
    if not topics:  # a phrase ("trigger point") says more than a single word ("physio") beside it
        for token in set(_TOKEN.findall(low)):
            topics |= _meant_topics(token, words)
    return next(iter(topics)) if len(topics) == 1 else None
