"""Export one conversation, or every conversation of one address, for an access request
(Law 25: "in a structured, commonly used technological format"): JSON, or readable text.

What is exported is what is kept: the redacted messages, the assistant's replies, the time
and the channel of each turn, from the review log (var/logs.db `turns`), in order; for a
conversation the review log no longer has, from the tracker store's events. Staff export
from the command line (`python -m bot privacy export`) and the review interface; patients
download their own transcript from the widget (bot/web.py checks they own the session).
"""

import json
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence

from bot.privacy import Stores, reference
from bot.privacy import stores as default_stores
from bot.privacy.erase import BUSY_TIMEOUT, resolve, review_ids

FORMATS = ("json", "text")


def _utc(ts: Optional[float]) -> str:
    return datetime.fromtimestamp(float(ts), tz=timezone.utc).strftime("%Y-%m-%d %H:%M:%S") if ts else ""


def _read(path: Path, sql: str, params: Sequence[Any]) -> List[sqlite3.Row]:
    if not path.exists():
        return []
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql, list(params)).fetchall()
    except sqlite3.OperationalError:  # no such table yet
        return []
    finally:
        conn.close()


def _from_review_log(s: Stores, cid: str) -> List[Dict[str, Any]]:
    rows = _read(
        s.logs,
        "SELECT time, timestamp, channel, message, reply, kind FROM turns "
        "WHERE conversation_id = ? ORDER BY timestamp, id",
        [cid],
    )
    return [
        {
            "time": r["time"],
            "channel": r["channel"],
            "message": r["message"] or "",
            "reply": r["reply"] or "",
            "kind": r["kind"],
        }
        for r in rows
    ]


def _from_tracker(s: Stores, cid: str) -> List[Dict[str, Any]]:
    """Turns rebuilt from the tracker's (redacted) events: a patient message and the
    assistant's texts up to the next one."""
    turns: List[Dict[str, Any]] = []
    for (data,) in _read(s.tracker, "SELECT data FROM events WHERE sender_id = ? ORDER BY id", [cid]):
        event = json.loads(data)
        if event.get("event") == "user":
            head = cid.split(":", 1)[0] if ":" in cid else ""
            turns.append(
                {
                    "time": _utc(event.get("timestamp")),
                    "channel": head
                    if head in ("sms", "whatsapp", "telegram")
                    else event.get("input_channel") or "",
                    "message": event.get("text") or "",
                    "reply": "",
                    "kind": None,
                }
            )
        elif event.get("event") == "bot" and turns:
            custom = (event.get("data") or {}).get("custom")
            if event.get("text"):
                turns[-1]["reply"] = "\n".join(filter(None, [turns[-1]["reply"], event["text"]]))
            if isinstance(custom, dict) and custom.get("kind") and not turns[-1]["kind"]:
                turns[-1]["kind"] = custom["kind"]
    return turns


def conversation(cid: str, s: Optional[Stores] = None) -> Dict[str, Any]:
    s = s or default_stores()
    turns = _from_review_log(s, cid) or _from_tracker(s, cid)
    channels = sorted({t["channel"] for t in turns if t["channel"]})
    return {
        "reference": reference(cid),
        "conversation_id": cid,
        "channel": ", ".join(channels),
        "started": turns[0]["time"] if turns else None,
        "turns": turns,
    }


def export(
    conversation_id: Optional[str] = None,
    address: Optional[str] = None,
    s: Optional[Stores] = None,
    ids: Optional[Sequence[str]] = None,
) -> Dict[str, Any]:
    """{"exported_at", "conversations": [...]}: every turn of each conversation, in order."""
    s = s or default_stores()
    ids = review_ids(ids if ids is not None else resolve(conversation_id, address, s))
    found = [c for c in (conversation(i, s) for i in ids) if c["turns"]]
    return {
        "exported_at": _utc(datetime.now(timezone.utc).timestamp()),
        "note": "Messages are stored redacted: phone numbers, e-mail addresses and names show as placeholders.",
        "conversations": found,
    }


def as_json(data: Dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def as_text(data: Dict[str, Any], clinic: str = "") -> str:
    """The transcript as a person reads it."""
    lines = [
        f"Conversation transcript{' - ' + clinic if clinic else ''}",
        f"Exported {data['exported_at']} UTC. {data['note']}",
        "",
    ]
    if not data["conversations"]:
        lines.append("No conversation found.")
    for conv in data["conversations"]:
        lines += [
            f"Reference {conv['reference']} ({conv['channel'] or 'unknown channel'}), "
            f"started {conv['started']} UTC",
            "",
        ]
        for turn in conv["turns"]:
            lines.append(f"[{turn['time']}] You: {turn['message']}")
            for i, reply in enumerate((turn["reply"] or "(no reply)").split("\n")):
                lines.append(("Assistant: " if i == 0 else "           ") + reply)
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def render(data: Dict[str, Any], fmt: str) -> str:
    return as_text(data) if fmt == "text" else as_json(data)
