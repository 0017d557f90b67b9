"""Rasa's `events` table (SQLTrackerStore's schema), read and written with plain sqlite3.

Profiling the server under load showed SQLAlchemy's ORM (building, caching and compiling
the same three queries on every message) as a quarter of the Rasa server's time. These
are the same queries, written once as SQL on one open connection. The table and its
rows stay exactly what Rasa's SQLTrackerStore creates and reads, so `rasa` tools, the
purge command (bot/review/store.py) and an older database all keep working.
"""
import json
import sqlite3
import threading
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

# The latest session of a conversation, as SQLTrackerStore._event_query defines it: every
# event at or after the newest session_started's timestamp, or all events if none.
_SESSION_FILTER = """
sender_id = :sender AND (
  timestamp >= (SELECT max(timestamp) FROM events WHERE sender_id = :sender AND type_name = 'session_started')
  OR (SELECT max(timestamp) FROM events WHERE sender_id = :sender AND type_name = 'session_started') IS NULL)
"""

Row = Tuple[str, str, Optional[float], Optional[str], Optional[str], str]


class SQLiteEvents:
    """One connection to the tracker database, shared by the server's event loop.

    WAL with synchronous=NORMAL: a commit no longer waits for the disk, and a crash can
    lose at most the last turns, never corrupt the file."""

    def __init__(self, path: str) -> None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(path, check_same_thread=False, timeout=10)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self._lock = threading.Lock()  # the event loop is one thread, but be safe with executors

    def last_id(self, sender_id: str) -> Optional[int]:
        """The id of the conversation's newest stored event (an index lookup)."""
        with self._lock:
            return self.conn.execute("SELECT max(id) FROM events WHERE sender_id = ?", [sender_id]).fetchone()[0]

    def session_events(self, sender_id: str, all_sessions: bool = False) -> Tuple[List[Dict[str, Any]], Optional[int]]:
        """The serialised events of the latest session (or of all sessions), oldest first,
        and the id of the newest one."""
        where = "sender_id = :sender" if all_sessions else _SESSION_FILTER
        with self._lock:
            rows = self.conn.execute(f"SELECT id, data FROM events WHERE {where} ORDER BY id",
                                     {"sender": sender_id}).fetchall()
        return [json.loads(data) for _, data in rows], (rows[-1][0] if rows else None)

    def session_length(self, sender_id: str) -> int:
        with self._lock:
            return self.conn.execute(f"SELECT count(*) FROM events WHERE {_SESSION_FILTER}",
                                     {"sender": sender_id}).fetchone()[0]

    def append(self, sender_id: str, events: Sequence[Dict[str, Any]]) -> Optional[int]:
        """Store serialised events in one transaction; returns the id of the last one."""
        rows = [row(sender_id, e) for e in events]
        if not rows:
            return None
        with self._lock, self.conn:
            cursor = None
            for r in rows:
                cursor = self.conn.execute("INSERT INTO events (sender_id, type_name, timestamp, intent_name, "
                                           "action_name, data) VALUES (?, ?, ?, ?, ?, ?)", r)
            return cursor.lastrowid

    def senders(self) -> Iterable[str]:
        with self._lock:
            return [s for (s,) in self.conn.execute("SELECT DISTINCT sender_id FROM events")]

    def close(self) -> None:
        self.conn.close()


def row(sender_id: str, data: Dict[str, Any]) -> Row:
    """The columns SQLTrackerStore.save writes for one serialised event."""
    intent = ((data.get("parse_data") or {}).get("intent") or {}).get("name")
    return (sender_id, data.get("event"), data.get("timestamp"), intent, data.get("name"), json.dumps(data))
