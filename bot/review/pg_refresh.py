"""make review in cluster mode: bring the review log from PostgreSQL into the SQLite file
Datasette serves, with db-to-sqlite (Datasette's own family of tools, in .venv-review),
before Datasette starts.

PostgreSQL is the source of truth for every table copied: `turns` (written by every Rasa
server), `feedback` (every page server), `delivery_failures` (every Rasa server) and
`labels` (staff; bot/review/pg_tables.py). A refresh:
1. carries to PostgreSQL the labels this SQLite copy holds that it lacks (written while it
   was unreachable, or before labels were shared), for messages it still holds;
2. copies the four tables into a scratch file beside the review database (db-to-sqlite);
3. upserts the turns on event_key, so a turn keeps the row id that staff labels point to
   from one refresh to the next; adds the labels it lacks, matched to their turn by
   event_key; and replaces the copies of feedback and undelivered replies (rows marked with
   their PostgreSQL id in `pg_id`; rows logs.db held before are left alone); and removes
   the turns (with their labels) an earlier refresh brought that PostgreSQL no longer has,
   so an erasure or purge run elsewhere reaches this copy at its next refresh.
Erasure and retention delete from both places themselves (bot/privacy/erase.py,
bot/review/retention.py)."""

import os
import sqlite3
import subprocess
from pathlib import Path
from typing import Mapping, Optional

from bot import PROJECT_ROOT
from bot.errors import NeedleGuideError

DB_TO_SQLITE = PROJECT_ROOT / ".venv-review" / "bin" / "db-to-sqlite"
COPIED = ("turns", "feedback", "delivery_failures", "labels")
COPIED_KEYS = "copied_from_postgresql"  # the turns the last refresh brought (row ids)
MIRRORED = {
    "feedback": {"time": str, "conversation_id": str, "session_id": str, "kb_id": str, "helpful": int},
    "delivery_failures": {
        "time": str,
        "timestamp": float,
        "channel": str,
        "conversation_id": str,
        "attempts": int,
        "error": str,
        "reply": str,
    },
}


def copy_command(url, scratch: Path, env: Mapping[str, str]):
    """db-to-sqlite's command line and environment: the password goes in PGPASSWORD (libpq
    reads it), not on the command line where `ps` would show it."""
    plain = url._replace(password=None).render_as_string(hide_password=False)  # set(password=None) keeps it
    child = dict(env)
    if url.password:
        child["PGPASSWORD"] = str(url.password)
    tables = [arg for table in COPIED for arg in ("--table", table)]
    return [str(DB_TO_SQLITE), plain, str(scratch), *tables], child


def refresh(logs_db: Path, url=None, env: Optional[Mapping[str, str]] = None) -> Optional[int]:
    """Copy PostgreSQL's turns into `logs_db`; the number of turns copied, or None when
    the NEEDLE_PG_* variables are not set (make run: logs.db is written directly)."""
    import sqlalchemy as sa

    from bot.review.store import TURN_COLUMNS, connect, pg_ensure_turns, tracker_sql_url

    env = os.environ if env is None else env
    url = url if url is not None else tracker_sql_url(dict(env))
    if url is None:
        return None
    if not DB_TO_SQLITE.exists():
        raise NeedleGuideError(f"{DB_TO_SQLITE} is missing: run `make review-install`")
    from bot.review.pg_tables import ensure_tables

    logs_db = Path(logs_db)
    logs_db.parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(url)
    try:
        pg_ensure_turns(engine)  # a cluster that has not logged a turn yet
        with engine.begin() as conn:
            ensure_tables(conn)
        carry_labels(logs_db, engine)
    finally:
        engine.dispose()
    scratch = logs_db.with_name(f"{logs_db.stem}-from-postgresql.db")
    scratch.unlink(missing_ok=True)
    cmd, child = copy_command(url, scratch, env)
    done = subprocess.run(cmd, env=child, capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        scratch.unlink(missing_ok=True)
        raise NeedleGuideError(
            f"db-to-sqlite could not copy the review log from PostgreSQL: "
            f"{(done.stderr or done.stdout).strip()[-500:]}"
        )
    cols = [c for c in TURN_COLUMNS if c != "id"]
    names = ", ".join(f"[{c}]" for c in cols)
    updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in cols if c != "event_key")
    db = connect(logs_db)
    try:
        conn = db.conn
        conn.execute("PRAGMA secure_delete=ON")  # turns erased elsewhere leave no bytes here
        conn.execute("ATTACH DATABASE ? AS pg", [str(scratch)])
        with conn:
            copied = conn.execute("SELECT count(*) FROM pg.turns").fetchone()[0]
            drop_gone_turns(conn)
            conn.execute(
                f"INSERT INTO turns ({names}) SELECT {names} FROM pg.turns WHERE true ORDER BY id "
                f"ON CONFLICT(event_key) DO UPDATE SET {updates}"
            )
            list_copied(conn)
            copied_tables = {
                r[0] for r in conn.execute("SELECT name FROM pg.sqlite_master WHERE type = 'table'")
            }
            if "labels" in copied_tables:  # db-to-sqlite may leave out a table without rows
                copy_labels(conn)
            for table, columns in MIRRORED.items():
                mirror(db, table, columns, table in copied_tables)
        conn.execute("DETACH DATABASE pg")
        if "turns_fts" in db.table_names():
            conn.execute("INSERT INTO turns_fts(turns_fts) VALUES('rebuild')")
            conn.commit()
    finally:
        db.close()
        scratch.unlink(missing_ok=True)
    return copied


