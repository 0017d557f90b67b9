"""The review database (logs.db): one row per patient turn, staff labels, feedback.

Tables
  turns      one row per patient message: conversation, channel, time, the redacted
             message, intent, confidence, entities, the reply contract's kind, topic and
             KB id, the reply text and flags (fallback, booking, contact, emergency,
             low_confidence), and the turn's language (`lang`: en or fr, the reply
             contract's). Full-text search on `message`.
  labels     the intent a staff member says a message should have had (who and when).
  feedback   the patient's helpful / not helpful, where the channel offers it.
  intents    the domain's intents, the only values `labels.intent` accepts.
  conversations (view)  one row per conversation: channel, start, last activity, turns,
             fallbacks, hand-offs and what it ended in.

Written by the tracker store (bot/tracker_store/redacting.py) as each turn is saved; read by
Datasette (make review). Everything stored here has already been redacted.
"""

import json
import re
import sqlite3
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Sequence

import sqlite_utils

# Below this confidence a turn is flagged for review even if it was answered. The NLU's own
# floor (FallbackClassifier in config.yml) is lower: these are the answers it was unsure of.
LOW_CONFIDENCE = 0.5
FALLBACK_INTENT = "nlu_fallback"

TURN_COLUMNS = {
    "id": int,
    "event_key": str,
    "conversation_id": str,
    "channel": str,
    "time": str,
    "timestamp": float,
    "message": str,
    "intent": str,
    "confidence": float,
    "entities": str,
    "kind": str,
    "topic": str,
    "kb_id": str,
    "modalities": str,
    "reason": str,
    "reply": str,
    "fallback": int,
    "booking": int,
    "contact": int,
    "emergency": int,
    "low_confidence": int,
    "rule": str,
    "safety_note": int,
    "lang": str,
}
LANGUAGES = ("en", "fr")  # what `lang` holds: the reply contract's language (en before French existed)

CONVERSATIONS_VIEW = """
SELECT
  t.conversation_id,
  min(t.channel) AS channel,
  min(t.time) AS started,
  max(t.time) AS last_activity,
  count(*) AS turns,
  sum(t.fallback) AS fallbacks,
  sum(t.low_confidence) AS low_confidence,
  max(t.booking) AS booking,
  max(t.contact) AS contact,
  max(t.emergency) AS emergency,
  (SELECT l.kind FROM turns l WHERE l.conversation_id = t.conversation_id
     ORDER BY l.timestamp DESC, l.id DESC LIMIT 1) AS last_kind,
  CASE WHEN (SELECT l.kind FROM turns l WHERE l.conversation_id = t.conversation_id
               ORDER BY l.timestamp DESC, l.id DESC LIMIT 1) IN ('booking', 'contact', 'emergency')
       THEN (SELECT l.kind FROM turns l WHERE l.conversation_id = t.conversation_id
               ORDER BY l.timestamp DESC, l.id DESC LIMIT 1) END AS ended_in,
  (SELECT count(*) FROM feedback f WHERE coalesce(f.conversation_id, f.session_id) = t.conversation_id
     AND f.helpful IN (1, '1', 'true', 'yes')) AS helpful,
  (SELECT count(*) FROM feedback f WHERE coalesce(f.conversation_id, f.session_id) = t.conversation_id
     AND f.helpful IN (0, '0', 'false', 'no')) AS not_helpful
FROM turns t
GROUP BY t.conversation_id
"""


def utc_text(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, tz=timezone.utc).strftime("%Y-%m-%d %H:%M:%S")


