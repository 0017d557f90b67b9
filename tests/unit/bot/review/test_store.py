"""The review database: turns from events, the conversations view, feedback, purge."""

import json
import sqlite3
import time

import pytest
import sqlite_utils

from bot.errors import NeedleGuideError
from bot.review.store import (
    build_turns,
    connect,
    conversation_id,
    ensure_schema,
    parse_age,
    purge_channel_options,
    purge_logs,
    purge_tracker,
    record_feedback,
    record_turns,
)


def user(text, intent, confidence=0.9, ts=1000.0, mid=None, channel="rest"):
    return {
        "event": "user",
        "text": text,
        "timestamp": ts,
        "message_id": mid or f"m{ts}",
        "input_channel": channel,
        "parse_data": {
            "text": text,
            "intent": {"name": intent, "confidence": confidence},
            "entities": [{"entity": "modality", "value": "ims"}],
        },
    }


def bot(text=None, custom=None):
    return {"event": "bot", "text": text, "data": {"custom": custom} if custom else {}}


def conversation(ts=1000.0):
    return [
        {"event": "action", "name": "action_session_start"},
        {"event": "session_started"},
        user("does IMS hurt", "ask_sensation", 0.93, ts),
        {"event": "action", "name": "action_answer_knowledge"},
        bot("It can ache."),
        bot(
            custom={
                "kind": "kb",
                "kb": {"id": "ims-sensation", "topic": "sensation", "modalities": ["ims"], "sources": []},
            }
        ),
        user("blorp", "nlu_fallback", 0.3, ts + 1),
        bot("Sorry?"),
        bot(custom={"kind": "fallback", "reason": "low_confidence", "suggestions": []}),
        user("book me in", "book", 0.99, ts + 2),
        bot("Book here."),
        bot(custom={"kind": "booking", "booking_url": "u", "phone": "p", "modality": "ims"}),
    ]


def test_turns_carry_intent_kind_topic_and_flags():
    turns = build_turns("abc", conversation())
    assert [t["kind"] for t in turns] == ["kb", "fallback", "booking"]
    kb, fallback, booking = turns
    assert (kb["intent"], kb["confidence"], kb["topic"], kb["kb_id"]) == (
        "ask_sensation",
        0.93,
        "sensation",
        "ims-sensation",
    )
    assert json.loads(kb["modalities"]) == ["ims"] and kb["reply"] == "It can ache."
    assert not (kb["fallback"] or kb["low_confidence"] or kb["booking"])
    assert (
        fallback["fallback"] == 1
        and fallback["low_confidence"] == 1
        and fallback["reason"] == "low_confidence"
    )
    assert booking["booking"] == 1 and json.loads(booking["modalities"]) == ["ims"]
    assert all(t["channel"] == "rest" and t["conversation_id"] == "abc" for t in turns)


def test_start_index_selects_the_turn_it_falls_in():
    events = conversation()
    assert [t["message"] for t in build_turns("abc", events, start=len(events) - 1)] == ["book me in"]


def test_record_is_idempotent_and_updates(tmp_path):
    db = connect(tmp_path / "logs.db")
    events = conversation()
    record_turns(db, build_turns("abc", events[:-2]))  # the booking turn before its reply
    record_turns(db, build_turns("abc", events, start=len(events) - 3))
    rows = list(db.query("SELECT message, kind FROM turns ORDER BY id"))
    assert rows == [
        {"message": "does IMS hurt", "kind": "kb"},
        {"message": "blorp", "kind": "fallback"},
        {"message": "book me in", "kind": "booking"},
    ]
    conv = list(db.query("SELECT * FROM conversations"))[0]
    assert (conv["turns"], conv["fallbacks"], conv["booking"], conv["ended_in"]) == (3, 1, 1, "booking")


def test_full_text_search(tmp_path):
    db = connect(tmp_path / "logs.db")
    record_turns(db, build_turns("abc", conversation()))
    assert [r["message"] for r in db["turns"].search("hurt")] == ["does IMS hurt"]


def test_feedback_table_also_accepts_the_widget_schema(tmp_path):
    path = tmp_path / "logs.db"
    raw = sqlite_utils.Database(path)
    raw["feedback"].insert({"time": "2024-01-01 10:00:00", "session_id": "abc", "kb_id": "x", "helpful": 0})
    raw.close()
    db = connect(path)
    record_turns(db, build_turns("abc", conversation()))
    record_feedback(db, "abc", "ims-sensation", True)
    conv = list(db.query("SELECT helpful, not_helpful FROM conversations"))[0]
    assert conv == {"helpful": 1, "not_helpful": 1}


