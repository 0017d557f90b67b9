"""Messaging deliveries without a server: each platform delivery handled once, replies
retried while a provider is down and recorded for staff when they never arrive, and a
Telegram channel that never runs without a secret."""
import asyncio
import logging
import sqlite3
import stat
import threading

import pytest
from aiogram.utils import exceptions as tg_errors
from rasa.shared.exceptions import RasaException
from twilio.base.exceptions import TwilioRestException

from bot.channels import telegram, twilio
from bot.channels.config import build_credentials, load_or_create_secret, TELEGRAM_CLASS
from bot.channels.delivery import FailureLog, Outbox, Part, RetryPolicy, SeenDeliveries, deliver

QUICK = RetryPolicy(attempts=3, initial=0, maximum=0)


class Flaky:
    """A send that fails `failures` times with `error`, then works."""

    def __init__(self, failures, error=ConnectionRefusedError("provider down")):
        self.failures, self.error, self.calls = failures, error, 0

    async def __call__(self):
        self.calls += 1
        if self.failures is None or self.calls <= self.failures:
            raise self.error


def _failures(path):
    with sqlite3.connect(path) as db:
        db.row_factory = sqlite3.Row
        return [dict(r) for r in db.execute("SELECT * FROM delivery_failures")]


# --- each delivery once ----------------------------------------------------------------------

def test_a_repeated_delivery_is_seen_once_per_channel_and_survives_a_restart(tmp_path):
    path = str(tmp_path / "channels.db")
    seen = SeenDeliveries(path)
    assert seen.first_time("telegram", "1001") is True
    assert seen.first_time("telegram", "1001") is False
    assert seen.first_time("twilio", "1001") is True  # another platform's id space
    assert SeenDeliveries(path).first_time("telegram", "1001") is False  # after a restart


def test_delivery_ids_are_forgotten_after_the_time_to_live(tmp_path):
    seen = SeenDeliveries(str(tmp_path / "channels.db"), ttl_hours=48)
    assert seen.first_time("twilio", "SM1", now=1_000_000)
    assert not seen.first_time("twilio", "SM1", now=1_000_000 + 47 * 3600)
    assert seen.first_time("twilio", "SM1", now=1_000_000 + 49 * 3600)
    with sqlite3.connect(tmp_path / "channels.db") as db:  # old rows are purged, not kept forever
        assert db.execute("SELECT count(*) FROM deliveries").fetchone()[0] == 1


