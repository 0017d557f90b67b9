"""Greetings, thanks, goodbyes and "are you a bot?"."""
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.replies import clinic, entry_button, send
from actions.suggestions import starter_questions
from bot.knowledge.store import get_store


class ActionSmalltalk(Action):
    def name(self) -> Text:
        return "action_smalltalk"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        c = clinic()
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        buttons = []
        if intent == "goodbye":
            text = f"Take care! If you'd like to book, visit {c.booking_url} or call {c.phone}."
        elif intent == "thanks":
            text = "You're welcome! Is there anything else you'd like to know?"
        elif intent == "bot_identity":
            text = (f"I'm Needle Guide, an automated assistant for {c.name}, not a person. I share general "
                    f"information from published articles about needling treatments. For advice about your "
                    f"own health, please call {c.phone}.")
        else:
            text = ("Hi! I can answer questions about acupuncture, dry needling and IMS "
                    "(intramuscular stimulation). What would you like to know?")
            buttons = [entry_button(e) for e in starter_questions(get_store())]
        send(dispatcher, tracker, {"kind": "smalltalk", "intent": intent}, [text], buttons=buttons)
        return []
