"""Rasa's `events` table (SQLTrackerStore's schema), read and written with plain sqlite3.

Profiling the server under load showed SQLAlchemy's ORM (building, caching and compiling
the same three queries on every message) as a quarter of the Rasa server's time. These
are the same queries, written once as SQL. The table and its rows stay exactly what Rasa's
SQLTrackerStore creates and reads, so `rasa` tools, the purge command
(bot/review/store.py) and an older database all keep working.

Durable turns (issue 13): a locked, read-only or full database must neither hold up other
patients nor lose a turn. So nothing here is called on the server's event loop (the store
runs reads in a thread), and writes go through a DurableQueue: one writer thread with its
own connection and a short busy timeout, which writes queued events in order and, while
the database refuses them, keeps them in memory and in a journal (`<db>.pending`). Reads
see those pending events too, so a conversation goes on with its whole context. When the
queue is empty and the database takes a write at once, `append` writes on the caller's
thread with a connection that never waits for a lock (`DurableQueue.write_or_put`): the
reply then waits for no thread at all.
"""
import json
import sqlite3
import threading
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Tuple

from bot.tracker_store.durable_queue import DurableQueue, Entry

# The latest session of a conversation, as SQLTrackerStore._event_query defines it: every
# event at or after the newest session_started's timestamp, or all events if none.
_SESSION_FILTER = """
sender_id = :sender AND (
  timestamp >= (SELECT max(timestamp) FROM events WHERE sender_id = :sender AND type_name = 'session_started')
  OR (SELECT max(timestamp) FROM events WHERE sender_id = :sender AND type_name = 'session_started') IS NULL)
"""
_INSERT = ("INSERT INTO events (sender_id, type_name, timestamp, intent_name, action_name, data) "
           "VALUES (?, ?, ?, ?, ?, ?)")

BUSY_TIMEOUT = 0.5  # seconds the writer waits for a lock before it retries later (off the loop)
READ_TIMEOUT = 2.0  # WAL readers are not blocked by writers; this is for the rare checkpoint

Row = Tuple[str, str, Optional[float], Optional[str], Optional[str], str]


