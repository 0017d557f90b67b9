"""The tracker store the Rasa server uses (endpoints.yml): Rasa's SQLTrackerStore, made fast.

Profiling the server under load (README: Performance and quality) showed these costs,
none of which has anything to do with understanding a message:

1. SQLAlchemy's ORM built, cached and compiled the same queries on every message, and
   every commit waited for the disk. On SQLite the events are now read and written with
   plain SQL on one open connection in WAL mode (bot/tracker_store/sqlite_events.py), same table, same
   rows. Other databases still go through SQLTrackerStore unchanged.
2. Rasa loads the whole session from the database and replays it into a new tracker on
   every message, then counts the stored events again to know which ones are new. The
   store now keeps the trackers it has just saved in memory (`cache_size` conversations,
   least recently used dropped first) and hands the same tracker back next time, after
   checking with one index lookup that the database holds nothing newer (a purge, another
   process). A tracker changed but never saved is noticed and reloaded. A tracker is only
   kept when what is in memory is exactly what was stored (see `serialise`).
3. Rasa rebuilds and replays the whole session on every message, so a long conversation
   got slower with every turn. Once a session holds more than `max_session_events`
   events, the store starts a new session after that turn, the way Rasa's own session
   expiry does: a `session_started` event (marked `continued` so the assistant does not
   greet again), the slots carried over, and `action_listen`. Nothing is deleted.
4. Durable turns (issue 13): the event loop never waits for the database. Reads run in a
   thread (only the cached tracker's one-row check runs on the loop, with a connection that
   never waits for a lock); a save queues its events for a writer thread
   (bot/tracker_store/sqlite_events.py, bot/tracker_store/durable_queue.py) and waits at most `write_wait` seconds for
   them to be written. What is not written by then goes to a journal before the reply goes
   out, so a locked, read-only or full database costs no patient their answer, and no
   answered turn is lost: the events wait in memory and in the journal and are written in
   order later. Until then the store reads them from the queue, so the conversation keeps
   its context.
5. Rasa validated each action server response against its JSON schema by first checking
   the schema itself, on every call; bot/rasa_patches.py fixes that and more hot spots
   (see there) without changing what they do. They are applied by the Rasa server's entry
   point (bot/rasa_server.py), not by importing this store.
"""

import asyncio
import atexit
import collections
import functools
import logging
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Dict, Iterable, List, Optional, Sequence, Text

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import ActionExecuted, Event, SessionStarted, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker

from bot.tracker_store.sqlite_events import SQLiteEvents, row

logger = logging.getLogger(__name__)

CONTINUED = "needle_continued"  # metadata key on a session_started added by this store


def _all_done(futures: Sequence[Future]) -> "asyncio.Future":
    """A loop future set once every one of these thread futures is done. (Cheaper than
    wrapping each: one wake-up of the loop, no shield needed to keep the writes alive.)"""
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    left = [len(futures)]
    lock = threading.Lock()

    def one_done(_: Future) -> None:
        with lock:
            left[0] -= 1
            last = left[0] == 0
        if last:
            loop.call_soon_threadsafe(_settle, done)

    for future in futures:
        future.add_done_callback(one_done)
    return done


def _settle(future: "asyncio.Future") -> None:
    if not future.done():
        future.set_result(None)


@dataclass
class _Cached:
    tracker: DialogueStateTracker
    stored: int  # events of the tracker that are in the database (or queued for it)
    last_id: Optional[int]  # id of the conversation's newest row when it was cached; None: the
    # newest this store wrote (its write may still be queued)


