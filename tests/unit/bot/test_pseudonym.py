"""Keyed pseudonyms and the one kept reply address (bot/pseudonym.py), and the files around
them: scrubbed logs (bot/logprivacy.py), rotation and private modes (bot/ops/serve.py),
retention (bot/review/retention.py)."""
import io
import json
import logging
import os
import sqlite3
import stat
import time

import pytest

from bot.pseudonym import ReplyAddresses, is_pseudonym, key, looks_like_phone, pseudonym, reply_address


def _key_env(path):
    return {"NEEDLE_PSEUDONYM_KEY_FILE": str(path)}


def test_the_key_is_made_once_private_and_kept(tmp_path):
    path = tmp_path / "keys" / "pseudonym.key"
    first = key(_key_env(path))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert len(first) >= 32
    key.__globals__["_keys"].clear()  # as a new process would
    assert key(_key_env(path)) == first, "a restart must find the same key"


def test_the_key_can_come_from_the_environment(tmp_path):
    assert key({"NEEDLE_PSEUDONYM_KEY": "k" * 40, "NEEDLE_PSEUDONYM_KEY_FILE": str(tmp_path / "unused")}) == b"k" * 40
    assert not (tmp_path / "unused").exists()


def test_a_damaged_key_file_is_refused_not_replaced(tmp_path):
    path = tmp_path / "short.key"
    path.write_text("abc\n")
    with pytest.raises(ValueError):
        key(_key_env(path))
    assert path.read_text() == "abc\n"


def test_pseudonym_is_stable_hides_the_number_and_changes_with_the_key():
    a, b = b"a" * 32, b"b" * 32
    p = pseudonym("+16045550142", a)
    assert is_pseudonym(p) and not any(c.isdigit() for c in p)
    assert p == pseudonym("+1 (604) 555-0142", a) == pseudonym("whatsapp:+16045550142", a)
    assert p != pseudonym("+16045550143", a)
    assert p != pseudonym("+16045550142", b), "another key must give other pseudonyms"


def test_an_unkeyed_brute_force_of_the_area_code_finds_nothing():
    """What reversed the old pseudonym: hashing every number of the area code without the key."""
    import hashlib
    import hmac
    secret = b"s" * 32
    target = pseudonym("+16045550142", secret)
    guesses = (f"+1604555{n:04d}" for n in range(10000))
    assert not [g for g in guesses if "p" + hmac.new(b"", g.encode(), hashlib.sha256).hexdigest()[:20] == target
                or "p" + hashlib.sha256(g.encode()).hexdigest()[:20] == target]


@pytest.mark.parametrize("value,phone", [("+16045550142", True), ("604-555-0142", True), ("(604) 555 0142", True),
                                         ("web-3f2a9c", False), ("123", False), ("ref-12-98765", False)])
def test_what_looks_like_a_phone_number(value, phone):
    assert looks_like_phone(value) is phone


def test_reply_address_is_kept_encrypted_and_can_be_forgotten(tmp_path):
    db = tmp_path / "channels.db"
    store = ReplyAddresses(str(db), b"k" * 32)
    name = store.remember("whatsapp", "whatsapp:+16045550142")
    assert name == pseudonym("+16045550142", b"k" * 32)
    assert ReplyAddresses(str(db), b"k" * 32).lookup("whatsapp", name) == "whatsapp:+16045550142"
    assert reply_address("whatsapp", name, ReplyAddresses(str(db), b"k" * 32)) == "whatsapp:+16045550142"
    for f in tmp_path.iterdir():
        assert b"6045550142" not in f.read_bytes(), f"the number is readable in {f.name}"
    assert ReplyAddresses(str(db), b"x" * 32).lookup("whatsapp", name) is None, "another key opens nothing"
    assert store.forget(None, name) == 1
    assert ReplyAddresses(str(db), b"k" * 32).lookup("whatsapp", name) is None


