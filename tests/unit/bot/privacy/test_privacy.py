"""bot/privacy: erasure leaves nothing readable on disk; export round-trips; references."""
import json
import sqlite3
import time
from pathlib import Path

import pytest

from bot.privacy import normalise_reference, reference, stores
from bot.privacy.erase import erase
from bot.privacy.export import as_text, export
from bot.review import audit

WORDS = ["quokkaglimmer", "zephyrbramble", "marzipanthicket"]


def files_containing(root: Path, needles):
    """Every file under root whose bytes contain one of the needles (any case)."""
    found = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes().lower()
            hits = [n for n in needles if n.lower().encode() in data]
            if hits:
                found.append((str(path.relative_to(root)), hits))
    return found


@pytest.fixture
def var(tmp_path, monkeypatch):
    monkeypatch.setenv("NEEDLE_LOGS_DB", str(tmp_path / "logs.db"))
    monkeypatch.setenv("NEEDLE_TRACKER_DB", str(tmp_path / "tracker.db"))
    monkeypatch.setenv("NEEDLE_CHANNEL_DB", str(tmp_path / "channels.db"))
    monkeypatch.setenv("NEEDLE_PSEUDONYM_KEY", "k" * 40)
    monkeypatch.delenv("NEEDLE_AUDIT_DB", raising=False)
    return tmp_path


def _conversation(sender, words, t0=1_700_000_000.0, input_channel="rest"):
    events = []
    for i, word in enumerate(words):
        events.append({"event": "user", "timestamp": t0 + 10 * i, "text": f"does {word} hurt",
                       "input_channel": input_channel, "message_id": f"m{i}",
                       "parse_data": {"intent": {"name": "ask_sensation", "confidence": 0.9}}})
        events.append({"event": "bot", "timestamp": t0 + 10 * i + 1, "text": f"answer {i} about it",
                       "data": {"custom": {"kind": "kb", "kb": {"id": "x", "topic": "sensation"}}}})
    return events


def _fill(var, sender, words):
    """A conversation in every store, as the servers leave it (WAL files included)."""
    from bot.pseudonym import ReplyAddresses
    from bot.review.store import build_turns, connect, record_turns
    from bot.tracker_store.sqlite_events import SQLiteEvents
    events = _conversation(sender, words)
    tracker = SQLiteEvents(str(var / "tracker.db"))
    conn = sqlite3.connect(str(var / "tracker.db"))
    conn.execute("CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY, sender_id TEXT, type_name TEXT, "
                 "timestamp REAL, intent_name TEXT, action_name TEXT, data TEXT)")
    conn.commit()
    conn.close()
    tracker.append(sender, events).result(5)
    tracker.close()
    db = connect(var / "logs.db")
    record_turns(db, build_turns(sender, events))
    with db.conn:
        db["feedback"].insert({"time": "2026-01-01 00:00:00", "session_id": sender, "kb_id": "x", "helpful": 1})
    db.close()
    return events


def test_erasing_a_conversation_leaves_none_of_its_words_or_ids_on_disk(var):
    _fill(var, "widget-session-abcdef", WORDS)
    _fill(var, "someone-else", ["keepthisword"])
    # a turn waiting in a journal (the database was locked when it was answered)
    (var / "tracker.db.pending").write_text(json.dumps({"sender": "widget-session-abcdef",
                                                        "rows": _conversation("x", ["lateword"])}) + "\n")
    assert files_containing(var, WORDS + ["lateword"])
    report = erase("widget-session-abcdef", actor="ann")
    assert report.counts["turns"] == 3 and report.counts["tracker events"] == 6
    assert report.counts["feedback"] == 1 and report.counts["queued writes"] == 1
    assert not files_containing(var, WORDS + ["lateword", "widget-session-abcdef"])
    assert files_containing(var, ["keepthisword"]), "another patient's conversation is kept"
    records = audit.read(stores().audit)
    assert [(r["action"], r["actor"], r["reference"]) for r in records] == [
        ("erase", "ann", reference("widget-session-abcdef"))]
    assert "3 turns" in records[0]["detail"]


