"""The events table on PostgreSQL (make cluster), read and written with one statement each.

Profiling a cluster Rasa server under load (README: Running more than one server) showed
the tracker store's cost was mostly round trips and SQLAlchemy machinery, not data: Rasa's
ORM read of a session, an ORM count of the stored events on every save of a tracker the
store had not handed out (every new conversation, three times), a separate "newest row"
lookup after each read and each write, and a BEGIN / COMMIT or ROLLBACK around each of
them, on a connection checked out of the pool and reset each time.

Here the event loop keeps one connection in autocommit mode, and each step is one
statement, atomic on its own:
- `session_events`: the latest session's events and the conversation's newest row id,
  from one snapshot (so a cached tracker is never marked newer than what was read);
- `since`: the freshness check before a cached tracker is reused, which also brings the
  events another server added meanwhile (round-robin sends a conversation's next message
  to the other server half the time): they are applied to the cached tracker, as Rasa's
  replay would, instead of reading and replaying the whole session again. A new session
  among them, or the cached row gone (erased, purged), means a full read;
- `newest_id`: whether a conversation retrieve() found empty is still empty at its save;
- `insert`: the new events in one multi-row INSERT ... RETURNING id (the driver's SQL), whose largest id is
  the conversation's newest row (the conversation's lock is held: no other server writes
  it meanwhile), so no lookup follows the write;
- `session_length`: the stored events of the latest session (only for a tracker the store
  did not hand out and that is not a new conversation).
Same rows, same latest-session rule as SQLTrackerStore (bot/tracker_store/sqlite_events.py).
A connection that fails is dropped; the next statement opens a new one (the tracker store
retries while PostgreSQL does not answer).
"""

import json
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

import sqlalchemy as sa

from bot.tracker_store.sqlite_events import row

# The driver's own SQL (psycopg2's %(name)s): SQLAlchemy compiled the multi-row INSERT afresh
# each time (~1 ms) and built a cache key for each text statement (~0.2 ms).
_LATEST_SESSION = """
e.timestamp >= (SELECT max(timestamp) FROM events WHERE sender_id = %(sender)s AND type_name = 'session_started')
OR (SELECT max(timestamp) FROM events WHERE sender_id = %(sender)s AND type_name = 'session_started') IS NULL
"""
_READ = (
    "SELECT e.id, e.data, m.newest FROM (SELECT max(id) AS newest FROM events WHERE sender_id = %(sender)s) m "
    f"LEFT JOIN events e ON e.sender_id = %(sender)s AND ({_LATEST_SESSION}) ORDER BY e.id"
)
_NEWEST = "SELECT max(id) FROM events WHERE sender_id = %(sender)s"
_SINCE = (
    "SELECT id, CASE WHEN id > %(since)s THEN data END FROM events "
    "WHERE sender_id = %(sender)s AND id >= %(since)s ORDER BY id"
)
_LENGTH = f"SELECT count(*) FROM events e WHERE e.sender_id = %(sender)s AND ({_LATEST_SESSION})"
_INSERT = "INSERT INTO events (sender_id, type_name, timestamp, intent_name, action_name, data) VALUES "
_ROW = "(%s, %s, %s, %s, %s, %s)"


class PGEvents:
    """One autocommit connection of `engine`, used from the event loop only."""

    def __init__(self, engine: sa.engine.Engine) -> None:
        self.engine = engine
        self._conn: Optional[sa.engine.Connection] = None

    def _run(self, fn: Callable[[sa.engine.Connection], Any]) -> Any:
        conn = self._conn
        if conn is None or conn.closed or conn.invalidated:
            conn = self._conn = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        try:
            return fn(conn)
        except Exception:
            self._conn = None  # a fresh connection next time (PostgreSQL restarted, say)
            try:
                conn.invalidate()
            except Exception:  # noqa: BLE001 - already gone
                pass
            raise

    def session_events(self, sender_id: str) -> Tuple[List[Dict[str, Any]], Optional[int]]:
        """The latest session's serialised events, oldest first, and the id of the
        conversation's newest row (None: no row)."""
        rows = self._run(lambda c: c.exec_driver_sql(_READ, {"sender": sender_id}).fetchall())
        newest = rows[0][2] if rows else None
        return [json.loads(data) for id_, data, _ in rows if id_ is not None], newest

    def newest_id(self, sender_id: str) -> Optional[int]:
        return self._run(lambda c: c.exec_driver_sql(_NEWEST, {"sender": sender_id}).scalar())

    def since(self, sender_id: str, last_id: int) -> Optional[Tuple[List[Dict[str, Any]], int]]:
        """The freshness check of a tracker cached when the conversation's newest row was
        `last_id`, and what another server added since, in one statement: (the serialised
        events after `last_id`, oldest first, and the newest id), or None when the row
        `last_id` is gone (an erasure or purge since: read the session again)."""
        rows = self._run(
            lambda c: c.exec_driver_sql(_SINCE, {"sender": sender_id, "since": last_id}).fetchall()
        )
        if not rows or rows[0][0] != last_id:
            return None
        return [json.loads(data) for _, data in rows[1:]], rows[-1][0]

    def session_length(self, sender_id: str) -> int:
        return self._run(lambda c: c.exec_driver_sql(_LENGTH, {"sender": sender_id}).scalar()) or 0

    def insert(self, sender_id: str, serialised: Sequence[Dict[str, Any]]) -> Optional[int]:
        """Write the events in one statement; the id of the last one (None: nothing to write)."""
        if not serialised:
            return None
        sql = _INSERT + ", ".join([_ROW] * len(serialised)) + " RETURNING id"
        params = tuple(v for d in serialised for v in row(sender_id, d))
        return max(i for (i,) in self._run(lambda c: c.exec_driver_sql(sql, params).fetchall()))
