"""Answer a patient's question from knowledge.db (the only source of medical content).

The choice of entry, and whether to answer at all, is made by bot/knowledge/route.py;
this action only hands it the tracker (actions/respond.py)."""

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.respond import respond


class ActionAnswerFromKnowledge(Action):
    def name(self) -> Text:
        return "action_answer_knowledge"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        return respond(dispatcher, tracker)