def test_simultaneous_repeats_are_answered_once(tmp_path):
    seen = SeenDeliveries(str(tmp_path / "channels.db"))
    results, start = [], threading.Barrier(8)

    def claim():
        start.wait()
        results.append(seen.first_time("telegram", "777"))

    threads = [threading.Thread(target=claim) for _ in range(8)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    assert sorted(results) == [False] * 7 + [True]


def test_without_an_id_or_a_database_a_message_is_still_answered(tmp_path):
    seen = SeenDeliveries(str(tmp_path / "channels.db"))
    assert seen.first_time("twilio", None) and seen.first_time("twilio", "")
    (tmp_path / "dir.db").mkdir()  # not a database file: answering beats silence
    assert SeenDeliveries(str(tmp_path / "dir.db")).first_time("twilio", "SM1")


# --- retries and failures ---------------------------------------------------------------------

def test_a_reply_gets_through_after_two_server_errors(tmp_path):
    send = Flaky(2)
    ok = asyncio.run(deliver("telegram", "telegram:5", [Part("hello", send)], telegram.retryable,
                             QUICK, FailureLog(tmp_path / "logs.db")))
    assert ok and send.calls == 3
    assert not (tmp_path / "logs.db").exists()


def test_a_reply_that_never_gets_through_is_logged_and_recorded_for_staff(tmp_path, caplog):
    first, rest = Flaky(None), Flaky(0)
    with caplog.at_level(logging.ERROR):
        ok = asyncio.run(deliver("twilio_sms", "sms:+16045551234",
                                 [Part("Dry needling feels like a twitch.", first), Part("Reply 1 for: Is it safe?", rest)],
                                 twilio.retryable, QUICK, FailureLog(tmp_path / "logs.db")))
    assert not ok and first.calls == QUICK.attempts
    assert rest.calls == 0, "the rest of a turn is not sent after a part is lost"
    [row] = _failures(tmp_path / "logs.db")
    assert row["channel"] == "twilio_sms" and row["attempts"] == QUICK.attempts
    assert row["conversation_id"].startswith("sms:") and "6045551234" not in row["conversation_id"]
    assert "twitch" in row["reply"] and "Is it safe?" in row["reply"] and "ConnectionRefusedError" in row["error"]
    assert any(r.levelno == logging.ERROR and "NOT delivered" in r.getMessage() for r in caplog.records)


def test_a_refusal_that_waiting_cannot_fix_is_not_retried_but_recorded(tmp_path):
    blocked = Flaky(None, tg_errors.Unauthorized("Forbidden: bot was blocked by the user"))
    ok = asyncio.run(deliver("telegram", "telegram:9", [Part("hi", blocked)], telegram.retryable,
                             QUICK, FailureLog(tmp_path / "logs.db")))
    assert not ok and blocked.calls == 1
    assert _failures(tmp_path / "logs.db")[0]["conversation_id"] == "telegram:9"


def test_a_failure_record_does_not_break_the_review_database(tmp_path):
    from bot.review.store import connect, record_turns
    FailureLog(tmp_path / "logs.db").record("telegram", "telegram:1", 3, "TelegramAPIError: down", "hello")
    db = connect(tmp_path / "logs.db")  # the review schema is created beside it
    record_turns(db, [])
    assert {"turns", "delivery_failures"} <= set(db.table_names())
    db.close()


@pytest.mark.parametrize("error, retry", [
    (tg_errors.TelegramAPIError("Internal Server Error"), True),
    (tg_errors.NetworkError("aiohttp client throws an error"), True),
    (tg_errors.RetryAfter(3), True),
    (asyncio.TimeoutError(), True),
    (tg_errors.BadRequest("Chat not found"), False),
    (tg_errors.Unauthorized("Forbidden: bot was blocked by the user"), False),
])
def test_telegram_retries_only_what_waiting_can_fix(error, retry):
    assert telegram.retryable(error) is retry


@pytest.mark.parametrize("status, retry", [(500, True), (503, True), (429, True), (400, False), (404, False)])
def test_twilio_retries_only_what_waiting_can_fix(status, retry):
    assert twilio.retryable(TwilioRestException(status, "https://api.twilio.com/x", "error")) is retry


def test_retry_policy_from_the_environment():
    assert RetryPolicy.from_env({}) == RetryPolicy()
    policy = RetryPolicy.from_env({"NEEDLE_DELIVERY_ATTEMPTS": "4", "NEEDLE_DELIVERY_BACKOFF": "0.05",
                                   "NEEDLE_DELIVERY_MAX_BACKOFF": "0.2"})
    assert policy == RetryPolicy(attempts=4, initial=0.05, maximum=0.2)
    assert RetryPolicy.from_env({"NEEDLE_DELIVERY_ATTEMPTS": "lots", "NEEDLE_DELIVERY_BACKOFF": "-1"}) == RetryPolicy()


def test_replies_to_one_patient_leave_in_order():
    sent = []

    async def main():
        outbox = Outbox("telegram")

        async def slow():  # the first turn is still being retried...
            await asyncio.sleep(0.2)
            sent.append("first")

        async def quick():
            sent.append("second")

        async def other():
            sent.append("other patient")

        outbox.submit("telegram:1", slow)
        outbox.submit("telegram:1", quick)
        outbox.submit("telegram:2", other)
        await outbox.drain()

    asyncio.run(main())
    assert sent == ["other patient", "first", "second"]


# --- the Telegram secret ----------------------------------------------------------------------

def test_a_generated_secret_is_private_kept_and_acceptable_to_telegram(tmp_path):
    path = tmp_path / "var" / "telegram-secret"
    secret = load_or_create_secret(str(path))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(secret) >= 32 and telegram.TELEGRAM_SECRET_PATTERN.fullmatch(secret)
    assert load_or_create_secret(str(path)) == secret  # a restart keeps it


def test_telegram_without_a_configured_secret_generates_one(tmp_path):
    env = {"TELEGRAM_TOKEN": "123456:ABCdef", "NEEDLE_CHANNEL_DB": str(tmp_path / "channels.db")}
    creds = build_credentials(env)[TELEGRAM_CLASS]
    channel = telegram.ClinicTelegramInput.from_credentials(creds)
    assert channel.secret_token and (tmp_path / "telegram-secret").read_text().strip() == channel.secret_token
    assert telegram.ClinicTelegramInput.from_credentials(creds).secret_token == channel.secret_token


def test_telegram_uses_the_configured_secret_and_refuses_one_telegram_would_reject(tmp_path):
    env = {"TELEGRAM_TOKEN": "123456:ABCdef", "NEEDLE_CHANNEL_DB": str(tmp_path / "channels.db"),
           "TELEGRAM_SECRET_TOKEN": "clinic_secret-1"}
    assert telegram.ClinicTelegramInput.from_credentials(build_credentials(env)[TELEGRAM_CLASS]).secret_token == \
        "clinic_secret-1"
    assert not (tmp_path / "telegram-secret").exists()
    env["TELEGRAM_SECRET_TOKEN"] = "has spaces and $ymbols"
    with pytest.raises(RasaException, match="TELEGRAM_SECRET_TOKEN"):
        telegram.ClinicTelegramInput.from_credentials(build_credentials(env)[TELEGRAM_CLASS])


def test_a_telegram_channel_without_a_secret_accepts_nothing():
    channel = telegram.ClinicTelegramInput("123456:ABCdef", None, None)

    class Request:
        headers = {}

    assert channel._authorised(Request()) is False
