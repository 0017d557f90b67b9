"""Bring a review log written before keyed pseudonyms up to date (once, at `bot serve` start).

Before, SMS/WhatsApp/Telegram turns were keyed by the number or chat id itself
(`turns.event_key` "sms:+1604...:<id>") and their conversation id was an unkeyed hash
("sms:<12 hex>", reversible by trying every number). Each such turn gets the id the
connectors use now ("sms:p...", bot/pseudonym.py) in `event_key` and `conversation_id`, and
the feedback and undelivered-reply rows of those conversations follow; then the file is
vacuumed so the old keys leave no bytes behind. Channel option rows under an old id are
dropped (they only matter for the next reply).

Rasa's tracker store (tracker.db) keeps its old sender ids until they expire with
retention_days: rewriting them belongs to the tracker store (bot/tracker_store/redacting.py).
"""

import logging
import sqlite3
from pathlib import Path
from typing import Dict, Optional

from bot.pseudonym import is_pseudonym, pseudonym, split_sender

logger = logging.getLogger(__name__)

OLD_PREFIXES = ("sms:", "whatsapp:", "telegram:")


def new_id(sender: str, secret: Optional[bytes] = None) -> Optional[str]:
    """The id a sender from before the pseudonyms has now, or None if it needs none."""
    head, rest = split_sender(sender)
    if head not in ("sms", "whatsapp", "telegram") or not rest or is_pseudonym(rest):
        return None
    return f"{head}:{pseudonym(rest, secret)}"


def migrate_review_log(path: Path, secret: Optional[bytes] = None) -> int:
    """Rewrite old ids in logs.db; returns the turns changed (0, quickly, when none are old)."""
    if not Path(path).exists():
        return 0
    conn = sqlite3.connect(str(path), timeout=10)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "turns" not in tables:
            return 0
        # Range scans on the unique index: an old key starts "sms:+", "whatsapp:+" or "telegram:<digit or ->".
        rows = conn.execute(
            "SELECT id, event_key, conversation_id FROM turns WHERE "
            "(event_key >= 'sms:+' AND event_key < 'sms:,') OR "
            "(event_key >= 'whatsapp:+' AND event_key < 'whatsapp:,') OR "
            "(event_key >= 'telegram:-' AND event_key < 'telegram::')"
        ).fetchall()
        moved: Dict[str, str] = {}
        with conn:
            for row_id, key, old_cid in rows:
                sender, _, message = key.rpartition(":")
                cid = new_id(sender, secret)
                if cid is None:
                    continue
                conn.execute(
                    "UPDATE OR IGNORE turns SET event_key = ?, conversation_id = ? WHERE id = ?",
                    [f"{cid}:{message}", cid, row_id],
                )
                moved[old_cid] = cid
            for old_cid, cid in moved.items():
                if "feedback" in tables:
                    conn.execute(
                        "UPDATE feedback SET conversation_id = ? WHERE conversation_id = ?", [cid, old_cid]
                    )
                if "delivery_failures" in tables:
                    conn.execute(
                        "UPDATE delivery_failures SET conversation_id = ? WHERE conversation_id = ?",
                        [cid, old_cid],
                    )
        if rows:
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if moved:
            logger.warning(
                "review log: %d turns of %d conversations now carry keyed pseudonyms", len(rows), len(moved)
            )
        return len(rows)
    finally:
        conn.close()


def drop_old_channel_options(path: Path, secret: Optional[bytes] = None) -> int:
    """Offered follow-ups saved under a number or chat id: dropped (a reply of "1" then gets
    an ordinary answer once)."""
    if not Path(path).exists():
        return 0
    conn = sqlite3.connect(str(path), timeout=10)
    try:
        if not conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='offered_options'"
        ).fetchone():
            return 0
        old = [s for (s,) in conn.execute("SELECT sender FROM offered_options") if new_id(s, secret)]
        if old:
            with conn:
                conn.executemany("DELETE FROM offered_options WHERE sender = ?", [[s] for s in old])
            conn.execute("VACUUM")
        return len(old)
    finally:
        conn.close()
