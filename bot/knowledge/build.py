"""Build knowledge.db from the validated YAML with sqlite-utils.

The database is what the action server reads at run time and what staff can browse: one
row per entry (question and answer in English and French), its sources as a many-to-many
table, the synonyms, and a full-text index over the English questions, answers and keywords
(used to suggest questions when NLU is unsure).
"""

import json
import os
import sys
from pathlib import Path
from typing import List

import sqlite_utils

from bot.errors import NeedleGuideError
from bot.knowledge import KNOWLEDGE_DIR, db_path
from bot.knowledge.loader import KnowledgeBase, load_knowledge


def validate(folder: Path = KNOWLEDGE_DIR) -> KnowledgeBase:
    kb = load_knowledge(folder)
    if kb.problems:
        lines: List[str] = [str(p) for p in kb.problems]
        raise NeedleGuideError(f"{len(lines)} problem(s) in the knowledge base:\n  " + "\n  ".join(lines))
    for line in kb.warnings:  # readability (both languages): named, but not fatal (the tests hold the line)
        print(f"warning: {line}", file=sys.stderr)
    return kb


def write_database(kb: KnowledgeBase, path: Path) -> Path:
    """Write a fresh database next to the target, then swap it in atomically."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    if tmp.exists():
        tmp.unlink()
    db = sqlite_utils.Database(tmp)
    db["sources"].insert_all(
        (
            {"id": s.id, "title": s.title, "publisher": s.publisher, "date": s.date or None, "seed": s.seed}
            for s in kb.sources.values()
        ),
        pk="id",
    )
    db["entries"].insert_all(
        (
            {
                "id": e.id,
                "topic": e.topic,
                "modalities": json.dumps(list(e.modalities)),
                "modality_key": "+".join(sorted(e.modalities)),
                "question": e.question,
                "answer": e.answer,
                "question_fr": e.question_fr,
                "answer_fr": e.answer_fr,
                "keywords": " ".join(e.keywords + e.terms),
                "keyword_list": json.dumps(list(e.keywords)),
                "terms": json.dumps(list(e.terms)),
                "conditions": json.dumps(list(e.conditions)),
                "followups": json.dumps(list(e.followups)),
                "sources": json.dumps(list(e.sources)),
                "general": int(e.is_general),
                "file": e.file,
            }
            for e in kb.entries.values()
        ),
        pk="id",
    )
    db["entry_sources"].insert_all(
        ({"entry_id": e.id, "source_id": s} for e in kb.entries.values() for s in e.sources),
        pk=("entry_id", "source_id"),
        foreign_keys=[("entry_id", "entries", "id"), ("source_id", "sources", "id")],
    )
    db["synonyms"].insert_all(
        (
            {"kind": kind, "canonical": canonical, "phrase": phrase}
            for kind, groups in kb.synonyms.items()
            for canonical, phrases in groups.items()
            for phrase in phrases
        ),
        pk=("kind", "phrase"),
    )
    db["entries"].create_index(["topic", "modality_key"])
    db["entries"].enable_fts(["question", "answer", "keywords"], tokenize="porter")
    db.conn.close()
    os.replace(tmp, path)
    return path


def build(folder: Path = KNOWLEDGE_DIR, path: Path = None) -> KnowledgeBase:
    kb = validate(folder)
    write_database(kb, path or db_path())
    return kb
