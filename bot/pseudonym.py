"""Pseudonyms for the identifiers that name a patient (phone numbers, Telegram chat ids),
and the one place the real reply address is kept.

A phone number has few possible values: an unkeyed hash of it is reversed by trying every
number of an area code in seconds. So a pseudonym is an HMAC-SHA256 under a secret key kept
apart from the databases: NEEDLE_PSEUDONYM_KEY, else var/keys/pseudonym.key (or
NEEDLE_PSEUDONYM_KEY_FILE), generated once, owner-only (0600 in a 0700 folder). Without the
key the pseudonyms in tracker.db, logs.db and channels.db lead back to no one; with another
key they are all different. Losing the key means conversations can no longer be matched to a
number (their replies still reach the patients who write again).

- `pseudonym(value)`: "p" + 20 letters (80 bits, no digits), the same for the same number
  however it is written ("+1 (604) 555-0142" and "+16045550142"); the messaging
  connectors build sender ids like "sms:<pseudonym>" with it, so no store sees a number.
- `ReplyAddresses`: the real address (the number Twilio sends to, the Telegram chat id)
  per (channel, pseudonym), in var/channels.db, encrypted (AES-GCM, key derived from the
  pseudonym key) and dropped with the conversation's retention (bot/review/store.py
  `purge_channel_options`) or on erasure (`forget`). With `make cluster` (NEEDLE_PG_* set)
  the encrypted rows are in the shared PostgreSQL instead (bot/channels/store.py), so a
  server finds the address another server saved; the key never goes there.
- `reply_address(channel, pseudonym)`: look one up (erasure and export use it).
"""

import base64
import hashlib
import hmac
import logging
import os
import re
import secrets
import sqlite3
import threading
import time
from pathlib import Path
from typing import Dict, Mapping, Optional, Tuple

from bot import settings

logger = logging.getLogger(__name__)

KEY_ENV = "NEEDLE_PSEUDONYM_KEY"
KEY_FILE_ENV = "NEEDLE_PSEUDONYM_KEY_FILE"
DEFAULT_KEY_FILE = settings.PSEUDONYM_KEY_FILE
PREFIX = "p"
LENGTH = 20  # letters of 4 bits each: 80 bits
# Written with 16 consonants instead of hex: a pseudonym holds no digit (a search of the disk
# for a number's digits never meets one by chance) and spells no word.
ALPHABET = "bcdfghjkmnpqrstv"
_FROM_HEX = str.maketrans("0123456789abcdef", ALPHABET)
PSEUDONYM_PATTERN = re.compile(rf"{PREFIX}[{ALPHABET}]{{{LENGTH}}}")
# A phone number as people type it: digits with + ( ) . - and spaces, at least 7 digits.
_PHONE = re.compile(r"\+?[\d\s().-]{7,24}")
TABLE = "reply_addresses"
BUSY_TIMEOUT = 2.0
REFRESH = 3600.0  # seconds: a known address's time is written again at most this often (retention is in days)

_keys: Dict[Tuple[str, str], bytes] = {}
_lock = threading.Lock()


def key_file(env: Mapping[str, str] = os.environ) -> Path:
    return settings.pseudonym_key_file(env)


def key(env: Mapping[str, str] = os.environ) -> bytes:
    """The pseudonym key: NEEDLE_PSEUDONYM_KEY, else the key file (created on first use)."""
    value = settings.value(KEY_ENV, env)
    path = key_file(env)
    cache = (value, str(path))
    with _lock:
        if cache not in _keys:
            _keys[cache] = value.encode() if value else _load_or_create(path)
        return _keys[cache]


def _load_or_create(path: Path) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        os.chmod(path.parent, 0o700)
    except OSError:
        pass
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        stored = path.read_text(encoding="utf-8").strip()
        if len(stored) < 32:  # never replace it silently: every pseudonym would change
            raise ValueError(f"{path} is too short to be a pseudonym key (32+ characters expected)") from None
        return stored.encode()
    value = secrets.token_urlsafe(32)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(value + "\n")
    logger.info("a new pseudonym key was created in %s: keep it with the backups, apart from var/*.db", path)
    return value.encode()


def looks_like_phone(value: str) -> bool:
    value = str(value).strip()
    return bool(_PHONE.fullmatch(value)) and sum(c.isdigit() for c in value) >= 7


def normalise(value: str) -> str:
    """One spelling per number: "+1 (604) 555-0142" -> "+16045550142"; anything else as given."""
    value = str(value).strip()
    if value.lower().startswith("whatsapp:"):
        value = value[len("whatsapp:") :]
    if looks_like_phone(value):
        return ("+" if value.startswith("+") else "") + re.sub(r"\D", "", value)
    return value


def pseudonym(value: str, secret: Optional[bytes] = None) -> str:
    """The keyed pseudonym of a phone number, chat id or other identifier."""
    mac = hmac.new(
        secret if secret is not None else key(),
        b"needle-pseudonym:" + normalise(value).encode(),
        hashlib.sha256,
    )
    return PREFIX + mac.hexdigest()[:LENGTH].translate(_FROM_HEX)


def is_pseudonym(value: str) -> bool:
    return bool(PSEUDONYM_PATTERN.fullmatch(str(value)))


def split_sender(sender_id: str) -> Tuple[str, str]:
    """ "sms:p0123..." -> ("sms", "p0123..."); a sender without a channel -> ("", sender)."""
    head, _, rest = str(sender_id).partition(":")
    return (head, rest) if rest else ("", str(sender_id))


