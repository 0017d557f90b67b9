"""The review database, through the real servers: every turn logged with the right
intent, kind, topic and flags; patient details redacted in every database on disk; purge."""

import os
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from bot.ops.client import send

pytestmark = pytest.mark.e2e

# Unique values, so finding them anywhere on disk means they leaked (the clinic's own phone
# number is in every reply, so it is not one of them).
PII = {
    "phone": "778-555-0187",
    "email": "pat.example.7731@mailbox.example.net",
    "postal": "V5K 0A4",
    "zip": "zip 98107",  # with its context: five bare digits may turn up inside any float
    "health_card": "4821-337-906",
    "dob": "1979-06-21",
}


def rows(db: Path, sql: str, args=()):
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, args)]
    finally:
        conn.close()


def turns_of(servers, sender, n, timeout=5.0):
    """The conversation's turns once n are there: staff see a turn within 5 seconds."""
    deadline = time.monotonic() + timeout
    while True:
        found = rows(
            servers.review_db(), "SELECT * FROM turns WHERE conversation_id = ? ORDER BY id", [sender]
        )
        if len(found) >= n or time.monotonic() > deadline:
            return found
        time.sleep(0.1)


def test_each_turn_is_logged_with_intent_kind_topic_and_flags(servers):
    sender = f"review-{uuid.uuid4().hex[:8]}"
    kinds = [
        send(servers.rest_url, sender, text).kind
        for text in (
            "does dry needling hurt?",
            "how much ibuprofen can I take for my back",
            "i'd like to book an appointment for IMS",
            "what are your opening hours",
            "chest pain after needling!!! what do i do",
        )
    ]
    assert kinds == ["kb", "fallback", "booking", "contact", "emergency"]
    logged = turns_of(servers, sender, 5)
    assert [t["kind"] for t in logged] == kinds
    kb, fallback, booking, contact, emergency = logged
    assert kb["intent"] == "ask_sensation" and kb["topic"] in ("sensation", "aftercare")
    assert kb["kb_id"] and "dry_needling" in kb["modalities"] and 0 < kb["confidence"] <= 1
    assert kb["message"] == "does dry needling hurt?" and kb["channel"] == "rest" and kb["reply"]
    assert fallback["fallback"] == 1 and fallback["reason"] and not fallback["booking"]
    assert booking["booking"] == 1 and "ims" in booking["modalities"]
    assert contact["contact"] == 1 and contact["topic"] == "ask_hours"
    assert emergency["emergency"] == 1 and emergency["intent"] == "emergency"
    conv = rows(servers.review_db(), "SELECT * FROM conversations WHERE conversation_id = ?", [sender])[0]
    assert (conv["turns"], conv["fallbacks"], conv["booking"], conv["contact"], conv["emergency"]) == (
        5,
        1,
        1,
        1,
        1,
    )
    assert conv["ended_in"] == "emergency" and conv["channel"] == "rest"


def test_patient_details_never_reach_disk(servers):
    sender = f"redact-{uuid.uuid4().hex[:8]}"
    messages = [
        f"does acupuncture hurt? call me at {PII['phone']}",
        f"my email is {PII['email']} and I live at {PII['postal']}, {PII['zip']}",
        f"my health card is {PII['health_card']} and I was born {PII['dob']}",
        f"I can't breathe after my dry needling appointment, call {PII['phone']}",
    ]
    turns = [send(servers.rest_url, sender, m) for m in messages]
    assert turns[0].kind == "kb" and turns[3].kind == "emergency", "redaction must not change answers"
    logged = turns_of(servers, sender, len(messages))
    assert len(logged) == len(messages)
    assert "[phone]" in logged[0]["message"] and "[email]" in logged[1]["message"]
    assert "[postal_code]" in logged[1]["message"] and "[health_card]" in logged[2]["message"]
    assert "[date]" in logged[2]["message"] and logged[3]["emergency"] == 1
    tracker_rows = rows(
        servers.tracker_db, "SELECT data FROM events WHERE sender_id = ? AND type_name = 'user'", [sender]
    )
    assert len(tracker_rows) == len(messages) and "[phone]" in tracker_rows[0]["data"]
    var_dir = Path(servers.tracker_db).parent
    files = [p for p in var_dir.rglob("*") if p.is_file() and ".db" in p.name]
    assert {p.name for p in files} >= {"tracker.db", "logs.db"}
    for path in files:  # every database file, with its WAL and journal, as raw bytes
        raw = path.read_bytes()
        for name, value in PII.items():
            assert value.encode() not in raw, f"{name} {value!r} found in {path}"


def _age(servers, sender, days):
    """Make a conversation look `days` old in both stores."""
    shift = days * 86400
    for db, sql in (
        (servers.tracker_db, "UPDATE events SET timestamp = timestamp - ? WHERE sender_id = ?"),
        (servers.review_db(), "UPDATE turns SET timestamp = timestamp - ? WHERE conversation_id = ?"),
    ):
        conn = sqlite3.connect(db)
        with conn:
            conn.execute(sql, [shift, sender])
        conn.close()


def test_purge_removes_old_conversations_from_both_stores(servers):
    old, recent = f"old-{uuid.uuid4().hex[:8]}", f"recent-{uuid.uuid4().hex[:8]}"
    send(servers.rest_url, old, "what is the history of acupuncture, quokka question")
    send(servers.rest_url, recent, "is IMS safe?")
    assert turns_of(servers, old, 1) and turns_of(servers, recent, 1)
    _age(servers, old, 120)
    env = dict(
        os.environ,
        NEEDLE_TRACKER_DB=str(servers.tracker_db),
        NEEDLE_LOGS_DB=str(servers.review_db()),
        NEEDLE_CHANNEL_DB=str(Path(servers.tracker_db).parent / "channels.db"),
    )
    result = subprocess.run(
        [sys.executable, "-m", "bot", "logs", "purge", "--older-than", "90d"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert not rows(servers.tracker_db, "SELECT 1 FROM events WHERE sender_id = ?", [old])
    assert not rows(servers.review_db(), "SELECT 1 FROM turns WHERE conversation_id = ?", [old])
    assert rows(servers.tracker_db, "SELECT 1 FROM events WHERE sender_id = ?", [recent])
    assert rows(servers.review_db(), "SELECT 1 FROM turns WHERE conversation_id = ?", [recent])
    for path in (servers.tracker_db, servers.review_db()):
        assert b"quokka" not in Path(path).read_bytes()
    # the assistant goes on working after a purge
    assert send(servers.rest_url, recent, "does it hurt?").kind == "kb"