class SQLiteEvents:
    """The tracker database: reads on one connection, writes through a durable queue.

    WAL with synchronous=NORMAL: a commit does not wait for the disk, and a crash can lose at
    most the last turns, never corrupt the file. All methods block: call them off the loop."""

    def __init__(self, path: str, journal: Optional[str] = None) -> None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.conn = sqlite3.connect(path, check_same_thread=False, timeout=READ_TIMEOUT)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        # Held by a reader for its disk read and by the writer for its commit, so a reader
        # sees each event exactly once: in the table or in the queue.
        self._lock = threading.RLock()
        self._writer: Optional[sqlite3.Connection] = None
        self._now: Optional[sqlite3.Connection] = None  # the caller's: never waits, never checkpoints
        self._written: Dict[str, int] = {}  # sender -> id of the newest row this store wrote
        self.queue = DurableQueue(f"tracker store {path}", Path(journal or f"{path}.pending"), self._write,
                                  reset=self._reset, commit_lock=self._lock,
                                  transient=refused, key=_sender, write_now=self._write_at_once,
                                  reset_now=self._reset_now, upkeep=self._checkpoint)
        # the event loop's own connection for `is_current_now`: it never waits for a lock
        self._probe = sqlite3.connect(path, check_same_thread=False, timeout=0)

    # ------------------------------------------------------------------ reading

    def _pending_rows(self, sender_id: str) -> List[Dict[str, Any]]:
        return [r for item in self.queue.pending() if item["sender"] == sender_id for r in item["rows"]]

    def is_current(self, sender_id: str, expected: Optional[int]) -> bool:
        """Whether a tracker cached when the conversation's newest row was `expected` (None:
        the newest row this store wrote) still holds everything: the database has nothing
        newer, or the conversation has events waiting to be written (they are in memory)."""
        with self._lock:
            return self._current(self.conn, sender_id, expected)

    def is_current_now(self, sender_id: str, expected: Optional[int]) -> Optional[bool]:
        """`is_current` for the event loop: one indexed lookup that never waits. None when it
        cannot tell at once (the writer is committing, the file is locked); then ask
        `is_current` in a thread. Handing every message's check to a thread and back cost more
        than the lookup itself (make bench)."""
        if not self._lock.acquire(blocking=False):
            return None
        try:
            return self._current(self._probe, sender_id, expected)
        except sqlite3.Error:
            return None
        finally:
            self._lock.release()

    def known_absent(self, sender_id: str) -> bool:
        """True when, checked at once on the loop (no waiting), the conversation has no row and
        nothing queued: a new conversation, which then needs no read in a thread. False when it
        exists or that cannot be told at once."""
        if not self._lock.acquire(blocking=False):
            return False
        try:
            if self.queue.has_pending(sender_id):
                return False
            return self._probe.execute("SELECT 1 FROM events WHERE sender_id = ? LIMIT 1",
                                       [sender_id]).fetchone() is None
        except sqlite3.Error:
            return False
        finally:
            self._lock.release()

    def _current(self, conn: sqlite3.Connection, sender_id: str, expected: Optional[int]) -> bool:
        if self.queue.has_pending(sender_id):
            return True
        actual = conn.execute("SELECT max(id) FROM events WHERE sender_id = ?", [sender_id]).fetchone()[0]
        return actual == (expected if expected is not None else self._written.get(sender_id))

    def session_events(self, sender_id: str, all_sessions: bool = False) -> Tuple[List[Dict[str, Any]], Optional[int]]:
        """The serialised events of the latest session (or of all sessions), oldest first,
        pending ones included, and the id of the newest stored one (None while some wait)."""
        where = "sender_id = :sender" if all_sessions else _SESSION_FILTER
        with self._lock:
            pending = self._pending_rows(sender_id)
            rows = self.conn.execute(f"SELECT id, data FROM events WHERE {where} ORDER BY id",
                                     {"sender": sender_id}).fetchall()
        events = [json.loads(data) for _, data in rows] + pending
        if pending and not all_sessions:
            events = latest_session(events)
        return events, (rows[-1][0] if rows and not pending else None)

    def session_length(self, sender_id: str) -> int:
        return len(self.session_events(sender_id)[0])

    def senders(self) -> Iterable[str]:
        with self._lock:
            stored = [s for (s,) in self.conn.execute("SELECT DISTINCT sender_id FROM events")]
            waiting = [item["sender"] for item in self.queue.pending()]
        return list(dict.fromkeys(stored + waiting))

    def last_written(self, sender_id: str) -> Optional[int]:
        with self._lock:
            return self._written.get(sender_id)

    # ------------------------------------------------------------------ writing

    def append(self, sender_id: str, events: Sequence[Dict[str, Any]]):
        """Queue serialised events to be stored in order; a Future that resolves once they
        are in the table (None if there is nothing to store)."""
        if not events:
            return None
        return self.queue.write_or_put({"sender": sender_id, "rows": list(events)})

    def _connection(self) -> sqlite3.Connection:
        if self._writer is None:
            conn = sqlite3.connect(self.path, check_same_thread=False, timeout=BUSY_TIMEOUT, isolation_level=None)
            conn.execute("PRAGMA synchronous=NORMAL")
            self._writer = conn
        return self._writer

    def _reset(self) -> None:
        """After a refused write: a fresh connection next time (one opened while the file was
        read-only would stay read-only)."""
        conn, self._writer = self._writer, None
        _rollback_and_close(conn)

    def _write_at_once(self, batch: List[Entry]) -> Callable[[], None]:
        """`_write` on the caller's connection: a lock held elsewhere fails it at once."""
        if self._now is None:
            conn = sqlite3.connect(self.path, check_same_thread=False, timeout=0, isolation_level=None)
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA wal_autocheckpoint=0")  # the writer thread checkpoints (upkeep)
            self._now = conn
        return self._write(batch, self._now)

    def _reset_now(self) -> None:
        conn, self._now = self._now, None
        _rollback_and_close(conn)

    def _checkpoint(self) -> None:
        """Copy the write-ahead log into the database (the writer thread, between items)."""
        self._connection().execute("PRAGMA wal_checkpoint(PASSIVE)")

    def _write(self, batch: List[Entry], conn: Optional[sqlite3.Connection] = None) -> Callable[[], None]:
        """Insert a batch in one transaction; the queue commits it (see DurableQueue)."""
        conn = conn or self._connection()
        conn.execute("BEGIN IMMEDIATE")  # the writer's connection waits BUSY_TIMEOUT for a lock
        last: Dict[str, int] = {}
        for entry in batch:
            sender, events = entry.item["sender"], entry.item["rows"]
            if entry.replayed and events and _present(conn, sender, events[0]):
                continue  # written before the process stopped, not yet cleared from the journal
            cursor = None
            for event in events:
                cursor = conn.execute(_INSERT, row(sender, event))
            if cursor is not None:
                last[sender] = cursor.lastrowid

        def commit() -> None:
            conn.execute("COMMIT")
            self._written.update(last)
        return commit

    def flush(self, timeout: float = 5.0) -> bool:
        return self.queue.flush(timeout)

    def close(self) -> None:
        self.queue.close()
        self._reset()
        self._reset_now()
        self.conn.close()
        self._probe.close()


def _rollback_and_close(conn: Optional[sqlite3.Connection]) -> None:
    if conn is None:
        return
    try:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    except sqlite3.Error:
        pass
    try:
        conn.close()
    except sqlite3.Error:
        pass


def _sender(item: Dict[str, Any]) -> str:
    return item["sender"]


def refused(exc: BaseException) -> bool:
    """A database that refuses writes for now (locked, read-only, full, I/O error, damaged):
    keep the items and retry. Anything else (a constraint, a bad value) is about the item."""
    if isinstance(exc, (sqlite3.IntegrityError, sqlite3.DataError, sqlite3.ProgrammingError,
                        sqlite3.InterfaceError)):
        return False
    return isinstance(exc, (sqlite3.DatabaseError, OSError))


def _present(conn: sqlite3.Connection, sender_id: str, event: Dict[str, Any]) -> bool:
    return conn.execute("SELECT 1 FROM events WHERE sender_id = ? AND data = ? LIMIT 1",
                        [sender_id, json.dumps(event)]).fetchone() is not None


def latest_session(events: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """_SESSION_FILTER applied in Python (to stored events followed by pending ones)."""
    starts = [e.get("timestamp") for e in events
              if e.get("event") == "session_started" and e.get("timestamp") is not None]
    if not starts:
        return events
    newest = max(starts)
    return [e for e in events if e.get("timestamp") is not None and e["timestamp"] >= newest]


def row(sender_id: str, data: Dict[str, Any]) -> Row:
    """The columns SQLTrackerStore.save writes for one serialised event."""
    intent = ((data.get("parse_data") or {}).get("intent") or {}).get("name")
    return (sender_id, data.get("event"), data.get("timestamp"), intent, data.get("name"), json.dumps(data))
