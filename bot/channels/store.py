"""The messaging apps' saved state on PostgreSQL, for `make cluster`.

On one machine the follow-ups offered per sender (`offered_options`), the delivery ids
already handled (`deliveries`) and the encrypted reply addresses (`reply_addresses`) live in
var/channels.db (bot/channels/options.py, bot/channels/delivery.py, bot/pseudonym.py). With
two or more Rasa servers, the next webhook of an SMS or Telegram conversation may reach
another server: "1" must mean the same follow-up there, a platform's repeat of a delivery
must be recognised there too, and a reply the other server sends must find the patient's
number. So when the NEEDLE_PG_* variables name the shared database (bot/review/store.py
`tracker_sql_url`), the three tables live in it instead, through `SharedChannelTables`. It is chosen once, when a connector builds its
stores; without NEEDLE_PG_HOST nothing here is used and SQLite mode is unchanged.

The SQL is plain enough (ON CONFLICT upserts) that the unit tests run it on SQLite.
"""

import json
import os
import threading
import time
from typing import Dict, Iterable, List, Mapping, Optional

OPTIONS = "offered_options"
DELIVERIES = "deliveries"
ADDRESSES = "reply_addresses"  # sealed (AES-GCM) by bot/pseudonym.py before they get here

_DDL = [
    f"""CREATE TABLE IF NOT EXISTS {OPTIONS} (
              channel text NOT NULL, sender text NOT NULL, options text NOT NULL,
              offered_at double precision NOT NULL, PRIMARY KEY (channel, sender))""",
    f"""CREATE TABLE IF NOT EXISTS {DELIVERIES} (
              channel text NOT NULL, delivery_id text NOT NULL, received_at double precision NOT NULL,
              PRIMARY KEY (channel, delivery_id))""",
    f"CREATE INDEX IF NOT EXISTS {DELIVERIES}_received ON {DELIVERIES} (received_at)",
    f"CREATE INDEX IF NOT EXISTS {OPTIONS}_offered ON {OPTIONS} (offered_at)",
    f"""CREATE TABLE IF NOT EXISTS {ADDRESSES} (
              channel text NOT NULL, pseudonym text NOT NULL, address text NOT NULL,
              last_seen double precision NOT NULL, PRIMARY KEY (channel, pseudonym))""",
    f"CREATE INDEX IF NOT EXISTS {ADDRESSES}_seen ON {ADDRESSES} (last_seen)",
]


