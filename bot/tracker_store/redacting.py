"""Rasa's SQL tracker store, with the patient's words redacted before they are written,
and every turn copied to the review database (logs.db) as it is saved.

endpoints.yml:
    tracker_store:
      type: bot.tracker_store.redacting.RedactingSQLTrackerStore
      dialect: sqlite
      db: ${NEEDLE_TRACKER_DB}
      max_session_events: 120

Rasa loads a custom tracker store by module path and calls it with
`host=, domain=, event_broker=` and the other keys as keyword arguments. `logs_db` may be
given there; otherwise NEEDLE_LOGS_DB, otherwise var/logs.db.

Both databases are written off the event loop, in order, through durable queues
(bot/tracker_store/durable_queue.py): while one refuses writes (locked, read-only, disk full) the turns
wait in memory and in a journal beside it (`tracker.db.pending`, `logs.db.pending`) and
are written when it is back. The journals hold redacted data only. While both take writes
at once, a turn is written on the event loop with connections that never wait for a lock
(bot/durable_queue.py `write_or_put`), and the reply waits for no thread.

Erasure on request (issue 15): when the assistant has just confirmed a patient's "DELETE" /
"EFFACER" (a reply contract `{"kind": "privacy", "action": "erased"}`), the store saves the
turn, then erases the whole conversation itself (bot/privacy/erase.py): it forgets its
cached tracker and drops the conversation's queued writes, which only this process holds,
before the rows, journals and write-ahead logs are cleared.

On PostgreSQL (make cluster: deploy/cluster/endpoints.yml, `dialect: postgresql`) the review
log's turns go to the same database (table `turns`, upserted on event_key: every server
writes there; `make review` copies them into SQLite for Datasette), and the events are
read and written one statement at a time on a kept connection (bot/tracker_store/
pg_events.py): a tracker kept in memory is reused only once it is brought up to date with
what other servers wrote since (any server may take the next message). A database that does not answer (a restart, a fail-over)
is tried again: a message waits up to `outage_wait` seconds (5) for it, after which the
patient is told to try again in a moment (the "no reply" apology, bot/rasa_patches.py, on
every channel) and nothing of that message is stored; an answered turn waits up to
`save_wait` seconds (30) to be written (on socket.io its reply is already out).

Redaction happens here, after the NLU and the actions have seen the message, so it never
changes an answer. The tracker in memory keeps the original text for the rest of the turn;
what is read back from the database next time is the redacted one (a tracker whose
events needed redaction is not kept in memory for the next message: see `serialise`).
"""

import asyncio
import atexit
import logging
import sqlite3
import time
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Text

import sqlalchemy.exc
import sqlite_utils
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    Event,
    SessionStarted,
    UserUttered,
    deserialise_events,
)
from rasa.shared.core.trackers import DialogueStateTracker

from bot.redact import redact_event
from bot.review import logs_db_path
from bot.review.pg_tables import upsert_turns
from bot.review.store import (
    TURN_COLUMNS,
    build_turns,
    connect,
    domain_intents,
    ensure_schema,
    pg_ensure_turns,
    record_turns,
)
from bot.tracker_store.durable_queue import DurableQueue, Entry
from bot.tracker_store.fast import NeedleTrackerStore, _all_done
from bot.tracker_store.pg_events import PGEvents
from bot.tracker_store.sqlite_events import BUSY_TIMEOUT, refused

logger = logging.getLogger(__name__)


DB_DOWN = (sqlalchemy.exc.DBAPIError, sqlalchemy.exc.DisconnectionError)  # PostgreSQL gone
OUTAGE_WAIT = 5.0  # seconds a message waits for PostgreSQL to come back before the apology
SAVE_WAIT = 30.0  # seconds an answered turn waits to be written (its reply may be out already)
RETRY_EVERY = 0.25


def pg_refused(exc: BaseException) -> bool:
    """PostgreSQL not answering (restart, fail-over, connection lost): keep the turns and
    retry. A constraint or a bad value is about the turn itself."""
    if isinstance(
        exc, (sqlalchemy.exc.IntegrityError, sqlalchemy.exc.DataError, sqlalchemy.exc.ProgrammingError)
    ):
        return False
    return isinstance(exc, DB_DOWN + (OSError,))


def _close(db) -> None:
    """Roll back and close a review-log connection (after a refused write: a fresh one next
    time, as one opened while the file was read-only would stay read-only)."""
    if db is None:
        return
    try:
        db.conn.rollback()
    except sqlite3.Error:
        pass
    try:
        db.close()
    except sqlite3.Error:
        pass


