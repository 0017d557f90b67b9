"""A knowledge entry's question and answer in the conversation's language.

The French versions (`question_fr`, `answer_fr` in knowledge/answers/*.yml) are read from the
entry when knowledge.db carries them, else from the answer files themselves, read again
whenever knowledge.db is rebuilt (`make kb`), as the store is. An entry without a French
version is given in English, and the caller says so.
"""

import logging
from functools import lru_cache
from pathlib import Path
from typing import Dict, Tuple

import yaml

from bot.knowledge import KNOWLEDGE_DIR, db_path
from bot.knowledge.model import Entry

log = logging.getLogger(__name__)


@lru_cache(maxsize=2)
def _french(folder: str, stamp: float) -> Dict[str, Tuple[str, str]]:
    """{entry id: (question_fr, answer_fr)} from the answer files."""
    found: Dict[str, Tuple[str, str]] = {}
    for path in sorted(Path(folder).glob("*.y*ml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError):
            log.warning("%s: unreadable, its French answers are skipped", path)
            continue
        for raw in (data.get("entries") or []) if isinstance(data, dict) else []:
            if isinstance(raw, dict) and raw.get("id"):
                found[str(raw["id"])] = (
                    " ".join(str(raw.get("question_fr") or "").split()),
                    " ".join(str(raw.get("answer_fr") or "").split()),
                )
    return found


def _french_of(entry: Entry) -> Tuple[str, str]:
    question, answer = getattr(entry, "question_fr", ""), getattr(entry, "answer_fr", "")
    if question and answer:
        return question, answer
    try:
        stamp = db_path().stat().st_mtime
    except OSError:
        stamp = 0.0
    q, a = _french(str(KNOWLEDGE_DIR / "answers"), stamp).get(entry.id, ("", ""))
    return question or q, answer or a


def entry_question(entry: Entry, lang: str) -> str:
    """The entry's question (a follow-up button's title) in `lang`, or in English."""
    if lang == "fr":
        return _french_of(entry)[0] or entry.question
    return entry.question


def entry_answer(entry: Entry, lang: str) -> Tuple[str, str]:
    """(answer text with placeholders, the language it is in)."""
    if lang == "fr":
        answer = _french_of(entry)[1]
        if answer:
            return answer, "fr"
    return entry.answer, "en"
