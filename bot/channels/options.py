"""The numbered follow-ups last offered to each patient on SMS/WhatsApp (and Telegram
buttons whose payload is too long for a callback), so a reply of "1" means that choice.

Kept in a small SQLite table (var/channels.db, or NEEDLE_CHANNEL_DB) so a restart does not
forget them; one row per (channel, sender), replaced on every bot turn. The same file holds
the platform delivery ids already handled (`deliveries`, bot/channels/delivery.py) and the
encrypted reply addresses (`reply_addresses`, bot/pseudonym.py). Senders are the connectors'
pseudonymous ids ("sms:p..."), never a number; rows go with the conversation's retention
(bot/review/store.py `purge_channel_options`).
With `make cluster` (NEEDLE_PG_* set) the rows live in the shared PostgreSQL database
instead (bot/channels/store.py), so any server can read the options another one offered.
"""

import json
import sqlite3
import time
from pathlib import Path
from typing import Dict, List, Optional

import sqlite_utils

TABLE = "offered_options"
BUSY_TIMEOUT = 2.0  # seconds to wait for a lock: a stuck database must not stall a reply for long


class OptionStore:
    def __init__(self, path: str, shared=False) -> None:
        """`shared`: the cluster's tables (bot/channels/store.py); by default chosen here,
        once, from the NEEDLE_PG_* variables (None: this SQLite file)."""
        from bot.channels.store import shared_tables

        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.shared = shared_tables() if shared is False else shared

    def _db(self) -> sqlite_utils.Database:
        db = sqlite_utils.Database(sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT))
        if TABLE not in db.table_names():
            db[TABLE].create(
                {"channel": str, "sender": str, "options": str, "offered_at": float},
                pk=("channel", "sender"),
                if_not_exists=True,
            )
        return db

    def remember(self, channel: str, sender: str, buttons: List[Dict[str, str]]) -> None:
        if self.shared is not None:
            return self.shared.remember(channel, sender, buttons)
        db = self._db()
        try:
            if buttons:
                db[TABLE].upsert(
                    {
                        "channel": channel,
                        "sender": sender,
                        "offered_at": time.time(),
                        "options": json.dumps(
                            [{"title": b["title"], "payload": b["payload"]} for b in buttons]
                        ),
                    },
                    pk=("channel", "sender"),
                )
            else:
                db[TABLE].delete_where("channel = ? AND sender = ?", [channel, sender])
        finally:
            db.close()

    def offered(self, channel: str, sender: str) -> List[Dict[str, str]]:
        if self.shared is not None:
            return self.shared.offered(channel, sender)
        db = self._db()
        try:
            rows = list(db[TABLE].rows_where("channel = ? AND sender = ?", [channel, sender]))
        finally:
            db.close()
        return json.loads(rows[0]["options"]) if rows else []

    def payload_for(self, channel: str, sender: str, number: Optional[int]) -> Optional[str]:
        if number is None:
            return None
        options = self.offered(channel, sender)
        return options[number - 1]["payload"] if 1 <= number <= len(options) else None
