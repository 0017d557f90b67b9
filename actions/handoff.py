"""Hand-offs to the clinic: online booking, phone, hours, address, a real person."""
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.context import MODALITIES_SLOT, named_modalities
from actions.replies import clinic, send
from bot import MODALITY_NAMES


class ActionBook(Action):
    def name(self) -> Text:
        return "action_book"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        c = clinic()
        mods = named_modalities(tracker) or list(tracker.get_slot(MODALITIES_SLOT) or [])
        modality = mods[0] if len(mods) == 1 else None
        texts = []
        if modality and not c.offers(modality):
            texts.append(f"{c.name} does not currently offer {MODALITY_NAMES[modality]}, "
                         "but you can book an assessment to talk about your options.")
            modality = None
        url = c.booking_url_for(modality)
        what = f" for {MODALITY_NAMES[modality]}" if modality else ""
        texts.append(f"You can book an appointment{what} online at {url}, or call us at {c.phone}.")
        send(dispatcher, tracker, {"kind": "booking", "booking_url": url, "phone": c.phone,
                                   "modality": modality}, texts)
        return []


class ActionContact(Action):
    """Phone, hours, address or a human: every detail comes from clinic.yml."""

    def name(self) -> Text:
        return "action_contact"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        c = clinic()
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        hours = f"Our hours: {c.hours_text}." if c.hours else ""
        if intent == "ask_hours":
            texts = [hours or f"Please call {c.phone} for our hours.", f"You can call us at {c.phone}."]
        elif intent == "ask_location":
            texts = [f"{c.name} is at {c.address}." if c.address else f"Please call {c.phone} for directions.",
                     hours]
        elif intent == "human_handoff":
            texts = [f"I'm an automated assistant, so for a person please call {c.name} at {c.phone}. "
                     + (f"Someone can answer during opening hours ({c.hours_text})." if c.hours else "")]
        else:
            texts = [f"You can reach {c.name} at {c.phone}." + (f" We're at {c.address}." if c.address else ""),
                     hours]
        send(dispatcher, tracker, {"kind": "contact", "phone": c.phone, "topic": intent or "ask_contact",
                                   "address": c.address, "hours": c.hours},
             [t for t in texts if t])
        return []
