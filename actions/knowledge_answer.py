"""Answer a patient's question from knowledge.db (the only source of medical content)."""
import re
from dataclasses import replace
from typing import Any, Dict, FrozenSet, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.context import CONDITIONS_SLOT, MODALITIES_SLOT, TOPIC_SLOT, Question, all_modalities, read_question
from actions.replies import clinic, entry_button, modality_button, send
from bot import MODALITIES, MODALITY_NAMES
from bot.knowledge.model import Entry
from bot.knowledge.store import KnowledgeStore, get_store

TOPIC_WORDS = {
    "overview": "what it is", "difference": "how they differ", "origins": "where it comes from",
    "technique": "how it is done", "sensation": "what it feels like", "aftercare": "what to expect afterwards",
    "session_length": "how long a session lasts", "treatment_course": "how many sessions it takes",
    "practitioners": "who can do it", "safety": "how safe it is", "evidence": "what the research says",
    "conditions": "what it is used for", "needles": "the needles used", "insurance": "insurance",
    "choosing": "choosing between them",
}


# Topics where a named condition does not change what is asked ("is IMS safe for my neck?").
CONDITION_KEEPS_TOPIC = {"safety", "practitioners", "session_length", "needles", "insurance", "sensation",
                         "aftercare", "technique", "origins", "evidence", "conditions"}
CONDITION_TOPICS = ["evidence", "conditions"]
# Below this confidence, a topic guess for a message that names no treatment, condition or
# technical term, in a conversation about nothing yet, is a guess: clarify instead.
UNANCHORED_MIN_CONFIDENCE = 0.6

# "How long does the ache last?" is an aftercare question, whatever NLU guessed (session
# length, treatment course). So is "how long does that last?" when "that" is soreness: named
# earlier in the message, or what the last answer was about.
_SORE = r"(sore\w*|ach(e|es|y|ing|iness)|tender\w*|stiff\w*|bruis\w*)"
_LASTS = (r"(lasts?|lasting|linger\w*|stays?|stick around|hang around|go away|goes away|wear off|settle"
          r"|ease off|fade|clear up)")
_HOW_LONG = r"\bhow (long|many days) (does|do|did|will|would|should|can|is|might) "
SORENESS_LASTS = re.compile(_HOW_LONG + r"(the |this |that |my |your |any |all the )?(\w+ )?" + _SORE
                            + r"\b.{0,30}?\b" + _LASTS + r"\b")
THAT_LASTS = re.compile(_HOW_LONG + r"(that|it|this|they|these|those) (\w+ )?" + _LASTS + r"\b")
SORENESS = re.compile(r"\b" + _SORE + r"\b")
SORENESS_TOPICS = {"aftercare", "sensation"}


def condition_question(q: Question) -> bool:
    """A treatment and a condition named together ("acupuncture for migraines?") is a
    question about what the research says for that condition, whatever NLU guessed."""
    return bool(q.conditions and q.named)


def question_topic(q: Question) -> str:
    """The predicted topic, unless the question is how long soreness lasts."""
    topic, text = q.topics[0], q.text.lower()
    if topic in SORENESS_TOPICS:
        return topic
    if SORENESS_LASTS.search(text):
        return "aftercare"
    if THAT_LASTS.search(text) and (SORENESS.search(text) or (q.previous_topic in SORENESS_TOPICS and not q.named)):
        return "aftercare"
    return topic


def _asked_modalities(q: Question, topic: str) -> List[str]:
    """The modalities a question is about: named ones, else the conversation's."""
    mods = list(q.named) or list(q.context)
    if topic == "difference" and len(mods) == 1:
        others = [m for m in q.context if m not in mods]
        mods = mods + others if others else list(MODALITIES)
    if topic == "difference" and not mods:
        mods = list(MODALITIES)
    return mods


def find_answer(store: KnowledgeStore, q: Question, topic: str, mods: List[str]) -> Optional[Entry]:
    topics = [topic] + [t for t in q.topics + (CONDITION_TOPICS if q.conditions else []) if t != topic]
    lookup: FrozenSet[str] = frozenset(mods) if mods else all_modalities()
    entry = store.find(topics, lookup, q.text, set(q.conditions))
    if entry is None and len(mods) >= 2:  # a comparison asked on an aspect we have no entry for
        entry = store.find(["difference"], lookup, q.text, set(q.conditions))
    return entry


