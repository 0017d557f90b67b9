"""The tracker store the Rasa server uses (endpoints.yml): Rasa's SQLTrackerStore, made fast.

Profiling the server under load (README: Performance and quality) showed three costs
that have nothing to do with understanding a message:

1. Every committed save waited for the disk (SQLite's default rollback journal with
   synchronous=FULL). Here the database runs in WAL mode with synchronous=NORMAL: a
   crash can lose at most the last turns, never corrupt the file; and one connection is
   kept open instead of one opened per query.
2. Rasa rebuilds the whole conversation session on every message (load every event,
   replay it, featurize it, send it to the action server, count it again to save), so a
   long conversation got slower with every turn. Once a session holds more than
   `max_session_events` events, the store starts a new session after that turn, the way
   Rasa's own session expiry does: a `session_started` event (marked `continued` so the
   assistant does not greet again), the slots carried over, and `action_listen`. Nothing
   is deleted; every event stays in the database.
3. Rasa validated each action server response against its JSON schema by first checking
   the schema itself, on every call (a third of the server's time). `rasa_speedups`
   compiles the validator once; responses are validated exactly as before.
"""
import json
import logging
import time
from typing import Any, Text

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import ActionExecuted, SessionStarted, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker

from bot import rasa_speedups

logger = logging.getLogger(__name__)
rasa_speedups.apply()

CONTINUED = "needle_continued"  # metadata key on a session_started added by this store


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class NeedleTrackerStore(SQLTrackerStore):
    def __init__(self, domain=None, dialect: Text = "sqlite", db: Text = "rasa.db",
                 max_session_events: Any = 120, **kwargs: Any) -> None:
        super().__init__(domain=domain, dialect=dialect, db=db, **kwargs)
        self.max_session_events = int(max_session_events or 0)
        if self.engine.dialect.name == "sqlite":
            url = self.engine.url
            self.engine.dispose()
            # one connection, reused (SQLAlchemy 1.4 opens a new one per session for files)
            self.engine = sa.create_engine(url, poolclass=sa.pool.QueuePool, pool_size=1, max_overflow=4,
                                           connect_args={"check_same_thread": False})
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
            self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.write_events(tracker)
        if self.max_session_events and self._at_end_of_turn(tracker) \
                and self._session_length(tracker) > self.max_session_events:
            self._continue_session(tracker)

    async def write_events(self, tracker: DialogueStateTracker) -> None:
        """Write the tracker's new events (subclasses change how, e.g. redacted)."""
        await SQLTrackerStore.save(self, tracker)

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

    def _continue_session(self, tracker: DialogueStateTracker) -> None:
        """Store a new session that carries the slots over; the next message loads only it."""
        now = time.time()
        events = [SessionStarted(metadata={CONTINUED: True}, timestamp=now)]
        events += [SlotSet(name, slot.value, timestamp=now) for name, slot in tracker.slots.items()
                   if slot.value is not None and slot.value != slot.initial_value]
        events.append(ActionExecuted("action_listen", timestamp=now))
        with self.session_scope() as session:
            for event in events:
                data = event.as_dict()
                session.add(self.SQLEvent(sender_id=tracker.sender_id, type_name=event.type_name,
                                          timestamp=now, intent_name=None, action_name=data.get("name"),
                                          data=json.dumps(data)))
            session.commit()
        logger.debug(f"conversation {tracker.sender_id}: continued in a new session after "
                     f"{self.max_session_events} events")
