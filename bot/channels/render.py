"""One bot turn, shaped for a messaging app.

Rasa hands an output channel the turn message by message: the texts a patient reads (the
last may carry buttons), then the reply contract (`custom`, see bot/contract.py). The
contract is never shown as JSON: `render_turn` keeps what a patient needs from it (the
source line of an answer, the booking link and phone, the emergency number, a clinic
answer's booking link and phone, who to call when a subject is not covered, the one-line
safety note) and drops the rest (`rule` is for staff only). `split_text` cuts a long reply at paragraph, line, sentence or word boundaries.

The lines a channel adds itself (source, booking, call, numbered options, "please type")
are in the reply's language: the contract's `lang` ("en" | "fr", English when absent).
`language_keyword` recognises a message that only names a language ("FRANÇAIS", "EN"), the
patient's way to switch on SMS and Telegram.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Text

Button = Dict[str, str]
LANGS = ("en", "fr")

# What the channels add to a reply, per language (the reply's own texts come from the server).
TEXTS: Dict[str, Dict[str, str]] = {
    "en": {
        "source": "Source: {titles}",
        "sources": "Sources: {titles}",
        "book_online": "Book online: {url}",
        "or_call": "Or call: {phone}",
        "call": "Call: {phone}",
        "call_now": "Call {number} now.",
        "option": "Reply {n} for: {title}",
        "please_type_sms": "I can only read text messages. Please type your question, "
        "or call {name} at {phone} to talk to a person.",
        "please_type_telegram": "I can only read typed messages. Please type your question, "
        "or call {name} at {phone} to talk to a person.",
    },
    "fr": {
        "source": "Source : {titles}",
        "sources": "Sources : {titles}",
        "book_online": "Réservez en ligne : {url}",
        "or_call": "Ou appelez le {phone}",
        "call": "Téléphone : {phone}",
        "call_now": "Composez le {number} maintenant.",
        "option": "Répondez {n} pour : {title}",
        "please_type_sms": "Je ne peux lire que les messages texte. Écrivez votre question, "
        "ou appelez {name} au {phone} pour parler à quelqu'un.",
        "please_type_telegram": "Je ne peux lire que les messages écrits. Écrivez votre question, "
        "ou appelez {name} au {phone} pour parler à quelqu'un.",
    },
}


def lang_of(value: Any) -> Optional[str]:
    """ "fr", "fr-CA", "FR_ca" -> "fr"; "en", "en-GB" -> "en"; anything else -> None."""
    match = re.match(r"\s*(en|fr)(?![a-z])", str(value or ""), re.IGNORECASE)
    return match.group(1).lower() if match else None


def say(key: str, lang: Optional[str] = None, **values: Any) -> str:
    """One of the channel's own texts, in `lang` (English when it is not one we have)."""
    return TEXTS[lang_of(lang) or "en"][key].format(**values)


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_KEYWORDS = {"FRANCAIS": "fr", "FR": "fr", "FRENCH": "fr", "ENGLISH": "en", "EN": "en", "ANGLAIS": "en"}


def language_keyword(text: Optional[str]) -> Optional[str]:
    """ "fr" or "en" when the whole message names a language ("FRANÇAIS", "francais!",
    "/fr", "EN"), else None: a message that says anything more is a question."""
    word = re.sub(r"[\s.!?/]+", "", _fold(text or "")).upper()
    return _KEYWORDS.get(word)


@dataclass
class RenderedTurn:
    texts: List[str] = field(default_factory=list)  # what the patient reads, in order
    extras: List[str] = field(default_factory=list)  # lines from the contract (source, booking...)
    buttons: List[Button] = field(default_factory=list)
    kind: Optional[str] = None
    lang: str = "en"  # the reply's language (its contract's `lang`): the added lines follow it

    @property
    def empty(self) -> bool:
        return not (self.texts or self.extras or self.buttons)


def _source_line(sources: List[Dict[str, Any]], lang: str) -> Optional[str]:
    titles = [str(s.get("title")).strip() for s in sources or [] if s.get("title")]
    if not titles:
        return None
    return say("source" if len(titles) == 1 else "sources", lang, titles="; ".join(titles))


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text or "")


def _says_phone(shown: str, phone: str) -> bool:
    """Is the number already in the texts, however it is spaced or dashed?"""
    digits = _digits(phone)[-10:]
    return bool(digits) and digits in _digits(shown)


def _booking_lines(contract: Dict[str, Any], shown: str, lang: str) -> List[str]:
    lines: List[str] = []
    if contract.get("booking_url") and contract["booking_url"] not in shown:
        lines.append(say("book_online", lang, url=contract["booking_url"]))
    if contract.get("phone") and not _says_phone(shown, contract["phone"]):
        lines.append(say("or_call", lang, phone=contract["phone"]))
    return lines


def safety_line(contract: Dict[str, Any], shown: str) -> Optional[str]:
    """The contract's one-line safety note, unless the texts already say it (never on an
    emergency, which says more)."""
    note = contract.get("safety_note")
    if contract.get("kind") == "emergency" or not isinstance(note, str) or not note.strip():
        return None
    note = note.strip()
    return None if note in shown else note


def _kb_lines(contract: Dict[str, Any], shown: str, lang: str) -> List[str]:
    line = _source_line((contract.get("kb") or {}).get("sources") or [], lang)
    return [line] if line else []


def _call_lines(contract: Dict[str, Any], shown: str, lang: str) -> List[str]:
    if contract.get("phone") and not _says_phone(shown, contract["phone"]):
        return [say("call", lang, phone=contract["phone"])]
    return []


def _emergency_lines(contract: Dict[str, Any], shown: str, lang: str) -> List[str]:
    if contract.get("number") and contract["number"] not in shown:
        return [say("call_now", lang, number=contract["number"])]
    return []