def kb_contract(store: KnowledgeStore, entry: Entry, followups: List[Entry]) -> Dict[str, Any]:
    return {"kind": "kb",
            "kb": {"id": entry.id, "topic": entry.topic, "modalities": list(entry.modalities),
                   "sources": [{"id": s.id, "title": s.title, "publisher": s.publisher, "date": s.date}
                               for s in store.sources_of(entry)]},
            "followups": [{"id": f.id, "question": f.question} for f in followups]}


class ActionAnswerFromKnowledge(Action):
    def name(self) -> Text:
        return "action_answer_knowledge"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        store = get_store()
        q = read_question(tracker)
        if q.intent == "choose_entry":
            entry = store.get(q.kb_id or "")
            if entry is None:
                return self._not_found(dispatcher, tracker, None, [])
            return self._answer(dispatcher, tracker, store, entry, entry.topic, list(entry.modalities))

        if q.intent == "inform_modality" or not q.topics:
            topic = tracker.get_slot(TOPIC_SLOT) or "overview"
            if not q.named:
                return self._ask_which(dispatcher, tracker, topic)
            if not q.conditions:  # "and acupuncture?" after "does IMS help my neck?": still the neck
                q = replace(q, conditions=q.context_conditions)
        else:
            topic = question_topic(q)
            anchored = q.named or q.context or q.conditions or store.mentions_term(q.text)
            if not anchored and q.confidence < UNANCHORED_MIN_CONFIDENCE:
                from actions.fallback import ActionClarify  # fallback imports this module
                return ActionClarify().run(dispatcher, tracker, domain)
        if condition_question(q) and topic not in CONDITION_KEEPS_TOPIC and not (
                topic == "choosing" and len(q.named) > 1):
            topic = CONDITION_TOPICS[0]
        return self.answer(dispatcher, tracker, store, q, topic)

    def answer(self, dispatcher: CollectingDispatcher, tracker: Tracker, store: KnowledgeStore,
               q: Question, topic: str) -> List[Dict]:
        """Answer `topic` for the question's modalities (also used by the fallback actions)."""
        mods = _asked_modalities(q, topic)
        entry = find_answer(store, q, topic, mods)
        if entry is None and not mods:
            return self._ask_which(dispatcher, tracker, topic)
        if entry is None:
            return self._not_found(dispatcher, tracker, topic, mods)
        return self._answer(dispatcher, tracker, store, entry, topic, mods, q.conditions)

    def _answer(self, dispatcher, tracker, store, entry: Entry, topic: str, mods: List[str],
                conditions: FrozenSet[str] = frozenset()) -> List[Dict]:
        c = clinic()
        followups = [f for f in (store.get(i) for i in entry.followups) if f]
        texts = [entry.answer]
        not_offered = [MODALITY_NAMES[m] for m in mods if len(mods) == 1 and not c.offers(m)]
        if not_offered:
            texts.append(f"Please note that {c.name} does not currently offer {not_offered[0]}.")
        send(dispatcher, tracker, kb_contract(store, entry, followups), texts,
             buttons=[entry_button(f) for f in followups])
        events = [SlotSet(TOPIC_SLOT, topic), SlotSet(MODALITIES_SLOT, mods)]
        if set(tracker.get_slot(CONDITIONS_SLOT) or []) != set(conditions):
            events.append(SlotSet(CONDITIONS_SLOT, sorted(conditions)))
        return events

    def _ask_which(self, dispatcher, tracker, topic: str) -> List[Dict]:
        c = clinic()
        offered = [m for m in MODALITIES if c.offers(m)] or list(MODALITIES)
        send(dispatcher, tracker, {"kind": "clarify", "topic": topic},
             [f"Happy to explain {TOPIC_WORDS.get(topic, 'that')}. Which treatment do you mean?"],
             buttons=[modality_button(m) for m in offered])
        return [SlotSet(TOPIC_SLOT, topic)]

    def _not_found(self, dispatcher, tracker, topic: Optional[str], mods: List[str]) -> List[Dict]:
        c = clinic()
        about = " and ".join(MODALITY_NAMES[m] for m in mods) or "that"
        what = TOPIC_WORDS.get(topic or "", "that")
        send(dispatcher, tracker, {"kind": "fallback", "reason": "no_entry", "topic": topic, "modalities": mods},
             [f"I don't have reliable information on {what} for {about}. The team at {c.name} can tell you: "
              f"call {c.phone}."])
        return []
