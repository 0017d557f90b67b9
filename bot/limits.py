"""Bounded work per message: what every channel checks before a message reaches the NLU.

One flood, or one huge message, must not slow down the other patients. Channels call
`default_limits().check(sender, address, text)` first; when it names a reason, they send
`refusal(reason)` (a short text and the reply contract) and never hand the message on.

- rate_limited: a token bucket per conversation (NEEDLE_RATE_SENDER, default 20 messages
  per 60 s) and per client address (NEEDLE_RATE_ADDRESS, default 60 per 60 s), written
  "messages/seconds"; "0" turns one off. A person typing never gets near either.
  Loopback callers (127.0.0.1, ::1: tests, `make eval`, `make bench`, the terminal chat)
  are not limited unless NEEDLE_RATE_LOOPBACK=1: behind a reverse proxy on the same host,
  tell Rasa the real client address (SANIC_PROXIES_COUNT=1 or SANIC_REAL_IP_HEADER) so
  patients are told apart and limited.
- too_long: more than NEEDLE_MAX_MESSAGE_CHARS characters (default 20,000) is refused
  outright; anything shorter is cut by the NLU guards (bot/nlu/safety.py) before the pipeline.

The same replies serve Rasa itself when a turn cannot be answered (`unavailable`,
`no_reply`, see bot/rasa_patches.py): always a text with the clinic's phone, never nothing.
"""

import ipaddress
import logging
import os
import threading
import time
from collections import OrderedDict
from typing import Any, Callable, Dict, List, Optional, Tuple

from bot import contract

logger = logging.getLogger(__name__)

MAX_SENDER_CHARS = 128
DEFAULT_MAX_MESSAGE_CHARS = 20_000
DEFAULT_MAX_REQUEST_BYTES = 256 * 1024  # a 20,000-character message fits even fully \u-escaped
DEFAULT_SENDER_RATE = "20/60"
DEFAULT_ADDRESS_RATE = "60/60"
MAX_KEYS = 50_000  # buckets kept; the least recently used go first

RATE_LIMITED = "rate_limited"
TOO_LONG = "too_long"
UNAVAILABLE = "unavailable"  # the action server can't be reached (or timed out)
NO_REPLY = "no_reply"  # the turn produced no reply at all


def _int_env(name: str, default: int) -> int:
    try:
        value = int(os.environ.get(name) or default)
    except ValueError:
        logger.error("%s=%r is not a whole number; using %s", name, os.environ.get(name), default)
        return default
    return value if value > 0 else default


def max_message_chars() -> int:
    return _int_env("NEEDLE_MAX_MESSAGE_CHARS", DEFAULT_MAX_MESSAGE_CHARS)


def max_request_bytes() -> int:
    return _int_env("NEEDLE_MAX_REQUEST_BYTES", DEFAULT_MAX_REQUEST_BYTES)


def parse_rate(text: str) -> Optional[Tuple[int, float]]:
    """ "20/60" -> (20, 60.0): 20 messages per 60 seconds; "0", "" or "off" -> None (no limit)."""
    text = (text or "").strip().lower()
    if text in ("", "0", "off", "none"):
        return None
    count, _, seconds = text.partition("/")
    n, s = int(count), float(seconds or 60)
    if n <= 0 or s <= 0:
        raise ValueError(f"a rate needs a positive count and period, like 20/60: {text!r}")
    return n, s


def _rate_env(name: str, default: str) -> Optional[Tuple[int, float]]:
    raw = os.environ.get(name)
    try:
        return parse_rate(default if raw is None else raw)
    except ValueError:
        logger.error("%s=%r is not a rate like 20/60; using %s", name, raw, default)
        return parse_rate(default)


class RateLimiter:
    """A token bucket per key: `capacity` messages at once, refilled at capacity/period."""

    def __init__(
        self,
        capacity: int,
        period: float,
        max_keys: int = MAX_KEYS,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.capacity, self.rate = float(capacity), capacity / period
        self.max_keys, self.clock = max_keys, clock
        self._buckets: "OrderedDict[str, Tuple[float, float]]" = OrderedDict()  # key -> (tokens, time)
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        """Take one token for `key`; False when its bucket is empty (nothing is taken)."""
        now = self.clock()
        with self._lock:
            tokens, then = self._buckets.pop(key, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - then) * self.rate)
            allowed = tokens >= 1.0
            self._buckets[key] = (tokens - 1.0 if allowed else tokens, now)
            while len(self._buckets) > self.max_keys:
                self._buckets.popitem(last=False)
            return allowed


