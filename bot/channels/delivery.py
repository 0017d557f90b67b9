"""Messaging deliveries that survive how the platforms behave.

- Each webhook is handled once. Telegram and Twilio both send a delivery again when they
  think it failed, so the same `update_id` / `MessageSid` can arrive twice. `SeenDeliveries`
  claims an id in var/channels.db (table `deliveries`, beside the offered options) before
  the message reaches a conversation; a repeat is acknowledged but neither answered nor
  stored again. Ids are forgotten after a time-to-live (48 h, NEEDLE_DELIVERY_TTL_HOURS),
  far longer than either platform keeps retrying. With `make cluster` the table is in the
  shared PostgreSQL database (bot/channels/store.py), so a repeat reaching another server
  is recognised there too.
- Replies leave in the background (`Outbox`), so the webhook is acknowledged at once and the
  platform has no reason to deliver again; one turn at a time per patient, in order.
- A reply the provider does not take is retried with exponential backoff (`RetryPolicy`,
  via tenacity) when waiting can help: a server error, rate limit, timeout or network
  error. One that still fails, or fails for good (e.g. the patient blocked the bot), is
  logged at ERROR and written to `delivery_failures` in the review database (logs.db), so
  staff can see which conversation went unanswered and follow up. With `make cluster` the
  row goes to the shared PostgreSQL (bot/review/pg_tables.py) whichever server gave up,
  and `make review` shows it.
"""

import asyncio
import logging
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Awaitable, Callable, Dict, List, Mapping, Optional, Sequence

from tenacity import AsyncRetrying, retry_if_exception, stop_after_attempt, wait_exponential_jitter

logger = logging.getLogger(__name__)

DEFAULT_TTL_HOURS = 48.0
BUSY_TIMEOUT = 2.0  # seconds a database call waits for a lock before giving up
FAILURES_TABLE = "delivery_failures"


def _number(env: Mapping[str, str], name: str, default: float, minimum: float) -> float:
    try:
        value = float((env.get(name) or "").strip() or default)
    except ValueError:
        return default
    return value if value >= minimum else default


# --- each delivery once -------------------------------------------------------------------


class SeenDeliveries:
    """The platform delivery ids already taken in (channel, id), with a time-to-live."""

    TABLE = "deliveries"

    def __init__(self, path: str, ttl_hours: Optional[float] = None, shared=False) -> None:
        from bot.channels.store import shared_tables

        self.path = Path(path)
        self.shared = shared_tables() if shared is False else shared  # make cluster: PostgreSQL
        self.ttl = 3600 * (
            ttl_hours
            if ttl_hours is not None
            else _number(os.environ, "NEEDLE_DELIVERY_TTL_HOURS", DEFAULT_TTL_HOURS, 0.01)
        )

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT)
        conn.execute(f"""CREATE TABLE IF NOT EXISTS {self.TABLE} (
                           channel TEXT NOT NULL, delivery_id TEXT NOT NULL, received_at REAL NOT NULL,
                           PRIMARY KEY (channel, delivery_id))""")
        conn.execute(f"CREATE INDEX IF NOT EXISTS {self.TABLE}_received ON {self.TABLE} (received_at)")
        return conn

    def first_time(self, channel: str, delivery_id: Optional[str], now: Optional[float] = None) -> bool:
        """Claim `delivery_id`: True the first time it is seen within the time-to-live, False
        for a repeat. A delivery without an id, or a database that can't be reached, counts as
        new: answering twice is better than not answering."""
        if not delivery_id:
            return True
        now = time.time() if now is None else now
        if self.shared is not None:
            try:
                return self.shared.claim(channel, str(delivery_id), now, self.ttl)
            except Exception as exc:  # the shared database is down: as with SQLite, answer
                logger.warning(
                    f"{channel}: could not check delivery {delivery_id} for repeats "
                    f"({exc.__class__.__name__}); handling it"
                )
                return True
        try:
            conn = self._connect()
            try:
                with conn:
                    conn.execute(f"DELETE FROM {self.TABLE} WHERE received_at < ?", [now - self.ttl])
                    cur = conn.execute(
                        f"INSERT OR IGNORE INTO {self.TABLE} (channel, delivery_id, received_at) "
                        "VALUES (?, ?, ?)",
                        [channel, str(delivery_id), now],
                    )
                    return cur.rowcount == 1
            finally:
                conn.close()
        except sqlite3.Error as exc:
            logger.warning(
                f"{channel}: could not check delivery {delivery_id} for repeats ({exc}); handling it"
            )
            return True

    async def first_time_async(self, channel: str, delivery_id: Optional[str]) -> bool:
        """`first_time`, off the event loop."""
        return await asyncio.to_thread(self.first_time, channel, delivery_id)


# --- retries --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RetryPolicy:
    """How long a reply keeps trying: `attempts` sends, waiting `initial` s, then doubling up
    to `maximum` s (with jitter). The defaults cover a provider outage of about a minute and
    a half; tests shorten them through the environment."""

    attempts: int = 7
    initial: float = 1.0
    maximum: float = 30.0

    @classmethod
    def from_env(cls, env: Optional[Mapping[str, str]] = None) -> "RetryPolicy":
        env = os.environ if env is None else env
        return cls(
            attempts=int(_number(env, "NEEDLE_DELIVERY_ATTEMPTS", cls.attempts, 1)),
            initial=_number(env, "NEEDLE_DELIVERY_BACKOFF", cls.initial, 0),
            maximum=_number(env, "NEEDLE_DELIVERY_MAX_BACKOFF", cls.maximum, 0),
        )

    def retrying(self, retryable: Callable[[BaseException], bool]) -> AsyncRetrying:
        return AsyncRetrying(
            stop=stop_after_attempt(self.attempts),
            wait=wait_exponential_jitter(initial=self.initial, max=self.maximum, jitter=self.initial / 2),
            retry=retry_if_exception(retryable),
            reraise=True,
        )