def drop_gone_turns(conn: sqlite3.Connection) -> int:
    """Turns an earlier refresh brought (their row ids are listed in `copied_from_postgresql`:
    ids only, nothing that names a conversation) that PostgreSQL no longer has, erased or
    purged there (maybe from another machine), go from this copy too, with their labels;
    turns this file held before are left alone. Run before the upsert; `list_copied` after."""
    conn.execute(f"CREATE TABLE IF NOT EXISTS {COPIED_KEYS} (turn_id INTEGER PRIMARY KEY)")
    gone = (
        f"SELECT id FROM turns WHERE id IN (SELECT turn_id FROM {COPIED_KEYS}) "
        "AND event_key NOT IN (SELECT event_key FROM pg.turns)"
    )
    conn.execute(f"DELETE FROM labels WHERE turn_id IN ({gone})")
    return conn.execute(f"DELETE FROM turns WHERE id IN ({gone})").rowcount


def list_copied(conn: sqlite3.Connection) -> None:
    conn.execute(f"DELETE FROM {COPIED_KEYS}")
    conn.execute(
        f"INSERT INTO {COPIED_KEYS} (turn_id) SELECT t.id FROM turns t "
        "JOIN pg.turns p ON p.event_key = t.event_key"
    )


def carry_labels(logs_db: Path, engine) -> int:
    """Labels this copy holds and PostgreSQL lacks, sent there (by their message's
    event_key, only for a message PostgreSQL still has: an erased one stays erased)."""
    import sqlalchemy as sa

    if not logs_db.exists():
        return 0
    conn = sqlite3.connect(str(logs_db), timeout=10)
    try:
        try:
            rows = conn.execute(
                "SELECT t.event_key, l.intent, coalesce(l.actor, ''), coalesce(l.time, '') "
                "FROM labels l JOIN turns t ON t.id = l.turn_id"
            ).fetchall()
        except sqlite3.OperationalError:  # no labels table yet
            return 0
    finally:
        conn.close()
    if not rows:
        return 0
    with engine.begin() as pg:
        return sum(
            pg.execute(
                sa.text(
                    "INSERT INTO labels (event_key, intent, actor, time) SELECT :k, :i, :a, :t "
                    "WHERE EXISTS (SELECT 1 FROM turns WHERE event_key = :k) ON CONFLICT DO NOTHING"
                ),
                {"k": k, "i": i, "a": a, "t": t},
            ).rowcount
            for k, i, a, t in rows
        )


def copy_labels(conn: sqlite3.Connection) -> None:
    """PostgreSQL's labels this copy lacks, attached to the copy's own row of their turn."""
    conn.execute("""INSERT INTO labels (turn_id, intent, actor, time)
                    SELECT t.id, p.intent, nullif(p.actor, ''), nullif(p.time, '')
                    FROM pg.labels p JOIN turns t ON t.event_key = p.event_key
                    WHERE NOT EXISTS (SELECT 1 FROM labels l WHERE l.turn_id = t.id AND l.intent = p.intent
                                      AND coalesce(l.actor, '') = p.actor AND coalesce(l.time, '') = p.time)
                    ORDER BY p.id""")


def mirror(db, table: str, columns, copied: bool = True) -> None:
    """This copy's rows of `table` from PostgreSQL become exactly PostgreSQL's (marked by
    `pg_id`): new ones added, erased or purged ones gone. `copied`: False when PostgreSQL's
    table was empty (db-to-sqlite then leaves it out)."""
    if table not in db.table_names():
        db[table].create({"id": int, **columns}, pk="id")
    have = db[table].columns_dict
    for column, kind in {**columns, "pg_id": int}.items():
        if column not in have:
            db[table].add_column(column, kind)
    names = ", ".join(f"[{c}]" for c in columns)
    db.conn.execute(f"DELETE FROM [{table}] WHERE pg_id IS NOT NULL")
    if copied:
        db.conn.execute(
            f"INSERT INTO [{table}] ({names}, pg_id) SELECT {names}, id FROM pg.[{table}] ORDER BY id"
        )


def main() -> int:
    from bot.review import logs_db_path

    n = refresh(logs_db_path())
    print("no NEEDLE_PG_HOST: nothing to refresh" if n is None else f"{n} turns copied from PostgreSQL")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
