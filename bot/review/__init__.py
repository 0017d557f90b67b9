"""Staff review of conversations: the review database (logs.db), redaction, retention,
the Datasette interface and the export of staff labels to NLU training data.

README.md, section "Staff review", describes it for people.
"""
from pathlib import Path

from bot import settings

DEFAULT_LOGS_DB = settings.DEFAULT_LOGS_DB


def logs_db_path() -> Path:
    """The review database: NEEDLE_LOGS_DB, or var/logs.db."""
    return settings.logs_db().resolve()