class SharedChannelTables:
    """`offered_options` and `deliveries` in one SQL database (SQLAlchemy URL), created on
    first use. One pooled engine per process, shared by the connectors."""

    def __init__(self, url) -> None:
        import sqlalchemy as sa

        self.engine = sa.create_engine(url, pool_pre_ping=True)
        self._ready = False
        self._lock = threading.Lock()

    def _begin(self):
        import sqlalchemy as sa

        if not self._ready:
            with self._lock, self.engine.begin() as conn:
                if conn.dialect.name == "postgresql":  # the servers start together
                    conn.execute(sa.text("SELECT pg_advisory_xact_lock(7418302)"))
                for statement in _DDL:
                    conn.execute(sa.text(statement))
            self._ready = True
        return self.engine.begin()

    # --- the follow-ups offered
    def remember(self, channel: str, sender: str, buttons: List[Dict[str, str]]) -> None:
        import sqlalchemy as sa

        with self._begin() as conn:
            if buttons:
                options = json.dumps([{"title": b["title"], "payload": b["payload"]} for b in buttons])
                conn.execute(
                    sa.text(
                        f"INSERT INTO {OPTIONS} (channel, sender, options, offered_at) "
                        "VALUES (:c, :s, :o, :t) ON CONFLICT (channel, sender) DO UPDATE "
                        "SET options = excluded.options, offered_at = excluded.offered_at"
                    ),
                    {"c": channel, "s": sender, "o": options, "t": time.time()},
                )
            else:
                conn.execute(
                    sa.text(f"DELETE FROM {OPTIONS} WHERE channel = :c AND sender = :s"),
                    {"c": channel, "s": sender},
                )

    def offered(self, channel: str, sender: str) -> List[Dict[str, str]]:
        import sqlalchemy as sa

        with self._begin() as conn:
            row = conn.execute(
                sa.text(f"SELECT options FROM {OPTIONS} WHERE channel = :c AND sender = :s"),
                {"c": channel, "s": sender},
            ).fetchone()
        return json.loads(row[0]) if row else []

    # --- each delivery once
    def claim(self, channel: str, delivery_id: str, now: float, ttl: float) -> bool:
        """True the first time (channel, delivery_id) is claimed within `ttl` seconds, on any
        server: a second claim waits for the first one's transaction, then finds it."""
        import sqlalchemy as sa

        with self._begin() as conn:
            conn.execute(sa.text(f"DELETE FROM {DELIVERIES} WHERE received_at < :t"), {"t": now - ttl})
            cur = conn.execute(
                sa.text(
                    f"INSERT INTO {DELIVERIES} (channel, delivery_id, received_at) "
                    "VALUES (:c, :d, :t) ON CONFLICT (channel, delivery_id) DO NOTHING"
                ),
                {"c": channel, "d": str(delivery_id), "t": now},
            )
            return cur.rowcount == 1

    # --- reply addresses (already encrypted by bot/pseudonym.py ReplyAddresses)
    def save_address(self, channel: str, name: str, sealed: str, now: float) -> None:
        import sqlalchemy as sa

        with self._begin() as conn:
            conn.execute(
                sa.text(
                    f"INSERT INTO {ADDRESSES} (channel, pseudonym, address, last_seen) "
                    "VALUES (:c, :p, :a, :t) ON CONFLICT (channel, pseudonym) DO UPDATE "
                    "SET address = excluded.address, last_seen = excluded.last_seen"
                ),
                {"c": channel, "p": name, "a": sealed, "t": now},
            )

    def sealed_address(self, channel: str, name: str) -> Optional[str]:
        import sqlalchemy as sa

        with self._begin() as conn:
            row = conn.execute(
                sa.text(f"SELECT address FROM {ADDRESSES} WHERE channel = :c AND pseudonym = :p"),
                {"c": channel, "p": name},
            ).fetchone()
        return row[0] if row else None

    def forget_address(self, channel: Optional[str], name: str) -> int:
        """One pseudonym's address: on one channel, or on every channel with None."""
        import sqlalchemy as sa

        with self._begin() as conn:
            if channel is None:
                return conn.execute(
                    sa.text(f"DELETE FROM {ADDRESSES} WHERE pseudonym = :p"), {"p": name}
                ).rowcount
            return conn.execute(
                sa.text(f"DELETE FROM {ADDRESSES} WHERE channel = :c AND pseudonym = :p"),
                {"c": channel, "p": name},
            ).rowcount

    # --- retention and erasure
    def purge(self, cutoff: float) -> int:
        """Follow-up lists and reply addresses of conversations not seen since `cutoff`."""
        import sqlalchemy as sa

        with self._begin() as conn:
            return (
                conn.execute(sa.text(f"DELETE FROM {OPTIONS} WHERE offered_at < :t"), {"t": cutoff}).rowcount
                + conn.execute(
                    sa.text(f"DELETE FROM {ADDRESSES} WHERE last_seen < :t"), {"t": cutoff}
                ).rowcount
            )

    def erase(self, senders: Iterable[str]) -> int:
        """The follow-up lists of these senders ("sms:p...", "telegram:p...")."""
        import sqlalchemy as sa

        names = sorted(set(senders))
        if not names:
            return 0
        with self._begin() as conn:
            return sum(
                conn.execute(sa.text(f"DELETE FROM {OPTIONS} WHERE sender = :s"), {"s": n}).rowcount
                for n in names
            )

    def erase_addresses(self, senders: Iterable[str]) -> int:
        """The reply addresses of these senders ("sms:p...": channel sms, pseudonym p...)."""
        total = 0
        for sender in sorted(set(senders)):
            channel, _, name = sender.partition(":")
            if name:
                total += self.forget_address(channel, name)
        return total

    def dispose(self) -> None:
        self.engine.dispose()


_shared: Dict[str, SharedChannelTables] = {}
_shared_lock = threading.Lock()


def shared_tables(env: Optional[Mapping[str, str]] = None) -> Optional[SharedChannelTables]:
    """The shared tables of `make cluster` (NEEDLE_PG_* set), one per database per process;
    None on a single machine (SQLite's var/channels.db)."""
    from bot.review.store import tracker_sql_url

    url = tracker_sql_url(dict(os.environ if env is None else env))
    if url is None:
        return None
    key = url.render_as_string(hide_password=False)
    with _shared_lock:
        if key not in _shared:
            _shared[key] = SharedChannelTables(url)
        return _shared[key]
