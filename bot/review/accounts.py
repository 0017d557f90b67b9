"""Named staff accounts for the review interface (review/plugins/staff_sessions.py).

Accounts live in review/accounts.yml (ignored by git; NEEDLE_REVIEW_ACCOUNTS names another
file) as `name: {password_hash: ..., admin: false, erase: false}`, written by
`python -m bot review add-user NAME [--admin] [--erase]`. They can also come from the environment:
NEEDLE_REVIEW_PASSWORD_HASH_<NAME>=<hash> (the name in upper case), NEEDLE_REVIEW_ADMINS
lists the administrators and NEEDLE_REVIEW_ERASERS the accounts that may erase a patient's
conversation (comma-separated). There is no default account or password. Erasing is a
permission of its own: an administrator may read the audit log, not erase, unless given it.

Hashes are PBKDF2-SHA256 in datasette-auth-passwords' format
(pbkdf2_sha256$<iterations>$<salt>$<base64>). The running review interface re-reads the file
when it changes: removing an account or changing its password ends its sessions, so the file
is replaced in one step, never left half-written.
"""

import base64
import hashlib
import os
import re
import secrets
from pathlib import Path
from typing import Dict, Mapping, Optional

import yaml

from bot import settings
from bot.errors import NeedleGuideError

DEFAULT_ACCOUNTS = settings.DEFAULT_ACCOUNTS
ENV_PREFIX = "NEEDLE_REVIEW_PASSWORD_HASH_"
ITERATIONS = 480000
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.-]{0,39}$")
MIN_PASSWORD = 10


def accounts_file(env: Mapping[str, str] = os.environ) -> Path:
    return settings.review_accounts(env)


def hash_password(password: str, salt: Optional[str] = None, iterations: int = ITERATIONS) -> str:
    salt = salt or secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt.encode("utf-8"), iterations)
    return f"pbkdf2_sha256${iterations}${salt}${base64.b64encode(digest).decode('ascii').strip()}"


def verify_password(password: str, password_hash: str) -> bool:
    parts = (password_hash or "").strip().split("$")
    if len(parts) != 4 or parts[0] != "pbkdf2_sha256":
        return False
    return secrets.compare_digest(hash_password(password, parts[2], int(parts[1])), password_hash.strip())


def check_name(name: str) -> str:
    if not NAME.match(name or ""):
        raise NeedleGuideError(f"account name {name!r}: use 1-40 letters, digits, dots or dashes")
    return name


def load_accounts(env: Mapping[str, str] = os.environ) -> Dict[str, Dict]:
    """{name: {"password_hash": ..., "admin": bool, "erase": bool}} from the file, then the environment."""
    accounts: Dict[str, Dict] = {}
    path = accounts_file(env)
    if path.exists():
        data = yaml.safe_load(path.read_text()) or {}
        if not isinstance(data, dict):
            raise NeedleGuideError(f"{path}: expected `name: {{password_hash: ..., admin: false}}` entries")
        for name, entry in data.items():
            entry = entry or {}
            if not isinstance(entry, dict) or not str(entry.get("password_hash") or "").startswith(
                "pbkdf2_sha256$"
            ):
                raise NeedleGuideError(
                    f"{path}: account {name!r} has no valid password_hash "
                    f"(set one with: python -m bot review add-user {name})"
                )
            accounts[check_name(str(name))] = {
                "password_hash": entry["password_hash"],
                "admin": bool(entry.get("admin")),
                "erase": bool(entry.get("erase")),
            }
    for key, value in env.items():
        if key.startswith(ENV_PREFIX) and value.strip():
            name = key[len(ENV_PREFIX) :].lower()
            accounts[check_name(name)] = {
                "password_hash": value.strip(),
                "admin": accounts.get(name, {}).get("admin", False),
                "erase": accounts.get(name, {}).get("erase", False),
            }
    admins = {a.strip().lower() for a in (env.get("NEEDLE_REVIEW_ADMINS") or "").split(",") if a.strip()}
    erasers = {a.strip().lower() for a in (env.get("NEEDLE_REVIEW_ERASERS") or "").split(",") if a.strip()}
    for name in accounts:
        if name.lower() in admins:
            accounts[name]["admin"] = True
        if name.lower() in erasers:
            accounts[name]["erase"] = True
    return accounts


def add_user(
    name: str, password: str, admin: bool = False, path: Optional[Path] = None, erase: bool = False
) -> Path:
    """Add or replace an account in the accounts file (created readable only by its owner)."""
    check_name(name)
    if len(password) < MIN_PASSWORD:
        raise NeedleGuideError(f"password too short: use at least {MIN_PASSWORD} characters")
    path = Path(path or accounts_file())
    data = (yaml.safe_load(path.read_text()) if path.exists() else None) or {}
    data[name] = {"password_hash": hash_password(password), "admin": bool(admin), "erase": bool(erase)}
    path.parent.mkdir(parents=True, exist_ok=True)
    header = (
        "# Staff accounts for the review interface (make review). Not in git: it is private.\n"
        "# Add or change one with: .venv/bin/python -m bot review add-user NAME [--admin] [--erase]\n"
    )
    write_accounts(path, header + yaml.safe_dump(data, sort_keys=True))
    return path


def write_accounts(path: Path, text: str) -> None:
    """Replace the accounts file atomically, readable only by its owner."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(str(tmp), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
