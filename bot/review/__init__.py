"""Staff review of conversations: the review database (logs.db), retention, staff
accounts and sessions, the Datasette launcher (launcher.py) and the export of staff labels
to NLU training data. (Redaction is bot/redact.py: the NLU and the tracker store use it
too; the tracker store that writes logs.db is bot/tracker_store/redacting.py.)

README.md, section "Staff review", describes it for people.
"""

from pathlib import Path

from bot import settings

DEFAULT_LOGS_DB = settings.DEFAULT_LOGS_DB


def logs_db_path() -> Path:
    """The review database: NEEDLE_LOGS_DB, or var/logs.db."""
    return settings.logs_db().resolve()