def test_erasure_by_phone_number_finds_the_pseudonymous_sms_conversation_and_its_address(var):
    from bot.pseudonym import ReplyAddresses
    addresses = ReplyAddresses(str(var / "channels.db"))
    name = addresses.remember("sms", "+16045550142")
    _fill(var, f"sms:{name}", WORDS)
    report = erase(address="sms:+1 (604) 555-0142", actor="ann")
    assert report.counts["reply addresses"] == 1 and report.counts["turns"] == 3
    assert not files_containing(var, WORDS + [name, "6045550142"])


def test_a_patient_can_quote_the_reference_instead_of_the_id(var):
    _fill(var, "widget-session-abcdef", WORDS)
    ref = reference("widget-session-abcdef")
    assert len(ref) == 8 and normalise_reference(f" {ref[:4].lower()}-{ref[4:]} ") == ref
    data = export(ref)
    assert [c["conversation_id"] for c in data["conversations"]] == ["widget-session-abcdef"]
    assert erase(ref).counts["turns"] == 3


def test_an_export_round_trips_every_turn_in_order(var):
    words = [f"word{i}x" for i in range(12)]
    _fill(var, "conv-1", words)
    data = json.loads(json.dumps(export("conv-1")))
    turns = data["conversations"][0]["turns"]
    assert [t["message"] for t in turns] == [f"does {w} hurt" for w in words]
    assert [t["reply"] for t in turns] == [f"answer {i} about it" for i in range(12)]
    assert all(t["channel"] == "rest" and t["time"] for t in turns)
    text = as_text(data)
    assert text.index("word0x") < text.index("word11x") and "Assistant: answer 11 about it" in text


def test_the_export_falls_back_to_the_tracker_store(var):
    _fill(var, "conv-2", WORDS)
    (var / "logs.db").unlink()
    turns = export("conv-2")["conversations"][0]["turns"]
    assert [t["message"] for t in turns] == [f"does {w} hurt" for w in WORDS]


def test_the_audit_log_refuses_changes_and_keeps_rows_for_the_retention_period(tmp_path):
    path = tmp_path / "audit.db"
    audit.record("view", "ann", "ABCD1234", path=path)
    audit.record("view", "ann", "OLD00000", path=path, now=time.time() - 7 * 366 * 86400)
    conn = sqlite3.connect(str(path), isolation_level=None)
    for sql in ("UPDATE audit SET actor = 'bob'", "DELETE FROM audit", "DELETE FROM audit_retention"):
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute(sql)
    conn.close()
    assert audit.purge(path) == 1
    assert [r["reference"] for r in audit.read(path)] == ["ABCD1234"]


def test_the_command_line_erases_only_for_an_account_allowed_to(var, monkeypatch, capsys):
    import io
    from bot.ops.cli import main
    from bot.review.accounts import add_user
    monkeypatch.setenv("NEEDLE_REVIEW_ACCOUNTS", str(var / "accounts.yml"))
    add_user("reader", "a long password 1")
    add_user("eraser", "a long password 2", erase=True)
    _fill(var, "conv-3", WORDS)
    monkeypatch.setattr("sys.stdin", io.StringIO("a long password 1\n"))
    assert main(["privacy", "erase", "conv-3", "--staff", "reader", "--password-stdin"]) == 2
    assert "may not erase" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("a long password 1\n"))
    out = var / "export.txt"
    assert main(["privacy", "export", reference("conv-3"), "--staff", "reader", "--password-stdin",
                 "--format", "text", "--output", str(out)]) == 0
    assert "zephyrbramble" in out.read_text()
    out.unlink()
    monkeypatch.setattr("sys.stdin", io.StringIO("a long password 2\n"))
    assert main(["privacy", "erase", "conv-3", "--staff", "eraser", "--password-stdin"]) == 0
    assert not files_containing(var, WORDS + ["conv-3"])
    actions = [(r["actor"], r["action"], r["reference"]) for r in audit.read(stores().audit)]
    assert actions == [("eraser", "erase", reference("conv-3")), ("reader", "export", reference("conv-3"))]


