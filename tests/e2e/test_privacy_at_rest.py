"""What a patient leaves on the clinic's disk (issue 15, data at rest), end to end: the real
servers with SMS and Telegram pointed at the local stand-ins (tests/stand_ins), every file
they write in one private folder, the pseudonym key in another.

- After an SMS conversation (a name and the number typed too), no file under that folder,
  -wal and journal files included, holds the digits of the number or the name; the reply
  still reached the phone, and the conversation is named by the keyed pseudonym.
- A Telegram chat id is not on disk either.
- Every file and folder the servers made is the service user's alone (0600/0700).
- After a restart with the same key the same number is the same conversation.
- The scheduled purge runs by itself (a one-second interval here) and removes an expired
  conversation's review rows and reply address, leaving the fresh one.
"""
import random
import sqlite3
import stat
import time
from pathlib import Path

import pytest

from bot.pseudonym import ReplyAddresses, key, pseudonym
from tests.helpers import trained_model
from tests.helpers.platforms import Phone, TelegramChat, start_servers, telegram_env, twilio_env
from tests.helpers.review_server import wait_for_review_turns

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def setup(stand_in, tmp_path_factory):
    model = trained_model()
    data = tmp_path_factory.mktemp("privacy-var")
    key_file = tmp_path_factory.mktemp("privacy-keys") / "keys" / "pseudonym.key"
    env = {
        **telegram_env(stand_in), **twilio_env(stand_in),
        "NEEDLE_CHANNEL_DB": str(data / "channels.db"), "NEEDLE_PSEUDONYM_KEY_FILE": str(key_file),
        "NEEDLE_DELIVERY_ATTEMPTS": "2", "NEEDLE_DELIVERY_BACKOFF": "0.05",
    }
    return model, data, key_file, env


def _servers(setup):
    _, data, _, env = setup
    return start_servers(data, env)


@pytest.fixture(scope="module")
def servers(setup):
    srv = _servers(setup)
    yield srv
    srv.stop()


def _files(folder: Path):
    return [p for p in folder.rglob("*") if p.is_file()]


def _holding(folder: Path, needles) -> list:
    """(file, needle) for every file under `folder` whose bytes contain a needle."""
    found = []
    for path in _files(folder):
        blob = path.read_bytes()
        found += [(path.name, n) for n in needles if n.encode() in blob or n.encode("utf-16-le") in blob]
    return found


def test_no_phone_number_chat_id_or_name_on_disk_and_replies_still_arrive(servers, stand_in, setup):
    _, data, key_file, _ = setup
    number = f"+1604{random.randrange(10**6, 10**7)}"
    phone = Phone(servers, stand_in, number=number)
    first = "\n".join(phone.say("My name is Jane Smith, does IMS hurt?"))
    assert "automated assistant" in first, "the reply did not reach the phone"
    assert phone.say(f"my cell is {number[2:5]}-{number[5:8]}-{number[8:]} if you need it. thanks, Jane")
    chat = TelegramChat(servers, stand_in)
    assert chat.say("Hi, I'm Priyanka Raghunathan. is acupuncture safe?")

    sender = f"sms:{pseudonym(number, key({'NEEDLE_PSEUDONYM_KEY_FILE': str(key_file)}))}"
    assert wait_for_review_turns(servers, sender, 2) == 2, "the conversation is not under its pseudonym"
    with sqlite3.connect(servers.tracker_db) as db:
        assert db.execute("SELECT count(*) FROM events WHERE sender_id = ?", [sender]).fetchone()[0] > 0

    needles = [number[1:], number[-7:], f"{number[5:8]}-{number[8:]}", str(chat.chat_id),
               "Jane", "Smith", "Priyanka", "Raghunathan"]
    assert _holding(data, needles) == [], "a number, chat id or name is readable on disk"
    assert not list(key_file.parent.glob("*")) or key_file.parent != data, "the key sits with the data"
    assert key_file.exists() and not str(key_file).startswith(str(data))


def test_every_file_the_servers_wrote_is_private(servers):
    data = Path(servers.tracker_db).parent
    loose = [f"{p.relative_to(data)} {oct(stat.S_IMODE(p.stat().st_mode))}" for p in [data, *data.rglob("*")]
             if stat.S_IMODE(p.stat().st_mode) & 0o077]
    assert loose == [], "readable by other users of the machine"


def test_the_scheduled_purge_runs_by_itself_and_removes_only_expired_conversations(servers, stand_in, setup):
    from bot.review.store import build_turns, connect, record_turns
    _, data, key_file, _ = setup
    secret = key({"NEEDLE_PSEUDONYM_KEY_FILE": str(key_file)})
    old_day = time.time() - 400 * 86400  # past any retention_days
    # an expired SMS conversation: its review rows and its reply address
    old_number = f"+1250{random.randrange(10**6, 10**7)}"
    old_name = ReplyAddresses(str(data / "channels.db"), secret).remember("sms", old_number, now=old_day)
    db = connect(servers.review_db())
    try:
        record_turns(db, build_turns(f"sms:{old_name}", [{"event": "user", "text": "old question",
                                                         "timestamp": old_day, "message_id": "old-1"}]))
    finally:
        db.close()
    fresh = Phone(servers, stand_in)
    assert fresh.say("is dry needling safe?")
    fresh_name = f"sms:{pseudonym(fresh.number, secret)}"
    assert wait_for_review_turns(servers, fresh_name, 1) == 1

    schedule = servers.start_purging(interval=1.0)
    deadline = time.monotonic() + 30
    while schedule.runs < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert schedule.runs >= 2, "the purge did not run again by itself"
    assert wait_for_review_turns(servers, f"sms:{old_name}", 1, timeout=0) == 0, "the expired conversation is still there"
    assert ReplyAddresses(str(data / "channels.db"), secret).lookup("sms", old_name) is None
    assert wait_for_review_turns(servers, fresh_name, 1, timeout=0) == 1, "a fresh conversation was purged"
    assert "\n".join(fresh.say("how long is a session?")), "the fresh patient is still answered"
    log = (Path(servers.log_dir) / "purge.log").read_text()
    assert "1 conversations (1 turns) from the review log" in log and "old question" not in log
    assert old_number[1:] not in log


def test_the_same_number_is_the_same_conversation_after_a_restart(servers, stand_in, setup):
    _, data, key_file, _ = setup
    number = f"+1778{random.randrange(10**6, 10**7)}"
    assert Phone(servers, stand_in, number=number).say("does IMS hurt?")
    servers.stop()
    again = _servers(setup)
    try:
        assert Phone(again, stand_in, number=number).say("is it safe?"), "no reply after the restart"
        sender = f"sms:{pseudonym(number, key({'NEEDLE_PSEUDONYM_KEY_FILE': str(key_file)}))}"
        assert wait_for_review_turns(again, sender, 2) == 2, "the restart started another conversation"
    finally:
        again.stop()
