"""make review's copy of the PostgreSQL review log (bot/review/pg_refresh.py), without a cluster."""

from pathlib import Path

from bot.review.pg_refresh import copy_command, refresh
from bot.review.store import TURN_COLUMNS, pg_turns_ddl, tracker_sql_url


def test_the_database_password_is_not_on_db_to_sqlites_command_line():
    """Anyone on the machine can read a command line with `ps`; libpq reads PGPASSWORD."""
    url = tracker_sql_url(
        {"NEEDLE_PG_HOST": "127.0.0.1", "NEEDLE_PG_PORT": "5433", "NEEDLE_PG_PASSWORD": "s3cret-pw"}
    )
    cmd, env = copy_command(url, Path("/tmp/x.db"), {"PATH": "/usr/bin"})
    assert not any("s3cret-pw" in part for part in cmd)
    assert env["PGPASSWORD"] == "s3cret-pw" and "postgresql://needle@127.0.0.1:5433/needle" in cmd
    assert cmd[3:] == [
        "--table",
        "turns",
        "--table",
        "feedback",
        "--table",
        "delivery_failures",
        "--table",
        "labels",
    ]


def test_postgresql_has_every_column_staff_see_in_logs_db():
    create = pg_turns_ddl()[0]
    for name in TURN_COLUMNS:
        assert f" {name} " in create.replace("(", "( ").replace(",", " ,")
    assert any("UNIQUE INDEX" in s and "(event_key)" in s for s in pg_turns_ddl())


def test_without_postgresql_make_review_serves_logs_db_as_before(tmp_path):
    assert refresh(tmp_path / "logs.db", env={}) is None
    assert not (tmp_path / "logs.db").exists()