def test_review_log_ids_hold_no_phone_number():
    from bot.review.store import build_turns, conversation_id
    p = conversation_id("+16045550142")
    assert p.startswith("phone:") and "555" not in p
    sender = f"sms:{pseudonym('+16045550142')}"
    assert conversation_id(sender) == sender
    turn = build_turns("+16045550142", [{"event": "user", "text": "hi", "timestamp": 1.0, "message_id": "m1"}])[0]
    assert "6045550142" not in json.dumps(turn)


# --- logs --------------------------------------------------------------------------------

def _logged(emit) -> str:
    from bot import logprivacy
    logprivacy.install()
    buf = io.StringIO()
    handler = logging.StreamHandler(buf)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("test_pseudonym.scrub")
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    try:
        emit(log)
    finally:
        log.removeHandler(handler)
        logprivacy.uninstall()  # the rest of the test session logs as usual
    return buf.getvalue()


def test_rasa_failure_records_lose_the_message_text():
    structlog_line = json.dumps({"event": "rest.message.received.failure", "text": "I have HIV and it hurts",
                                 "exception": [{"exc_type": "ValueError", "frames": [
                                     {"locals": {"text": "'I have HIV'", "msg": "'my wife'"}}]}]})
    out = _logged(lambda log: log.error(structlog_line))
    assert "HIV" not in out and "wife" not in out and "rest.message.received.failure" in out


def test_tracebacks_and_arguments_are_scrubbed_too():
    def emit(log):
        log.warning("could not send to %s", "+16045550142")
        try:
            raise ValueError("message 'my name is Jane Smith' failed")
        except ValueError:
            log.exception("handling UserUttered(text: my knee hurts, intent: None)")
    out = _logged(emit)
    assert "6045550142" not in out and "Jane" not in out and "knee" not in out
    assert "ValueError" in out and "Traceback" in out


# --- files: private, rotated, purged ------------------------------------------------------

def test_make_private_fixes_existing_files(tmp_path):
    from bot.ops.serve import make_private
    (tmp_path / "logs").mkdir()
    for f in (tmp_path / "tracker.db", tmp_path / "logs" / "rasa.log"):
        f.write_text("x")
        os.chmod(f, 0o644)
    os.chmod(tmp_path / "logs", 0o755)
    make_private([tmp_path])
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.rglob("*")}
    assert modes == {"logs": 0o700, "tracker.db": 0o600, "rasa.log": 0o600}


def test_a_log_is_rotated_while_its_writer_keeps_writing(tmp_path):
    from bot.ops.serve import rotate_log
    log = tmp_path / "rasa.log"
    writer = open(log, "a")
    for day in range(4):
        writer.write(f"day {day}\n")
        writer.flush()
        assert rotate_log(log, keep=2)
    writer.write("today\n")
    writer.flush()
    writer.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rasa.log", "rasa.log.1", "rasa.log.2"]
    assert log.read_text() == "today\n"
    assert (tmp_path / "rasa.log.1").read_text() == "day 3\n" and (tmp_path / "rasa.log.2").read_text() == "day 2\n"


def test_purge_removes_expired_reply_addresses_and_old_rotated_logs(tmp_path):
    from bot.review.retention import Stores, purge_expired, purge_interval
    now = time.time()
    store = ReplyAddresses(str(tmp_path / "channels.db"), b"k" * 32)
    old = store.remember("sms", "+16045550100", now=now - 100 * 86400)
    new = store.remember("sms", "+16045550101", now=now)
    logs = tmp_path / "logs"
    logs.mkdir()
    for name, age in (("rasa.log", 200), ("rasa.log.9", 200), ("rasa.log.1", 1)):
        (logs / name).write_text("x")
        os.utime(logs / name, (now - age * 86400, now - age * 86400))
    counts = purge_expired(Stores(tmp_path / "tracker.db", tmp_path / "logs.db", tmp_path / "channels.db", logs),
                           age_seconds=90 * 86400, now=now)
    assert counts["channel_rows"] == 1 and counts["log_files"] == 1
    assert store.lookup("sms", new) == "+16045550101"
    assert ReplyAddresses(str(tmp_path / "channels.db"), b"k" * 32).lookup("sms", old) is None
    assert sorted(p.name for p in logs.iterdir()) == ["rasa.log", "rasa.log.1"], "the live log is never deleted"
    with sqlite3.connect(tmp_path / "channels.db") as db:
        assert db.execute("SELECT count(*) FROM reply_addresses").fetchone()[0] == 1
    assert purge_interval({}) == 86400
    assert purge_interval({"NEEDLE_PURGE_INTERVAL": "30m"}) == 1800
    assert purge_interval({"NEEDLE_PURGE_INTERVAL": "soon"}) == 86400


