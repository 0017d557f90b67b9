"""Keep patients' words out of the server logs (var/logs/*.log).

Rasa 3.6 logs the full text of a message it failed on or that timed out (structlog events
such as `rest.message.received.failure` with `"text": "..."`, rendered as one JSON line),
and a traceback can quote a message too. `install()` wraps the logging record factory, so
every record of every logger in the process (Rasa's, Sanic's, the action server's, ours) is
scrubbed before any handler writes it:

- a structlog traceback's local variables are dropped (Rasa renders them, message included);
- the values of message-bearing keys (text, user_message, parse_data_text, rasa_events,
  tracker_latest_message ... the keys Rasa itself marks as anonymisable) become "[withheld]";
- `UserUttered(text: ..., intent: ...)` reprs lose their text the same way;
- everything else goes through bot/redact.py (phone numbers, emails, names...);
- a traceback is formatted once, scrubbed the same way, and kept as the record's exc_text.

Only records that are actually emitted are built (a logger below its level makes none), so
this costs nothing per message at the servers' usual level.

`python -m bot.logprivacy <module> [args...]` runs another module (`rasa_sdk`, `rasa`) with
the scrubbing installed first: bot/ops/serve.py starts the action and page servers that way.
"""

import faulthandler
import logging
import re
import runpy
import sys
from typing import Any, Callable, Optional

WITHHELD = "[withheld]"
# Rasa's own list (rasa/utils/log_utils.py `_anonymizer`) of keys holding a patient's words.
TEXT_KEYS = (
    "text",
    "response_text",
    "user_text",
    "slot_values",
    "parse_data_text",
    "parse_data_entities",
    "prediction_events",
    "tracker_latest_message",
    "prefilled_slots",
    "message",
    "response",
    "slot_candidates",
    "rasa_event",
    "rasa_events",
    "user_message",
    "json_message",
    "entity",
    "current_entity",
    "next_entity",
    "token_text",
    "utter",
    "body",
    "Body",
)
_KEYS = "|".join(TEXT_KEYS)
_RULES = [
    # a structlog traceback's local variables (Rasa renders them, 80 characters each): dropped
    (re.compile(r'("locals"\s*:\s*)\{(?:[^{}"]|"(?:[^"\\]|\\.)*")*\}'), r"\1{}"),
    # "key": "string" (JSON, structlog) - escaped quotes inside the string included
    (re.compile(rf'("(?:{_KEYS})"\s*:\s*)"(?:[^"\\]|\\.)*"'), rf'\1"{WITHHELD}"'),
    # 'key': 'string' or "string" (a Python dict's repr)
    (re.compile(rf"('(?:{_KEYS})'\s*:\s*)(?:'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")"), rf"\1'{WITHHELD}'"),
    # key=value in a structlog console line, up to the next key= or the end
    (re.compile(rf"(\b(?:{_KEYS})=)(?:'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|\S+)"), rf"\1{WITHHELD}"),
    # UserUttered(text: ..., intent: ...) and "user message '...'"
    (re.compile(r"(UserUttered\(text: ).*?(, intent: )", re.DOTALL), rf"\1{WITHHELD}\2"),
    (re.compile(r"(user message )'(?:[^'\\]|\\.)*'", re.IGNORECASE), rf"\1'{WITHHELD}'"),
]
_previous: Optional[Callable[..., logging.LogRecord]] = None


def scrub(text: str) -> str:
    """`text` without message text and personal details."""
    from bot.redact import redact

    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return redact(text)


def scrub_record(record: logging.LogRecord) -> logging.LogRecord:
    try:
        message = record.getMessage()
    except Exception:  # noqa: BLE001 - a bad format string: leave it to the handler's error path
        return record
    record.msg, record.args = scrub(message), None
    if record.exc_info and record.exc_info[0] is not None and not record.exc_text:
        try:
            record.exc_text = scrub(logging.Formatter().formatException(record.exc_info))
        except Exception:  # noqa: BLE001
            record.exc_text = f"{record.exc_info[0].__name__} (details withheld)"
    if record.stack_info:
        record.stack_info = scrub(record.stack_info)
    return record


def install() -> None:
    """Scrub every log record made in this process from now on (idempotent)."""
    global _previous
    if _previous is not None:
        return
    _previous = logging.getLogRecordFactory()
    factory = _previous

    def make(*args: Any, **kwargs: Any) -> logging.LogRecord:
        return scrub_record(factory(*args, **kwargs))

    logging.setLogRecordFactory(make)


def uninstall() -> None:
    """Back to the factory there was before `install()` (tests)."""
    global _previous
    if _previous is not None:
        logging.setLogRecordFactory(_previous)
        _previous = None


def main(argv: list) -> None:
    if not argv:
        raise SystemExit("usage: python -m bot.logprivacy <module> [args...]")
    install()
    faulthandler.enable()  # a fatal signal leaves the stack (files and functions only) in the log
    sys.argv = list(argv)
    runpy.run_module(argv[0], run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main(sys.argv[1:])
