"""Staff accounts and the Datasette set-up (no default password, hashes never in files
Datasette serves)."""
import json
import subprocess
import sys

import pytest

from bot.errors import NeedleGuideError
from bot.review import launcher as web
from bot.review.accounts import add_user, hash_password, load_accounts, verify_password


@pytest.fixture
def accounts(tmp_path, monkeypatch):
    path = tmp_path / "accounts.yml"
    monkeypatch.setenv("NEEDLE_REVIEW_ACCOUNTS", str(path))
    for key in list(__import__("os").environ):
        if key.startswith("NEEDLE_REVIEW_PASSWORD_HASH_") or key == "NEEDLE_REVIEW_ADMINS":
            monkeypatch.delenv(key)
    return path


def test_hash_matches_datasette_auth_passwords_format():
    h = hash_password("a long password", salt="abc")
    assert h.startswith("pbkdf2_sha256$480000$abc$")
    assert verify_password("a long password", h) and not verify_password("wrong", h)


def test_add_user_writes_a_private_file(accounts):
    add_user("alice", "correct horse battery")
    add_user("boss", "another long secret", admin=True)
    assert oct(accounts.stat().st_mode & 0o777) == "0o600"
    assert "correct horse" not in accounts.read_text()
    loaded = load_accounts()
    assert set(loaded) == {"alice", "boss"} and loaded["boss"]["admin"] and not loaded["alice"]["admin"]
    assert verify_password("correct horse battery", loaded["alice"]["password_hash"])


def test_accounts_from_the_environment(accounts, monkeypatch):
    monkeypatch.setenv("NEEDLE_REVIEW_PASSWORD_HASH_CAROL", hash_password("carol's long password"))
    monkeypatch.setenv("NEEDLE_REVIEW_ADMINS", "carol")
    loaded = load_accounts()
    assert set(loaded) == {"carol"} and loaded["carol"]["admin"]
    assert verify_password("carol's long password", loaded["carol"]["password_hash"])


@pytest.mark.parametrize("name,password", [("bad name", "long enough pw"), ("ok", "short")])
def test_bad_names_and_short_passwords_are_refused(accounts, name, password):
    with pytest.raises(NeedleGuideError):
        add_user(name, password)


def test_cli_reads_the_password_from_stdin(accounts):
    result = subprocess.run([sys.executable, "-m", "bot", "review", "add-user", "dana", "--password-stdin"],
                            input="dana's long password\n", capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert verify_password("dana's long password", load_accounts()["dana"]["password_hash"])


def test_no_accounts_no_review_server(accounts, tmp_path):
    with pytest.raises(NeedleGuideError, match="no staff accounts"):
        web.prepare(tmp_path / "logs.db", state_dir=tmp_path / "state")


def test_metadata_holds_no_hash_and_starts_the_session_plugin(accounts, tmp_path, monkeypatch):
    if not web.REVIEW_VENV.joinpath("bin", "datasette").exists():
        pytest.skip(".venv-review is not installed (make review-install)")
    monkeypatch.setenv("NEEDLE_REVIEW_IDLE_TIMEOUT", "30m")
    add_user("alice", "correct horse battery", admin=True)
    cmd, env = web.prepare(tmp_path / "my-logs.db", port=8999, state_dir=tmp_path / "state")
    meta_file = tmp_path / "state" / "metadata.json"
    meta = json.loads(meta_file.read_text())
    assert "pbkdf2" not in meta_file.read_text() and "datasette-auth-passwords" not in meta["plugins"]
    sessions = meta["plugins"]["needle-staff-sessions"]
    assert sessions["idle_timeout"] == 1800 and sessions["login_failures"] == 5 and sessions["login_window"] == 300
    assert sessions["sessions_db"] == str((tmp_path / "state" / "sessions.db").resolve())
    assert env["NEEDLE_REVIEW_ACCOUNTS"] == str(accounts.resolve())
    assert cmd[cmd.index("--plugins-dir") + 1] == str(web.PLUGINS_DIR)
    assert (web.PLUGINS_DIR / "staff_sessions.py").exists()
    assert "my-logs" in meta["databases"] and meta["allow"] == {"id": "*"} and meta["allow_sql"] == {"admin": True}
    assert meta["databases"]["my-logs"]["queries"]["label_turn"]["write"] is True
    assert env["DATASETTE_SECRET"] and cmd[1] == "serve" and "8999" in cmd


def test_bad_session_settings_are_named(accounts, tmp_path, monkeypatch):
    add_user("alice", "correct horse battery")
    monkeypatch.setenv("NEEDLE_REVIEW_SECURE_COOKIES", "sometimes")
    with pytest.raises(NeedleGuideError, match="NEEDLE_REVIEW_SECURE_COOKIES"):
        web.build_metadata("logs", tmp_path)


def test_add_user_replaces_the_file_in_one_step(accounts):
    """The review interface re-reads the file: it must never see it half-written."""
    add_user("alice", "correct horse battery")
    before = accounts.stat().st_ino
    add_user("bob", "another long secret")
    assert accounts.stat().st_ino != before and set(load_accounts()) == {"alice", "bob"}
    assert oct(accounts.stat().st_mode & 0o777) == "0o600"
    assert [p.name for p in accounts.parent.iterdir()] == ["accounts.yml"]
