"""The channels Rasa runs, built from the environment at start-up.

credentials.yml holds the always-on channels (REST, socket.io). Telegram and Twilio are
added only when their variables are set, so an unconfigured clinic starts with neither and
no `${VAR}` is ever left for Rasa to choke on. `Servers` writes the result to a private
file next to its logs (var/credentials.yml) and passes that to `rasa run`.

Telegram never runs open: without TELEGRAM_SECRET_TOKEN the channel generates a secret at
start-up and keeps it in var/telegram-secret (owner-only), so a restart registers the same one.
"""

import os
import re
import secrets
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional

import yaml

from bot import PROJECT_ROOT, settings

BASE_CREDENTIALS = PROJECT_ROOT / "credentials.yml"
TELEGRAM_CLASS = "bot.channels.telegram.ClinicTelegramInput"
TWILIO_CLASS = "bot.channels.twilio.ClinicTwilioInput"
DEFAULT_OPTIONS_DB = settings.DEFAULT_CHANNEL_DB
SECRET_FILE_NAME = "telegram-secret"  # beside channels.db
# What Telegram accepts as a webhook secret_token (setWebhook): 1-256 of A-Z a-z 0-9 _ -
TELEGRAM_SECRET_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,256}")

# Each channel's variables: (name, required, what it is). Shown by `make run` and the README.
TELEGRAM_VARS = (
    ("TELEGRAM_TOKEN", True, "the bot token from BotFather"),
    ("TELEGRAM_WEBHOOK_URL", False, "public https URL of /webhooks/telegram/webhook; registered at start-up"),
    (
        "TELEGRAM_SECRET_TOKEN",
        False,
        "secret Telegram sends in X-Telegram-Bot-Api-Secret-Token "
        "(A-Z a-z 0-9 _ -; generated and kept in var/ if unset)",
    ),
    ("TELEGRAM_API_URL", False, "Bot API server (default https://api.telegram.org)"),
    ("TELEGRAM_MAX_CHARS", False, "longest message part (default 4096)"),
)
TWILIO_VARS = (
    ("TWILIO_ACCOUNT_SID", True, "Account SID from the Twilio console"),
    ("TWILIO_AUTH_TOKEN", True, "Auth token from the Twilio console (also checks webhook signatures)"),
    ("TWILIO_WEBHOOK_URL", True, "public https URL of /webhooks/twilio/webhook, exactly as set in Twilio"),
    ("TWILIO_SMS_NUMBER", False, "the clinic's Twilio phone number, e.g. +16045550100 (turns SMS on)"),
    ("TWILIO_WHATSAPP_NUMBER", False, "the WhatsApp sender, e.g. +14155238886 (turns WhatsApp on)"),
    ("TWILIO_API_URL", False, "REST API base (default https://api.twilio.com)"),
    ("TWILIO_SMS_MAX_CHARS", False, "longest SMS part (default 1600)"),
    ("TWILIO_WHATSAPP_MAX_CHARS", False, "longest WhatsApp part (default 1600)"),
)


def env_text(env: Mapping[str, str], name: str) -> str:
    return (env.get(name) or "").strip()


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    try:
        value = int(env_text(env, name) or default)
    except ValueError:
        return default
    return value if value >= 20 else default


def options_db(env: Mapping[str, str]) -> str:
    return str(settings.channel_db(env).resolve())


def secret_file(env: Mapping[str, str]) -> str:
    """Where a generated Telegram secret is kept: beside the channel database."""
    return str(Path(options_db(env)).with_name(SECRET_FILE_NAME))


def load_or_create_secret(path: str) -> str:
    """The secret kept in `path`, or a new random one written there (mode 0600) first.
    Created exclusively, so two processes starting at once agree on one secret."""
    path_ = Path(path)
    path_.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path_, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        secret = path_.read_text(encoding="utf-8").strip()
        if TELEGRAM_SECRET_PATTERN.fullmatch(secret):
            return secret
        raise ValueError(
            f"{path_} does not hold a usable Telegram secret; delete it to get a new one"
        ) from None
    secret = secrets.token_urlsafe(32)  # 256 bits, only characters Telegram accepts
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(secret + "\n")
    return secret


