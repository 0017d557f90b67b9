"""The widget's session tokens, without Rasa: an HMAC of the session id under the server's
session secret (NEEDLE_SESSION_SECRET, else var/session_secret, generated once).

The socket.io channel (bot/channels/socketio.py) issues and checks them; the widget's page
server (bot/web.py) checks them too, so a patient can download or erase their own
conversation there, and nobody can with a bare session id.
"""

import base64
import hashlib
import hmac
import logging
import os
import secrets
from pathlib import Path
from typing import Any, Mapping

from bot import settings

logger = logging.getLogger(__name__)

SECRET_FILE = settings.SESSION_SECRET_FILE
MAX_ID = 100


def session_secret(env: Mapping[str, str] = os.environ, path: Path = SECRET_FILE) -> bytes:
    """The key that signs session tokens: NEEDLE_SESSION_SECRET, else a random one kept
    (owner-only) in var/session_secret so sessions survive a restart."""
    value = settings.value("NEEDLE_SESSION_SECRET", env)
    if value:
        return value.encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        stored = path.read_text(encoding="utf-8").strip()
        if len(stored) >= 32:
            return stored.encode()
        logger.warning(f"{path} is too short to be a session secret: a new one replaces it")
        path.unlink()
        return session_secret(env, path)
    value = secrets.token_urlsafe(32)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(value + "\n")
    return value.encode()


def token(secret: bytes, session_id: str) -> str:
    mac = hmac.new(secret, b"needle-session:" + session_id.encode(), hashlib.sha256)
    return base64.urlsafe_b64encode(mac.digest()).decode().rstrip("=")


def valid(secret: bytes, session_id: Any, proof: Any) -> bool:
    """Does `proof` prove ownership of `session_id`? (constant-time comparison)"""
    if not isinstance(session_id, str) or not isinstance(proof, str):
        return False
    if not session_id or len(session_id) > MAX_ID or len(proof) > MAX_ID:
        return False
    return hmac.compare_digest(token(secret, session_id), proof)
