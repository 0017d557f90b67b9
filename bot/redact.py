"""Remove personal details from a patient's message before it is stored.

Pure functions, no I/O (but for the word lists names.py reads once). Phone numbers, email
addresses, postal codes (Canadian and US), health-card numbers (and other long digit runs),
dates (of birth, or any full date) and the names patients give for themselves ("my name is
Jane Smith", "I'm Jane", "thanks, Jane": bot/redact_names.py) are replaced by placeholders:
[email], [date], [health_card], [phone], [postal_code], [name].

The NLU reads the redacted text too (bot/nlu/components.py InputCleaner), and the tracker
store and the review log store only redacted text. Emergencies are still recognised: the
red-flag checks read the original message, and a placeholder never stands for a symptom.
"""

import re
from typing import Any, List, Pattern, Tuple

from bot import redact_names as names

PLACEHOLDERS = ("[email]", "[date]", "[health_card]", "[phone]", "[postal_code]", "[name]")

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_SEP = r"[\s.-]?"

# Order matters: emails before anything with digits, dates before phone numbers (a
# numeric date would otherwise look like a number run), health cards before phones
# (an Ontario 1234-567-890 is ten digits too).
_RULES: List[Tuple[Pattern[str], str]] = [
    (
        re.compile(
            r"[A-Za-z0-9._%+-]+\s*(?:@|\(at\)|\[at\])\s*[A-Za-z0-9-]+(?:\s*(?:\.|\(dot\))\s*[A-Za-z0-9-]+)*\.[A-Za-z]{2,}",
            re.IGNORECASE,
        ),
        "[email]",
    ),
    # Dates: 1985-03-04, 04/03/1985, 4.3.85, March 4th 1985, 4 March 1985, Mar 1985
    (re.compile(rf"\b{_YEAR}[/.-](?:0?[1-9]|1[0-2])[/.-](?:[12]\d|3[01]|0?[1-9])\b"), "[date]"),
    (re.compile(r"\b(?:[12]\d|3[01]|0?[1-9])[/.-](?:[12]\d|3[01]|0?[1-9])[/.-](?:\d{4}|\d{2})\b"), "[date]"),
    (re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE), "[date]"),
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE), "[date]"),
    # A date of birth without a year, or a birth year alone, when introduced as one.
    (
        re.compile(
            rf"\b((?:born|birthday|birth\s*date|date\s+of\s+birth|d\.?o\.?b\.?)\s*(?:is|was|:)?\s*(?:on|in)?\s*)"
            rf"(?:{_MONTH}\s+{_DAY}|{_DAY}\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+{_YEAR}|{_YEAR}|\[date\])",
            re.IGNORECASE,
        ),
        r"\1[date]",
    ),
    # A card number of 12 or more digits (credit card, insurance) as one placeholder.
    (re.compile(r"(?<![\w+])\d(?:[\s-]?\d){11,}\b"), "[health_card]"),
    # Health cards: Quebec RAMQ (4 letters, 8 digits), Ontario/BC 10 digits as 4-3-3 with an
    # optional 2-letter version code.
    (re.compile(r"\b[A-Z]{4}\s?\d{4}\s?\d{4}\b", re.IGNORECASE), "[health_card]"),
    (re.compile(r"\b\d{4}[\s-]?\d{3}[\s-]?\d{3}(?:[\s-]?[A-Z]{2})?\b(?!-\d)"), "[health_card]"),
    # Phones: +1 (604) 555-0142, 604.555.0142, 604 555 0142, +44 20 7946 0958, 555-0142
    (
        re.compile(
            r"(?<![\w+])(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b(?:\s*(?:ext\.?|x)\s*\d{1,5})?",
            re.IGNORECASE,
        ),
        "[phone]",
    ),
    (re.compile(r"(?<![\w])\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}\b"), "[phone]"),
    (re.compile(r"(?<![\w-])\d{3}[\s.-]\d{4}\b(?![\s.-]?\d)"), "[phone]"),
    # Postal codes: Canadian A1A 1A1, US ZIP 12345 or 12345-6789
    (
        re.compile(r"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][\s-]?\d[ABCEGHJ-NPRSTV-Z]\d\b", re.IGNORECASE),
        "[postal_code]",
    ),
    (re.compile(r"(?<![\w$.,-])\d{5}(?:-\d{4})?\b(?![.,]\d)"), "[postal_code]"),
    # Anything else that is a long run of digits (an insurance or card number): 8 or more
    # digits, possibly grouped by spaces or dashes.
    (re.compile(r"(?<![\w])\d(?:[\s-]?\d){7,}\b"), "[health_card]"),
]


# Every rule above needs a digit or an email's "@" / "(at)" / "[at]": text with none of them
# skips the fourteen patterns (most messages; it runs on every message, twice). Names are
# looked for only after a cue ("name", "I'm", "thanks"...: names.CUE), the same way.
_MIGHT_HOLD_DETAILS = re.compile(r"\d|@|\(at\)|\[at\]", re.IGNORECASE)


def redact(text: str) -> str:
    """The text with personal details replaced by placeholders; anything else unchanged."""
    if not text or not isinstance(text, str):
        return text
    if _MIGHT_HOLD_DETAILS.search(text):
        for pattern, placeholder in _RULES:
            text = pattern.sub(placeholder, text)
    if names.might_hold_name(text):
        text = names.replace_names(text)
    return text


def redact_obj(value: Any) -> Any:
    """Redact every string inside nested dicts and lists (e.g. channel metadata)."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {k: redact_obj(v) for k, v in value.items()}
    if isinstance(value, list):
        return [redact_obj(v) for v in value]
    return value


def redact_entities(entities: Any) -> Any:
    """Entities keep their type and offsets; their text and value are redacted."""
    if not isinstance(entities, list):
        return entities
    out = []
    for ent in entities:
        if isinstance(ent, dict):
            ent = dict(ent)
            for key in ("value", "text"):
                if key in ent:
                    ent[key] = redact_obj(ent[key])
        out.append(ent)
    return out


def redact_event(data: dict) -> dict:
    """A copy of a serialised Rasa event with the patient's words redacted.

    UserUttered: text, parse_data.text, entities and metadata. EntitiesAdded: entities.
    Other events carry no patient text and are returned unchanged.
    """
    kind = data.get("event")
    if kind not in ("user", "entities"):
        return data
    data = dict(data)
    if "text" in data:
        data["text"] = redact(data["text"])
    if "entities" in data:
        data["entities"] = redact_entities(data["entities"])
    if isinstance(data.get("parse_data"), dict):
        parse = dict(data["parse_data"])
        if "text" in parse:
            parse["text"] = redact(parse["text"])
        if "entities" in parse:
            parse["entities"] = redact_entities(parse["entities"])
        if "metadata" in parse:
            parse["metadata"] = redact_obj(parse["metadata"])
        data["parse_data"] = parse
    if "metadata" in data:
        data["metadata"] = redact_obj(data["metadata"])
    return data
