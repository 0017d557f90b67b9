"""Every NEEDLE_* environment variable, and every file under var/, in one place.

`VARIABLES` lists each variable with its default and what it changes
(tests/unit/test_settings.py fails when the code reads one that is not listed). The files
and connections several processes must agree on (the databases, the keys, the clinic file,
PostgreSQL) are resolved here, by functions rather than module constants: `bot serve`, the
tests and the evaluation set these variables for child processes and after import, and each
call reads the environment as it is then (or the mapping it is given). The tuning knobs
(rates, limits, retries, log rotation) are parsed beside the code they tune, with their own
checks, from the names listed here.

Nothing here imports the rest of the project, so every process can use it.
"""

import os
from pathlib import Path
from typing import Dict, Mapping, Optional

PROJECT_ROOT = Path(__file__).resolve().parent.parent
VAR_DIR = PROJECT_ROOT / "var"  # everything a running assistant writes (private: bot/ops/serve.py)
MODELS_DIR = PROJECT_ROOT / "models"
LOG_DIR = VAR_DIR / "logs"
DEFAULT_TRACKER_DB = VAR_DIR / "tracker.db"
DEFAULT_LOGS_DB = VAR_DIR / "logs.db"
DEFAULT_CHANNEL_DB = VAR_DIR / "channels.db"
SESSION_SECRET_FILE = VAR_DIR / "session_secret"
PSEUDONYM_KEY_FILE = VAR_DIR / "keys" / "pseudonym.key"
CLUSTER_DIR = VAR_DIR / "cluster"
DEFAULT_CLINIC = PROJECT_ROOT / "clinic.yml"
DEFAULT_ACCOUNTS = PROJECT_ROOT / "review" / "accounts.yml"

# name -> (default, what it changes). The default is what the code uses when it is unset.
VARIABLES: Dict[str, tuple] = {
    # files and connections
    "NEEDLE_TRACKER_DB": ("var/tracker.db", "the SQLite tracker store (endpoints.yml)"),
    "NEEDLE_LOGS_DB": ("var/logs.db", "the staff review database every turn is copied to"),
    "NEEDLE_CHANNEL_DB": (
        "var/channels.db",
        "messaging apps: offered follow-ups, reply addresses, deliveries",
    ),
    "NEEDLE_AUDIT_DB": ("review/audit.db beside the review database", "the staff audit log"),
    "NEEDLE_KB_DB": ("build/knowledge.db", "the built knowledge base (bot/knowledge)"),
    "NEEDLE_CLINIC": ("clinic.yml", "the clinic file"),
    "NEEDLE_ACTION_URL": ("http://127.0.0.1:5055/webhook", "the action server's webhook (endpoints.yml)"),
    "NEEDLE_SESSION_SECRET": ("var/session_secret, generated once", "signs the widget's session tokens"),
    "NEEDLE_PSEUDONYM_KEY": ("the key file", "the key that turns phone numbers and chat ids into pseudonyms"),
    "NEEDLE_PSEUDONYM_KEY_FILE": ("var/keys/pseudonym.key", "where that key is kept when not given"),
    "NEEDLE_MODEL_TOKEN": (
        "unset: no model swap route",
        "bot serve's token for swapping the model (bot/model_swap.py)",
    ),
    "NEEDLE_PG_HOST": (
        "unset: SQLite",
        "make cluster's PostgreSQL (tracker store, review log, shared channel tables)",
    ),
    "NEEDLE_PG_PORT": ("5432", "its port"),
    "NEEDLE_PG_DB": ("needle", "its database"),
    "NEEDLE_PG_USER": ("needle", "its user"),
    "NEEDLE_PG_PASSWORD": ("generated into var/cluster/secrets.env", "its password"),
    "NEEDLE_REDIS_HOST": ("set by make cluster", "the lock store (deploy/cluster/endpoints.yml)"),
    "NEEDLE_REDIS_PORT": ("set by make cluster", "its port"),
    "NEEDLE_REDIS_PASSWORD": ("generated into var/cluster/secrets.env", "its password"),
    "NEEDLE_CLUSTER_WEB_PORT": ("5081", "make cluster's demo page"),
    # patients' messages
    "NEEDLE_MAX_MESSAGE_CHARS": ("20000", "a longer message is refused politely (bot/limits.py)"),
    "NEEDLE_MAX_REQUEST_BYTES": ("262144", "a larger request body gets a 413 (bot/limits.py)"),
    "NEEDLE_RATE_SENDER": ("20/60", "messages per conversation per seconds (bot/limits.py)"),
    "NEEDLE_RATE_ADDRESS": ("60/60", "messages per client address per seconds (bot/limits.py)"),
    "NEEDLE_RATE_LOOPBACK": ("off", "1: rate-limit 127.0.0.1 too (behind a proxy on the same host)"),
    "NEEDLE_RATE_FEEDBACK": ("30/60", "the widget's feedback posts per address (bot/web.py)"),
    "NEEDLE_EXTRA_ORIGINS": ("none", "websites allowed besides clinic.yml's allowed_origins"),
    "NEEDLE_FRAME_ANCESTORS": ("'self'", "who may frame the widget page (bot/web.py)"),
    # messaging apps
    "NEEDLE_DELIVERY_ATTEMPTS": ("7", "tries per reply to a messaging app"),
    "NEEDLE_DELIVERY_BACKOFF": ("1", "first wait between tries, seconds"),
    "NEEDLE_DELIVERY_MAX_BACKOFF": ("30", "longest wait between tries, seconds"),
    "NEEDLE_DELIVERY_TTL_HOURS": ("48", "how long a handled delivery id is remembered"),
    # staff review, retention, logs
    "NEEDLE_REVIEW_ACCOUNTS": ("review/accounts.yml", "the staff accounts file"),
    "NEEDLE_REVIEW_PASSWORD_HASH_": ("none", "prefix: NEEDLE_REVIEW_PASSWORD_HASH_<NAME> adds an account"),
    "NEEDLE_REVIEW_ADMINS": ("none", "accounts that may also run SQL"),
    "NEEDLE_REVIEW_ERASERS": ("none", "accounts that may erase a patient's conversations"),
    "NEEDLE_REVIEW_IDLE_TIMEOUT": ("8h", "a staff session ends after this long unused"),
    "NEEDLE_REVIEW_SECURE_COOKIES": ("auto", "auto, always or never"),
    "NEEDLE_AUDIT_RETENTION_DAYS": ("2192 (6 years)", "how long audit entries are kept"),
    "NEEDLE_PURGE_INTERVAL": ("24h", "time between scheduled purges of old conversations"),
    "NEEDLE_LOG_MAX_BYTES": ("10 MB", "a server log this big is rotated"),
    "NEEDLE_LOG_KEEP": ("14", "rotated files kept per log"),
    # benchmark and tests
    "NEEDLE_STOCK_REST": ("off", "the benchmark's stock Rasa: Rasa's own REST channel"),
    "NEEDLE_BENCH_CASES": ("tests/conversations", "case folders bench/load.py sends"),
    "NEEDLE_CHROMIUM": (
        "chromium on PATH",
        "the Chromium the staff dashboard prints its PDF with (review/plugins)",
    ),
    "NEEDLE_CLUSTER_MODEL": ("the trained model", "the model tests/cluster starts its servers with"),
}


