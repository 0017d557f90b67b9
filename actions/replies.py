"""The reply contract and the pieces of text every action shares.

Each bot turn sends the text a patient reads (with buttons where they help), then exactly
one message whose `custom` object says what kind of reply it was:
kb, clinic, booking, contact, emergency, fallback, smalltalk or clarify. It also names the
rule of bot/knowledge/route.py that decided (`rule`), and may carry a `safety_note`. Channels, the widget,
the logs and the evaluation all read that object.
"""
import json
from typing import Any, Dict, List, Optional

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot import MODALITY_NAMES
from bot.clinic import Clinic, load_clinic
from bot.knowledge.model import Entry

KINDS = ("kb", "clinic", "booking", "contact", "emergency", "fallback", "smalltalk", "clarify")


def clinic() -> Clinic:
    return load_clinic()


def entry_button(entry: Entry) -> Dict[str, str]:
    return {"title": entry.question, "payload": "/choose_entry" + json.dumps({"kb_id": entry.id})}


def modality_button(modality: str) -> Dict[str, str]:
    title = MODALITY_NAMES[modality]
    return {"title": title[0].upper() + title[1:], "payload": "/inform_modality" + json.dumps({"modality": modality})}


def is_first_reply(tracker: Tracker) -> bool:
    """True when the assistant has not yet spoken in this conversation session."""
    for event in reversed(tracker.events):
        name = event.get("event")
        if name == "bot":
            return False
        if name == "session_started":  # a long conversation continued by bot.tracker_store is not new
            return not (event.get("metadata") or {}).get("needle_continued")
    return True


def disclaimer(c: Clinic) -> str:
    """The first reply's introduction; it links the clinic's privacy notice when clinic.yml
    has one (privacy_url), so patients learn what is kept and how to erase it."""
    text = (f"I'm Needle Guide, an automated assistant for {c.name}: I give general information, "
            f"not medical advice. To reach a person, call {c.phone}.")
    return f"{text} How we handle your data: {c.privacy_url}" if c.privacy_url else text


def send(dispatcher: CollectingDispatcher, tracker: Tracker, contract: Dict[str, Any],
         texts: List[str], buttons: Optional[List[Dict[str, str]]] = None,
         with_disclaimer: bool = True) -> None:
    """Send the patient-facing texts (buttons on the last one), then the contract."""
    assert contract.get("kind") in KINDS, contract
    if with_disclaimer and is_first_reply(tracker):
        dispatcher.utter_message(text=disclaimer(clinic()))
    for i, text in enumerate(texts):
        last = i == len(texts) - 1
        dispatcher.utter_message(text=text, buttons=buttons if last and buttons else None)
    dispatcher.utter_message(json_message=contract)
