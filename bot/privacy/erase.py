"""Erase one conversation, or every conversation of one channel address, from every place
it lives (bot/privacy: `Stores`), so that nothing readable stays on disk.

`erase(conversation=..., address=..., actor=...) -> ErasureReport` is the one function the
command line, the review interface, the widget's page server and the tracker store (for
"DELETE" / "EFFACER" by SMS, WhatsApp or Telegram) call. It:
- deletes the rows (tracker events; review turns, their labels and full-text index,
  feedback and delivery failures; saved follow-up lists and the reply address), in the
  SQLite files and, with make cluster, in the shared PostgreSQL;
- drops the conversation's items from the journals of queued writes (`*.pending*`, and
  items set aside in `*.rejected`);
- rewrites each database without free pages (secure_delete, VACUUM) and truncates its
  write-ahead log (`-wal`), where old copies of the pages would otherwise stay;
- appends to the audit log that an erasure happened, when, by whom and the conversation's
  reference: counts, never words, never the id.

A running tracker store holds the conversations it served in memory and may hold queued
writes; it forgets the conversation itself when the erasure comes through it (the keyword),
and re-reads the database after an erasure from elsewhere (its cache checks the newest row).
"""

import json
import logging
import os
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Set

from bot.privacy import Stores, normalise_reference, reference
from bot.privacy import stores as default_stores

logger = logging.getLogger(__name__)

MESSAGING = ("sms", "whatsapp", "telegram")
BUSY_TIMEOUT = 10.0


@dataclass
class ErasureReport:
    references: List[str]
    conversations: int = 0
    counts: Dict[str, int] = field(default_factory=dict)
    when: float = field(default_factory=time.time)
    problems: List[str] = field(default_factory=list)

    @property
    def found(self) -> bool:
        return any(self.counts.values())

    def summary(self) -> str:
        """What was removed, in counts (what the audit log and the staff see)."""
        parts = [f"{n} {what}" for what, n in self.counts.items() if n]
        return ", ".join(parts) or "nothing found"


# --------------------------------------------------------------------------- which ids


def address_ids(address: str) -> List[str]:
    """ "sms:+1 604 555 0142" -> ["sms:p..."]: the sender id a messaging connector gives the
    conversations of that number or chat (keyed pseudonym, bot/pseudonym.py). "+1604..."
    without a channel -> SMS and WhatsApp."""
    from bot.pseudonym import is_pseudonym, pseudonym, split_sender

    head, rest = split_sender(address.strip())
    if head == "whatsapp" and rest.startswith("whatsapp:"):
        rest = rest[len("whatsapp:") :]
    channels = [head] if head in MESSAGING else ["sms", "whatsapp"]
    value = rest if head in MESSAGING else address.strip()
    name = value if is_pseudonym(value) else pseudonym(value)
    return [f"{ch}:{name}" for ch in channels]


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT)
    conn.execute("PRAGMA secure_delete=ON")  # deleted rows are overwritten with zeros
    return conn


def _tables(conn: sqlite3.Connection) -> Set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}


def known_ids(s: Stores) -> Set[str]:
    """Every conversation id the stores know (to find one by its reference)."""
    ids: Set[str] = set()
    url = tracker_url()
    if url is not None:  # make cluster: the conversations are in PostgreSQL
        import sqlalchemy as sa

        engine = sa.create_engine(url)
        try:
            with engine.connect() as conn:
                ids.update(
                    r[0] for r in conn.execute(sa.text("SELECT DISTINCT sender_id FROM events")) if r[0]
                )
        except sa.exc.SQLAlchemyError as exc:
            logger.error(
                "erasure: the PostgreSQL tracker store could not be read (%s)", exc.__class__.__name__
            )
        finally:
            engine.dispose()
    for path, queries in (
        (s.tracker, ["SELECT DISTINCT sender_id FROM events"]),
        (
            s.logs,
            [
                "SELECT DISTINCT conversation_id FROM turns",
                "SELECT DISTINCT coalesce(conversation_id, session_id) FROM feedback",
            ],
        ),
    ):
        if not path.exists():
            continue
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT)
        try:
            for sql in queries:
                try:
                    ids.update(r[0] for r in conn.execute(sql) if r[0])
                except sqlite3.OperationalError:
                    pass
        finally:
            conn.close()
    for item in _journal_items(s.tracker):
        if isinstance(item, dict) and item.get("sender"):
            ids.add(item["sender"])
    return ids


def resolve(
    conversation: Optional[str] = None, address: Optional[str] = None, s: Optional[Stores] = None
) -> List[str]:
    """The conversation ids meant by an id, a reference ("K7QM2RTD") or an address."""
    s = s or default_stores()
    if address:
        return address_ids(address)
    conversation = (conversation or "").strip()
    if not conversation:
        return []
    known = known_ids(s)
    if conversation in known:
        return [conversation]
    ref = normalise_reference(conversation)
    if ref:
        matches = sorted(c for c in known if reference(c) == ref)
        if matches:
            return matches
    return [conversation]


