"""make cluster: feedback, staff labels, undelivered replies and reply addresses in the shared
database (bot/review/pg_tables.py, bot/channels/store.py, bot/review/pg_refresh.py), so that
what one server writes the other, and staff, find. The same SQL runs here on SQLite (a file
both "servers" open); tests/cluster runs it on PostgreSQL."""

import sqlite3

from bot.channels.delivery import FailureLog
from bot.channels.store import SharedChannelTables
from bot.pseudonym import ReplyAddresses
from bot.review import pg_refresh
from bot.review.pg_tables import SharedReview, delete_conversations, ensure_tables, purge_older
from bot.review.store import connect

KEY = b"k" * 32


def test_a_reply_address_saved_by_one_server_is_found_by_the_other(tmp_path):
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    first = ReplyAddresses(str(tmp_path / "a" / "channels.db"), KEY, shared=SharedChannelTables(url))
    name = first.remember("sms", "+1 604 555 0142")
    second = ReplyAddresses(str(tmp_path / "b" / "channels.db"), KEY, shared=SharedChannelTables(url))
    assert second.lookup("sms", name) == "+1 604 555 0142"
    raw = (tmp_path / "shared.db").read_bytes()
    assert b"555 0142" not in raw and b"604" not in raw, "the shared database must hold the address encrypted"
    assert not (tmp_path / "a" / "channels.db").exists() and not (tmp_path / "b" / "channels.db").exists()
    assert second.forget(None, name) == 1  # an erasure through the other server
    assert (
        ReplyAddresses(str(tmp_path / "c.db"), KEY, shared=SharedChannelTables(url)).lookup("sms", name)
        is None
    )


def test_retention_and_erasure_reach_the_shared_reply_addresses(tmp_path):
    from bot.privacy.erase import erase_shared_channels

    url = f"sqlite:///{tmp_path / 'shared.db'}"
    tables = SharedChannelTables(url)
    store = ReplyAddresses(str(tmp_path / "c.db"), KEY, shared=tables)
    old = store.remember("sms", "+16045550100", now=5.0)
    kept = store.remember("sms", "+16045550101", now=500.0)
    gone = store.remember("telegram", "12345", now=500.0)
    assert tables.purge(cutoff=100.0) == 1
    assert erase_shared_channels(url, [f"telegram:{gone}"]) == {"follow-up lists": 0, "reply addresses": 1}
    assert tables.sealed_address("sms", old) is None and tables.sealed_address("telegram", gone) is None
    assert tables.sealed_address("sms", kept) is not None


def test_an_undelivered_reply_from_either_server_is_in_the_shared_review_log(tmp_path):
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    one, two = "sms:p" + "b" * 20, "telegram:p" + "c" * 20  # pseudonymous senders, as the connectors give
    FailureLog(tmp_path / "a" / "logs.db", shared=SharedReview(url)).record("twilio_sms", one, 1, "400", "hi")
    FailureLog(tmp_path / "b" / "logs.db", shared=SharedReview(url)).record("telegram", two, 7, "503", "yo")
    with sqlite3.connect(tmp_path / "shared.db") as db:
        rows = db.execute(
            "SELECT channel, conversation_id, attempts, reply FROM delivery_failures ORDER BY id"
        ).fetchall()
    assert rows == [("twilio_sms", one, 1, "hi"), ("telegram", two, 7, "yo")]
    assert not (tmp_path / "a" / "logs.db").exists() and not (tmp_path / "b" / "logs.db").exists()


def _shared_log(tmp_path):
    """A shared database with two conversations' turns, as PostgreSQL holds them."""
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    review = SharedReview(url)
    with review.begin() as conn:
        ensure_tables(conn)
    with sqlite3.connect(tmp_path / "shared.db") as db:
        db.execute(
            "CREATE TABLE turns (id INTEGER PRIMARY KEY, event_key TEXT UNIQUE, conversation_id TEXT, "
            "timestamp REAL, message TEXT)"
        )
        db.executemany(
            "INSERT INTO turns (event_key, conversation_id, timestamp, message) VALUES (?, ?, ?, ?)",
            [("k1", "sms:pone", 1000.0, "does it hurt"), ("k2", "sms:ptwo", 5.0, "how long")],
        )
    return review