def test_labels_accept_only_domain_intents(tmp_path):
    db = connect(tmp_path / "logs.db")
    ensure_schema(db, intents=["ask_sensation", "book"])
    record_turns(db, build_turns("abc", conversation()))
    db.execute("INSERT INTO labels (turn_id, intent, actor, time) VALUES (2, 'book', 'alice', 'now')")
    with pytest.raises(sqlite3.IntegrityError, match="unknown intent"):
        db.execute("INSERT INTO labels (turn_id, intent, actor, time) VALUES (2, 'bogus', 'alice', 'now')")


def test_phone_numbers_in_sender_ids_become_pseudonyms():
    assert conversation_id("test-12345678") == "test-12345678"
    assert conversation_id("telegram:123456789") == "telegram:123456789"
    pseudo = conversation_id("sms:+16045550199")
    assert pseudo.startswith("sms:") and "555" not in pseudo
    assert pseudo == conversation_id("sms:+16045550199") != conversation_id("sms:+16045550198")
    assert conversation_id("whatsapp:+16045550199").startswith("whatsapp:")


@pytest.mark.parametrize(
    "text,seconds", [("90d", 90 * 86400), ("12h", 43200), ("2w", 14 * 86400), ("7", 7 * 86400)]
)
def test_parse_age(text, seconds):
    assert parse_age(text) == seconds


def test_parse_age_rejects_nonsense():
    with pytest.raises(NeedleGuideError):
        parse_age("soon")


def _tracker(path, rows):
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id TEXT, type_name TEXT, "
        "timestamp REAL, intent_name TEXT, action_name TEXT, data TEXT)"
    )
    conn.executemany(
        "INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (?, 'user', ?, ?)", rows
    )
    conn.commit()
    conn.close()


def test_purge_removes_old_conversations_everywhere(tmp_path):
    now = time.time()
    old, recent = now - 100 * 86400, now - 86400
    db = connect(tmp_path / "logs.db")
    record_turns(db, build_turns("old", conversation(old)))
    record_turns(db, build_turns("new", conversation(recent)))
    db.execute("INSERT INTO labels (turn_id, intent, actor, time) VALUES (1, 'book', 'a', 'x')")
    db.conn.commit()
    db.close()
    _tracker(
        tmp_path / "tracker.db",
        [("old", old, '{"text": "ancient secret words"}'), ("new", old, "{}"), ("new", recent, "{}")],
    )
    cutoff = now - 90 * 86400
    assert purge_logs(tmp_path / "logs.db", cutoff)["conversations"] == 1
    assert purge_tracker(tmp_path / "tracker.db", cutoff) == {"conversations": 1, "events": 1}
    db = connect(tmp_path / "logs.db")
    assert {r["conversation_id"] for r in db.query("SELECT conversation_id FROM turns")} == {"new"}
    assert db["labels"].count == 0
    assert list(db["turns"].search("hurt"))  # the index still works
    db.close()
    assert b"ancient secret words" not in (tmp_path / "tracker.db").read_bytes()
    conn = sqlite3.connect(tmp_path / "tracker.db")
    assert conn.execute("SELECT count(*) FROM events WHERE sender_id = 'new'").fetchone()[0] == 2


def test_purge_of_missing_files_is_harmless(tmp_path):
    assert purge_logs(tmp_path / "none.db", time.time())["conversations"] == 0
    assert purge_tracker(tmp_path / "none.db", time.time())["conversations"] == 0
    assert purge_channel_options(tmp_path / "none.db", time.time()) == 0
    assert not (tmp_path / "none.db").exists()


def test_two_replicas_writing_the_intent_list_at_once_both_start(tmp_path):
    """make cluster starts two Rasa servers on one review log; each writes the intent list at
    start. When the other replica's rows land between this one's delete and insert, the start
    must not fail on a duplicate name (it did: UNIQUE constraint failed: intents.name)."""
    import sqlite3

    import sqlite_utils

    from bot.review.store import ensure_schema

    path = tmp_path / "logs.db"
    ensure_schema(sqlite_utils.Database(sqlite3.connect(str(path))), intents=["greet", "book"])

    class OtherReplicaWroteFirst(sqlite_utils.Database):
        def execute(self, sql, parameters=None):
            if sql.startswith("DELETE FROM intents"):
                return self.conn.execute("SELECT 1")  # the other replica's rows are still there
            return super().execute(sql, parameters)

    db = OtherReplicaWroteFirst(sqlite3.connect(str(path)))
    ensure_schema(db, intents=["book", "greet", "thanks"])
    assert sorted(r["name"] for r in db["intents"].rows) == ["book", "greet", "thanks"]
