"""Emergencies: the number comes first and alone, before anything else is said."""
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.replies import clinic, send


def emergency_category(tracker: Tracker) -> str:
    """"medical" or "self_harm" when a red-flag phrase matched; "" when only the classifier
    read the message as an emergency (it cannot tell which kind)."""
    for e in tracker.latest_message.get("entities", []):
        if e.get("entity") == "emergency_type" and e.get("value") in ("medical", "self_harm"):
            return e["value"]
    return ""


class ActionEmergency(Action):
    def name(self) -> Text:
        return "action_emergency"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        c = clinic()
        matched = emergency_category(tracker)
        category = matched or "medical"
        if category == "self_harm":
            number = c.crisis_line
            texts = [f"Please call or text {c.crisis_line} now to talk to someone at the crisis line, any time, "
                     f"day or night. If you are in immediate danger, call {c.emergency_number}.",
                     "You don't have to go through this alone."]
        else:
            number = c.emergency_number
            texts = [f"Call {c.emergency_number} now. Trouble breathing, chest pain, bleeding that won't stop "
                     f"or fainting that doesn't pass needs emergency care right away, so please don't wait for "
                     f"a chat reply.",
                     f"When you're safe, let {c.name} know what happened: {c.phone}."]
            if not matched:  # the classifier's call alone: it may be thoughts of self-harm
                texts.insert(1, f"If you are having thoughts of harming yourself, call or text "
                                f"{c.crisis_line} to talk to someone at the crisis line, any time.")
        send(dispatcher, tracker, {"kind": "emergency", "number": number, "category": category,
                                   "emergency_number": c.emergency_number, "crisis_line": c.crisis_line},
             texts, with_disclaimer=False)
        return []
