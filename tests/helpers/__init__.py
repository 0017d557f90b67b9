"""Helpers the tests share, imported as `from tests.helpers import ...`: plain functions and
classes, never fixtures (those stay in conftest.py, where pytest finds them) and never one test
module importing another. Larger helpers have a module each: review_server (the staff review
interface), platforms (Telegram and Twilio stand-ins and the servers pointed at them),
socketio (a bare socket.io client), widget (the chat widget in Chromium)."""
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher


def make_tracker(text: str = "", intent: str = "", confidence: float = 0.9,
                 entities: Optional[List[Dict[str, Any]]] = None, slots: Optional[Dict[str, Any]] = None,
                 ranking: Optional[List[Dict[str, Any]]] = None, bot_spoke: bool = False) -> Tracker:
    events: List[Dict[str, Any]] = [{"event": "action", "name": "action_session_start"},
                                    {"event": "session_started"}]
    if bot_spoke:
        events.append({"event": "bot", "text": "earlier reply"})
    latest = {"text": text, "intent": {"name": intent, "confidence": confidence},
              "entities": entities or [], "intent_ranking": ranking or [{"name": intent, "confidence": confidence}]}
    events.append({"event": "user", "text": text, "parse_data": latest})
    return Tracker(sender_id="test", slots=slots or {}, latest_message=latest, events=events,
                   paused=False, followup_action=None, active_loop={}, latest_action_name="action_listen")


def contracts(dispatcher: CollectingDispatcher) -> List[Dict[str, Any]]:
    return [m["custom"] for m in dispatcher.messages if m.get("custom")]


def texts(dispatcher: CollectingDispatcher) -> List[str]:
    return [m["text"] for m in dispatcher.messages if m.get("text")]


def trained_model() -> Path:
    """The model `make test` trained for the project as it is: a test that needs it fails
    with the command to run, rather than erroring somewhere in Rasa."""
    from bot.ops.training import check_model, model_path
    model = model_path()
    if not model.exists():
        pytest.fail(f"{model} is not trained: run `make test` (it trains first)")
    return check_model(model)