# --- telling patients ----------------------------------------------------------------------

def test_the_first_reply_links_the_privacy_notice_when_the_clinic_has_one(tmp_path):
    from actions.replies import disclaimer
    from bot.clinic import ClinicConfigError, read_clinic
    base = "name: X\nphone: 555-0100\nbooking_url: https://example.org\n"
    path = tmp_path / "clinic.yml"
    path.write_text(base + "privacy_url: https://example.org/privacy\n")
    assert disclaimer(read_clinic(path)).endswith("How we handle your data: https://example.org/privacy")
    path.write_text(base)
    assert "handle your data" not in disclaimer(read_clinic(path))
    path.write_text(base + "privacy_url: our website\n")
    with pytest.raises(ClinicConfigError) as caught:
        read_clinic(path)
    assert "privacy_url 'our website' is not a web address" in caught.value.problems[0]


def test_purge_removes_old_undelivered_replies_too(tmp_path):
    from bot.channels.delivery import FailureLog
    from bot.review.store import purge_logs
    FailureLog(tmp_path / "logs.db").record("twilio_sms", "sms:+16045550100", 3, "down", "old reply")
    with sqlite3.connect(tmp_path / "logs.db") as db:
        db.execute("UPDATE delivery_failures SET timestamp = ?", [time.time() - 100 * 86400])
    FailureLog(tmp_path / "logs.db").record("twilio_sms", "sms:+16045550101", 3, "down", "new reply")
    purge_logs(tmp_path / "logs.db", time.time() - 90 * 86400)
    with sqlite3.connect(tmp_path / "logs.db") as db:
        assert [r[0] for r in db.execute("SELECT reply FROM delivery_failures")] == ["new reply"]


def test_a_review_log_from_before_gets_keyed_pseudonyms(tmp_path):
    """Old rows kept the number in event_key and an unkeyed hash as conversation id."""
    from bot.review.migrate_pseudonyms import drop_old_channel_options, migrate_review_log
    from bot.review.store import connect
    from bot.channels.options import OptionStore
    secret = b"m" * 32
    db = connect(tmp_path / "logs.db")
    db["turns"].insert_all([
        {"event_key": "sms:+16045550142:m1", "conversation_id": "sms:0123456789ab", "message": "hi", "timestamp": 1.0},
        {"event_key": "telegram:987654321:m2", "conversation_id": "telegram:987654321", "message": "yo", "timestamp": 2.0},
        {"event_key": "web-abc:m3", "conversation_id": "web-abc", "message": "hey", "timestamp": 3.0}])
    db["feedback"].insert({"conversation_id": "sms:0123456789ab", "helpful": 1})
    db.close()
    assert migrate_review_log(tmp_path / "logs.db", secret) == 2
    sms, tg = f"sms:{pseudonym('+16045550142', secret)}", f"telegram:{pseudonym('987654321', secret)}"
    with sqlite3.connect(tmp_path / "logs.db") as conn:
        assert [tuple(r) for r in conn.execute("SELECT event_key, conversation_id FROM turns ORDER BY id")] == [
            (f"{sms}:m1", sms), (f"{tg}:m2", tg), ("web-abc:m3", "web-abc")]
        assert conn.execute("SELECT conversation_id FROM feedback").fetchone()[0] == sms
    for f in tmp_path.iterdir():
        assert b"6045550142" not in f.read_bytes() and b"987654321" not in f.read_bytes(), f.name
    assert migrate_review_log(tmp_path / "logs.db", secret) == 0, "a second start has nothing to do"
    OptionStore(str(tmp_path / "channels.db")).remember("twilio_sms", "sms:+16045550142", [{"title": "A", "payload": "/a"}])
    assert drop_old_channel_options(tmp_path / "channels.db", secret) == 1