class NeedleTrackerStore(SQLTrackerStore):
    def __init__(
        self,
        domain=None,
        dialect: Text = "sqlite",
        db: Text = "rasa.db",
        max_session_events: Any = 120,
        cache_size: Any = 1000,
        write_wait: Any = 0.5,
        **kwargs: Any,
    ) -> None:
        super().__init__(domain=domain, dialect=dialect, db=db, **kwargs)  # creates the table
        self.max_session_events = int(max_session_events or 0)
        self.cache_size = int(cache_size or 0)
        self._cache: "collections.OrderedDict[str, _Cached]" = collections.OrderedDict()
        self._new: set = set()  # conversations just found empty by retrieve()
        path = self.engine.url.database if self.engine.dialect.name == "sqlite" else None
        # an in-memory database is private to SQLAlchemy's connection: leave it to Rasa
        self.events_db = SQLiteEvents(path) if path and path != ":memory:" else None
        # a save waits this long for its events to be written, then leaves them queued
        self.write_wait = float(write_wait)
        self._reads = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tracker-reads")
        if self.events_db is not None:
            atexit.register(self.events_db.queue.close, 3.0)

    async def _off(self, fn, *args):
        """Run a blocking database call in the reading thread, not on the event loop."""
        return await asyncio.get_running_loop().run_in_executor(self._reads, functools.partial(fn, *args))

    # ------------------------------------------------------------------ reading

    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        if self.events_db is None:
            return await super().retrieve(sender_id)
        cached = self._cache.get(sender_id)
        if cached is not None:
            if len(cached.tracker.events) == cached.stored and await self._is_current(
                sender_id, cached.last_id
            ):
                self._cache.move_to_end(sender_id)
                return cached.tracker
            self._cache.pop(sender_id, None)  # changed and not saved, or the database moved on
        if self.events_db.known_absent(sender_id):
            events, last_id = [], None  # a new conversation: no read in a thread
        else:
            events, last_id = await self._off(self.events_db.session_events, sender_id)
        tracker = self._replay(sender_id, events)
        if tracker is not None:
            self._remember(tracker, len(events), last_id)
        elif not events:
            if len(self._new) >= max(self.cache_size, 100):  # looked up but never saved: forget them
                self._new.clear()
            self._new.add(sender_id)  # Rasa creates and saves it next: nothing stored to count
        return tracker

    async def _is_current(self, sender_id: Text, last_id: Optional[int]) -> bool:
        current = self.events_db.is_current_now(sender_id, last_id)
        if current is None:
            current = await self._off(self.events_db.is_current, sender_id, last_id)
        return current

    async def retrieve_full_tracker(self, conversation_id: Text) -> Optional[DialogueStateTracker]:
        if self.events_db is None:
            return await super().retrieve_full_tracker(conversation_id)
        events, _ = await self._off(self.events_db.session_events, conversation_id, True)
        return self._replay(conversation_id, events)

    def _replay(self, sender_id: Text, events: List[Dict[str, Any]]) -> Optional[DialogueStateTracker]:
        """A tracker from serialised events, as SQLTrackerStore._retrieve builds it."""
        if not events or not self.domain:
            return None
        return DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)

    async def keys(self) -> Iterable[Text]:
        if self.events_db is None:
            return await super().keys()
        return await self._off(self.events_db.senders)

    # ------------------------------------------------------------------ writing

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        sender = tracker.sender_id
        cached = self._cache.pop(sender, None)
        ours = cached is not None and cached.tracker is tracker  # the tracker retrieve() handed out
        if ours:
            stored = cached.stored
        elif sender in self._new and self.events_db is not None and await self._is_current(sender, None):
            stored = 0  # a new conversation, still without a row (checked, as for a cached one)
        else:
            stored = await self._stored_length(sender)
        self._new.discard(sender)
        events = list(tracker.events)
        serialised = [self.serialise(e) for e in events[stored:]]
        rows = [data for data, _ in serialised]
        written = self._queue_rows(sender, rows)
        also = self.after_save(
            sender, events, stored, rows
        )  # queued too (the review log): waited for with it
        last_id = await self._written(written, also)
        if (
            self.max_session_events
            and self._at_end_of_turn(tracker)
            and self._session_length(tracker) > self.max_session_events
        ):
            await self._continue_session(tracker)
        elif self.events_db is not None and all(exact for _, exact in serialised):
            if not rows and ours:
                last_id = cached.last_id
            # kept only if it is known to hold exactly the stored session (not, say, a stale
            # copy): what this store just wrote or queued, or what it had read
            if (rows or ours or last_id is not None) and len(events) >= stored:
                self._remember(tracker, len(events), last_id)

    async def _stored_length(self, sender_id: str) -> int:
        """How many of the latest session's events are stored (what SQLTrackerStore counts)."""
        if self.events_db is not None:
            return await self._off(self.events_db.session_length, sender_id)
        with self.session_scope() as session:
            return self._event_query(session, sender_id, fetch_events_from_all_sessions=False).count()

    async def _append(self, sender_id: str, serialised: Sequence[Dict[str, Any]]) -> Optional[int]:
        """Queue the events and wait for them (see `_written`)."""
        return await self._written(self._queue_rows(sender_id, serialised))

    def _queue_rows(self, sender_id: str, serialised: Sequence[Dict[str, Any]]):
        """Queue the events for the writer thread: a Future, or None when there was nothing to
        queue or no queue (another database: written here and now, through SQLAlchemy)."""
        if self.events_db is not None:
            return self.events_db.append(sender_id, serialised)
        self._write_now(sender_id, serialised)
        return None

    async def _written(self, written, also=None) -> Optional[int]:
        """Wait up to `write_wait` s for queued writes (`written`, and `also` from another
        queue) to be done; whatever this store's queues still hold after that goes to their
        journals before the reply goes out (it will be written, in order). The id of the
        newest row when the store knows it, else None: written or not, the cache knows it as
        "the newest this store wrote"."""
        waiting = [f for f in (written, also) if f is not None and not f.done()]
        if not waiting:
            return None
        if self.events_db.queue.outage_since is None:  # in an outage, answer at once
            try:
                await asyncio.wait_for(_all_done(waiting), self.write_wait)
            except asyncio.TimeoutError:
                pass
        for future in waiting:
            if not future.done():
                future.queue.journal_pending()  # the queue it came from (DurableQueue.put)
        return None

    def _write_now(self, sender_id: str, serialised: Sequence[Dict[str, Any]]) -> None:
        with self.session_scope() as session:
            for data in serialised:
                sender, type_name, timestamp, intent, action, text = row(sender_id, data)
                session.add(
                    self.SQLEvent(
                        sender_id=sender,
                        type_name=type_name,
                        timestamp=timestamp,
                        intent_name=intent,
                        action_name=action,
                        data=text,
                    )
                )
            session.commit()

    def serialise(self, event: Event):
        """(what is stored for the event, whether that is exactly the event in memory).
        Subclasses change what is stored (e.g. redacted); an inexact tracker is not kept."""
        return event.as_dict(), True

    def after_save(
        self, sender_id: str, events: List[Event], first_new: int, stored: Sequence[Dict[str, Any]]
    ) -> Optional[Future]:
        """Called with the tracker's events and what was stored of the new ones; a Future of
        a write it queued, which `save` waits for with the events'."""
        return None

    def _remember(self, tracker: DialogueStateTracker, stored: int, last_id: Optional[int]) -> None:
        if self.cache_size <= 0:
            return
        self._cache[tracker.sender_id] = _Cached(tracker, stored, last_id)
        self._cache.move_to_end(tracker.sender_id)
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)

    # ------------------------------------------------------------------ long conversations

    @staticmethod
    def _at_end_of_turn(tracker: DialogueStateTracker) -> bool:
        last = tracker.events[-1] if tracker.events else None
        return isinstance(last, ActionExecuted) and last.action_name == "action_listen"

    @staticmethod
    def _session_length(tracker: DialogueStateTracker) -> int:
        n = 0
        for event in reversed(tracker.events):
            if isinstance(event, SessionStarted):
                break
            n += 1
        return n

    async def _continue_session(self, tracker: DialogueStateTracker) -> None:
        """Store a new session that carries the slots over; the next message loads only it."""
        now = time.time()
        events = [SessionStarted(metadata={CONTINUED: True}, timestamp=now)]
        events += [
            SlotSet(name, slot.value, timestamp=now)
            for name, slot in tracker.slots.items()
            if slot.value is not None and slot.value != slot.initial_value
        ]
        events.append(ActionExecuted("action_listen", timestamp=now))
        await self._append(tracker.sender_id, [self.serialise(e)[0] for e in events])
        logger.debug(
            f"conversation {tracker.sender_id}: continued in a new session after "
            f"{self.max_session_events} events"
        )