# --- failures staff can see ----------------------------------------------------------------


class FailureLog:
    """`delivery_failures` in the review database: one row per reply that never arrived
    (`shared`: in make cluster's PostgreSQL, by default when the NEEDLE_PG_* variables are set)."""

    def __init__(self, path: Optional[Path] = None, shared=False) -> None:
        self._path = path
        self._shared = shared

    @property
    def path(self) -> Path:
        from bot.review import logs_db_path

        return Path(self._path) if self._path else logs_db_path()

    def record(self, channel: str, recipient: str, attempts: int, error: str, reply: str) -> None:
        from bot.redact import redact
        from bot.review.store import conversation_id, utc_text

        now = time.time()
        row = {
            "time": utc_text(now),
            "timestamp": now,
            "channel": channel,
            "conversation_id": conversation_id(recipient),
            "attempts": attempts,
            "error": redact(error)[:500],
            "reply": redact(reply)[:2000],
        }
        if self._shared is False:
            from bot.review.pg_tables import shared_review

            self._shared = shared_review()
        if self._shared is not None:
            try:
                self._shared.record_failure(row)
                return
            except Exception as exc:  # the shared database is down: keep it in this machine's logs.db
                logger.error(
                    f"{channel}: the undelivered reply could not be recorded in the shared database "
                    f"({exc.__class__.__name__}); recording it in {self.path}"
                )
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            with conn:
                conn.execute(f"""CREATE TABLE IF NOT EXISTS {FAILURES_TABLE} (
                                   id INTEGER PRIMARY KEY, time TEXT, timestamp REAL, channel TEXT,
                                   conversation_id TEXT, attempts INTEGER, error TEXT, reply TEXT)""")
                conn.execute(
                    f"INSERT INTO {FAILURES_TABLE} (time, timestamp, channel, conversation_id, "
                    "attempts, error, reply) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [
                        row[c]
                        for c in (
                            "time",
                            "timestamp",
                            "channel",
                            "conversation_id",
                            "attempts",
                            "error",
                            "reply",
                        )
                    ],
                )
        finally:
            conn.close()


@dataclass
class Part:
    """One message of a turn: its text (for the failure record) and how to send it."""

    text: str
    send: Callable[[], Awaitable[Any]]


def describe(exc: BaseException) -> str:
    return f"{exc.__class__.__name__}: {exc}".strip().rstrip(":")


async def deliver(
    channel: str,
    recipient: str,
    parts: Sequence[Part],
    retryable: Callable[[BaseException], bool],
    policy: Optional[RetryPolicy] = None,
    failures: Optional[FailureLog] = None,
) -> bool:
    """Send `parts` in order, each retried by `policy`. If one can't be sent, the rest of the
    turn is not tried: the failure is logged at ERROR and recorded for staff. True if all
    were sent."""
    policy = policy or RetryPolicy.from_env()
    for i, part in enumerate(parts):
        attempts = 0
        try:
            async for attempt in policy.retrying(retryable):
                with attempt:
                    attempts = attempt.retry_state.attempt_number
                    if attempts > 1:
                        logger.warning(
                            f"{channel}: retrying a reply (attempt {attempts} of {policy.attempts})"
                        )
                    await part.send()
        except Exception as exc:
            await _give_up(channel, recipient, attempts, exc, [p.text for p in parts[i:]], failures)
            return False
    return True


async def _give_up(
    channel: str,
    recipient: str,
    attempts: int,
    exc: BaseException,
    undelivered: List[str],
    failures: Optional[FailureLog],
) -> None:
    from bot.review.store import conversation_id

    who = conversation_id(recipient)
    logger.error(
        f"{channel}: a reply to {who} was NOT delivered after {attempts} attempt(s) "
        f"({describe(exc)}); recorded in {FAILURES_TABLE} for staff"
    )
    try:
        await asyncio.to_thread(
            (failures or FailureLog()).record,
            channel,
            recipient,
            attempts,
            describe(exc),
            "\n\n".join(undelivered),
        )
    except Exception as record_exc:  # the log line above is then the only trace
        logger.error(f"{channel}: could not record the undelivered reply to {who}: {record_exc}")


# --- in the background, in order ------------------------------------------------------------


class Outbox:
    """Runs each turn's sending as a background task, after the previous one for the same
    patient, so the webhook answers at once and replies never overtake each other."""

    def __init__(self, channel: str) -> None:
        self.channel = channel
        self._tails: Dict[str, "asyncio.Task[None]"] = {}

    def submit(self, key: str, send: Callable[[], Awaitable[Any]]) -> "asyncio.Task[None]":
        previous = self._tails.get(key)

        async def run() -> None:
            if previous is not None:
                await asyncio.wait([previous])
            await send()

        task = asyncio.get_running_loop().create_task(run())
        self._tails[key] = task
        task.add_done_callback(lambda t: self._done(key, t))
        return task

    def _done(self, key: str, task: "asyncio.Task[None]") -> None:
        if self._tails.get(key) is task:
            del self._tails[key]
        if not task.cancelled() and task.exception() is not None:
            exc = task.exception()
            logger.error(f"{self.channel}: sending a reply failed: {describe(exc)}", exc_info=exc)

    async def drain(self) -> None:
        """Wait for every reply under way (tests; shutdown)."""
        while self._tails:
            await asyncio.wait(list(self._tails.values()))
