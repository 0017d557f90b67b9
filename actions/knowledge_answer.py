"""Answer a patient's question from knowledge.db (the only source of medical content).

The choice of entry, and whether to answer at all, is made by bot/knowledge/route.py;
this action only hands it the tracker (actions/respond.py)."""

import logging
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.respond import respond
from bot.knowledge.route import warm_up
from bot.knowledge.store import get_store

logger = logging.getLogger(__name__)


class ActionAnswerFromKnowledge(Action):
    def __init__(self) -> None:
        # rasa_sdk creates the action once, before the action server takes requests: build the
        # router's tables now, so the first patient is not the one who waits for them
        super().__init__()
        try:
            warm_up(get_store())
        except Exception:  # a knowledge base not built yet is reported on the first question
            logger.warning("could not warm up the router", exc_info=True)

    def name(self) -> Text:
        return "action_answer_knowledge"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        return respond(dispatcher, tracker)