def _env(env: Optional[Mapping[str, str]]) -> Mapping[str, str]:
    return os.environ if env is None else env


def value(name: str, env: Optional[Mapping[str, str]] = None, strip: bool = True) -> str:
    """The variable ("" when unset), stripped unless told; `env` defaults to the environment
    as it is now."""
    if name not in VARIABLES:
        raise KeyError(f"{name} is not a setting: add it to bot/settings.py VARIABLES")
    raw = _env(env).get(name) or ""
    return raw.strip() if strip else raw


def _path(name: str, default: Path, env: Optional[Mapping[str, str]]) -> Path:
    return Path(value(name, env) or default)


def tracker_db(env: Optional[Mapping[str, str]] = None, default: Path = DEFAULT_TRACKER_DB) -> Path:
    return _path("NEEDLE_TRACKER_DB", default, env)


def logs_db(env: Optional[Mapping[str, str]] = None) -> Path:
    return _path("NEEDLE_LOGS_DB", DEFAULT_LOGS_DB, env)


def channel_db(env: Optional[Mapping[str, str]] = None) -> Path:
    return _path("NEEDLE_CHANNEL_DB", DEFAULT_CHANNEL_DB, env)


def audit_db(logs: Path, env: Optional[Mapping[str, str]] = None) -> Path:
    """The audit log: NEEDLE_AUDIT_DB, else review/audit.db beside the review database."""
    return _path("NEEDLE_AUDIT_DB", Path(logs).parent / "review" / "audit.db", env)


def clinic_file(env: Optional[Mapping[str, str]] = None) -> Path:
    return _path("NEEDLE_CLINIC", DEFAULT_CLINIC, env)


def review_accounts(env: Optional[Mapping[str, str]] = None) -> Path:
    return _path("NEEDLE_REVIEW_ACCOUNTS", DEFAULT_ACCOUNTS, env)


def pseudonym_key_file(env: Optional[Mapping[str, str]] = None) -> Path:
    return _path("NEEDLE_PSEUDONYM_KEY_FILE", PSEUDONYM_KEY_FILE, env)


def postgres(env: Optional[Mapping[str, str]] = None) -> Optional[Dict[str, object]]:
    """make cluster's PostgreSQL (NEEDLE_PG_*), or None on a single machine (SQLite)."""

    def raw(name: str) -> str:
        return value(name, env, strip=False)

    if not raw("NEEDLE_PG_HOST"):
        return None
    return {
        "host": raw("NEEDLE_PG_HOST"),
        "port": int(raw("NEEDLE_PG_PORT") or 5432),
        "database": raw("NEEDLE_PG_DB") or "needle",
        "username": raw("NEEDLE_PG_USER") or "needle",
        "password": raw("NEEDLE_PG_PASSWORD") or None,
    }