def review_ids(ids: Iterable[str]) -> List[str]:
    """The ids the review log uses for these sender ids (a number becomes its pseudonym)."""
    out: List[str] = []
    for i in ids:
        out.append(i)
        try:
            from bot.pseudonym import looks_like_phone, pseudonym, split_sender

            head, rest = split_sender(i)
            if head in ("sms", "whatsapp") and looks_like_phone(rest):
                out.append(f"{head}:{pseudonym(rest)}")
            elif looks_like_phone(i):
                out.append(f"phone:{pseudonym(i)}")
        except Exception:  # noqa: BLE001 - no key: the id as it is
            pass
    return list(dict.fromkeys(out))


# --------------------------------------------------------------------------- each store


def _marks(values: Sequence[str]) -> str:
    return ",".join("?" * len(values))


def erase_tracker(path: Path, ids: Sequence[str]) -> int:
    if not path.exists() or not ids:
        return 0
    conn = _connect(path)
    try:
        if "events" not in _tables(conn):
            return 0
        with conn:
            return conn.execute(f"DELETE FROM events WHERE sender_id IN ({_marks(ids)})", list(ids)).rowcount
    finally:
        conn.close()


def erase_logs(path: Path, ids: Sequence[str]) -> Dict[str, int]:
    counts = {"turns": 0, "labels": 0, "feedback": 0, "delivery failures": 0}
    if not path.exists() or not ids:
        return counts
    conn = _connect(path)
    try:
        tables = _tables(conn)
        m, args = _marks(ids), list(ids)
        with conn:
            if "turns" in tables:
                if "labels" in tables:
                    counts["labels"] = conn.execute(
                        f"DELETE FROM labels WHERE turn_id IN (SELECT id FROM turns WHERE conversation_id IN ({m}))",
                        args,
                    ).rowcount
                counts["turns"] = conn.execute(
                    f"DELETE FROM turns WHERE conversation_id IN ({m})", args
                ).rowcount
            if "feedback" in tables:
                cols = {r[1] for r in conn.execute("PRAGMA table_info(feedback)")}
                where = " OR ".join(f"{c} IN ({m})" for c in ("conversation_id", "session_id") if c in cols)
                if where:
                    counts["feedback"] = conn.execute(
                        f"DELETE FROM feedback WHERE {where}", args * where.count(" IN ")
                    ).rowcount
            if "delivery_failures" in tables:
                counts["delivery failures"] = conn.execute(
                    f"DELETE FROM delivery_failures WHERE conversation_id IN ({m})", args
                ).rowcount
        if "turns_fts" in tables:
            # the index keeps a deleted row's words in its segments until they are merged:
            # rebuild it from what is left
            with conn:
                conn.execute("INSERT INTO turns_fts(turns_fts) VALUES('rebuild')")
        return counts
    finally:
        conn.close()


def erase_channels(path: Path, ids: Sequence[str]) -> Dict[str, int]:
    counts = {"follow-up lists": 0, "reply addresses": 0}
    if not path.exists() or not ids:
        return counts
    from bot.pseudonym import split_sender

    conn = _connect(path)
    try:
        tables = _tables(conn)
        with conn:
            if "offered_options" in tables:
                counts["follow-up lists"] = conn.execute(
                    f"DELETE FROM offered_options WHERE sender IN ({_marks(ids)})", list(ids)
                ).rowcount
            if "reply_addresses" in tables:
                for i in ids:
                    head, rest = split_sender(i)
                    if head:
                        counts["reply addresses"] += conn.execute(
                            "DELETE FROM reply_addresses WHERE channel = ? AND pseudonym = ?", [head, rest]
                        ).rowcount
        return counts
    finally:
        conn.close()


def erase_shared_channels(url, ids: Sequence[str]) -> Dict[str, int]:
    """The conversations' follow-up lists and reply addresses in the cluster's PostgreSQL
    (bot/channels/store.py)."""
    from bot.channels.store import SharedChannelTables

    if not ids:
        return {"follow-up lists": 0, "reply addresses": 0}
    tables = SharedChannelTables(url)
    try:
        return {"follow-up lists": tables.erase(ids), "reply addresses": tables.erase_addresses(ids)}
    finally:
        tables.dispose()


def erase_shared_review(url, ids: Sequence[str]) -> int:
    """The conversations' review rows in the cluster's PostgreSQL (turns, labels, feedback,
    undelivered replies), also where the tracker store no longer holds the conversation."""
    import sqlalchemy as sa

    from bot.review.store import pg_delete_turns

    if not ids:
        return 0
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            return pg_delete_turns(conn, ids)
    finally:
        engine.dispose()


def compact(path: Path) -> Optional[str]:
    """Rewrite the database without free pages and empty its write-ahead log; a problem
    (another process holding a read open for long) is returned, not raised."""
    if not path.exists():
        return None
    conn = _connect(path)
    try:
        conn.execute("VACUUM")
        for _ in range(50):
            busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if not busy:
                break
            time.sleep(0.1)
        else:
            return f"{path.name}: its write-ahead log could not be emptied (a reader is busy)"
        return None
    except sqlite3.DatabaseError as exc:
        return f"{path.name}: {exc}"
    finally:
        conn.close()


