"""What the patient is asking about: topic, modalities and conditions, from the latest
message and, for follow-ups, from what the conversation was already about."""
from dataclasses import dataclass, field
from typing import FrozenSet, List, Optional

from rasa_sdk import Tracker

from bot import MODALITIES
from bot.knowledge.store import get_store

TOPIC_PREFIX = "ask_"
MIN_RELATED_CONFIDENCE = 0.15
TOPIC_SLOT, MODALITIES_SLOT, CONDITIONS_SLOT = "topic", "modalities", "conditions"


@dataclass
class Question:
    text: str
    intent: str
    confidence: float
    topics: List[str]                 # predicted topic first, then other likely ones
    named: List[str]                  # modalities named in this message
    context: List[str]                # modalities the conversation was about
    conditions: FrozenSet[str] = field(default_factory=frozenset)
    kb_id: Optional[str] = None
    previous_topic: Optional[str] = None      # the topic of the last answer
    context_conditions: FrozenSet[str] = field(default_factory=frozenset)  # conditions it was about


def _entity_values(tracker: Tracker, name: str) -> List[str]:
    return [str(e.get("value")) for e in tracker.latest_message.get("entities", []) if e.get("entity") == name]


def named_modalities(tracker: Tracker) -> List[str]:
    """Modalities in the message: extractor entities plus our own synonym scan of the text
    (which also catches values an extractor missed), in canonical form, order kept."""
    syn = get_store().synonyms
    found = [syn.canonical("modality", v) or v for v in _entity_values(tracker, "modality")]
    found += syn.find_in_text("modality", tracker.latest_message.get("text") or "")
    return [m for m in dict.fromkeys(found) if m in MODALITIES]


def read_question(tracker: Tracker) -> Question:
    syn = get_store().synonyms
    message = tracker.latest_message
    text = message.get("text") or ""
    intent = (message.get("intent") or {}).get("name") or ""
    topics: List[str] = []
    if intent.startswith(TOPIC_PREFIX):
        topics.append(intent[len(TOPIC_PREFIX):])
    for ranked in message.get("intent_ranking") or []:
        name = ranked.get("name") or ""
        if (name.startswith(TOPIC_PREFIX) and ranked.get("confidence", 0) >= MIN_RELATED_CONFIDENCE
                and name[len(TOPIC_PREFIX):] not in topics and len(topics) < 3):
            topics.append(name[len(TOPIC_PREFIX):])
    conditions = {syn.canonical("condition", v) or v for v in _entity_values(tracker, "condition")}
    conditions |= set(syn.find_in_text("condition", text))
    kb_ids = _entity_values(tracker, "kb_id")
    confidence = float((message.get("intent") or {}).get("confidence") or 0.0)
    return Question(text=text, intent=intent, confidence=confidence, topics=topics, named=named_modalities(tracker),
                    context=[m for m in (tracker.get_slot(MODALITIES_SLOT) or []) if m in MODALITIES],
                    conditions=frozenset(conditions), kb_id=kb_ids[0] if kb_ids else None,
                    previous_topic=tracker.get_slot(TOPIC_SLOT),
                    context_conditions=frozenset(map(str, tracker.get_slot(CONDITIONS_SLOT) or [])))


def all_modalities() -> FrozenSet[str]:
    return frozenset(MODALITIES)