# --------------------------------------------------------------------------- reply addresses


def _cipher(secret: bytes):
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(hmac.new(secret, b"needle-reply-address", hashlib.sha256).digest())


class ReplyAddresses:
    """The real address behind each pseudonymous sender, encrypted, in var/channels.db (or,
    `shared`, in make cluster's PostgreSQL: by default when the NEEDLE_PG_* variables are set)."""

    def __init__(self, path: str, secret: Optional[bytes] = None, shared=False) -> None:
        from bot.channels.store import shared_tables

        self.path = Path(path)
        self._secret = secret
        self.shared = shared_tables() if shared is False else shared
        self._cache: Dict[Tuple[str, str], str] = {}
        self._written: Dict[Tuple[str, str], float] = {}  # when each row's time was last written

    @property
    def secret(self) -> bytes:
        return self._secret if self._secret is not None else key()

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT)
        conn.execute("PRAGMA secure_delete=ON")  # an erased address leaves no bytes behind
        conn.execute(f"""CREATE TABLE IF NOT EXISTS {TABLE} (
                           channel TEXT NOT NULL, pseudonym TEXT NOT NULL, address TEXT NOT NULL,
                           last_seen REAL NOT NULL, PRIMARY KEY (channel, pseudonym))""")
        return conn

    def _seal(self, channel: str, name: str, address: str) -> str:
        nonce = os.urandom(12)
        sealed = _cipher(self.secret).encrypt(nonce, address.encode(), f"{channel}:{name}".encode())
        return base64.b64encode(nonce + sealed).decode()

    def _open(self, channel: str, name: str, stored: str) -> Optional[str]:
        try:
            raw = base64.b64decode(stored)
            return _cipher(self.secret).decrypt(raw[:12], raw[12:], f"{channel}:{name}".encode()).decode()
        except Exception:  # another key, or a damaged row: as if unknown
            return None

    def remember(self, channel: str, address: str, now: Optional[float] = None) -> str:
        """Keep `address` for replies; returns its pseudonym. The row's time moves on with
        every message, so it lives as long as the conversation."""
        name = pseudonym(address, self.secret)
        now = time.time() if now is None else now
        recent = (
            self._cache.get((channel, name)) == address
            and now - self._written.get((channel, name), 0) < REFRESH
        )
        if self.shared is not None:
            try:
                if not (recent and self.shared.sealed_address(channel, name)):
                    self.shared.save_address(channel, name, self._seal(channel, name, address), now)
                    self._written[(channel, name)] = now
            except Exception as exc:  # the database restarting: this server still knows where to reply
                logger.warning(
                    "%s: a reply address could not be saved in the shared database (%s)",
                    channel,
                    exc.__class__.__name__,
                )
            self._cache[(channel, name)] = address
            return name
        conn = self._connect()
        try:
            if (
                recent
                and conn.execute(
                    f"SELECT 1 FROM {TABLE} WHERE channel = ? AND pseudonym = ?", [channel, name]
                ).fetchone()
            ):
                return name  # written within the hour (and not erased since): no write for every message
            with conn:
                conn.execute(
                    f"INSERT INTO {TABLE} (channel, pseudonym, address, last_seen) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT(channel, pseudonym) DO UPDATE SET address = excluded.address, "
                    "last_seen = excluded.last_seen",
                    [channel, name, self._seal(channel, name, address), now],
                )
        finally:
            conn.close()
        self._cache[(channel, name)] = address
        self._written[(channel, name)] = now
        return name

    def lookup(self, channel: str, name: str) -> Optional[str]:
        if (channel, name) in self._cache:
            return self._cache[(channel, name)]
        if self.shared is not None:
            stored = self.shared.sealed_address(channel, name)
        else:
            conn = self._connect()
            try:
                row = conn.execute(
                    f"SELECT address FROM {TABLE} WHERE channel = ? AND pseudonym = ?", [channel, name]
                ).fetchone()
            finally:
                conn.close()
            stored = row[0] if row else None
        address = self._open(channel, name, stored) if stored else None
        if address is not None:
            self._cache[(channel, name)] = address
        return address

    def forget(self, channel: Optional[str], name: str) -> int:
        """Erase the address of one pseudonym (one channel, or every channel with None)."""
        gone = [k for k in self._cache if k[1] == name and channel in (None, k[0])]
        for k in gone:
            self._cache.pop(k, None)
            self._written.pop(k, None)
        if self.shared is not None:
            return self.shared.forget_address(channel, name)
        if not self.path.exists():
            return 0
        conn = self._connect()
        try:
            with conn:
                if channel is None:
                    return conn.execute(f"DELETE FROM {TABLE} WHERE pseudonym = ?", [name]).rowcount
                return conn.execute(
                    f"DELETE FROM {TABLE} WHERE channel = ? AND pseudonym = ?", [channel, name]
                ).rowcount
        finally:
            conn.close()


def _default_store() -> ReplyAddresses:
    from bot.channels.config import options_db

    return ReplyAddresses(options_db(os.environ))


def reply_address(channel: str, name: str, store: Optional[ReplyAddresses] = None) -> Optional[str]:
    """The real address behind `name` on `channel` ("sms", "whatsapp", "telegram"), or None
    once it has been purged or erased."""
    return (store or _default_store()).lookup(channel, name)