def connect(path: Path, timeout: float = 10) -> sqlite_utils.Database:
    """logs.db with its schema; WAL so Datasette reads while the assistant writes. The
    tracker store's writer thread uses a short `timeout` (busy wait) and retries later."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=timeout, check_same_thread=False)
    db = sqlite_utils.Database(conn)
    ensure_schema(db)
    return db


def ensure_schema(db: sqlite_utils.Database, intents: Optional[Iterable[str]] = None) -> None:
    if db.journal_mode != "wal":
        db.enable_wal()
    tables = set(db.table_names())
    if "turns" not in tables:
        db["turns"].create(
            TURN_COLUMNS, pk="id", not_null={"event_key", "conversation_id"}, if_not_exists=True
        )
        db["turns"].create_index(["event_key"], unique=True, if_not_exists=True)
        db["turns"].create_index(["conversation_id", "timestamp"], if_not_exists=True)
        db["turns"].create_index(["time"], if_not_exists=True)
    else:  # a log written before a column existed (e.g. `rule`, which route rule decided a reply)
        have = set(db["turns"].columns_dict)
        for name, kind in TURN_COLUMNS.items():
            if name not in have:
                db["turns"].add_column(name, kind)
        if "lang" not in have:  # every turn logged before French existed was answered in English
            db.execute("UPDATE turns SET lang = 'en' WHERE lang IS NULL")
    if "turns_fts" not in tables:
        db["turns"].enable_fts(["message"], create_triggers=True, replace=True)
    if "labels" not in tables:
        db["labels"].create(
            {"id": int, "turn_id": int, "intent": str, "actor": str, "time": str},
            pk="id",
            foreign_keys=[("turn_id", "turns", "id")],
            if_not_exists=True,
        )
    # The website widget writes feedback too (same table, maybe session_id instead of
    # conversation_id): whatever created it, both id columns exist.
    feedback_columns = {
        "id": int,
        "time": str,
        "conversation_id": str,
        "session_id": str,
        "kb_id": str,
        "helpful": int,
    }
    if "feedback" not in tables:
        db["feedback"].create(feedback_columns, pk="id", if_not_exists=True)
    else:
        existing = db["feedback"].columns_dict
        for name in ("conversation_id", "session_id", "kb_id", "helpful", "time"):
            if name not in existing:
                db["feedback"].add_column(name, feedback_columns[name])
    if "intents" not in tables:
        db["intents"].create({"name": str}, pk="name", if_not_exists=True)
        db.execute("""CREATE TRIGGER IF NOT EXISTS labels_known_intent BEFORE INSERT ON labels
                      WHEN (SELECT count(*) FROM intents) > 0
                       AND NEW.intent NOT IN (SELECT name FROM intents)
                      BEGIN SELECT RAISE(ABORT, 'unknown intent: use one of the intents table'); END""")
    if intents is not None:
        names = sorted(set(intents))
        # Two replicas starting on one log (make cluster) both write the list: whichever order
        # their statements interleave in, the same names end up there, never a duplicate key.
        with db.conn:
            db.execute("DELETE FROM intents")
            db["intents"].insert_all([{"name": n} for n in names], pk="name", ignore=True)
    if "conversations" not in db.view_names():
        db.create_view("conversations", CONVERSATIONS_VIEW, ignore=True)
    db.conn.commit()
    from bot.review.figures import ensure_figures

    ensure_figures(db)  # noqa: E702 - staff dashboard views


def domain_intents(domain_file: Optional[Path] = None) -> List[str]:
    import yaml

    from bot import PROJECT_ROOT

    data = yaml.safe_load(Path(domain_file or PROJECT_ROOT / "domain.yml").read_text()) or {}
    return [i if isinstance(i, str) else next(iter(i)) for i in data.get("intents") or []]


def conversation_id(sender_id: str) -> str:
    """The id staff see: the sender id, except that a phone number in it (a REST sender that is
    a number, or an SMS/WhatsApp id from before the connectors used pseudonyms)
    becomes its keyed pseudonym (bot/pseudonym.py), so the review database holds no numbers.
    The messaging connectors already send "sms:<pseudonym>" ids, kept as they are."""
    from bot.pseudonym import is_pseudonym, looks_like_phone, pseudonym, split_sender

    head, rest = split_sender(sender_id)
    if head in ("sms", "whatsapp"):
        return sender_id if is_pseudonym(rest) else f"{head}:{pseudonym(rest)}"
    if looks_like_phone(sender_id):
        return f"phone:{pseudonym(sender_id)}"
    return sender_id


def channel_of(sender_id: str, input_channel: Optional[str]) -> str:
    head = sender_id.split(":", 1)[0] if ":" in sender_id else ""
    if head in ("sms", "whatsapp", "telegram"):
        return head
    return input_channel or "unknown"


def build_turns(sender_id: str, events: Sequence[Dict[str, Any]], start: int = 0) -> List[Dict[str, Any]]:
    """Turns (a patient message and the replies up to the next one) whose message is at or
    after `start`, or the turn `start` falls in. `events` are serialised, redacted events."""
    begin = start
    while begin > 0 and events[begin].get("event") != "user":
        begin -= 1
    turns: List[Dict[str, Any]] = []
    current: Optional[Dict[str, Any]] = None
    for event in events[begin:]:
        kind = event.get("event")
        if kind == "user":
            current = _new_turn(sender_id, event)
            turns.append(current)
        elif kind == "bot" and current is not None:
            if event.get("text"):
                current["_texts"].append(event["text"])
            custom = (event.get("data") or {}).get("custom")
            if isinstance(custom, dict) and custom.get("kind") and current["kind"] is None:
                _apply_contract(current, custom)
    for turn in turns:
        turn["reply"] = "\n".join(turn.pop("_texts"))
    return turns


def _new_turn(sender_id: str, event: Dict[str, Any]) -> Dict[str, Any]:
    parse = event.get("parse_data") or {}
    intent = parse.get("intent") or {}
    ts = float(event.get("timestamp") or time.time())
    confidence = intent.get("confidence")
    name = intent.get("name")
    key = event.get("message_id") or f"{ts:.6f}"
    return {
        "event_key": f"{conversation_id(sender_id)}:{key}",  # no phone number, even in a key
        "conversation_id": conversation_id(sender_id),
        "channel": channel_of(sender_id, event.get("input_channel")),
        "time": utc_text(ts),
        "timestamp": ts,
        "message": event.get("text") or "",
        "intent": name,
        "confidence": None if confidence is None else round(float(confidence), 4),
        "entities": json.dumps(
            [
                {"entity": e.get("entity"), "value": e.get("value")}
                for e in parse.get("entities") or event.get("entities") or []
            ]
        ),
        "kind": None,
        "topic": None,
        "kb_id": None,
        "modalities": None,
        "reason": None,
        "rule": None,
        "safety_note": 0,
        "lang": _lang((event.get("metadata") or {}).get("lang"), "en"),
        "fallback": 0,
        "booking": 0,
        "contact": 0,
        "emergency": 0,
        "low_confidence": int(
            name == FALLBACK_INTENT or (confidence is not None and float(confidence) < LOW_CONFIDENCE)
        ),
        "_texts": [],
    }


# Per kind of reply (bot/contract.py), the contract fields the `topic` column takes, the first
# one set ("kb.topic": the answered entry's topic). The kinds in FLAG_KINDS also set their own
# 0/1 column; `reason`, `rule`, `safety_note`, `lang`, `kb_id` and `modalities` are read alike.
TOPIC_FIELDS = {
    "kb": ("kb.topic",),
    "clinic": ("topic",),
    "booking": (),  # the treatment asked for goes to `modalities`
    "contact": ("clinic_topic", "topic"),  # the practical question, else what was asked (hours...)
    "emergency": ("category",),
    "fallback": ("topic", "subject"),  # no_entry: the topic; not_covered: the subject
    "smalltalk": (),
    "clarify": ("topic",),
    "privacy": (),
}
FLAG_KINDS = ("fallback", "booking", "contact", "emergency")


def _field(custom: Dict[str, Any], path: str) -> Any:
    value: Any = custom
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _apply_contract(turn: Dict[str, Any], custom: Dict[str, Any]) -> None:
    kind = custom["kind"]
    kb = custom.get("kb") or {}
    turn["kind"] = kind
    turn["topic"] = next((_field(custom, f) for f in TOPIC_FIELDS.get(kind, ()) if _field(custom, f)), None)
    turn["kb_id"] = kb.get("id")
    modalities = kb.get("modalities") or ([custom["modality"]] if custom.get("modality") else [])
    turn["modalities"] = json.dumps(modalities) if modalities else None
    turn["reason"] = custom.get("reason")
    turn["rule"] = custom.get("rule")
    turn["safety_note"] = int(bool(custom.get("safety_note")))
    turn["lang"] = _lang(custom.get("lang"), turn.get("lang") or "en")
    for flag in FLAG_KINDS:
        turn[flag] = int(kind == flag)
    if custom.get("reason") == "low_confidence":
        turn["low_confidence"] = 1


def _lang(value: Any, default: str) -> str:
    """en or fr ('fr-CA' is fr); anything else (missing, a typo, 'de') keeps `default`."""
    text = str(value or "").strip().lower()[:2]
    return text if text in LANGUAGES else default


def record_turns(db: sqlite_utils.Database, turns: Iterable[Dict[str, Any]]) -> None:
    """Insert new turns; update a turn seen before (its reply may have arrived since).
    Plain SQL (an upsert on the unique event_key): it runs on every message."""
    with db.conn:
        for turn in turns:
            cols = [c for c in turn if c != "id"]
            updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in cols if c != "event_key")
            db.conn.execute(
                f"INSERT INTO turns ({', '.join(f'[{c}]' for c in cols)}) "
                f"VALUES ({', '.join('?' * len(cols))}) "
                f"ON CONFLICT(event_key) DO UPDATE SET {updates}",
                [turn[c] for c in cols],
            )


def record_feedback(
    db: sqlite_utils.Database,
    conversation: Optional[str],
    kb_id: Optional[str],
    helpful: bool,
    session_id: Optional[str] = None,
) -> None:
    """A patient's "was this helpful?" about an answer: by `conversation` id, or, from the
    website widget (bot/web.py), by the widget's `session_id` (the conversations view matches
    either). A table an older widget created gets the missing id column."""
    ids = {"conversation_id": conversation} if session_id is None else {"session_id": session_id}
    with db.conn:
        db["feedback"].insert(
            {"time": utc_text(time.time()), **ids, "kb_id": kb_id, "helpful": int(bool(helpful))},
            column_order=("time", *ids, "kb_id", "helpful"),
            alter=True,
        )


# ---------------------------------------------------------------- retention

_AGE = re.compile(r"^\s*(\d+)\s*([dhw]?)\s*$")


def parse_age(text: str) -> float:
    """'90d', '12h', '2w' or a plain number of days -> seconds."""
    m = _AGE.match(str(text))
    if not m:
        from bot.errors import NeedleGuideError

        raise NeedleGuideError(f"--older-than {text!r}: use a number of days like 90d (or 12h, 2w)")
    n, unit = int(m.group(1)), m.group(2) or "d"
    return n * {"h": 3600, "d": 86400, "w": 7 * 86400}[unit]


def _vacuum(conn: sqlite3.Connection) -> None:
    conn.commit()
    conn.execute("VACUUM")
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.DatabaseError:
        pass


def purge_logs(path: Path, cutoff: float) -> Dict[str, int]:
    """Delete conversations whose last turn is before `cutoff` (epoch seconds), their
    labels, feedback for them or older than the cutoff, and older undelivered replies."""
    counts = {"conversations": 0, "turns": 0}
    if not Path(path).exists():
        return counts
    db = connect(path)
    try:
        old = [
            r[0]
            for r in db.execute(
                "SELECT conversation_id FROM turns GROUP BY conversation_id HAVING max(timestamp) < ?",
                [cutoff],
            )
        ]
        cutoff_text = utc_text(cutoff)
        with db.conn:
            for cid in old:
                db.execute(
                    "DELETE FROM labels WHERE turn_id IN (SELECT id FROM turns WHERE conversation_id = ?)",
                    [cid],
                )
                counts["turns"] += db.execute("DELETE FROM turns WHERE conversation_id = ?", [cid]).rowcount
                db.execute("DELETE FROM feedback WHERE coalesce(conversation_id, session_id) = ?", [cid])
            db.execute(
                """DELETE FROM feedback WHERE (typeof(time) IN ('integer', 'real') AND time < ?)
                          OR (typeof(time) = 'text' AND replace(time, 'T', ' ') < ?)""",
                [cutoff, cutoff_text],
            )
            if "delivery_failures" in db.table_names():  # undelivered replies, kept for staff as long
                db.execute("DELETE FROM delivery_failures WHERE timestamp < ?", [cutoff])  # as the rest
        counts["conversations"] = len(old)
        if old:
            db.execute("INSERT INTO turns_fts(turns_fts) VALUES('rebuild')")
        _vacuum(db.conn)
    finally:
        db.close()
    return counts


def purge_tracker(path: Path, cutoff: float) -> Dict[str, int]:
    """Delete from Rasa's SQL tracker store (table `events`) every conversation whose last
    event is before `cutoff`."""
    counts = {"conversations": 0, "events": 0}
    if not Path(path).exists():
        return counts
    conn = sqlite3.connect(str(path), timeout=10)
    try:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='events'").fetchone():
            return counts
        old = [
            r[0]
            for r in conn.execute(
                "SELECT sender_id FROM events GROUP BY sender_id HAVING max(timestamp) < ?", [cutoff]
            )
        ]
        with conn:
            for sender in old:
                counts["events"] += conn.execute("DELETE FROM events WHERE sender_id = ?", [sender]).rowcount
        counts["conversations"] = len(old)
        _vacuum(conn)
    finally:
        conn.close()
    return counts


def tracker_sql_url(env: Optional[Dict[str, str]] = None):
    """The PostgreSQL tracker store of `make cluster` (the NEEDLE_PG_* variables that
    deploy/cluster/endpoints.yml reads), as a SQLAlchemy URL; None: SQLite's tracker.db."""
    from bot import settings

    pg = settings.postgres(env)
    if pg is None:
        return None
    from sqlalchemy.engine.url import URL

    return URL.create("postgresql", **pg)