def _run(text, previous_contract=None, sender="sms:pbcdfghjkmnpqrstvbcdf"):
    from rasa_sdk import Tracker
    from rasa_sdk.executor import CollectingDispatcher
    from actions.respond import respond
    events = [{"event": "action", "name": "action_session_start"}, {"event": "session_started"}]
    if previous_contract:
        events += [{"event": "user", "text": "delete"}, {"event": "bot", "text": "confirm?"},
                   {"event": "bot", "data": {"custom": previous_contract}}]
    latest = {"text": text, "intent": {"name": "nlu_fallback", "confidence": 0.3}, "entities": [],
              "intent_ranking": [{"name": "nlu_fallback", "confidence": 0.3}]}
    events.append({"event": "user", "text": text, "parse_data": latest})
    tracker = Tracker(sender_id=sender, slots={}, latest_message=latest, events=events, paused=False,
                      followup_action=None, active_loop={}, latest_action_name="action_listen")
    dispatcher = CollectingDispatcher()
    respond(dispatcher, tracker)
    texts = [m["text"] for m in dispatcher.messages if m.get("text")]
    contract = [m["custom"] for m in dispatcher.messages if m.get("custom")][-1]
    return texts, contract


def test_delete_by_text_message_asks_first_then_yes_confirms(fixture_store):
    texts, contract = _run("DELETE")
    assert contract["kind"] == "privacy" and contract["action"] == "confirm_erase"
    assert "Reply YES" in texts[0] and contract["reference"] in texts[0]
    texts, contract = _run("yes", previous_contract=contract)
    assert contract["action"] == "erased" and "deleted" in texts[0]
    texts, contract = _run("Non", previous_contract={"kind": "privacy", "action": "confirm_erase"})
    assert contract["action"] == "kept"
    texts, contract = _run("effacer")
    assert "Répondez OUI" in texts[0]


def test_yes_without_a_pending_request_erases_nothing(fixture_store):
    _, contract = _run("yes")
    assert contract["kind"] != "privacy"


def test_the_tracker_store_erases_after_saving_the_confirmation():
    from rasa.shared.core.events import BotUttered, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker
    from bot.tracker_store.redacting import erasure_confirmed
    tracker = DialogueStateTracker.from_events("s", [
        UserUttered("yes"), BotUttered("Done", data={"custom": {"kind": "privacy", "action": "erased"}})])
    assert erasure_confirmed(tracker)
    tracker.update(UserUttered("hello again"))
    assert not erasure_confirmed(tracker), "only the reply to the latest message counts"


def test_a_durable_queue_drops_an_erased_conversations_items_from_memory_and_journal(tmp_path):
    import threading
    from bot.tracker_store.durable_queue import DurableQueue, Refused
    blocked = threading.Event()

    def refuse(batch):
        blocked.set()
        raise Refused("locked")

    queue = DurableQueue("test", tmp_path / "db.pending", refuse, transient=(Refused,), retry=0.05)
    queue.put({"sender": "erase-me", "rows": [{"text": "quokkaglimmer"}]})
    queue.put({"sender": "keep-me", "rows": [{"text": "keepthisword"}]})
    blocked.wait(5)
    assert queue.discard(lambda item: item["sender"] == "erase-me") == 1
    assert [i["sender"] for i in queue.pending()] == ["keep-me"]
    # the refused write journals what waits (the writer thread, right after the refusal)
    deadline = time.monotonic() + 5
    while b"keepthisword" not in (tmp_path / "db.pending").read_bytes() and time.monotonic() < deadline:
        time.sleep(0.02)
    journal = (tmp_path / "db.pending").read_bytes()
    assert b"quokkaglimmer" not in journal and b"keepthisword" in journal
    queue.close(0.1)


