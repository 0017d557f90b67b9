"""Retention: delete what has been kept long enough, from every place it is kept, by hand
(`python -m bot logs purge`) or on a schedule (`make run`: `PurgeSchedule`, daily).

A conversation is kept `retention_days` (clinic.yml) after its last message, then removed
from the review log (turns, labels, feedback: logs.db), the tracker store (tracker.db), and
var/channels.db (the follow-ups offered, and the reply address: the patient's number or
chat id); with make cluster, from the same tables in the shared PostgreSQL as well
(`purge_tracker_sql`, `_purge_shared_channels`). Server logs older than that go too (rotated files, var/logs/*.log.N). The files
are vacuumed, so nothing deleted stays readable in free pages or -wal files.

What is logged is counts, never content.
"""

import logging
import os
import re
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, Mapping, Optional

logger = logging.getLogger(__name__)

DEFAULT_INTERVAL_H = 24.0
INTERVAL_ENV = "NEEDLE_PURGE_INTERVAL"
RETRY_AFTER = 300.0  # seconds before a failed scheduled purge is tried again
_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
ROTATED = re.compile(r".+\.log\.\d+$")


def purge_interval(env: Mapping[str, str] = os.environ) -> float:
    """Seconds between scheduled purges: NEEDLE_PURGE_INTERVAL ("24h", "30m", "90s", "1d", a
    plain number of hours), default 24 h; a value that is not one is reported, and ignored."""
    text = (env.get(INTERVAL_ENV) or "").strip()
    m = _INTERVAL.match(text) if text else None
    if not m or float(m.group(1)) <= 0:
        if text:
            logger.warning(
                "%s=%r is not an interval like 24h or 30m: purging every %g h",
                INTERVAL_ENV,
                text,
                DEFAULT_INTERVAL_H,
            )
        return DEFAULT_INTERVAL_H * 3600
    return float(m.group(1)) * {"s": 1, "m": 60, "h": 3600, "d": 86400, "": 3600}[m.group(2)]


def purge_rotated_logs(log_dir: Optional[Path], cutoff: float) -> int:
    """Delete rotated server logs (rasa.log.3...) last written before `cutoff`."""
    if not log_dir or not Path(log_dir).is_dir():
        return 0
    removed = 0
    for path in Path(log_dir).iterdir():
        try:
            if ROTATED.fullmatch(path.name) and path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed


@dataclass
class Stores:
    """Where one running assistant keeps conversations."""

    tracker_db: Path
    logs_db: Path
    channels_db: Path
    log_dir: Optional[Path] = None
    tracker_url: Optional[object] = None  # make cluster: the PostgreSQL tracker store (a SQLAlchemy URL)

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ, log_dir: Optional[Path] = None) -> "Stores":
        from bot import settings
        from bot.channels.config import options_db
        from bot.review.store import tracker_sql_url

        return cls(
            tracker_db=settings.tracker_db(env),
            logs_db=settings.logs_db(env),
            channels_db=Path(options_db(env)),
            log_dir=log_dir,
            tracker_url=tracker_sql_url(env),
        )


def purge_expired(
    stores: Stores, age_seconds: Optional[float] = None, now: Optional[float] = None
) -> Dict[str, int]:
    """Remove every conversation last active more than `age_seconds` ago (default: clinic.yml
    retention_days) from each store; returns the counts removed."""
    from bot.review.store import purge_channel_options, purge_logs, purge_tracker, purge_tracker_sql

    if age_seconds is None:
        from bot.clinic import load_clinic

        age_seconds = load_clinic().retention_days * 86400
    cutoff = (time.time() if now is None else now) - age_seconds
    logs = purge_logs(stores.logs_db, cutoff)
    events = (
        purge_tracker_sql(stores.tracker_url, cutoff)
        if stores.tracker_url is not None
        else purge_tracker(stores.tracker_db, cutoff)
    )
    return {
        "days": round(age_seconds / 86400, 3),
        "conversations": logs["conversations"],
        "turns": logs["turns"],
        "tracker_conversations": events["conversations"],
        "events": events["events"],
        "channel_rows": purge_channel_options(stores.channels_db, cutoff)
        + _purge_shared_channels(stores, cutoff),
        "log_files": purge_rotated_logs(stores.log_dir, cutoff),
    }


def _purge_shared_channels(stores: Stores, cutoff: float) -> int:
    """make cluster: the follow-up lists in the shared database (bot/channels/store.py)."""
    if stores.tracker_url is None:
        return 0
    from bot.channels.store import SharedChannelTables

    tables = SharedChannelTables(stores.tracker_url)
    try:
        return tables.purge(cutoff)
    finally:
        tables.dispose()


def describe(counts: Dict[str, int]) -> str:
    return (
        f"purged what is older than {counts['days']:g} days: {counts['conversations']} conversations "
        f"({counts['turns']} turns) from the review log, {counts['tracker_conversations']} "
        f"({counts['events']} events) from the tracker store, {counts['channel_rows']} reply addresses "
        f"and follow-up lists, {counts['log_files']} old log files"
    )


@dataclass
class PurgeSchedule:
    """A daemon thread that purges once at start, then every `interval` seconds, until stop().
    A failed purge is reported (its kind of error only) and tried again next time."""

    stores: Stores
    interval: float = field(default_factory=purge_interval)
    report: Callable[[str], None] = lambda line: print(line, file=sys.stderr, flush=True)
    runs: int = 0
    last: Optional[Dict[str, int]] = None
    _stop: threading.Event = field(default_factory=threading.Event, repr=False)
    _thread: Optional[threading.Thread] = field(default=None, repr=False)

    def start(self) -> "PurgeSchedule":
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="needle-purge", daemon=True)
            self._thread.start()
        return self

    def run_once(self) -> bool:
        """One purge; False if it failed (e.g. a database busy for longer than its timeout)."""
        self.runs += 1
        try:
            self.last = purge_expired(self.stores)
            self.report(describe(self.last))
            return True
        except Exception as exc:  # noqa: BLE001 - never stops the servers; next time may work
            self.report(
                f"scheduled purge failed ({exc.__class__.__name__}); trying again in "
                f"{min(self.interval, RETRY_AFTER) / 60:g} min"
            )
            return False

    def _run(self) -> None:
        while not self._stop.is_set():
            wait = self.interval if self.run_once() else min(self.interval, RETRY_AFTER)
            if self._stop.wait(wait):
                return

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=30)
        self._thread = None
