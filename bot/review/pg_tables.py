"""The rest of the review log on PostgreSQL, for `make cluster`: the patients' feedback,
staff labels and undelivered replies.

On one machine they are tables of var/logs.db. With two or more servers, possibly on
several machines, a page server taking the widget's "was this helpful?" and a Rasa server
giving up on an SMS reply may each be anywhere, so when the NEEDLE_PG_* variables name the
shared database (bot/review/store.py `tracker_sql_url`) they write here instead
(`shared_review()`), and `make review` copies these tables into the SQLite file Datasette
serves (bot/review/pg_refresh.py). PostgreSQL is then their source of truth:

- `feedback`, `delivery_failures`: the same columns as in logs.db.
- `labels`: a staff label names its message by the turn's `event_key` (the SQLite copy's
  row ids are its own). Datasette writes a label into its SQLite file and straight here
  too (review/plugins/needle_pages.py); one that could not be written here then (the
  database was down) is carried here by the next refresh.

Erasure and retention reach these rows through bot/review/store.py (`pg_delete_turns`,
`purge_tracker_sql`). The SQL is plain enough that the unit tests run it on SQLite.
"""

import threading
import time
from typing import Dict, Iterable, Mapping, Optional

FEEDBACK = "feedback"
FAILURES = "delivery_failures"
LABELS = "labels"
FEEDBACK_COLUMNS = ("time", "conversation_id", "session_id", "kb_id", "helpful")
FAILURE_COLUMNS = ("time", "timestamp", "channel", "conversation_id", "attempts", "error", "reply")
LABEL_COLUMNS = ("event_key", "intent", "actor", "time")


def _ddl(dialect: str):
    serial = "bigserial PRIMARY KEY" if dialect == "postgresql" else "INTEGER PRIMARY KEY"
    return [
        f"""CREATE TABLE IF NOT EXISTS {FEEDBACK} (id {serial}, time text, conversation_id text,
                  session_id text, kb_id text, helpful bigint)""",
        f"""CREATE TABLE IF NOT EXISTS {FAILURES} (id {serial}, time text, timestamp double precision,
                  channel text, conversation_id text, attempts bigint, error text, reply text)""",
        f"""CREATE TABLE IF NOT EXISTS {LABELS} (id {serial}, event_key text NOT NULL, intent text NOT NULL,
                  actor text NOT NULL DEFAULT '', time text NOT NULL DEFAULT '',
                  UNIQUE (event_key, intent, actor, time))""",
        f"CREATE INDEX IF NOT EXISTS {FEEDBACK}_conversation ON {FEEDBACK} (conversation_id)",
        f"CREATE INDEX IF NOT EXISTS {FEEDBACK}_session ON {FEEDBACK} (session_id)",
        f"CREATE INDEX IF NOT EXISTS {FAILURES}_conversation ON {FAILURES} (conversation_id)",
    ]


def ensure_tables(conn) -> None:
    """Create the three tables, inside the caller's transaction (servers starting together
    wait for one another's lock on PostgreSQL)."""
    import sqlalchemy as sa

    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(7418303)"))
    for statement in _ddl(conn.dialect.name):
        conn.execute(sa.text(statement))


class SharedReview:
    """Writes feedback, labels and undelivered replies to one SQL database (a SQLAlchemy
    URL): one pooled engine per process."""

    def __init__(self, url) -> None:
        import sqlalchemy as sa

        self.engine = sa.create_engine(url, pool_pre_ping=True)
        self._ready = False
        self._lock = threading.Lock()

    def begin(self):
        if not self._ready:
            with self._lock, self.engine.begin() as conn:
                ensure_tables(conn)
            self._ready = True
        return self.engine.begin()

    def _insert(self, table: str, row: Mapping[str, object], on_conflict: str = "") -> int:
        import sqlalchemy as sa

        cols = list(row)
        with self.begin() as conn:
            return conn.execute(
                sa.text(
                    f"INSERT INTO {table} ({', '.join(cols)}) "
                    f"VALUES ({', '.join(':' + c for c in cols)}) {on_conflict}"
                ),
                dict(row),
            ).rowcount

    def record_feedback(
        self,
        conversation: Optional[str],
        kb_id: Optional[str],
        helpful: bool,
        session_id: Optional[str] = None,
    ) -> None:
        from bot.review.store import utc_text

        self._insert(
            FEEDBACK,
            {
                "time": utc_text(time.time()),
                "conversation_id": conversation,
                "session_id": session_id,
                "kb_id": kb_id,
                "helpful": int(bool(helpful)),
            },
        )

    def record_failure(self, row: Mapping[str, object]) -> None:
        self._insert(FAILURES, {c: row.get(c) for c in FAILURE_COLUMNS})

    def record_label(self, event_key: str, intent: str, actor: Optional[str], when: Optional[str]) -> int:
        """A staff label on the message with this event_key; 0 if it was there already."""
        return self._insert(
            LABELS,
            {"event_key": event_key, "intent": intent, "actor": actor or "", "time": when or ""},
            "ON CONFLICT DO NOTHING",
        )

    def dispose(self) -> None:
        self.engine.dispose()


