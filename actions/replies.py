"""Sending a reply, and the pieces of text every action shares.

Each bot turn sends the text a patient reads (with buttons where they help), then exactly
one message whose `custom` object is the reply contract, built by bot/contract.py (which
says, kind by kind, what it holds).
"""

import json
from typing import Any, Dict, List, Optional

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.entry_text import entry_question
from actions.texts import MODALITY_TITLES, say
from bot import contract as reply_contract
from bot.clinic import Clinic, load_clinic
from bot.knowledge.model import Entry


def clinic() -> Clinic:
    return load_clinic()


def entry_button(entry: Entry, lang: str = "en") -> Dict[str, str]:
    return {
        "title": entry_question(entry, lang),
        "payload": "/choose_entry" + json.dumps({"kb_id": entry.id}),
    }


def modality_button(modality: str, lang: str = "en") -> Dict[str, str]:
    title = MODALITY_TITLES.get(lang, MODALITY_TITLES["en"])[modality]
    return {"title": title, "payload": "/inform_modality" + json.dumps({"modality": modality})}


def is_first_reply(tracker: Tracker) -> bool:
    """True when the assistant has not yet spoken in this conversation session."""
    for event in reversed(tracker.events):
        name = event.get("event")
        if name == "bot":
            return False
        if name == "session_started":  # a long conversation continued by bot/tracker_store/fast.py is not new
            return not (event.get("metadata") or {}).get("needle_continued")
    return True


def disclaimer(c: Clinic, lang: str = "en") -> str:
    """The first reply's introduction; it links the clinic's privacy notice when clinic.yml
    has one (privacy_url), so patients learn what is kept and how to erase it."""
    text = say(lang, "disclaimer", clinic=c.name_in(lang), phone=c.phone)
    return f"{text} {say(lang, 'privacy_link', url=c.privacy_url)}" if c.privacy_url else text


def send(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    contract: Dict[str, Any],
    texts: List[str],
    buttons: Optional[List[Dict[str, str]]] = None,
    with_disclaimer: bool = True,
    untranslated: bool = False,
) -> None:
    """Send the patient-facing texts (buttons on the last one), then the contract (built by
    bot/contract.py), in the contract's language. `untranslated`: some text has no version in
    that language yet and went out in English; the reply says so once, before it."""
    reply_contract.check(contract)
    lang = contract["lang"]
    if with_disclaimer and is_first_reply(tracker):
        dispatcher.utter_message(text=disclaimer(clinic(), lang))
    if untranslated and lang != "en":
        texts = [say(lang, "fallback_note")] + list(texts)
        contract = reply_contract.mark_untranslated(contract)
    for i, text in enumerate(texts):
        last = i == len(texts) - 1
        dispatcher.utter_message(text=text, buttons=buttons if last and buttons else None)
    dispatcher.utter_message(json_message=contract)