def is_loopback(address: Optional[str]) -> bool:
    try:
        return ipaddress.ip_address((address or "").strip("[]")).is_loopback
    except ValueError:
        return False


def client_address(request: Any) -> str:
    """A Sanic request's client address: the one a proxy reports when Sanic is told about
    proxies (SANIC_PROXIES_COUNT, SANIC_REAL_IP_HEADER), else the socket's. For socket.io,
    pass `sio.get_environ(sid, namespace)["sanic.request"]` (its REMOTE_ADDR is always
    127.0.0.1)."""
    if request is None:
        return ""
    return getattr(request, "remote_addr", "") or getattr(request, "ip", "") or ""


class MessageLimits:
    """The checks a channel runs on each incoming message, before anything else."""

    def __init__(
        self,
        sender_rate: Optional[Tuple[int, float]],
        address_rate: Optional[Tuple[int, float]],
        max_chars: int = DEFAULT_MAX_MESSAGE_CHARS,
        limit_loopback: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.senders = RateLimiter(*sender_rate, clock=clock) if sender_rate else None
        self.addresses = RateLimiter(*address_rate, clock=clock) if address_rate else None
        self.max_chars, self.limit_loopback = max_chars, limit_loopback

    @classmethod
    def from_env(cls) -> "MessageLimits":
        return cls(
            _rate_env("NEEDLE_RATE_SENDER", DEFAULT_SENDER_RATE),
            _rate_env("NEEDLE_RATE_ADDRESS", DEFAULT_ADDRESS_RATE),
            max_message_chars(),
            os.environ.get("NEEDLE_RATE_LOOPBACK", "") in ("1", "true", "yes"),
        )

    def check(self, sender: str, address: Optional[str], text: Any) -> Optional[str]:
        """RATE_LIMITED, TOO_LONG or None (go ahead). Every message counts towards the rate,
        refused ones too, so a flood of long messages is throttled like any other."""
        if self.limit_loopback or not is_loopback(address):
            # both buckets are charged (no short-circuit): a flood under many senders still
            # empties its address's bucket
            by_address = self.addresses.allow(address or "?") if self.addresses else True
            by_sender = self.senders.allow(sender) if self.senders else True
            if not (by_address and by_sender):
                logger.warning(
                    "rate limit: message from %s refused (%s)", address, "sender" if by_address else "address"
                )
                return RATE_LIMITED
        if isinstance(text, str) and len(text) > self.max_chars:
            logger.warning(
                "a message of %d characters from %s was refused (limit %d)",
                len(text),
                address,
                self.max_chars,
            )
            return TOO_LONG
        return None


_default: Optional[MessageLimits] = None
_default_lock = threading.Lock()


def default_limits() -> MessageLimits:
    """The process's limits, from the environment, shared by every channel (so a patient
    can't double their rate by using two)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = MessageLimits.from_env()
        return _default


# ---------------------------------------------------------------- what the patient is told

FALLBACK_EMERGENCY = "911"


def _clinic_contact(lang: str = "en") -> Tuple[str, str, str]:
    """(name, phone, emergency number) of the clinic; never raises: these replies are what
    is left when something else has failed."""
    try:
        from bot.clinic import load_clinic

        c = load_clinic()
        return c.name_in(lang), c.phone, c.emergency_number or FALLBACK_EMERGENCY
    except Exception:  # noqa: BLE001 - a broken clinic.yml must not silence the apology
        logger.exception("clinic.yml could not be read for a fallback reply")
        return ("la clinique" if lang == "fr" else "the clinic"), "", FALLBACK_EMERGENCY


_TEXTS = {
    "en": {
        RATE_LIMITED: "You're sending messages very quickly. Please wait a moment, then ask again.",
        TOO_LONG: "That message is too long for me to read. Please ask one short question at a time.",
        UNAVAILABLE: "One moment - I can't answer right now. Please try again in a minute.",
        NO_REPLY: "Sorry, I couldn't answer that just now. Please try again in a minute.",
        "call": " Or call {name} at {phone}.",
        "call_no_phone": " Or call {name}.",
        "safety": "If this is an emergency, call {number} now.",
    },
    "fr": {
        RATE_LIMITED: "Vous envoyez des messages très vite. Attendez un instant, puis posez votre question.",
        TOO_LONG: "Ce message est trop long pour moi. Posez une courte question à la fois, s'il vous plaît.",
        UNAVAILABLE: "Un instant : je ne peux pas répondre pour le moment. Réessayez dans une minute.",
        NO_REPLY: "Désolé, je n'ai pas pu répondre. Réessayez dans une minute.",
        "call": " Ou appelez {name} au {phone}.",
        "call_no_phone": " Ou appelez {name}.",
        "safety": "En cas d'urgence, appelez le {number} maintenant.",
    },
}
_RULES = {
    RATE_LIMITED: "rate_limited",
    TOO_LONG: "too_long",
    UNAVAILABLE: "action_server_down",
    NO_REPLY: "no_reply",
}


RED_FLAG_SCAN_CHARS = 500  # of a refused message; red_flag() costs about 5 ms per 1,000 characters


def refusal_language(lang: Any = None, text: Optional[str] = None) -> str:
    """The language of a refusal: the one the channel named, else the refused message's if it
    is clearly French, else English. Never raises."""
    try:
        from bot.nlu.language import detect, normalise_language

        return normalise_language(lang) or (detect(text[:RED_FLAG_SCAN_CHARS]) if text else None) or "en"
    except Exception:  # noqa: BLE001 - a refusal must always go out
        return "en"


def emergency_reply_for(
    text: str, category: Optional[str] = None, rule: str = "red_flag", lang: str = "en"
) -> Optional[List[Dict[str, Any]]]:
    """The emergency reply (actions/emergency_reply.py: the numbers first, built-in ones when
    clinic.yml is unusable) as bot messages, when `category` ("medical", "self_harm") is given
    or the start of `text` holds a red-flag phrase; else None."""
    try:
        if not category:
            from bot.nlu.safety import red_flag

            category = red_flag((text or "")[:RED_FLAG_SCAN_CHARS])
        if not category:
            return None
        from actions.emergency_reply import emergency_reply

        texts, reply = emergency_reply(category, False, lang, rule=rule)
        return [{"text": t} for t in texts] + [{"custom": reply}]
    except Exception:  # noqa: BLE001 - the caller's own reply (with its emergency note) goes out
        logger.exception("the emergency reply could not be built here")
        return None


def refusal(
    reason: str, rule: Optional[str] = None, text: Optional[str] = None, lang: Any = None
) -> List[Dict[str, Any]]:
    """The bot messages for `reason` (RATE_LIMITED, TOO_LONG, UNAVAILABLE, NO_REPLY): one text
    naming the clinic's phone, then the reply contract as {"custom": {...}} (kind fallback,
    with a safety note that channels show under the text), in `lang` (the conversation's, from
    the channel's metadata; else the refused message's if clearly French; else English).
    Given the refused message's `text`, an emergency in it gets the emergency reply instead:
    never "wait a moment"."""
    lang = refusal_language(lang, text)
    if text and reason in (RATE_LIMITED, TOO_LONG):
        emergency_messages = emergency_reply_for(text, rule=f"red_flag_{reason}", lang=lang)
        if emergency_messages:
            return emergency_messages
    name, phone, emergency = _clinic_contact(lang)
    words = _TEXTS[lang]
    call = words["call"].format(name=name, phone=phone) if phone else words["call_no_phone"].format(name=name)
    refused = contract.fallback(
        reason=UNAVAILABLE if reason == NO_REPLY else reason,
        rule=rule or _RULES[reason],
        lang=lang,
        phone=phone,
        safety_note=words["safety"].format(number=emergency),
    )
    return [{"text": words[reason] + call}, {"custom": refused}]
