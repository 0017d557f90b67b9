"""Patients' rights over their conversations (issue 15): erase on request, export on
request, and a short reference a patient can quote instead of a phone number.

Everything here uses the standard library only: the review interface (Datasette, in its own
virtual environment) erases and exports with the same functions as the command line, the
widget's page server and the tracker store.

Where a conversation lives (`Stores`):
- the tracker store, var/tracker.db (`events` by sender_id) and its journal of queued writes
  (`tracker.db.pending*`);
- the review log, var/logs.db (`turns` and their full-text index, `labels`, `feedback`,
  `delivery_failures`) and its journal (`logs.db.pending*`);
- the messaging apps' var/channels.db (`offered_options`, `reply_addresses`).
With make cluster (NEEDLE_PG_* set) the same tables are in the shared PostgreSQL too
(bot/privacy/erase.py deletes there; it then needs SQLAlchemy, as the tracker store does).
The audit log (bot/review/audit.py) is kept apart, in var/review/audit.db.
"""

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from bot import settings

VAR = settings.VAR_DIR
# Crockford's base 32 (no I, L, O or U: nothing to misread): 8 characters carry 40 bits,
# plenty to name one conversation among a clinic's, and easy to read out on the phone.
REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
REFERENCE_LENGTH = 8
REFERENCE_PATTERN = re.compile(rf"^[{REFERENCE_ALPHABET}]{{{REFERENCE_LENGTH}}}$")


_MISREAD = str.maketrans("OILU", "011V")


@dataclass
class Stores:
    tracker: Path
    logs: Path
    channels: Path
    audit: Path


def stores(env: Mapping[str, str] = os.environ) -> Stores:
    """The files of this installation (the same variables the servers use)."""
    logs = settings.logs_db(env).resolve()
    beside = (
        logs.with_name(logs.name.replace("logs", "tracker")) if "logs" in logs.name else VAR / "tracker.db"
    )
    tracker = settings.tracker_db(env, default=beside).resolve()
    channels = settings.channel_db(env).resolve()
    audit = settings.audit_db(logs, env).resolve()
    return Stores(tracker, logs, channels, audit)


def reference(conversation_id: str) -> str:
    """The conversation's short reference ("K7QM2RTD"): derived from its id, so nothing
    needs storing; it names the conversation without revealing its id or a number."""
    digest = hashlib.sha256(b"needle-reference:" + str(conversation_id).encode("utf-8")).digest()
    value = int.from_bytes(digest[:5], "big")
    chars = []
    for _ in range(REFERENCE_LENGTH):
        value, i = divmod(value, 32)
        chars.append(REFERENCE_ALPHABET[i])
    return "".join(chars)


def normalise_reference(text: str) -> str:
    """What a patient reads out or types ("k7qm-2rtd") as the stored form, or "" if it is not one."""
    value = re.sub(r"[\s-]", "", str(text or "")).upper().translate(_MISREAD)
    return value if REFERENCE_PATTERN.match(value) else ""
