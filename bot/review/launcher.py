"""Start the staff review interface: Datasette (from .venv-review) over logs.db.

Datasette runs in its own virtual environment because its dependencies (click, uvicorn,
janus, ...) clash with Rasa's pins. This module, run from the main venv, prepares
everything Datasette needs: the review database with its schema, the metadata (canned
queries, facets, permissions from review/datasette.yaml, plus the staff-session settings),
and a secret for Datasette's signed cookies kept in var/review/ (beside logs.db). Staff log
in through the plugin in review/plugins/ (bot/review/sessions.py), which reads the accounts
file itself on every change, so removing an account or changing a password applies at once.
"""

import json
import os
import secrets
import subprocess
from pathlib import Path
from typing import Dict, List, Mapping, Optional, Tuple

import yaml

from bot import PROJECT_ROOT, settings
from bot.errors import NeedleGuideError
from bot.review import logs_db_path
from bot.review.accounts import accounts_file, load_accounts
from bot.review.sessions import parse_duration
from bot.review.store import connect, domain_intents, ensure_schema

REVIEW_VENV = PROJECT_ROOT / ".venv-review"
METADATA_TEMPLATE = PROJECT_ROOT / "review" / "datasette.yaml"
PLUGINS_DIR = PROJECT_ROOT / "review" / "plugins"
SESSIONS_PLUGIN = "needle-staff-sessions"


def datasette_bin() -> Path:
    exe = REVIEW_VENV / "bin" / "datasette"
    if not exe.exists():
        raise NeedleGuideError(f"{exe} is missing: run `make review` (it creates .venv-review)")
    return exe


def build_metadata(db_name: str, state_dir: Path, env: Mapping[str, str] = os.environ) -> Dict:
    """Datasette metadata: review/datasette.yaml for this database, with the session settings.

    NEEDLE_REVIEW_IDLE_TIMEOUT (e.g. 8h, 30m) and NEEDLE_REVIEW_SECURE_COOKIES (auto, always,
    never) override the file. No password hash is written here: the plugin reads the accounts.
    """
    meta = yaml.safe_load(METADATA_TEMPLATE.read_text())
    databases = meta.get("databases") or {}
    if "logs" in databases and db_name != "logs":
        databases[db_name] = databases.pop("logs")
    plugins = meta.setdefault("plugins", {})
    settings = dict(plugins.get(SESSIONS_PLUGIN) or {})
    idle = env.get("NEEDLE_REVIEW_IDLE_TIMEOUT") or settings.get("idle_timeout") or "8h"
    settings["idle_timeout"] = parse_duration(idle)
    settings["login_window"] = parse_duration(settings.get("login_window") or "5m")
    settings["login_failures"] = int(settings.get("login_failures") or 5)
    settings["secure_cookies"] = str(
        env.get("NEEDLE_REVIEW_SECURE_COOKIES") or settings.get("secure_cookies") or "auto"
    ).lower()
    if settings["secure_cookies"] not in ("auto", "always", "never", "1", "0", "true", "false"):
        raise NeedleGuideError(
            f"NEEDLE_REVIEW_SECURE_COOKIES={settings['secure_cookies']!r}: use auto, always or never"
        )
    settings["sessions_db"] = str(state_dir / "sessions.db")
    settings["access_log"] = str(state_dir / "access.log")
    plugins[SESSIONS_PLUGIN] = settings
    return meta


def cookie_secret(state_dir: Path) -> str:
    """DATASETTE_SECRET, or one kept in var/review/secret so logins survive a restart."""
    if os.environ.get("DATASETTE_SECRET"):
        return os.environ["DATASETTE_SECRET"]
    path = state_dir / "secret"
    if not path.exists():
        state_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(str(path), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_hex(32))
    return path.read_text().strip()


def prepare(
    logs_db: Optional[Path] = None,
    port: int = 8001,
    host: str = "127.0.0.1",
    state_dir: Optional[Path] = None,
) -> Tuple[List[str], Dict[str, str]]:
    """The command line and environment that start Datasette; raises if no account exists."""
    accounts = load_accounts()
    if not accounts:
        raise NeedleGuideError(
            f"no staff accounts: add one with `.venv/bin/python -m bot review add-user NAME` "
            f"(kept in {accounts_file()}) or set NEEDLE_REVIEW_PASSWORD_HASH_<NAME>"
        )
    db_path = Path(logs_db or logs_db_path()).resolve()
    state_dir = Path(state_dir or db_path.parent / "review")  # var/review beside var/logs.db
    if settings.postgres() is not None:  # make cluster: the turns are in PostgreSQL
        from bot.review.pg_refresh import refresh

        print(f"Review log: {refresh(db_path)} turns copied from PostgreSQL into {db_path}", flush=True)
    db = connect(db_path)
    try:
        ensure_schema(db, intents=domain_intents())
    finally:
        db.close()
    state_dir.mkdir(parents=True, exist_ok=True)
    meta = build_metadata(db_path.stem, state_dir.resolve())
    meta_path = state_dir / "metadata.json"
    meta_path.write_text(json.dumps(meta, indent=2))
    env = dict(os.environ)
    env["NEEDLE_REVIEW_ACCOUNTS"] = str(accounts_file().resolve())  # the plugin re-reads this file
    env["DATASETTE_SECRET"] = cookie_secret(state_dir)
    # erasure and export from the review interface reach the other stores from here, and the
    # audit log lives beside the sessions (bot/privacy: stores)
    env["NEEDLE_LOGS_DB"] = str(db_path)
    env.setdefault("NEEDLE_AUDIT_DB", str(state_dir.resolve() / "audit.db"))
    cmd = [
        str(datasette_bin()),
        "serve",
        str(db_path),
        "--metadata",
        str(meta_path),
        "--plugins-dir",
        str(PLUGINS_DIR),
        "--host",
        host,
        "--port",
        str(port),
        "--setting",
        "allow_download",
        "off",
        "--setting",
        "sql_time_limit_ms",
        "3000",
    ]
    return cmd, env


def serve(logs_db: Optional[Path] = None, port: int = 8001, host: str = "127.0.0.1") -> int:
    cmd, env = prepare(logs_db, port, host)
    print(f"Staff review: http://{host}:{port}/-/login (Ctrl-C stops it)", flush=True)
    try:
        return subprocess.call(cmd, env=env, cwd=PROJECT_ROOT)
    except KeyboardInterrupt:
        return 130
