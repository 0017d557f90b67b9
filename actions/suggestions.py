"""Questions to offer as buttons when the assistant is unsure or off-topic."""

from typing import FrozenSet, List, Sequence

from bot import MODALITIES
from bot.knowledge.model import Entry
from bot.knowledge.store import KnowledgeStore

STARTERS = (
    ("difference", MODALITIES),
    ("sensation", ("dry_needling",)),
    ("safety", ("acupuncture",)),
    ("overview", ("ims",)),
)
MAX_SUGGESTIONS = 3


def starter_questions(store: KnowledgeStore, limit: int = MAX_SUGGESTIONS) -> List[Entry]:
    found = [store.find([topic], frozenset(mods)) for topic, mods in STARTERS]
    return [e for e in found if e][:limit]


def likely_questions(
    store: KnowledgeStore,
    text: str,
    topics: Sequence[str],
    context: FrozenSet[str],
    limit: int = MAX_SUGGESTIONS,
) -> List[Entry]:
    """Up to `limit` entries: the NLU's best topic guesses (for the conversation's modality,
    or the general comparison), then full-text matches on the message itself."""
    picks: List[Entry] = []
    for topic in topics[:2]:
        entry = store.find([topic], context or frozenset(MODALITIES), text)
        if entry:
            picks.append(entry)
    picks += store.search(text, limit=limit * 2, modalities=context)
    unique = list({e.id: e for e in picks}.values())
    return unique[:limit]