def test_the_rasa_server_process_scrubs_what_rasa_logs():
    """In a process set up as the Rasa server's (bot/rasa_server.py applies the Rasa patches,
    then its REST channel is imported), the JSON line Rasa 3.6 writes for a failed message
    no longer holds the message."""
    import subprocess
    import sys
    from bot import PROJECT_ROOT
    code = ("import json, logging, sys; from bot import rasa_patches; rasa_patches.apply(); "
            "import bot.channels.rest; "
            "logging.basicConfig(stream=sys.stdout, format='%(message)s'); "
            "logging.getLogger('rasa.core.channels.rest').error(json.dumps("
            "{'event': 'rest.message.received.failure', 'text': 'my knee hurts, I am Jane Smith'}))")
    out = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True,
                         timeout=300, env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"})
    assert "rest.message.received.failure" in out.stdout, out.stderr[-2000:]
    assert "knee" not in out.stdout and "Jane" not in out.stdout


def test_an_address_erased_elsewhere_is_kept_again_when_the_patient_writes(tmp_path):
    db = str(tmp_path / "channels.db")
    connector = ReplyAddresses(db, b"k" * 32)
    name = connector.remember("sms", "+16045550142")
    assert ReplyAddresses(db, b"k" * 32).forget(None, name) == 1  # erasure, from the command line
    connector.remember("sms", "+16045550142")  # the patient writes again, within the hour
    assert ReplyAddresses(db, b"k" * 32).lookup("sms", name) == "+16045550142"


def test_a_failed_scheduled_purge_is_reported_without_content_and_tried_again(tmp_path, monkeypatch):
    from bot.review import retention
    calls = []

    def purge(stores):
        calls.append(1)
        if len(calls) == 1:
            raise sqlite3.OperationalError("database is locked while reading 'my knee hurts'")
        return {"days": 90, "conversations": 0, "turns": 0, "tracker_conversations": 0, "events": 0,
                "channel_rows": 0, "log_files": 0}
    monkeypatch.setattr(retention, "purge_expired", purge)
    monkeypatch.setattr(retention, "RETRY_AFTER", 0.05)
    lines = []
    schedule = retention.PurgeSchedule(retention.Stores(tmp_path / "t.db", tmp_path / "l.db", tmp_path / "c.db"),
                                       interval=3600, report=lines.append).start()
    deadline = time.monotonic() + 10
    while len(calls) < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    schedule.stop()
    assert len(calls) == 2, "a failed purge must be tried again well before the next day"
    assert "failed (OperationalError)" in lines[0] and "knee" not in lines[0]
    assert lines[1].startswith("purged what is older than 90 days: 0 conversations")


def test_sms_replies_go_to_the_kept_number_and_stop_once_it_is_erased(tmp_path):
    import asyncio
    from bot.channels.twilio import ClinicTwilioOutput, UnknownAddress, retryable
    addresses = ReplyAddresses(str(tmp_path / "channels.db"), b"k" * 32)
    sender = f"whatsapp:{addresses.remember('whatsapp', 'whatsapp:+16045550142')}"
    out = ClinicTwilioOutput("AC1", "tok", "+15550000000", channel="twilio_whatsapp", addresses=addresses)
    assert out.address(sender) == "whatsapp:+16045550142"
    addresses.forget(None, sender.split(":", 1)[1])
    [part] = out.parts(sender, "hello")
    with pytest.raises(UnknownAddress) as caught:
        asyncio.run(part.send())
    assert not retryable(caught.value), "nowhere to send: retrying cannot help"