def sql_tracker_delete(url, where: str, params: Dict[str, Any]) -> Dict[str, int]:
    """Delete whole conversations from a SQL tracker store (PostgreSQL): those `where` picks
    from `SELECT sender_id FROM events GROUP BY sender_id <where>`; then VACUUM, so the space
    is reused (PostgreSQL has no secure delete: old bytes stay in its write-ahead log until
    it is recycled, and in backups)."""
    import sqlalchemy as sa

    counts = {"conversations": 0, "events": 0}
    engine = sa.create_engine(url)
    try:
        if not sa.inspect(engine).has_table("events"):
            return counts
        with engine.begin() as conn:
            old = [
                r[0]
                for r in conn.execute(
                    sa.text(f"SELECT sender_id FROM events GROUP BY sender_id {where}"), params
                )
            ]
            for sender in old:
                counts["events"] += conn.execute(
                    sa.text("DELETE FROM events WHERE sender_id = :s"), {"s": sender}
                ).rowcount
            # their review log too (make cluster keeps it in the same database)
            counts["review turns"] = pg_delete_turns(conn, _review_names(old))
        counts["conversations"] = len(old)
        if old:
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(sa.text("VACUUM events"))
    finally:
        engine.dispose()
    return counts


def purge_tracker_sql(url, cutoff: float) -> Dict[str, int]:
    """`purge_tracker` for the PostgreSQL tracker store of `make cluster`, with the review
    log's turns of the conversations it deletes, and of any older ones left there."""
    counts = sql_tracker_delete(url, "HAVING max(timestamp) < :cutoff", {"cutoff": cutoff})
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    try:
        if sa.inspect(engine).has_table("turns"):
            with engine.begin() as conn:
                old = [
                    r[0]
                    for r in conn.execute(
                        sa.text(
                            "SELECT conversation_id FROM turns GROUP BY conversation_id HAVING max(timestamp) < :c"
                        ),
                        {"c": cutoff},
                    )
                ]
                counts["review turns"] = counts.get("review turns", 0) + pg_delete_turns(conn, old)
        from bot.review.pg_tables import purge_older

        with engine.begin() as conn:  # feedback, undelivered replies and labels past retention
            counts["review rows"] = purge_older(conn, cutoff)
    finally:
        engine.dispose()
    return counts


