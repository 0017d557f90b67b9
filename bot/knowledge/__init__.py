"""The curated knowledge base: YAML in knowledge/, validated and built into knowledge.db."""

from pathlib import Path

from bot import PROJECT_ROOT

KNOWLEDGE_DIR = PROJECT_ROOT / "knowledge"
DEFAULT_DB = PROJECT_ROOT / "build" / "knowledge.db"

TOPICS = (
    "overview",
    "difference",
    "origins",
    "technique",
    "sensation",
    "aftercare",
    "session_length",
    "treatment_course",
    "practitioners",
    "safety",
    "evidence",
    "conditions",
    "needles",
    "insurance",
    "choosing",
)


def db_path() -> Path:
    import os

    return Path(os.environ.get("NEEDLE_KB_DB") or DEFAULT_DB)