class StoreUnavailable(Exception):
    """The conversation database did not answer: this message is not answered."""


class UnavailableTracker(DialogueStateTracker):
    """What `retrieve` hands Rasa when PostgreSQL stays down: a tracker in a session (no
    greeting), whose first look at whether it is paused - the first thing Rasa's prediction
    loop does - raises. The loop's guard (bot/rasa_patches.py) then sends the patient the
    "try again in a minute" apology on whatever channel they use, and `save` stores none
    of it: the patient knows the message was not taken."""

    _raised = False

    def is_paused(self) -> bool:
        if not self._raised:
            self._raised = True
            raise StoreUnavailable("the conversation database is not answering")
        return super().is_paused()


def erasure_confirmed(tracker: DialogueStateTracker) -> bool:
    """Did the reply to the latest message confirm an erasure the patient asked for?"""
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return False
        if isinstance(event, BotUttered):
            custom = (event.data or {}).get("custom")
            if (
                isinstance(custom, dict)
                and custom.get("kind") == "privacy"
                and custom.get("action") == "erased"
            ):
                return True
    return False


class RedactingSQLTrackerStore(NeedleTrackerStore):
    """The project's fast SQLite store (bot/tracker_store/fast.py), writing redacted events."""

    def __init__(
        self,
        *args: Any,
        logs_db: Optional[Text] = None,
        outage_wait: Any = OUTAGE_WAIT,
        save_wait: Any = SAVE_WAIT,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.outage_wait, self.save_wait = float(outage_wait), float(save_wait)
        self.logs_db = Path(logs_db).resolve() if logs_db else logs_db_path()
        try:
            db = connect(self.logs_db)
            try:
                ensure_schema(db, intents=self._intents())
            finally:
                db.close()
        except sqlite3.OperationalError as exc:  # the queue creates the schema once it can write
            logger.error(
                "the review database %s cannot be prepared now (%s); turns will wait", self.logs_db, exc
            )
        self._logs_db = None
        self._logs_now = None  # the event loop's connection: never waits for a lock
        self.pg = None
        if self.engine.dialect.name == "postgresql":  # make cluster: the turns go to the shared database
            self.pg = PGEvents(self.engine)
            self._pg_turns_ready = False
            self.review_log = DurableQueue(
                f"review log on {self.engine.url.database}",
                Path(f"{self.logs_db}.pending"),
                self._write_turns_pg,
                transient=pg_refused,
            )
        else:
            self.review_log = DurableQueue(
                f"review log {self.logs_db}",
                Path(f"{self.logs_db}.pending"),
                self._write_turns,
                reset=self._reset_logs,
                transient=refused,
                write_now=self._write_turns_at_once,
                reset_now=self._reset_logs_now,
                upkeep=self._checkpoint_logs,
            )
        atexit.register(self.review_log.close, 3.0)

    def _write_turns(self, batch: List[Entry]) -> None:
        """Runs in the review log's writer thread, on its own connection: one transaction."""
        if self._logs_db is None:
            self._logs_db = connect(self.logs_db, timeout=BUSY_TIMEOUT)
            self._logs_db.execute("PRAGMA synchronous=NORMAL")  # WAL: a commit need not wait for the disk
        record_turns(self._logs_db, [turn for entry in batch for turn in entry.item])

    def _write_turns_at_once(self, batch: List[Entry]) -> None:
        """`_write_turns` on the event loop's connection: a lock held elsewhere fails it at
        once (then the queue's thread takes the turn)."""
        if self._logs_now is None:  # no schema check here (~100 ms): the writer's connection does it
            db = sqlite_utils.Database(sqlite3.connect(str(self.logs_db), timeout=0, check_same_thread=False))
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA wal_autocheckpoint=0")  # the writer thread checkpoints (upkeep)
            self._logs_now = db
        record_turns(self._logs_now, [turn for entry in batch for turn in entry.item])

    def _reset_logs_now(self) -> None:
        db, self._logs_now = self._logs_now, None
        _close(db)

    def _checkpoint_logs(self) -> None:
        """Copy logs.db's write-ahead log into it (the writer thread, between turns)."""
        if self._logs_db is None:
            self._logs_db = connect(self.logs_db, timeout=BUSY_TIMEOUT)
            self._logs_db.execute("PRAGMA synchronous=NORMAL")
        self._logs_db.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def _write_turns_pg(self, batch: List[Entry]) -> None:
        """PostgreSQL: the same turns, upserted on event_key by whichever server took the
        message, in one transaction (the review log's writer thread)."""
        if not self._pg_turns_ready:
            pg_ensure_turns(self.engine)
            self._pg_turns_ready = True
        with self.engine.begin() as conn:
            upsert_turns(conn, [turn for entry in batch for turn in entry.item], TURN_COLUMNS)

    def _reset_logs(self) -> None:
        db, self._logs_db = self._logs_db, None
        _close(db)

    async def _written(self, written, also=None) -> Optional[int]:
        """On PostgreSQL (make cluster) the events were written through SQLAlchemy before the
        store got here; only the review log's turn may still be queued: waited for as on
        SQLite, then journaled if it is still waiting."""
        if self.events_db is not None:
            return await super()._written(written, also)
        if also is not None and not also.done():
            if self.review_log.outage_since is None:
                try:
                    await asyncio.wait_for(_all_done([also]), self.write_wait)
                except asyncio.TimeoutError:
                    pass
            if not also.done():
                self.review_log.journal_pending()
        return None

    async def _retrying(self, attempt, wait: Optional[float] = None):
        """PostgreSQL: `attempt()` again while the database does not answer, up to `wait`
        s (`outage_wait`; a dropped pooled connection fails once, then reconnects)."""
        deadline = time.monotonic() + (self.outage_wait if wait is None else wait)
        while True:
            try:
                return await attempt()
            except DB_DOWN:
                if time.monotonic() >= deadline:
                    raise
                await asyncio.sleep(RETRY_EVERY)

    def _write_now(self, sender_id: str, serialised: Sequence[Dict[str, Any]]) -> None:
        """PostgreSQL: the same rows as SQLTrackerStore writes, in one INSERT statement
        (bot/tracker_store/pg_events.py) rather than an ORM object per event."""
        if self.events_db is not None:
            return super()._write_now(sender_id, serialised)
        self.pg.insert(sender_id, serialised)
        return None

    async def _pg_retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        """PostgreSQL: the tracker this server kept from the conversation's last turn, brought
        up to date with what the shared database holds after the row it last wrote or read
        (another server may have taken a message since; one statement, bot/tracker_store/
        pg_events.py `since`). A tracker changed but not saved, a new session started
        elsewhere, or that row gone (erased, purged): the session is read again."""
        cached = self._cache.get(sender_id) if self.cache_size > 0 else None
        if cached is not None:
            self._cache.pop(sender_id, None)
            if len(cached.tracker.events) == cached.stored and cached.last_id is not None:
                newer = self.pg.since(sender_id, cached.last_id)
                if newer is not None:
                    added, newest = newer
                    if not any(e.get("event") == SessionStarted.type_name for e in added):
                        tracker = cached.tracker
                        for event in deserialise_events(added):  # as Rasa's replay applies them
                            tracker.update(event)
                        self._remember(tracker, cached.stored + len(added), newest)
                        return tracker
        events, newest = self.pg.session_events(sender_id)  # one statement, one snapshot
        tracker = self._replay(sender_id, events)
        if tracker is not None:
            self._remember(tracker, len(events), newest)
        elif newest is None:
            if len(self._new) >= max(self.cache_size, 100):  # looked up but never saved: forget them
                self._new.clear()
            self._new.add(sender_id)  # Rasa creates it next: nothing stored to count
        return tracker

    async def _pg_save(self, tracker: DialogueStateTracker) -> None:
        """Write the new events in one statement, then keep the tracker for the next message
        when what was stored is exactly what is in memory (nothing redacted). Which events
        are new: those after what the tracker held when retrieve() handed it out or the
        store last saved it; for a conversation retrieve() found empty, all of them (after
        checking it still has no row); otherwise the stored events are counted."""
        await self.stream_events(tracker)
        sender = tracker.sender_id
        cached = self._cache.pop(sender, None)
        if cached is not None and cached.tracker is tracker:
            stored, known, last_id = cached.stored, True, cached.last_id
        elif sender in self._new and self.pg.newest_id(sender) is None:
            stored, known, last_id = 0, True, None
        else:
            stored, known, last_id = self.pg.session_length(sender), False, None
        self._new.discard(sender)
        events = list(tracker.events)
        serialised = [self.serialise(e) for e in events[stored:]]
        rows = [data for data, _ in serialised]
        if rows:
            last_id = self.pg.insert(sender, rows)  # the conversation's newest row: we hold its lock
        also = self.after_save(sender, events, stored, rows)  # the review log's turn, queued
        await self._written(None, also)
        if self._at_end_of_turn_continued(tracker):
            await self._continue_session(tracker)  # the tracker in memory is stale now
        elif known and self.cache_size > 0 and stored <= len(events) and all(ok for _, ok in serialised):
            self._remember(tracker, len(events), last_id)

    def _at_end_of_turn_continued(self, tracker: DialogueStateTracker) -> bool:
        """Whether the save just started a new session (then the tracker in memory is stale)."""
        return (
            bool(self.max_session_events)
            and self._at_end_of_turn(tracker)
            and self._session_length(tracker) > self.max_session_events
        )

    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        if self.events_db is not None:
            return await super().retrieve(sender_id)
        try:
            return await self._retrying(lambda: self._pg_retrieve(sender_id))
        except DB_DOWN as exc:
            logger.error(
                "the conversation database did not answer for %.0f s (%s); the patient is asked to try again",
                self.outage_wait,
                exc.__class__.__name__,
            )
            tracker = UnavailableTracker(sender_id, self.domain.slots if self.domain else [])
            tracker.update(SessionStarted())
            tracker.update(ActionExecuted(ACTION_LISTEN_NAME))
            return tracker

    async def save(self, tracker: DialogueStateTracker) -> None:
        if isinstance(tracker, UnavailableTracker):
            return  # the patient was asked to try again: nothing of this message is kept
        if self.events_db is None:
            # the conversation's lock (Redis) is held meanwhile: its next message waits
            await self._retrying(lambda: self._pg_save(tracker), self.save_wait)
        else:
            await super().save(tracker)
        if erasure_confirmed(tracker):
            sender = tracker.sender_id
            self._cache.pop(sender, None)
            try:
                await self._off(self.erase_conversation, sender)
            except Exception:  # the patient has their reply; staff see the error in the log
                logger.exception(
                    "the erasure a patient asked for failed; erase it with `python -m bot privacy erase`"
                )

    def erase_conversation(self, sender_id: str) -> None:
        """Everything of one conversation, this process's queues and cache included."""
        from bot.privacy import Stores, stores
        from bot.privacy.erase import concerns, erase, review_ids

        ids = review_ids([sender_id])
        queues = [self.review_log] + ([self.events_db.queue] if self.events_db is not None else [])
        for queue in queues:
            queue.flush(2.0)  # written, so the rows can be deleted; what stays queued is dropped
            queue.discard(lambda item: concerns(item, set(ids)))
        paths = stores()
        head = sender_id.split(":", 1)[0] if ":" in sender_id else "website"
        tracker = Path(self.events_db.path) if self.events_db is not None else paths.tracker
        erase(
            ids=ids,
            actor="patient",
            how=f"asked by {head}",
            s=Stores(tracker, self.logs_db, paths.channels, paths.audit),
            sql_tracker=None if self.events_db is not None else self.engine.url,
        )

    def _intents(self) -> Optional[list]:
        try:
            names = [i for i in (self.domain.intents if self.domain else []) if not str(i).startswith("nlu_")]
            return [str(i) for i in names] or domain_intents()
        except Exception:  # the labels trigger then accepts any intent; export still checks
            return None

    def serialise(self, event: Event):
        """The event as stored: redacted. Only a tracker whose events needed no redaction is
        kept in memory for the next message; the others are read back (redacted) from disk."""
        data = event.as_dict()
        redacted = redact_event(data)
        return redacted, redacted == data

    def after_save(
        self, sender_id: str, events: List[Event], first_new: int, stored: Sequence[Dict[str, Any]]
    ):
        """Copy the turn(s) the new events belong to, from the patient message they follow,
        to logs.db. (Serialising the whole session every turn made each message slower.)"""
        if first_new >= len(events):
            return None
        try:
            begin = first_new
            while begin > 0 and not isinstance(events[begin], UserUttered):
                begin -= 1
            serialised = [redact_event(e.as_dict()) for e in events[begin:first_new]] + list(stored)
            turns = build_turns(sender_id, serialised)
            if turns:
                return self.review_log.write_or_put(turns)  # now, or in order by its own thread
        except Exception:  # the review log must never cost a patient their answer
            logger.exception("could not queue the turn for the review database %s", self.logs_db)
        return None
