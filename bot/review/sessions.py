"""Staff sessions for the review interface: revocable, expiring and rate-limited logins.

Datasette's own login cookie (ds_actor) is a signed copy of the account: it can't be revoked,
never expires and outlives the account. Here the cookie only carries a random token; the
session behind it lives on the server (var/review/sessions.db) with the account name, a
fingerprint of the account's password hash and the time it was last used. Every request is
checked against the accounts as they are now (review/accounts.yml, re-read when it changes),
so logging out, removing an account or changing its password ends its sessions at once.

This module runs inside Datasette's process (review/plugins/staff_sessions.py), from
.venv-review: standard library and PyYAML only, no Datasette.
"""

import hashlib
import os
import re
import secrets
import sqlite3
import sys
import threading
import time
from collections import deque
from pathlib import Path
from typing import Callable, Deque, Dict, Iterable, Mapping, Optional, Tuple

import yaml

from bot.errors import NeedleGuideError
from bot.review.accounts import accounts_file, load_accounts

DEFAULT_IDLE = 8 * 3600
_DURATION = re.compile(r"^\s*(\d+)\s*([smhd]?)\s*$")


def parse_duration(text, default_unit: str = "s") -> int:
    """'8h', '30m', '90s', '1d' or a plain number of seconds -> seconds."""
    m = _DURATION.match(str(text))
    if not m or int(m.group(1)) <= 0:
        raise NeedleGuideError(f"duration {text!r}: use a positive number with s, m, h or d (e.g. 8h)")
    return int(m.group(1)) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[m.group(2) or default_unit]


def password_version(password_hash: str) -> str:
    """A fingerprint of the password hash: it changes when the password does."""
    return hashlib.sha256(password_hash.strip().encode("utf-8")).hexdigest()[:32]


