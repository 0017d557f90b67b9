"""The audit log: who looked at, searched, exported, labelled or erased which conversation,
and when (HIPAA 164.312(b) audit controls; Law 25 and PIPEDA accountability).

One table, `audit`, in its own file (var/review/audit.db, or NEEDLE_AUDIT_DB), apart from
the data it is about: an erasure empties the review log, never the record that it happened.
A row names the staff account, the time, the action and the conversation by its short
reference (bot/privacy: `reference`), never by its id, and never holds what was said: an
erased conversation leaves no identifier behind, only "erased, when, by whom, reference".

Append-only: triggers refuse every UPDATE, and every DELETE of a row younger than the
retention period (default 6 years, as HIPAA asks for documentation; NEEDLE_AUDIT_RETENTION_DAYS
sets another). `purge()` removes the older rows. Only administrators may read it (the review
interface's /-/audit page; `python -m bot privacy audit`). Expired rows go by themselves:
each process that writes to the log purges them on its first record and then daily, so no
schedule is needed.
"""

import os
import sqlite3
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional

DEFAULT_RETENTION_DAYS = 6 * 365 + 2  # six years, leap days included
PURGE_EVERY = 86400.0
_last_purge: Dict[str, float] = {}
ACTIONS = ("login", "view", "search", "export", "label", "erase", "erase-request", "audit-read")

SCHEMA = """
CREATE TABLE IF NOT EXISTS audit (
  id INTEGER PRIMARY KEY,
  time TEXT NOT NULL,            -- UTC, 'YYYY-MM-DD HH:MM:SS'
  timestamp REAL NOT NULL,
  actor TEXT NOT NULL,           -- the staff account, or 'patient' / 'system'
  action TEXT NOT NULL,          -- login, view, search, export, label, erase, ...
  reference TEXT,                -- the conversation's short reference, if one
  detail TEXT                    -- counts and names of things, never a patient's words
);
CREATE TABLE IF NOT EXISTS audit_retention (id INTEGER PRIMARY KEY, days INTEGER NOT NULL, since REAL NOT NULL);
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
WHEN OLD.timestamp >= CAST(strftime('%s', 'now') AS REAL)
                      - 86400 * (SELECT days FROM audit_retention ORDER BY id DESC LIMIT 1)
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: rows are kept for the retention period'); END;
CREATE TRIGGER IF NOT EXISTS audit_retention_no_update BEFORE UPDATE ON audit_retention
BEGIN SELECT RAISE(ABORT, 'the retention period is changed by adding a row'); END;
CREATE TRIGGER IF NOT EXISTS audit_retention_no_delete BEFORE DELETE ON audit_retention
BEGIN SELECT RAISE(ABORT, 'the retention period is changed by adding a row'); END;
CREATE INDEX IF NOT EXISTS audit_time ON audit (timestamp);
CREATE INDEX IF NOT EXISTS audit_reference ON audit (reference);
"""


class AuditError(Exception):
    """The audit log refused a change it must refuse."""


def audit_path(env: Mapping[str, str] = os.environ) -> Path:
    from bot.privacy import stores

    return stores(env).audit


def retention_days(env: Mapping[str, str] = os.environ) -> int:
    raw = (env.get("NEEDLE_AUDIT_RETENTION_DAYS") or "").strip()
    return int(raw) if raw.isdigit() and int(raw) > 0 else DEFAULT_RETENTION_DAYS


def connect(path: Optional[Path] = None, env: Mapping[str, str] = os.environ) -> sqlite3.Connection:
    """The audit database with its schema and the current retention period, owner-only."""
    path = Path(path or audit_path(env))
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    new = not path.exists()
    if new:
        os.close(os.open(str(path), os.O_WRONLY | os.O_CREAT, 0o600))
    conn = sqlite3.connect(str(path), timeout=10)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.executescript(SCHEMA)
    days = retention_days(env)
    row = conn.execute("SELECT days FROM audit_retention ORDER BY id DESC LIMIT 1").fetchone()
    if row is None or row[0] != days:
        with conn:
            conn.execute("INSERT INTO audit_retention (days, since) VALUES (?, ?)", [days, time.time()])
    return conn


def record(
    action: str,
    actor: str,
    reference: Optional[str] = None,
    detail: str = "",
    path: Optional[Path] = None,
    now: Optional[float] = None,
) -> None:
    """Append one record. `detail` names things (a turn id, a count, a format), never words a
    patient wrote."""
    now = time.time() if now is None else now
    path = Path(path or audit_path())
    conn = connect(path)
    try:
        if time.monotonic() - _last_purge.get(str(path), -PURGE_EVERY) >= PURGE_EVERY:
            _last_purge[str(path)] = time.monotonic()
            _purge(conn)
        with conn:
            conn.execute(
                "INSERT INTO audit (time, timestamp, actor, action, reference, detail) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    datetime.fromtimestamp(now, tz=timezone.utc).strftime("%Y-%m-%d %H:%M:%S"),
                    now,
                    str(actor or "-")[:80],
                    action,
                    reference,
                    str(detail or "")[:500],
                ],
            )
    finally:
        conn.close()


def read(
    path: Optional[Path] = None,
    limit: int = 500,
    reference: Optional[str] = None,
    actor: Optional[str] = None,
) -> List[Dict[str, Any]]:
    """The newest records first (for administrators only: the callers check)."""
    conn = connect(path)
    conn.row_factory = sqlite3.Row
    try:
        where, params = [], []
        if reference:
            where.append("reference = ?")
            params.append(reference)
        if actor:
            where.append("actor = ?")
            params.append(actor)
        sql = (
            "SELECT id, time, actor, action, reference, detail FROM audit"
            + (f" WHERE {' AND '.join(where)}" if where else "")
            + " ORDER BY id DESC LIMIT ?"
        )
        return [dict(r) for r in conn.execute(sql, params + [int(limit)])]
    finally:
        conn.close()


def purge(path: Optional[Path] = None, now: Optional[float] = None) -> int:
    """Remove the records older than the retention period; returns how many."""
    conn = connect(path)
    try:
        return _purge(conn, now)
    finally:
        conn.close()


def _purge(conn: sqlite3.Connection, now: Optional[float] = None) -> int:
    days = conn.execute("SELECT days FROM audit_retention ORDER BY id DESC LIMIT 1").fetchone()[0]
    cutoff = (time.time() if now is None else now) - 86400 * days
    with conn:
        return conn.execute("DELETE FROM audit WHERE timestamp < ?", [cutoff]).rowcount
