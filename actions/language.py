"""The language a conversation is answered in, decided afresh for every message.

In order: the channel's explicit choice in the message's metadata (`{"lang": "fr"}`: the
widget's toggle, an SMS keyword, Telegram's language_code) wins; else a message clearly in
the other language switches (the NLU says so in `needle_lang`: bot/nlu/language.py; an
emergency phrase names its own language); else the conversation keeps the language in its
`language` slot; else, for the first message of a conversation, a short message's hint
("bonjour", "salut!"); else clinic.yml `default_language`. (The slot is set only when the
language differs from the clinic's default, so an English conversation's "merci!" stays
English: it is not the first message.)
"""

import re
from typing import Any, Dict, Optional

from rasa_sdk import Tracker

from bot.nlu.language import (
    DEFAULT_LANGUAGE,
    ENGLISH_WORDS,
    FRENCH_WORDS,
    NEUTRAL,
    conversation_language,
    fold,
    normalise_language,
)
from bot.nlu.safety import red_flag_match

LANGUAGE_SLOT = "language"
SHORT_FOLLOW_UP = 4  # words, treatment names left out: a follow-up like "pis la RAMQ?"
DETECTED = "needle_lang"  # set by bot.nlu.components.InputCleaner
HINT = "needle_lang_hint"  # its weaker reading of a short message


def _latest_user_event(tracker: Tracker) -> Dict[str, Any]:
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            return event
    return {}


def message_metadata(tracker: Tracker) -> Dict[str, Any]:
    """The metadata the channel sent with the latest message."""
    metadata = _latest_user_event(tracker).get("metadata")
    return metadata if isinstance(metadata, dict) else {}


def detected_language(tracker: Tracker) -> Optional[str]:
    message = tracker.latest_message or {}
    detected = normalise_language(message.get(DETECTED))
    if detected:
        return detected
    if any(e.get("entity") == "emergency_type" for e in message.get("entities") or []):
        match = red_flag_match(_latest_user_event(tracker).get("text") or message.get("text") or "")
        if match and match[1] in ("en", "fr"):
            return match[1]
    return None


def detector_alone(text: str, detected: Optional[str], current: Optional[str]) -> bool:
    """Is `detected`, which differs from the conversation's language, only the detector's guess on
    a short follow-up with no function word of that language ("pis la RAMQ?", "et la CNESST?"
    read as English in a French conversation)? Such a message keeps the conversation's language."""
    current = normalise_language(current)
    if not detected or not current or detected == current:
        return False
    tokens = re.findall(r"[^\W\d_]+", NEUTRAL.sub(" ", fold(text)))
    own = ENGLISH_WORDS if detected == "en" else FRENCH_WORDS
    return len(tokens) <= SHORT_FOLLOW_UP and not any(t in own for t in tokens)


def language_of(tracker: Tracker, default: Optional[str] = None) -> str:
    """ "en" or "fr" for the reply to the latest message."""
    first = sum(e.get("event") == "user" for e in tracker.events or []) <= 1
    hinted = normalise_language((tracker.latest_message or {}).get(HINT)) if first else None
    detected = detected_language(tracker)
    text = (tracker.latest_message or {}).get("text") or ""
    if detector_alone(text, detected, tracker.get_slot(LANGUAGE_SLOT)):
        detected = None
    return conversation_language(
        message_metadata(tracker).get("lang"),
        detected,
        tracker.get_slot(LANGUAGE_SLOT),
        default or DEFAULT_LANGUAGE,
        first_hint=hinted,
    )