def purge_channel_options(path: Path, cutoff: float) -> int:
    """The follow-ups last offered per SMS/WhatsApp/Telegram patient (var/channels.db), and
    the reply addresses (phone numbers, chat ids) of conversations not seen since `cutoff`:
    a number is kept exactly as long as its conversation. Returns the rows removed."""
    if not Path(path).exists():
        return 0
    conn = sqlite3.connect(str(path), timeout=10)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        n = 0
        with conn:
            if "offered_options" in tables:
                n += conn.execute("DELETE FROM offered_options WHERE offered_at < ?", [cutoff]).rowcount
            if "reply_addresses" in tables:
                n += conn.execute("DELETE FROM reply_addresses WHERE last_seen < ?", [cutoff]).rowcount
        _vacuum(conn)
        return n
    finally:
        conn.close()


# ---------------------------------------------------------------- the review log on PostgreSQL
# make cluster: every Rasa server writes its turns to the shared database (the `turns`
# table, same columns as logs.db's, no full-text search), and `make review` copies them into
# the SQLite file Datasette serves (bot/review/pg_refresh.py). Labels, feedback and delivery
# failures are in PostgreSQL too (bot/review/pg_tables.py), copied the same way.

_PG_TYPES = {int: "bigint", float: "double precision", str: "text"}


