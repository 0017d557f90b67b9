"""Greetings, thanks, goodbyes and "are you a bot?" (a greeting that also asks a question
is answered as the question: bot/knowledge/route.py)."""

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.respond import respond


class ActionSmalltalk(Action):
    def name(self) -> Text:
        return "action_smalltalk"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        return respond(dispatcher, tracker)
