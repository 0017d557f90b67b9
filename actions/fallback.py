"""Replies when the assistant cannot or must not answer: it never guesses.

- action_clarify: NLU is not confident -> likely questions as buttons, plus the phone;
- action_out_of_scope: weather, other treatments, medication, diagnosis -> what we can do;
- action_unclear_input: empty, emoji-only, very long or non-English messages.

What each one says is decided by bot/knowledge/route.py (a named treatment and condition,
for example, is answered even when the classifier called it out of scope).
"""

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.respond import respond


class ActionClarify(Action):
    def name(self) -> Text:
        return "action_clarify"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        return respond(dispatcher, tracker)


class ActionOutOfScope(Action):
    def name(self) -> Text:
        return "action_out_of_scope"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        return respond(dispatcher, tracker)


class ActionUnclearInput(Action):
    def name(self) -> Text:
        return "action_unclear_input"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        return respond(dispatcher, tracker)