def test_labels_and_feedback_reach_every_staff_copy_and_labels_travel_back(tmp_path):
    review = _shared_log(tmp_path)
    review.record_feedback(None, "ims-sensation", False, session_id="sms:pone")
    review.record_feedback("sms:ptwo", "ims-duration", True)

    def refresh(copy):
        """bot/review/pg_refresh.py without db-to-sqlite: the shared file is its own copy."""
        pg_refresh.carry_labels(copy, review.engine)
        db = connect(copy)
        db.conn.execute("ATTACH DATABASE ? AS pg", [str(tmp_path / "shared.db")])
        with db.conn:
            pg_refresh.drop_gone_turns(db.conn)
            db.conn.execute(
                "INSERT INTO turns (event_key, conversation_id, timestamp, message) "
                "SELECT event_key, conversation_id, timestamp, message FROM pg.turns "
                "WHERE true ON CONFLICT(event_key) DO NOTHING"
            )
            pg_refresh.list_copied(db.conn)
            pg_refresh.copy_labels(db.conn)
            for table, columns in pg_refresh.MIRRORED.items():
                pg_refresh.mirror(db, table, columns)
        db.conn.execute("DETACH DATABASE pg")
        db.close()

    alice, bob = tmp_path / "alice" / "logs.db", tmp_path / "bob" / "logs.db"
    refresh(alice)
    with sqlite3.connect(alice) as db:  # Datasette wrote this label while PostgreSQL was down
        turn = db.execute("SELECT id FROM turns WHERE event_key = 'k1'").fetchone()[0]
        db.execute(
            "INSERT INTO labels (turn_id, intent, actor, time) VALUES (?, 'ask_pain', 'alice', 'now')", [turn]
        )
    review.record_label("k2", "ask_duration", "bob", "then")  # written through by Bob's Datasette
    refresh(alice)
    refresh(bob)
    for copy in (alice, bob):
        with sqlite3.connect(copy) as db:
            labels = db.execute(
                "SELECT t.event_key, l.intent, l.actor FROM labels l JOIN turns t ON t.id = l.turn_id "
                "ORDER BY t.event_key"
            ).fetchall()
            feedback = db.execute(
                "SELECT coalesce(conversation_id, session_id), helpful FROM feedback ORDER BY 1"
            ).fetchall()
        assert labels == [("k1", "ask_pain", "alice"), ("k2", "ask_duration", "bob")], copy
        assert feedback == [("sms:pone", 0), ("sms:ptwo", 1)], copy
    refresh(alice)
    with sqlite3.connect(alice) as db:
        assert db.execute("SELECT count(*) FROM labels").fetchone()[0] == 2, (
            "a refresh must not duplicate labels"
        )
        assert db.execute("SELECT count(*) FROM feedback").fetchone()[0] == 2

    # an erasure in the shared database: the next refresh drops the copies of its turn, label
    # and feedback too; a turn only the copy had (written before the cluster) stays
    with sqlite3.connect(bob) as db:
        db.execute(
            "INSERT INTO turns (event_key, conversation_id, message) VALUES ('local', 'sms:pone', 'hi')"
        )
    with review.begin() as conn:
        assert delete_conversations(conn, ["sms:pone"]) == 2  # its label and its feedback
        conn.exec_driver_sql("DELETE FROM turns WHERE conversation_id = 'sms:pone'")
    refresh(bob)
    with sqlite3.connect(bob) as db:
        assert db.execute("SELECT coalesce(conversation_id, session_id) FROM feedback").fetchall() == [
            ("sms:ptwo",)
        ]
        assert db.execute("SELECT event_key FROM turns ORDER BY event_key").fetchall() == [
            ("k2",),
            ("local",),
        ]
        assert db.execute("SELECT count(*) FROM labels").fetchone()[0] == 1


def test_retention_removes_old_feedback_failures_and_labels_of_purged_messages(tmp_path):
    review = _shared_log(tmp_path)
    review.record_label("k2", "ask_duration", "bob", "then")
    review.record_failure(
        {
            "time": "1970-01-01 00:00:05",
            "timestamp": 5.0,
            "channel": "sms",
            "conversation_id": "sms:ptwo",
            "attempts": 1,
            "error": "x",
            "reply": "y",
        }
    )
    with sqlite3.connect(tmp_path / "shared.db") as db:
        db.execute(
            "INSERT INTO feedback (time, conversation_id, kb_id, helpful) "
            "VALUES ('1970-01-01 00:00:05', 'sms:ptwo', 'a', 1)"
        )
        db.execute("DELETE FROM turns WHERE event_key = 'k2'")  # the purge of its turns
    with review.begin() as conn:
        assert purge_older(conn, cutoff=100.0) == 3
    review.record_feedback("sms:pone", "b", True)  # today's stays
    with review.begin() as conn:
        assert purge_older(conn, cutoff=100.0) == 0


def test_an_unreachable_shared_database_loses_neither_the_address_nor_the_failure(tmp_path):
    broken = f"sqlite:///{tmp_path / 'no-such-dir' / 'x.db'}"
    addresses = ReplyAddresses(str(tmp_path / "c.db"), KEY, shared=SharedChannelTables(broken))
    name = addresses.remember("sms", "+16045550142")  # the message still goes on to be answered
    assert addresses.lookup("sms", name) == "+16045550142", "this server must still know where to reply"
    FailureLog(tmp_path / "logs.db", shared=SharedReview(broken)).record(
        "twilio_sms", "sms:p" + "b" * 20, 1, "400", "hi"
    )
    with sqlite3.connect(tmp_path / "logs.db") as db:
        assert db.execute("SELECT reply FROM delivery_failures").fetchall() == [("hi",)]
