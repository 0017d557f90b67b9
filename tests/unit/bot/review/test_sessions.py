"""Staff sessions (bot/review/sessions.py): what the review interface checks on every request.
A session ends on logout, after the idle time, when its account is removed or its password
changed, and stays ended; failed logins are limited per account and per address."""
import sqlite3

import pytest
import yaml

from bot.errors import NeedleGuideError
from bot.review.accounts import add_user, write_accounts
from bot.review.sessions import LiveAccounts, LoginLimiter, SessionStore, parse_duration


class Clock:
    def __init__(self, now=1_000_000.0):
        self.now = now

    def __call__(self):
        return self.now


@pytest.fixture
def accounts(tmp_path, monkeypatch):
    path = tmp_path / "accounts.yml"
    monkeypatch.setenv("NEEDLE_REVIEW_ACCOUNTS", str(path))
    for key in list(__import__("os").environ):
        if key.startswith("NEEDLE_REVIEW_PASSWORD_HASH_") or key == "NEEDLE_REVIEW_ADMINS":
            monkeypatch.delenv(key)
    add_user("alice", "alice's long password")
    add_user("boss", "the boss's long password", admin=True)
    return path


def remove_account(path, name):
    data = yaml.safe_load(path.read_text())
    data.pop(name)
    write_accounts(path, yaml.safe_dump(data))


def login(store, live, name):
    return store.create(name, live.current()[name]["password_hash"])


def test_a_session_works_until_logout(accounts, tmp_path):
    live, store = LiveAccounts(), SessionStore(tmp_path / "sessions.db")
    token = login(store, live, "alice")
    assert store.check(token, live.current())[0] == "alice"
    store.revoke(token)
    assert store.check(token, live.current()) == (None, "unknown")


def test_removing_an_account_ends_its_sessions_for_good(accounts, tmp_path):
    live, store = LiveAccounts(), SessionStore(tmp_path / "sessions.db")
    boss, alice = login(store, live, "boss"), login(store, live, "alice")
    saved = accounts.read_text()
    remove_account(accounts, "boss")
    assert store.check(boss, live.current()) == (None, "account_removed")
    assert store.check(alice, live.current())[0] == "alice"
    store.revoke(boss)  # what the plugin does on "account_removed"
    write_accounts(accounts, saved)  # the account comes back: the old cookie doesn't
    assert store.check(boss, live.current())[0] is None


def test_changing_a_password_ends_the_old_sessions(accounts, tmp_path):
    live, store = LiveAccounts(), SessionStore(tmp_path / "sessions.db")
    old = login(store, live, "alice")
    add_user("alice", "alice's new long password")
    assert store.check(old, live.current()) == (None, "password_changed")
    assert store.check(login(store, live, "alice"), live.current())[0] == "alice"


def test_idle_sessions_expire_and_use_keeps_them_alive(accounts, tmp_path):
    clock = Clock()
    live, store = LiveAccounts(), SessionStore(tmp_path / "sessions.db", idle_timeout=600, clock=clock)
    token = login(store, live, "alice")
    for _ in range(5):  # used every 9 minutes for 45 minutes
        clock.now += 540
        assert store.check(token, live.current())[0] == "alice"
    clock.now += 601
    assert store.check(token, live.current()) == (None, "idle")
    assert store.prune() == 1 and len(store) == 0


def test_sessions_survive_a_restart_but_the_file_holds_no_usable_token(accounts, tmp_path):
    live = LiveAccounts()
    store = SessionStore(tmp_path / "sessions.db")
    kept, ended = login(store, live, "alice"), login(store, live, "boss")
    store.revoke(ended)
    store.close()
    again = SessionStore(tmp_path / "sessions.db")
    assert again.check(kept, live.current())[0] == "alice"
    assert again.check(ended, live.current())[0] is None
    dump = "\n".join(str(row) for row in sqlite3.connect(tmp_path / "sessions.db").execute("SELECT * FROM sessions"))
    assert kept not in dump
    assert oct((tmp_path / "sessions.db").stat().st_mode & 0o777) == "0o600"


def test_a_broken_accounts_file_keeps_the_last_good_accounts(accounts, tmp_path):
    warnings = []
    live = LiveAccounts(warn=warnings.append)
    assert set(live.current()) == {"alice", "boss"}
    accounts.write_text("alice: [this is not: valid")
    assert set(live.current()) == {"alice", "boss"} and warnings


def test_six_failures_for_one_account_are_refused_from_any_address():
    clock = Clock()
    limiter = LoginLimiter(failures=5, window=300, clock=clock)
    for i in range(5):
        keys = ["account:alice", f"address:10.0.0.{i}"]
        assert limiter.retry_after(keys) == 0
        limiter.attempt(keys)
    assert 0 < limiter.retry_after(["account:alice", "address:10.0.0.99"]) <= 300
    assert limiter.retry_after(["account:bob", "address:10.0.0.99"]) == 0
    clock.now += 301
    assert limiter.retry_after(["account:alice", "address:10.0.0.99"]) == 0


def test_six_failures_from_one_address_are_refused_for_any_account():
    limiter = LoginLimiter(failures=5, window=300, clock=Clock())
    for i in range(5):
        limiter.attempt([f"account:user{i}", "address:10.9.9.9"])
    assert limiter.retry_after(["account:alice", "address:10.9.9.9"]) > 0
    assert limiter.retry_after(["account:alice", "address:10.1.1.1"]) == 0


def test_a_successful_login_clears_its_count():
    limiter = LoginLimiter(failures=5, window=300, clock=Clock())
    keys = ["account:alice", "address:10.0.0.1"]
    for _ in range(4):
        limiter.attempt(keys)
    limiter.succeeded(keys)
    for _ in range(4):
        limiter.attempt(keys)
    assert limiter.retry_after(keys) == 0


@pytest.mark.parametrize("text,seconds", [("8h", 28800), ("30m", 1800), ("2s", 2), ("90", 90), ("1d", 86400)])
def test_durations(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "0", "8 hours", "-5m"])
def test_bad_durations_are_named(text):
    with pytest.raises(NeedleGuideError):
        parse_duration(text)
