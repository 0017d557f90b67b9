"""A small client for the REST channel, shared by the terminal chat, the evaluation and tests."""

import json
import urllib.request
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional


@dataclass
class Turn:
    """One bot turn: what the patient reads, the buttons offered, and the reply contract."""

    texts: List[str] = field(default_factory=list)
    buttons: List[Dict[str, str]] = field(default_factory=list)
    contracts: List[Dict[str, Any]] = field(default_factory=list)
    messages: List[Dict[str, Any]] = field(default_factory=list)  # as the REST channel sent them

    @property
    def contract(self) -> Dict[str, Any]:
        return self.contracts[0] if len(self.contracts) == 1 else {}

    @property
    def kind(self) -> Optional[str]:
        return self.contract.get("kind")

    @property
    def text(self) -> str:
        return "\n".join(self.texts)


def parse_turn(messages: List[Dict[str, Any]]) -> Turn:
    turn = Turn(messages=list(messages))
    for m in messages:
        if m.get("text"):
            turn.texts.append(m["text"])
        turn.buttons += m.get("buttons") or []
        if "custom" in m:
            turn.contracts.append(m["custom"])
    return turn


def send(rest_url: str, sender: str, message: str, timeout: float = 30) -> Turn:
    body = json.dumps({"sender": sender, "message": message}).encode()
    req = urllib.request.Request(rest_url, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return parse_turn(json.loads(r.read().decode() or "[]"))
