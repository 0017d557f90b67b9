"""make review in cluster mode: bring the review log's turns from PostgreSQL into the
SQLite file Datasette serves, with db-to-sqlite (Datasette's own family of tools, in
.venv-review), before Datasette starts.

db-to-sqlite copies the shared `turns` table into a scratch file beside the review database;
the turns are then upserted into it on event_key, so a turn keeps the row id that staff
labels point to from one refresh to the next. Labels, feedback and delivery failures live
only in the SQLite file (their source of truth) and are left alone. Erasure and retention
delete from both places themselves (bot/privacy/erase.py, bot/review/retention.py)."""

import os
import subprocess
from pathlib import Path
from typing import Mapping, Optional

from bot import PROJECT_ROOT
from bot.errors import NeedleGuideError

DB_TO_SQLITE = PROJECT_ROOT / ".venv-review" / "bin" / "db-to-sqlite"


def copy_command(url, scratch: Path, env: Mapping[str, str]):
    """db-to-sqlite's command line and environment: the password goes in PGPASSWORD (libpq
    reads it), not on the command line where `ps` would show it."""
    plain = url._replace(password=None).render_as_string(hide_password=False)  # set(password=None) keeps it
    child = dict(env)
    if url.password:
        child["PGPASSWORD"] = str(url.password)
    return [str(DB_TO_SQLITE), plain, str(scratch), "--table", "turns"], child


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
    engine = sa.create_engine(url)
    try:
        pg_ensure_turns(engine)  # a cluster that has not logged a turn yet
    finally:
        engine.dispose()
    logs_db = Path(logs_db)
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
        conn.execute("ATTACH DATABASE ? AS pg", [str(scratch)])
        with conn:
            copied = conn.execute("SELECT count(*) FROM pg.turns").fetchone()[0]
            conn.execute(
                f"INSERT INTO turns ({names}) SELECT {names} FROM pg.turns WHERE true ORDER BY id "
                f"ON CONFLICT(event_key) DO UPDATE SET {updates}"
            )
        conn.execute("DETACH DATABASE pg")
        if "turns_fts" in db.table_names():
            conn.execute("INSERT INTO turns_fts(turns_fts) VALUES('rebuild')")
            conn.commit()
    finally:
        db.close()
        scratch.unlink(missing_ok=True)
    return copied


def main() -> int:
    from bot.review import logs_db_path

    n = refresh(logs_db_path())
    print("no NEEDLE_PG_HOST: nothing to refresh" if n is None else f"{n} turns copied from PostgreSQL")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
