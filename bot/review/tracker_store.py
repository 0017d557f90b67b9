"""Rasa's SQL tracker store, with the patient's words redacted before they are written,
and every turn copied to the review database (logs.db) as it is saved.

endpoints.yml:
    tracker_store:
      type: bot.review.tracker_store.RedactingSQLTrackerStore
      dialect: sqlite
      db: ${NEEDLE_TRACKER_DB}
      max_session_events: 120

Rasa loads a custom tracker store by module path and calls it with
`host=, domain=, event_broker=` and the other keys as keyword arguments. `logs_db` may be
given there; otherwise NEEDLE_LOGS_DB, otherwise var/logs.db.

Redaction happens here, after the NLU and the actions have seen the message, so it never
changes an answer. The tracker in memory keeps the original text for the rest of the turn;
what is read back from the database next time is the redacted one.
"""
import json
import logging
import threading
from pathlib import Path
from typing import Any, Optional, Text

from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

from bot.review import logs_db_path
from bot.review.redact import redact_event
from bot.review.store import build_turns, connect, domain_intents, ensure_schema, record_turns
from bot.tracker_store import NeedleTrackerStore

logger = logging.getLogger(__name__)


class RedactingSQLTrackerStore(NeedleTrackerStore):
    """The project's fast SQLite store (bot/tracker_store.py), writing redacted events."""

    def __init__(self, *args: Any, logs_db: Optional[Text] = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.logs_db = Path(logs_db).resolve() if logs_db else logs_db_path()
        db = connect(self.logs_db)
        try:
            ensure_schema(db, intents=self._intents())
        finally:
            db.close()

    def _logs(self):
        """One open connection to logs.db per thread, not one per turn."""
        local = self.__dict__.setdefault("_local", threading.local())
        if getattr(local, "db", None) is None:
            local.db = connect(self.logs_db)
        return local.db

    def _intents(self) -> Optional[list]:
        try:
            names = [i for i in (self.domain.intents if self.domain else []) if not str(i).startswith("nlu_")]
            return [str(i) for i in names] or domain_intents()
        except Exception:  # the labels trigger then accepts any intent; export still checks
            return None

    async def write_events(self, tracker: DialogueStateTracker) -> None:
        """As SQLTrackerStore.save, with each event redacted before it is written."""
        await self.stream_events(tracker)
        with self.session_scope() as session:
            stored = self._event_query(session, tracker.sender_id, fetch_events_from_all_sessions=False).count()
            events = list(tracker.events)
            first_new = len(events) - max(len(events) - stored, 0)
            for event in events[first_new:]:
                data = redact_event(event.as_dict())
                intent = (data.get("parse_data") or {}).get("intent", {}).get(INTENT_NAME_KEY)
                session.add(self.SQLEvent(sender_id=tracker.sender_id, type_name=event.type_name,
                                          timestamp=data.get("timestamp"), intent_name=intent,
                                          action_name=data.get("name"), data=json.dumps(data)))
            session.commit()
        self._log_turns(tracker.sender_id, events, first_new)

    def _log_turns(self, sender_id: str, events: list, first_new: int) -> None:
        if first_new >= len(events):
            return
        try:
            # Only the turn(s) the new events belong to: from the patient message they follow.
            # (Serialising the whole session every turn made each message slower than the last.)
            begin = first_new
            while begin > 0 and not isinstance(events[begin], UserUttered):
                begin -= 1
            serialised = [redact_event(e.as_dict()) for e in events[begin:]]
            turns = build_turns(sender_id, serialised)
            if turns:
                record_turns(self._logs(), turns)
        except Exception:  # the review log must never cost a patient their answer
            logger.exception("could not write the turn to the review database %s", self.logs_db)