_shared: Dict[str, SharedReview] = {}
_shared_lock = threading.Lock()


def shared_review(env: Optional[Mapping[str, str]] = None) -> Optional[SharedReview]:
    """make cluster's shared review tables (NEEDLE_PG_* set), one per database per process;
    None on a single machine (everything stays in logs.db)."""
    from bot import settings

    if settings.postgres(env) is None:
        return None
    import os

    from bot.review.store import tracker_sql_url

    url = tracker_sql_url(dict(os.environ if env is None else env))
    key = url.render_as_string(hide_password=False)
    with _shared_lock:
        if key not in _shared:
            _shared[key] = SharedReview(url)
        return _shared[key]


# ---------------------------------------------------------------- erasure and retention


def delete_conversations(conn, conversations: Iterable[str]) -> int:
    """Labels (through their turns), feedback and undelivered replies of these
    conversations, inside the caller's transaction; call before the turns are deleted."""
    import sqlalchemy as sa

    names = sorted(set(conversations))
    if not names:
        return 0
    ensure_tables(conn)
    ids = sa.bindparam("c", expanding=True)
    n = 0
    if sa.inspect(conn).has_table("turns"):
        n += conn.execute(
            sa.text(
                f"DELETE FROM {LABELS} WHERE event_key IN "
                "(SELECT event_key FROM turns WHERE conversation_id IN :c)"
            ).bindparams(ids),
            {"c": names},
        ).rowcount
    n += conn.execute(
        sa.text(f"DELETE FROM {FEEDBACK} WHERE conversation_id IN :c OR session_id IN :s").bindparams(
            ids, sa.bindparam("s", expanding=True)
        ),
        {"c": names, "s": names},
    ).rowcount
    n += conn.execute(
        sa.text(f"DELETE FROM {FAILURES} WHERE conversation_id IN :c").bindparams(ids), {"c": names}
    ).rowcount
    return n


def purge_older(conn, cutoff: float) -> int:
    """Retention: feedback and undelivered replies from before `cutoff`, and labels whose
    message is gone (inside the caller's transaction, after the old turns went)."""
    import sqlalchemy as sa

    from bot.review.store import utc_text

    ensure_tables(conn)
    n = conn.execute(
        sa.text(f"DELETE FROM {FEEDBACK} WHERE replace(time, 'T', ' ') < :t"), {"t": utc_text(cutoff)}
    ).rowcount
    n += conn.execute(sa.text(f"DELETE FROM {FAILURES} WHERE timestamp < :c"), {"c": cutoff}).rowcount
    if sa.inspect(conn).has_table("turns"):
        n += conn.execute(
            sa.text(f"DELETE FROM {LABELS} WHERE event_key NOT IN (SELECT event_key FROM turns)")
        ).rowcount
    return n


def upsert_turns(conn, turns: Iterable[Mapping], columns: Iterable[str]) -> None:
    """The review log's turns into PostgreSQL's `turns` (the PostgreSQL side of
    bot/review/store.py `record_turns`): insert new turns, update one seen before (its reply
    may have come since), inside the caller's transaction (a SQLAlchemy connection). Sent
    as the driver's own SQL: building SQLAlchemy's cache key of a fresh text statement for
    every turn cost the review log's writer about 1 ms of CPU per message."""
    allowed = set(columns)
    for turn in turns:
        cols = [c for c in turn if c != "id" and c in allowed]
        updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "event_key")
        conn.exec_driver_sql(
            f"INSERT INTO turns ({', '.join(cols)}) VALUES ({', '.join(f'%({c})s' for c in cols)}) "
            f"ON CONFLICT (event_key) DO UPDATE SET {updates}",
            {c: turn[c] for c in cols},
        )
