"""What the patient is asking about: topic, modalities and conditions, from the latest
message and, for follow-ups, from what the conversation was already about."""

from typing import FrozenSet, List, Optional

from rasa_sdk import Tracker

from bot import MODALITIES
from bot.knowledge.question import Question
from bot.knowledge.store import get_store
from bot.nlu.focus import FULL_TEXT, OTHER_QUESTIONS

TOPIC_PREFIX = "ask_"
MIN_RELATED_CONFIDENCE = 0.15
TOPIC_SLOT, MODALITIES_SLOT, CONDITIONS_SLOT = "topic", "modalities", "conditions"


def _entity_values(tracker: Tracker, name: str) -> List[str]:
    return [
        str(e.get("value")) for e in tracker.latest_message.get("entities", []) if e.get("entity") == name
    ]


def named_modalities(tracker: Tracker) -> List[str]:
    """Modalities in the message: extractor entities plus our own synonym scan of the text
    (which also catches values an extractor missed), in canonical form, order kept."""
    syn = get_store().synonyms
    found = [syn.canonical("modality", v) or v for v in _entity_values(tracker, "modality")]
    found += syn.find_in_text("modality", whole_text(tracker))
    return [m for m in dict.fromkeys(found) if m in MODALITIES]


def whole_text(tracker: Tracker) -> str:
    """The whole message, story included (the NLU's `text` is only the question in it)."""
    message = tracker.latest_message
    return message.get(FULL_TEXT) or message.get("text") or ""


def read_question(tracker: Tracker) -> Question:
    syn = get_store().synonyms
    message = tracker.latest_message
    text = message.get("text") or ""
    full = whole_text(tracker)
    intent = (message.get("intent") or {}).get("name") or ""
    topics: List[str] = []
    if intent.startswith(TOPIC_PREFIX):
        topics.append(intent[len(TOPIC_PREFIX) :])
    for ranked in message.get("intent_ranking") or []:
        name = ranked.get("name") or ""
        if (
            name.startswith(TOPIC_PREFIX)
            and (ranked.get("confidence") or 0) >= MIN_RELATED_CONFIDENCE
            and name[len(TOPIC_PREFIX) :] not in topics
            and len(topics) < 3
        ):
            topics.append(name[len(TOPIC_PREFIX) :])
    conditions = {syn.canonical("condition", v) or v for v in _entity_values(tracker, "condition")}
    asked = conditions | set(syn.find_in_text("condition", text))
    if full != text:  # the story around the question (the same text again adds nothing)
        conditions |= set(syn.find_in_text("condition", full))
    conditions |= asked
    kb_ids = _entity_values(tracker, "kb_id")
    confidence = float((message.get("intent") or {}).get("confidence") or 0.0)
    return Question(
        text=text,
        intent=intent,
        confidence=confidence,
        topics=topics,
        named=named_modalities(tracker),
        context=[m for m in (tracker.get_slot(MODALITIES_SLOT) or []) if m in MODALITIES],
        conditions=frozenset(conditions),
        kb_id=kb_ids[0] if kb_ids else None,
        previous_topic=tracker.get_slot(TOPIC_SLOT),
        context_conditions=frozenset(map(str, tracker.get_slot(CONDITIONS_SLOT) or [])),
        full_text=full if full != text else "",
        others=list(message.get(OTHER_QUESTIONS) or []),
        ranking=[
            (str(r.get("name") or ""), float(r.get("confidence") or 0.0))
            for r in message.get("intent_ranking") or []
        ],
        red_flag=next(iter(_entity_values(tracker, "emergency_type")), ""),
        input_problem=next(iter(_entity_values(tracker, "input_problem")), ""),
        asked_conditions=frozenset(asked),
        erase_asked=erase_asked(tracker),
        previous_subject=declined_subject(tracker),
        previous_handoff=last_handoff(tracker),
    )


def erase_asked(tracker: Tracker) -> bool:
    """Was the assistant's last reply "reply YES to delete this conversation"?"""
    for event in reversed(tracker.events or []):
        if event.get("event") == "bot":
            custom = (event.get("data") or {}).get("custom")
            if isinstance(custom, dict) and custom.get("kind"):
                return custom.get("kind") == "privacy" and custom.get("action") == "confirm_erase"
    return False


def declined_subject(tracker: Tracker) -> Optional[str]:
    """The not-covered subject the assistant's last reply declined ("les ventouses font mal?"),
    so that a follow-up on it ("et les marques violettes?") stays with it."""
    for event in reversed(tracker.events or []):
        if event.get("event") == "bot":
            custom = (event.get("data") or {}).get("custom")
            if isinstance(custom, dict) and custom.get("kind"):
                if custom.get("kind") == "fallback" and custom.get("reason") == "not_covered":
                    subject = custom.get("subject")
                    return str(subject) if subject else None
                return None
    return None


def last_handoff(tracker: Tracker) -> Optional[str]:
    """The hand-off the assistant's last reply was, when it gave the clinic's hours, address or
    phone with no clinic topic ("ask_hours"), so that "and saturdays?" stays on the hours."""
    for event in reversed(tracker.events or []):
        if event.get("event") == "bot":
            custom = (event.get("data") or {}).get("custom")
            if isinstance(custom, dict) and custom.get("kind"):
                if custom.get("kind") == "contact" and not custom.get("clinic_topic"):
                    topic = custom.get("topic")
                    return str(topic) if topic else None
                return None
    return None


def all_modalities() -> FrozenSet[str]:
    return frozenset(MODALITIES)