# --------------------------------------------------------------------------- journals


def journals(db: Path) -> List[Path]:
    """The queued-write journals beside a database (bot/tracker_store/durable_queue.py) and set-asides."""
    if not db.parent.exists():
        return []
    return sorted(p for p in db.parent.glob(db.name + ".pending*") if not p.name.endswith(".tmp"))


def _journal_items(db: Path) -> List[object]:
    items = []
    for path in journals(db):
        try:
            for line in path.read_bytes().split(b"\n"):
                if line.strip(b"\0 \r\t"):
                    try:
                        items.append(json.loads(line))
                    except ValueError:
                        pass
        except OSError:
            pass
    return items


def concerns(item: object, ids: Set[str]) -> bool:
    """Whether a queued item (tracker: {"sender", "rows"}; review log: a list of turns)
    belongs to one of the conversations."""
    if isinstance(item, dict):
        return item.get("sender") in ids or item.get("conversation_id") in ids
    if isinstance(item, list):
        return any(concerns(x, ids) for x in item)
    return False


def scrub_journal(path: Path, keep: Callable[[object], bool]) -> int:
    """Rewrite a journal in place without the items `keep` refuses; returns how many went.
    In place (same file, same inode): a process appending to it keeps its file."""
    try:
        fd = os.open(str(path), os.O_RDWR)
    except OSError:
        return 0
    try:
        data = b""
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            data += chunk
        kept, dropped = [], 0
        for line in data.split(b"\n"):
            if not line.strip(b"\0 \r\t"):
                continue
            try:
                item = json.loads(line)
            except ValueError:
                dropped += 1  # torn: it cannot be replayed anyway, and may hold words
                continue
            if keep(item):
                kept.append(line + b"\n")
            else:
                dropped += 1
        if dropped:
            body = b"".join(kept)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, body + b"\0" * max(0, len(data) - len(body)))  # overwrite, then cut
            os.ftruncate(fd, len(body))
            os.fsync(fd)
        return dropped
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- all of it


def tracker_url():
    """make cluster's PostgreSQL tracker store when the NEEDLE_PG_* variables are set.
    (Checked before importing bot.review.store: the review interface's venv, which erases
    from the transcript page, has no sqlite-utils.)"""
    from bot import settings

    if settings.postgres() is None:
        return None
    from bot.review.store import tracker_sql_url

    return tracker_sql_url()


def erase_tracker_sql(url, ids: Sequence[str]) -> int:
    """The conversations' events from the PostgreSQL tracker store (then VACUUM)."""
    from bot.review.store import sql_tracker_delete

    if not ids:
        return 0
    names = {f"i{n}": i for n, i in enumerate(ids)}
    where = f"HAVING sender_id IN ({', '.join(':' + k for k in names)})"
    return sql_tracker_delete(url, where, names)["events"]


def erase(
    conversation: Optional[str] = None,
    address: Optional[str] = None,
    actor: str = "staff",
    s: Optional[Stores] = None,
    ids: Optional[Sequence[str]] = None,
    audit: bool = True,
    how: str = "",
    sql_tracker=None,
) -> ErasureReport:
    """Erase a conversation (id or reference) or every conversation of an address.
    `sql_tracker`: the PostgreSQL tracker store's URL (make cluster); by default the one the
    NEEDLE_PG_* variables name, if any, else SQLite's tracker.db."""
    s = s or default_stores()
    ids = list(ids) if ids is not None else resolve(conversation, address, s)
    ids = review_ids(ids)
    report = ErasureReport(references=sorted({reference(i) for i in ids}), conversations=len(ids))
    wanted = set(ids)
    counts = report.counts
    dropped = 0
    for db in (s.tracker, s.logs):
        for journal in journals(db):
            dropped += scrub_journal(journal, lambda item: not concerns(item, wanted))
    sql_tracker = sql_tracker if sql_tracker is not None else tracker_url()
    counts["tracker events"] = (
        erase_tracker_sql(sql_tracker, ids) if sql_tracker is not None else erase_tracker(s.tracker, ids)
    )
    counts.update(erase_logs(s.logs, ids))
    counts.update(erase_channels(s.channels, ids))
    if sql_tracker is not None:  # make cluster: the review log and the channels' rows in the shared database
        counts["review rows in PostgreSQL"] = erase_shared_review(sql_tracker, ids)
        for what, n in erase_shared_channels(sql_tracker, ids).items():
            counts[what] = counts.get(what, 0) + n
    counts["queued writes"] = dropped
    for db in (s.tracker, s.logs, s.channels):
        problem = compact(db)
        if problem:
            report.problems.append(problem)
            logger.error("erasure: %s", problem)
    report.conversations = len({i for i in ids}) if report.found else 0
    if audit:
        from bot.review import audit as audit_log

        for ref in report.references or ["-"]:
            audit_log.record(
                "erase", actor, ref, (how + ": " if how else "") + report.summary(), path=s.audit
            )
    logger.info("erasure by %s of %s: %s", actor, ", ".join(report.references), report.summary())
    return report