def _no_lines(contract: Dict[str, Any], shown: str, lang: str) -> List[str]:
    return []


# What each kind of reply (bot/contract.py REPLY_KINDS) adds under its texts, besides the
# safety note: (contract, the texts shown, language) -> lines.
LINES_BY_KIND = {
    "kb": _kb_lines,  # the source line
    "clinic": _booking_lines,  # the booking link and phone
    "booking": _booking_lines,
    "contact": _call_lines,  # the phone
    "fallback": _call_lines,
    "emergency": _emergency_lines,  # the number to call
    "smalltalk": _no_lines,
    "clarify": _no_lines,
    "privacy": _no_lines,
}


def contract_lines(contract: Dict[str, Any], shown: str) -> List[str]:
    """The lines a patient needs from the contract that the texts do not already say, in
    the contract's language."""
    lang = lang_of(contract.get("lang")) or "en"
    lines: List[str] = []
    note = safety_line(contract, shown)
    if note:  # first: it matters more than a source or a link
        lines.append(note)
    lines.extend(LINES_BY_KIND.get(contract.get("kind"), _no_lines)(contract, shown, lang))
    return lines


def render_turn(messages: List[Dict[str, Any]]) -> RenderedTurn:
    turn = RenderedTurn()
    contracts: List[Dict[str, Any]] = []
    for message in messages:
        text = (message.get("text") or "").strip()
        if text:
            turn.texts.append(text)
        if message.get("buttons"):
            turn.buttons = [b for b in message["buttons"] if b.get("title") and b.get("payload")]
        if isinstance(message.get("custom"), dict):
            contracts.append(message["custom"])
    shown = "\n".join(turn.texts)
    for contract in contracts:
        turn.kind = turn.kind or contract.get("kind")
        turn.lang = lang_of(contract.get("lang")) or turn.lang
        for line in contract_lines(contract, shown):
            if line not in turn.extras:
                turn.extras.append(line)
    if turn.kind == "emergency":  # the number comes first, before anything else
        turn.texts = turn.extras + turn.texts
        turn.extras = []
    return turn


def please_type(app: str, lang: Optional[str] = None) -> str:
    """What a messaging app without text (a photo, a sticker, a voice note) gets back:
    type your question, or call the clinic. `app` is "sms" (SMS, WhatsApp) or "telegram"."""
    from bot.clinic import load_clinic

    c = load_clinic()
    return say("please_type_" + app, lang, name=c.name, phone=c.phone)


def numbered_options(buttons: List[Button], lang: Optional[str] = None) -> str:
    """Follow-ups for apps without buttons: 'Reply 1 for: ...' ('Répondez 1 pour : ...'), one a line."""
    return "\n".join(say("option", lang, n=i, title=b["title"]) for i, b in enumerate(buttons, 1))


_NUMBER = re.compile(r"^\s*#?\s*(\d{1,2})\s*[.)]?\s*$")


def chosen_number(text: Optional[str]) -> Optional[int]:
    """The option number in a reply like '1', ' 2.', '#3'; None for anything else."""
    match = _NUMBER.match(text or "")
    return int(match.group(1)) if match else None


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _pieces(text: str, level: int) -> List[str]:
    if level == 0:
        return [p for p in re.split(r"\n\s*\n", text)]
    if level == 1:
        return text.split("\n")
    if level == 2:
        return _SENTENCE_END.split(text)
    return text.split(" ")


_JOINERS = ("\n\n", "\n", " ", " ")


def split_text(text: str, limit: int) -> List[str]:
    """Parts of at most `limit` characters, cut between paragraphs, lines, sentences or
    words (a single word longer than the limit, e.g. a huge URL, is the only thing cut)."""
    text = (text or "").strip()
    if len(text) <= limit:
        return [text] if text else []
    return [p for p in _split(text, limit, 0) if p]


def _split(text: str, limit: int, level: int) -> List[str]:
    if len(text) <= limit:
        return [text.strip()]
    if level > 3:
        return [text[i : i + limit] for i in range(0, len(text), limit)]
    joiner = _JOINERS[level]
    parts: List[str] = []
    current = ""
    for piece in _pieces(text, level):
        piece = piece.strip() if level < 3 else piece
        if not piece:
            continue
        candidate = f"{current}{joiner}{piece}" if current else piece
        if len(candidate) <= limit:
            current = candidate
            continue
        if current:
            parts.append(current.strip())
        if len(piece) <= limit:
            current = piece
        else:
            sub = _split(piece, limit, level + 1)
            parts.extend(sub[:-1])
            current = sub[-1] if sub else ""
    if current.strip():
        parts.append(current.strip())
    return parts


class TurnCollector:
    """Mixin for an output channel that collects a whole turn (texts, buttons, the reply
    contract) before sending it, so the turn can be rendered for the app in one piece.
    Put it before Rasa's output class; `self.pending` is {recipient: [messages]}."""

    pending: Dict[str, List[Dict[str, Any]]]

    async def send_response(self, recipient_id: Text, message: Dict[Text, Any]) -> None:
        self.pending.setdefault(str(recipient_id), []).append(dict(message))

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        await self.send_response(recipient_id, {"text": text})

    async def send_text_with_buttons(
        self, recipient_id: Text, text: Text, buttons: List[Dict[Text, Any]], **kwargs: Any
    ) -> None:
        await self.send_response(recipient_id, {"text": text, "buttons": buttons})

    async def send_custom_json(
        self, recipient_id: Text, json_message: Dict[Text, Any], **kwargs: Any
    ) -> None:
        await self.send_response(recipient_id, {"custom": json_message})