def test_the_widget_server_serves_and_erases_only_the_patients_own_conversation(var, monkeypatch):
    import asyncio
    from aiohttp.test_utils import TestClient, TestServer
    from bot.channels.session_tokens import session_secret, token
    from bot.web import make_app
    monkeypatch.setenv("NEEDLE_SESSION_SECRET", "s" * 40)
    _fill(var, "sess-owned-1", WORDS)
    good = token(session_secret(), "sess-owned-1")

    async def run():
        client = TestClient(TestServer(make_app("http://127.0.0.1:5005", logs_db=var / "logs.db")))
        await client.start_server()
        try:
            out = {}
            resp = await client.post("/api/privacy/erase", json={"session_id": "sess-owned-1", "token": "x" * 43})
            out["forged"] = resp.status
            resp = await client.post("/api/privacy/erase", json={"session_id": "sess-owned-1"})
            out["bare"] = resp.status
            resp = await client.post("/api/privacy/reference", json={"session_id": "sess-owned-1", "token": good})
            out["reference"] = (await resp.json())["reference"]
            resp = await client.post("/api/privacy/transcript", json={"session_id": "sess-owned-1", "token": good})
            out["transcript"] = (resp.status, resp.headers.get("Content-Disposition"), await resp.text())
            resp = await client.post("/api/privacy/erase", json={"session_id": "sess-owned-1", "token": good})
            out["erase"] = (resp.status, await resp.json())
            return out
        finally:
            await client.close()
    out = asyncio.run(run())
    assert out["forged"] == 403 and out["bare"] == 403
    assert out["reference"] == reference("sess-owned-1")
    status, disposition, text = out["transcript"]
    assert status == 200 and "attachment" in disposition and "You: does zephyrbramble hurt" in text
    assert out["erase"][0] == 200 and "3 turns" in out["erase"][1]["erased"]
    assert not files_containing(var, WORDS + ["sess-owned-1"])
    assert [(r["actor"], r["action"]) for r in audit.read(stores().audit)] == [("patient", "erase"),
                                                                               ("patient", "export")]


def test_expired_audit_records_go_by_themselves_without_a_schedule(tmp_path, monkeypatch):
    path = tmp_path / "audit.db"
    monkeypatch.setattr(audit, "_last_purge", {})
    audit.record("view", "ann", "OLD00000", path=path, now=time.time() - 7 * 366 * 86400)
    monkeypatch.setattr(audit, "_last_purge", {})  # a day later, or another process
    audit.record("view", "ann", "NEW00000", path=path)
    assert [r["reference"] for r in audit.read(path)] == ["NEW00000"]
    monkeypatch.setenv("NEEDLE_AUDIT_RETENTION_DAYS", "30")
    audit.record("view", "ann", "MID00000", path=path, now=time.time() - 100 * 86400)
    assert audit.purge(path) == 1, "a shorter retention period applies to the rows already kept"


def test_only_an_administrator_reads_the_audit_log_from_the_command_line(var, monkeypatch, capsys):
    import io
    from bot.ops.cli import main
    from bot.review.accounts import add_user
    monkeypatch.setenv("NEEDLE_REVIEW_ACCOUNTS", str(var / "accounts.yml"))
    add_user("reader", "a long password 1")
    add_user("boss", "a long password 3", admin=True)
    audit.record("view", "reader", "ABCD1234", path=stores().audit)
    monkeypatch.setattr("sys.stdin", io.StringIO("a long password 1\n"))
    assert main(["privacy", "audit", "--staff", "reader", "--password-stdin"]) == 2
    monkeypatch.setattr("sys.stdin", io.StringIO("a long password 3\n"))
    assert main(["privacy", "audit", "--staff", "boss", "--password-stdin"]) == 0
    out = capsys.readouterr().out
    assert "reader" in out and "ABCD1234" in out
    assert audit.read(stores().audit)[0]["action"] == "audit-read", "reading the log is itself recorded"
