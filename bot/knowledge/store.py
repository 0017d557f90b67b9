"""Read-only access to knowledge.db for the action server.

The whole knowledge base is small (a few hundred entries), so it is loaded into memory
once per process; only the full-text search goes to SQLite.
"""

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Dict, FrozenSet, List, Optional, Sequence, Set

import sqlite_utils

from bot.errors import NeedleGuideError
from bot.knowledge import db_path
from bot.knowledge.model import Entry, Source
from bot.knowledge.select import choose_entry, mentions
from bot.knowledge.synonyms import Synonyms

STOPWORDS = set(
    """a an and are as at be but by can could do does did for from had has have how i if in
into is it its me my of on or our so than that the their them then there these they this to too us
was we were what when where which who why will with would you your yours about am any after before
just dont don't im i'm should shall may might also get got""".split()
)


class KnowledgeStore:
    def __init__(self, path: Path):
        path = Path(path)
        if not path.exists():
            raise NeedleGuideError(f"{path}: knowledge base not built (run `make kb`)")
        self.path = path
        db = sqlite_utils.Database(path)
        self.sources: Dict[str, Source] = {
            r["id"]: Source(**{k: r[k] or "" for k in ("id", "title", "publisher", "date", "seed")})
            for r in db["sources"].rows
        }
        self.entries: Dict[str, Entry] = {}
        for r in db["entries"].rows:
            self.entries[r["id"]] = Entry(
                id=r["id"],
                topic=r["topic"],
                modalities=tuple(json.loads(r["modalities"])),
                question=r["question"],
                answer=r["answer"],
                sources=tuple(json.loads(r["sources"])),
                followups=tuple(json.loads(r["followups"])),
                keywords=tuple(json.loads(r["keyword_list"])),
                terms=tuple(json.loads(r["terms"])),
                conditions=tuple(json.loads(r["conditions"])),
                file=r["file"],
            )
        table: Dict[str, Dict[str, List[str]]] = {}
        for r in db["synonyms"].rows:
            table.setdefault(r["kind"], {}).setdefault(r["canonical"], []).append(r["phrase"])
        self.synonyms = Synonyms(table)
        db.conn.close()
        self._all = list(self.entries.values())

    def get(self, entry_id: str) -> Optional[Entry]:
        return self.entries.get(entry_id)

    def find(
        self,
        topics: Sequence[str],
        modalities: FrozenSet[str],
        text: str = "",
        conditions: Set[str] = frozenset(),
        question: str = "",
        asked: Set[str] = frozenset(),
    ) -> Optional[Entry]:
        return choose_entry(self._all, topics, modalities, text, conditions, question, asked)

    def mentions_term(self, text: str) -> bool:
        """Does the text use one of the knowledge base's curated technical terms?"""
        text = text.lower()
        return any(mentions(text, term) for e in self._all for term in e.terms)

    def sources_of(self, entry: Entry) -> List[Source]:
        return [self.sources[s] for s in entry.sources if s in self.sources]

    def search(self, text: str, limit: int = 3, modalities: FrozenSet[str] = frozenset()) -> List[Entry]:
        """Full-text search (BM25) over questions, answers and keywords."""
        words = [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOPWORDS and len(w) > 1]
        if not words:
            return []
        query = " OR ".join(f'"{w}"' for w in dict.fromkeys(words[:30]))
        db = sqlite_utils.Database(self.path)
        try:
            rows = db.execute(
                "select entries.id from entries_fts join entries on entries.rowid = entries_fts.rowid "
                "where entries_fts match ? order by bm25(entries_fts, 3.0, 1.0, 2.0) limit ?",
                [query, limit * 4],
            ).fetchall()
        finally:
            db.conn.close()
        hits = [self.entries[r[0]] for r in rows if r[0] in self.entries]
        if modalities:
            hits.sort(key=lambda e: 0 if modalities & e.modality_set else 1)
        return hits[:limit]


@lru_cache(maxsize=2)
def _store_for(path: str, mtime: float) -> KnowledgeStore:
    return KnowledgeStore(Path(path))


def get_store(path: Optional[Path] = None) -> KnowledgeStore:
    """The store for the current knowledge.db, reloaded automatically after `make kb`."""
    path = Path(path or db_path())
    if not path.exists():
        raise NeedleGuideError(f"{path}: knowledge base not built (run `make kb`)")
    return _store_for(str(path), path.stat().st_mtime)