def telegram_credentials(env: Mapping[str, str]) -> Optional[Dict[str, Any]]:
    if not env_text(env, "TELEGRAM_TOKEN"):
        return None
    return {
        "access_token": env_text(env, "TELEGRAM_TOKEN"),
        "webhook_url": env_text(env, "TELEGRAM_WEBHOOK_URL") or None,
        "secret_token": env_text(env, "TELEGRAM_SECRET_TOKEN") or None,
        "api_url": env_text(env, "TELEGRAM_API_URL") or "https://api.telegram.org",
        "max_chars": _int(env, "TELEGRAM_MAX_CHARS", 4096),
        "options_db": options_db(env),
        "secret_file": secret_file(env),
    }


def twilio_credentials(env: Mapping[str, str]) -> Optional[Dict[str, Any]]:
    if not all(env_text(env, name) for name, required, _ in TWILIO_VARS if required):
        return None
    if not (env_text(env, "TWILIO_SMS_NUMBER") or env_text(env, "TWILIO_WHATSAPP_NUMBER")):
        return None
    whatsapp = env_text(env, "TWILIO_WHATSAPP_NUMBER")
    return {
        "account_sid": env_text(env, "TWILIO_ACCOUNT_SID"),
        "auth_token": env_text(env, "TWILIO_AUTH_TOKEN"),
        "webhook_url": env_text(env, "TWILIO_WEBHOOK_URL"),
        "sms_number": env_text(env, "TWILIO_SMS_NUMBER") or None,
        "whatsapp_number": whatsapp[len("whatsapp:") :]
        if whatsapp.startswith("whatsapp:")
        else (whatsapp or None),
        "api_url": env_text(env, "TWILIO_API_URL") or None,
        "sms_max_chars": min(_int(env, "TWILIO_SMS_MAX_CHARS", 1600), 1600),
        "whatsapp_max_chars": min(_int(env, "TWILIO_WHATSAPP_MAX_CHARS", 1600), 1600),
        "options_db": options_db(env),
    }


def build_credentials(
    env: Optional[Mapping[str, str]] = None, base: Path = BASE_CREDENTIALS
) -> Dict[str, Any]:
    """credentials.yml's channels plus every messaging app configured in `env`."""
    env = os.environ if env is None else env
    creds = yaml.safe_load(base.read_text(encoding="utf-8")) or {}
    if env.get("NEEDLE_STOCK_REST"):  # the benchmark's stock Rasa: Rasa's own REST channel
        creds = {("rest" if "rest" in key.lower() else key): value for key, value in creds.items()}
    for key in [k for k in creds if "telegram" in k.lower() or "twilio" in k.lower()]:
        del creds[key]  # messaging apps come only from the environment
    telegram = telegram_credentials(env)
    if telegram:
        creds[TELEGRAM_CLASS] = telegram
    twilio = twilio_credentials(env)
    if twilio:
        creds[TWILIO_CLASS] = twilio
    return creds


def channel_summary(env: Optional[Mapping[str, str]] = None) -> List[str]:
    """One line per messaging app: on, or off and which variables would turn it on."""
    env = os.environ if env is None else env
    telegram, twilio = telegram_credentials(env), twilio_credentials(env)
    lines = []
    if telegram:
        secret = (
            "with secret token"
            if telegram["secret_token"]
            else f"secret token generated, kept in {telegram['secret_file']}"
        )
        lines.append(f"Telegram:  on  (/webhooks/telegram/webhook, {secret})")
    else:
        lines.append("Telegram:  off (set TELEGRAM_TOKEN, TELEGRAM_WEBHOOK_URL, TELEGRAM_SECRET_TOKEN)")
    for kind, key in (("SMS", "sms_number"), ("WhatsApp", "whatsapp_number")):
        if twilio and twilio[key]:
            lines.append(f"{kind + ':':10} on  (/webhooks/twilio/webhook, from {twilio[key]})")
        else:
            var = "TWILIO_SMS_NUMBER" if kind == "SMS" else "TWILIO_WHATSAPP_NUMBER"
            lines.append(
                f"{kind + ':':10} off (set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_WEBHOOK_URL, {var})"
            )
    return lines


def write_credentials(path: Path, env: Optional[Mapping[str, str]] = None) -> Path:
    """Write the credentials for `rasa run`; readable by the owner only (it holds tokens)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(
            "# Written by bot/channels/config.py at start-up from credentials.yml and the\n"
            "# environment. Do not edit: it is rewritten every start.\n"
        )
        yaml.safe_dump(build_credentials(env), f, sort_keys=False)
    os.chmod(path, 0o600)
    return path