def token_key(token: str) -> str:
    """Sessions are stored under a hash of their token, so sessions.db holds no usable cookie."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class LiveAccounts:
    """The staff accounts as they are now: the file is re-read whenever it changes.

    A file that no longer parses keeps the last good accounts (and says so on stderr), so a
    typo doesn't lock everyone out; removing an account is a valid change and applies at once.
    """

    def __init__(
        self,
        env: Mapping[str, str] = os.environ,
        warn: Callable[[str], None] = lambda m: print(m, file=sys.stderr, flush=True),
    ):
        self.env = dict(env)
        self.path = accounts_file(self.env)
        self.warn = warn
        self._stamp: Optional[Tuple] = None
        self._accounts: Dict[str, Dict] = {}

    def _file_stamp(self) -> Tuple:
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return ("missing",)
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def current(self) -> Dict[str, Dict]:
        stamp = self._file_stamp()
        if stamp != self._stamp:
            try:
                self._accounts = load_accounts(self.env)
            except (NeedleGuideError, OSError, ValueError, yaml.YAMLError) as err:
                self.warn(f"review accounts: {err}; keeping the accounts loaded before")
            self._stamp = stamp
        return self._accounts


class SessionStore:
    """Server-side sessions in a small SQLite file, mirrored in memory for fast checks.

    check() only reads memory, so it is safe on Datasette's event loop; create(), revoke(),
    touch() and prune() write the file and belong in a worker thread.
    """

    def __init__(self, path: Path, idle_timeout: int = DEFAULT_IDLE, clock: Callable[[], float] = time.time):
        self.path = Path(path)
        self.idle = int(idle_timeout)
        self.touch_every = max(1, min(300, self.idle // 8))
        self.clock = clock
        self._lock = threading.Lock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(str(self.path), os.O_RDWR | os.O_CREAT, 0o600)
        os.close(fd)
        self._db = sqlite3.connect(str(self.path), timeout=2, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS sessions (key TEXT PRIMARY KEY, account TEXT NOT NULL, "
            "version TEXT NOT NULL, created REAL NOT NULL, last_seen REAL NOT NULL)"
        )
        # key -> [account, version, last_seen (memory), last_seen written to the file]
        self._sessions: Dict[str, list] = {
            key: [account, version, seen, seen]
            for key, account, version, seen in self._db.execute(
                "SELECT key, account, version, last_seen FROM sessions"
            )
        }

    def create(self, account: str, password_hash: str) -> str:
        """A new session for an account that just proved its password; returns the cookie token.
        Sessions idle for too long are forgotten first, so the file stays small."""
        self.prune()
        token = secrets.token_urlsafe(32)
        now = self.clock()
        key, version = token_key(token), password_version(password_hash)
        with self._lock:
            self._db.execute("INSERT INTO sessions VALUES (?, ?, ?, ?, ?)", (key, account, version, now, now))
            self._sessions[key] = [account, version, now, now]
        return token

    def check(self, token: str, accounts: Mapping[str, Dict]) -> Tuple[Optional[str], str]:
        """(account, "ok" | "touch") for a live session, else (None, why): unknown, idle,
        account_removed or password_changed. Marks the session as used now."""
        key = token_key(token or "")
        session = self._sessions.get(key)
        if session is None:
            return None, "unknown"
        account, version, last_seen, written = session
        now = self.clock()
        if now - last_seen > self.idle:
            return None, "idle"
        current = accounts.get(account)
        if current is None:
            return None, "account_removed"
        if password_version(current["password_hash"]) != version:
            return None, "password_changed"
        session[2] = now
        return account, ("touch" if now - written >= self.touch_every else "ok")

    def owner(self, token: str) -> Optional[str]:
        """The account a session belongs to (for the access log)."""
        session = self._sessions.get(token_key(token or ""))
        return session[0] if session else None

    def touch(self, token: str) -> None:
        """Write the last use to the file (check() asks for it at most every few minutes)."""
        key = token_key(token)
        with self._lock:
            session = self._sessions.get(key)
            if session is not None:
                self._db.execute("UPDATE sessions SET last_seen = ? WHERE key = ?", (session[2], key))
                session[3] = session[2]

    def revoke(self, token: str) -> None:
        key = token_key(token or "")
        with self._lock:
            self._sessions.pop(key, None)
            self._db.execute("DELETE FROM sessions WHERE key = ?", (key,))

    def prune(self) -> int:
        """Forget sessions idle for longer than the timeout; returns how many."""
        cutoff = self.clock() - self.idle
        with self._lock:
            stale = [k for k, s in self._sessions.items() if s[2] < cutoff]
            for key in stale:
                del self._sessions[key]
            self._db.executemany("DELETE FROM sessions WHERE key = ?", [(k,) for k in stale])
        return len(stale)

    def __len__(self) -> int:
        return len(self._sessions)

    def close(self) -> None:
        self._db.close()


class LoginLimiter:
    """At most `failures` failed logins per `window` seconds for each key (an account name,
    an address). An attempt counts as soon as it starts, so parallel guesses can't slip
    through while a password is being checked; a successful login clears its keys."""

    MAX_KEYS = 10000

    def __init__(self, failures: int = 5, window: int = 300, clock: Callable[[], float] = time.monotonic):
        self.failures, self.window, self.clock = int(failures), int(window), clock
        self._attempts: Dict[str, Deque[float]] = {}

    def _recent(self, key: str, now: float) -> Deque[float]:
        q = self._attempts.get(key)
        if q is None:
            return deque()
        while q and now - q[0] >= self.window:
            q.popleft()
        if not q:
            del self._attempts[key]
        return q

    def retry_after(self, keys: Iterable[str]) -> int:
        """Seconds until another attempt is allowed for all keys (0: allowed now)."""
        now = self.clock()
        wait = 0.0
        for key in keys:
            q = self._recent(key, now)
            if len(q) >= self.failures:
                wait = max(wait, self.window - (now - q[len(q) - self.failures]))
        return int(wait + 0.999) if wait > 0 else 0

    def attempt(self, keys: Iterable[str]) -> None:
        now = self.clock()
        if len(self._attempts) > self.MAX_KEYS:
            for key in list(self._attempts):
                self._recent(key, now)
        for key in keys:
            self._attempts.setdefault(key, deque()).append(now)

    def succeeded(self, keys: Iterable[str]) -> None:
        for key in keys:
            self._attempts.pop(key, None)
