"""Emergencies. Whether a message is one, and what is said, is decided by
bot/knowledge/route.py (a red-flag phrase always; the classifier alone only above a measured
confidence) and actions/emergency_reply.py; this action hands over the tracker."""

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.emergency_reply import BUILTIN_CRISIS_LINE, BUILTIN_EMERGENCY_NUMBER, emergency_reply  # noqa: F401
from actions.replies import clinic  # noqa: F401  (tests replace it to break clinic.yml)
from actions.respond import respond


def emergency_category(tracker: Tracker) -> str:
    """ "medical" or "self_harm" when a red-flag phrase matched; "" when only the classifier
    read the message as an emergency (it cannot tell which kind)."""
    for e in tracker.latest_message.get("entities", []):
        if e.get("entity") == "emergency_type" and e.get("value") in ("medical", "self_harm"):
            return e["value"]
    return ""


class ActionEmergency(Action):
    def name(self) -> Text:
        return "action_emergency"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        return respond(dispatcher, tracker)