def pg_turns_ddl() -> List[str]:
    """The `turns` table on PostgreSQL: TURN_COLUMNS, an upsert key and the lookups staff use."""
    cols = ", ".join(
        "id bigserial PRIMARY KEY"
        if name == "id"
        else f"{name} {_PG_TYPES[kind]}{' NOT NULL' if name in ('event_key', 'conversation_id') else ''}"
        for name, kind in TURN_COLUMNS.items()
    )
    return [
        f"CREATE TABLE IF NOT EXISTS turns ({cols})",
        "CREATE UNIQUE INDEX IF NOT EXISTS turns_event_key ON turns (event_key)",
        "CREATE INDEX IF NOT EXISTS turns_conversation ON turns (conversation_id, timestamp)",
    ]


def pg_ensure_turns(engine) -> None:
    """Create the table once (two servers starting together: the second one's CREATE waits
    behind the first one's lock and then finds it there)."""
    import sqlalchemy as sa

    with engine.begin() as conn:
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(7418301)"))  # the servers start together
        for statement in pg_turns_ddl():
            conn.execute(sa.text(statement))


def _review_names(senders: Iterable[str]) -> set:
    """Tracker sender ids and the conversation ids the review log knows them by."""
    names = set(senders)
    for sender in list(names):
        try:
            names.add(conversation_id(sender))
        except Exception:  # no pseudonym key here: the sender id itself is still deleted
            pass
    return names


def pg_delete_turns(conn, conversations: Iterable[str]) -> int:
    """The review log's rows of these conversations (an erasure, the retention purge): their
    labels, feedback and undelivered replies (bot/review/pg_tables.py), then their turns."""
    import sqlalchemy as sa

    from bot.review.pg_tables import delete_conversations

    names = sorted(set(conversations))
    if not names:
        return 0
    n = delete_conversations(conn, names)
    if not sa.inspect(conn).has_table("turns"):
        return n
    return (
        n + conn.execute(sa.text("DELETE FROM turns WHERE conversation_id = ANY(:c)"), {"c": names}).rowcount
    )
