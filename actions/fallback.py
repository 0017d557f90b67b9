"""Replies when the assistant cannot or must not answer: it never guesses.

- action_clarify: NLU is not confident -> likely questions as buttons, plus the phone;
- action_out_of_scope: weather, other treatments, medication, diagnosis -> what we can do;
- action_unclear_input: empty, emoji-only, very long or non-English messages.
"""
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.context import MODALITIES_SLOT, read_question
from actions.knowledge_answer import CONDITION_TOPICS, ActionAnswerFromKnowledge, condition_question
from actions.replies import clinic, entry_button, send
from actions.suggestions import likely_questions, starter_questions
from bot.knowledge.store import get_store

CAN_HELP = ("I can explain acupuncture, dry needling and IMS: what they are, how they differ, "
            "whether they hurt, how long sessions last, safety, who provides them and what the research says.")


def _ranked_topics(tracker: Tracker) -> List[str]:
    ranking = tracker.latest_message.get("intent_ranking") or []
    return [r["name"][4:] for r in ranking if str(r.get("name", "")).startswith("ask_")][:2]


class ActionClarify(Action):
    def name(self) -> Text:
        return "action_clarify"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        c, store = clinic(), get_store()
        q = read_question(tracker)
        if condition_question(q):
            return ActionAnswerFromKnowledge().answer(dispatcher, tracker, store, q, CONDITION_TOPICS[0])
        mods = frozenset(q.named or q.context)
        suggestions = likely_questions(store, q.text, _ranked_topics(tracker), mods)
        if suggestions:
            text = (f"I'm not sure I understood. Did you mean one of these? "
                    f"You can also call {c.name} at {c.phone}.")
        else:
            suggestions = starter_questions(store)
            text = f"I'm not sure I understood. {CAN_HELP} You can also call {c.name} at {c.phone}."
        send(dispatcher, tracker, {"kind": "fallback", "reason": "low_confidence",
                                   "suggestions": [e.id for e in suggestions], "phone": c.phone},
             [text], buttons=[entry_button(e) for e in suggestions])
        # Not sure what was asked, but sure which treatment: "does it hurt?" next is about it.
        return [SlotSet(MODALITIES_SLOT, list(q.named))] if q.named else []


class ActionOutOfScope(Action):
    def name(self) -> Text:
        return "action_out_of_scope"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        c, store = clinic(), get_store()
        q = read_question(tracker)
        if condition_question(q):  # a named treatment and condition is in scope by definition
            return ActionAnswerFromKnowledge().answer(dispatcher, tracker, store, q, CONDITION_TOPICS[0])
        starters = starter_questions(store)
        send(dispatcher, tracker, {"kind": "fallback", "reason": "out_of_scope", "phone": c.phone},
             [f"That's outside what I can help with. {CAN_HELP} I can't give advice about medication, "
              f"diagnose a problem or talk about other treatments: for that, please call {c.name} at {c.phone}."],
             buttons=[entry_button(e) for e in starters])
        return []


UNCLEAR = {
    "empty": "I didn't catch a question there. What would you like to know?",
    "no_words": "I can only read words, not pictures or emoji. What would you like to know?",
    "too_long": ("That's a long message! Could you ask me one short question at a time? "
                 "For anything about your own situation, the clinic team is happy to help."),
    "other_language": "Sorry, I can only answer in English for now.",
    "unknown_words": "Sorry, I didn't understand that. Could you put your question another way?",
}


class ActionUnclearInput(Action):
    def name(self) -> Text:
        return "action_unclear_input"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        c, store = clinic(), get_store()
        problem = next((e.get("value") for e in tracker.latest_message.get("entities", [])
                        if e.get("entity") == "input_problem"), "empty")
        text = f"{UNCLEAR.get(problem, UNCLEAR['empty'])} You can also call {c.name} at {c.phone}."
        send(dispatcher, tracker, {"kind": "fallback", "reason": problem, "phone": c.phone},
             [text], buttons=[entry_button(e) for e in starter_questions(store)])
        return []
