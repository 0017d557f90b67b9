"""Hand-offs to the clinic: online booking, phone, hours, address, a real person, and the
clinic's own answers to logistics questions (bot/knowledge/route.py decides which)."""

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.respond import respond


class ActionBook(Action):
    def name(self) -> Text:
        return "action_book"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        return respond(dispatcher, tracker)


class ActionContact(Action):
    """Phone, hours, address or a human: every detail comes from clinic.yml."""

    def name(self) -> Text:
        return "action_contact"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        return respond(dispatcher, tracker)
