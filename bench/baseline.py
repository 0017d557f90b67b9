"""The retrieval baseline: plain BM25 (bm25s) over the knowledge base, no dialogue.

Every message is answered on its own (the last turn only) with the best-scoring entry's
topic and modalities as a `kb` reply. Its one rule beyond ranking: a message that shares
no indexed word with any entry (every score 0) gets a `fallback` reply with reason
`no_entry`, because there is nothing to rank. It has no notion of booking, contact or
emergencies: a search box does not.
"""

from pathlib import Path
from typing import Any, Dict, List, Optional

import bm25s
import sqlite_utils

from bot.ops.client import Turn


def _documents(db_file: Path) -> List[Dict[str, Any]]:
    import json

    db = sqlite_utils.Database(db_file)
    try:
        rows = list(db["entries"].rows)
    finally:
        db.conn.close()
    docs = []
    for r in rows:
        keywords = json.loads(r["keyword_list"]) if r.get("keyword_list") else []
        docs.append(
            {
                "id": r["id"],
                "topic": r["topic"],
                "modalities": json.loads(r["modalities"]),
                "text": " ".join([r["question"], r["answer"], " ".join(keywords)]),
            }
        )
    return docs


class Bm25Baseline:
    """`reply(text)` gives the reply contract a BM25 search box would give."""

    def __init__(self, docs: List[Dict[str, Any]]):
        self.docs = docs
        self.retriever = bm25s.BM25()  # Lucene variant, k1=1.5, b=0.75: the library defaults
        self.retriever.index(self._tokenize([d["text"] for d in docs]), show_progress=False)

    @classmethod
    def from_db(cls, db_file: Optional[Path] = None) -> "Bm25Baseline":
        from bot.knowledge import db_path

        return cls(_documents(Path(db_file or db_path())))

    @staticmethod
    def _tokenize(texts: List[str]):
        return bm25s.tokenize(texts, stopwords="en", show_progress=False)

    def top(self, text: str):
        tokens = self._tokenize([text])
        if not tokens.vocab:  # only stopwords or no words at all
            return None, 0.0
        docs, scores = self.retriever.retrieve(tokens, k=1, show_progress=False)
        return self.docs[int(docs[0, 0])], float(scores[0, 0])

    def reply(self, text: str) -> Dict[str, Any]:
        doc, score = self.top(text)
        if doc is None or score <= 0.0:
            return {"kind": "fallback", "reason": "no_entry", "suggestions": []}
        return {
            "kind": "kb",
            "kb": {"id": doc["id"], "topic": doc["topic"], "modalities": doc["modalities"]},
            "followups": [],
        }

    def turn(self, text: str) -> Turn:
        return Turn(texts=[], contracts=[self.reply(text)])
