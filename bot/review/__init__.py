"""Staff review of conversations: the review database (logs.db), redaction, retention,
the Datasette interface and the export of staff labels to NLU training data.

README.md, section "Staff review", describes it for people.
"""
import os
from pathlib import Path

from bot import PROJECT_ROOT

DEFAULT_LOGS_DB = PROJECT_ROOT / "var" / "logs.db"


def logs_db_path() -> Path:
    """The review database: NEEDLE_LOGS_DB, or var/logs.db."""
    return Path(os.environ.get("NEEDLE_LOGS_DB") or DEFAULT_LOGS_DB).resolve()
