"""One reply, from the tracker to the patient: read the question, let `route()` decide
(bot/knowledge/route.py, where every decision and its rule live), say it.

Every action class calls `respond`; the Rasa rules only say which action runs, never what it
says. Whatever goes wrong while answering, the patient still gets a short apology with the
clinic's phone number, and the failure is logged (`rule: internal_error` in the review log).
"""
import logging
from typing import Any, Dict, List, Optional

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.context import CONDITIONS_SLOT, MODALITIES_SLOT, TOPIC_SLOT, read_question
from actions.emergency_reply import emergency_reply
from actions.replies import clinic, entry_button, modality_button, send
from actions.suggestions import likely_questions, starter_questions
from bot import MODALITIES, MODALITY_NAMES
from bot.clinic import Clinic
from bot.knowledge.fill import fill_answer
from bot.knowledge.question import Question
from bot.knowledge.route import CLINIC_TOPIC_PREFIX, Decision, route
from bot.knowledge.store import KnowledgeStore, get_store
from bot.knowledge.subjects import ASK_WORDS, load_clinic_topics

logger = logging.getLogger(__name__)

TOPIC_WORDS = {
    "overview": "what it is", "difference": "how they differ", "origins": "where it comes from",
    "technique": "how it is done", "sensation": "what it feels like", "aftercare": "what to expect afterwards",
    "session_length": "how long a session lasts", "treatment_course": "how many sessions it takes",
    "practitioners": "who can do it", "safety": "how safe it is", "evidence": "what the research says",
    "conditions": "what it is used for", "needles": "the needles used", "insurance": "insurance",
    "choosing": "choosing between them",
}
CAN_HELP = ("I can explain acupuncture, dry needling and IMS: what they are, how they differ, "
            "whether they hurt, how long sessions last, safety, who provides them and what the research says.")
UNCLEAR = {
    "empty": "I didn't catch a question there. What would you like to know?",
    "no_words": "I can only read words, not pictures or emoji. What would you like to know?",
    "too_long": ("That's a long message! Could you ask me one short question at a time? "
                 "For anything about your own situation, the clinic team is happy to help."),
    "other_language": "Sorry, I can only answer in English for now.",
    "unknown_words": "Sorry, I didn't understand that. Could you put your question another way?",
}
# Said when something failed inside the assistant: never silence, never a stack trace.
APOLOGY = "Sorry, something went wrong on my side and I can't answer right now. Please call {phone}."
BUILTIN_PHONE = "the clinic"


def safety_note(c: Optional[Clinic]) -> str:
    number = c.emergency_number if c else "911"
    return (f"If you have trouble breathing, chest pain, bleeding that won't stop, or you faint, "
            f"call {number} now.")


def respond(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[Dict[str, Any]]:
    """Answer the latest message. Never raises: a failure sends the apology instead."""
    try:
        store = get_store()
        q = read_question(tracker)
        c = clinic()
        decision = route(q, store, offers_answer=lambda topic: bool(c.answer(topic)))
        return render(dispatcher, tracker, store, c, q, decision)
    except Exception:
        logger.exception("could not answer %r", (tracker.latest_message or {}).get("text"))
        return apologise(dispatcher, tracker)


def apologise(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[Dict[str, Any]]:
    """The reply when answering failed; an emergency phrase still gets the emergency reply."""
    dispatcher.messages.clear()  # nothing half-said goes out
    entities = (tracker.latest_message or {}).get("entities") or []
    category = next((e.get("value") for e in entities if e.get("entity") == "emergency_type"), None)
    if category:
        texts, contract = emergency_reply(category, classifier_only=False)
        for text in texts:
            dispatcher.utter_message(text=text)
        dispatcher.utter_message(json_message=dict(contract, rule="red_flag"))
        return []
    try:
        phone = clinic().phone
    except Exception:
        phone = BUILTIN_PHONE
    dispatcher.utter_message(text=APOLOGY.format(phone=phone))
    dispatcher.utter_message(json_message={"kind": "fallback", "reason": "internal_error",
                                           "rule": "internal_error", "phone": phone})
    return []


def render(dispatcher: CollectingDispatcher, tracker: Tracker, store: KnowledgeStore, c: Clinic,
           q: Question, d: Decision) -> List[Dict[str, Any]]:
    """Say the decision: the texts and buttons a patient reads, then the contract."""
    extra: Dict[str, Any] = {"rule": d.rule}
    if d.safety_note:
        extra["safety_note"] = safety_note(c)
    kind = d.kind
    if kind == "privacy":
        return _privacy(dispatcher, tracker, c, d)
    if kind == "emergency":
        texts, contract = emergency_reply(d.category, classifier_only=d.classifier_only)
        send(dispatcher, tracker, dict(contract, **extra), texts, with_disclaimer=False)
        return []
    if kind == "kb":
        return _answer(dispatcher, tracker, store, c, q, d, extra)
    if kind == "clinic":
        return _clinic(dispatcher, tracker, c, d, extra)
    if kind == "booking":
        return _booking(dispatcher, tracker, c, d, extra)
    if kind == "contact":
        return _contact(dispatcher, tracker, c, d, extra)
    if kind == "smalltalk":
        return _smalltalk(dispatcher, tracker, store, c, d, extra)
    if kind == "clarify":
        offered = [m for m in MODALITIES if c.offers(m)] or list(MODALITIES)
        send(dispatcher, tracker, dict({"kind": "clarify", "topic": d.topic}, **extra),
             [f"Happy to explain {TOPIC_WORDS.get(d.topic or '', 'that')}. Which treatment do you mean?"],
             buttons=[modality_button(m) for m in offered])
        return [SlotSet(TOPIC_SLOT, d.topic)] if d.topic else []
    return _fallback(dispatcher, tracker, store, c, q, d, extra)


PRIVACY = {
    "en": {"confirm_erase": ("Do you want me to delete this whole conversation from {clinic}'s records? "
                             "Reply YES to delete it now, or NO to keep it. (Reference {reference})"),
           "erased": ("Done: this conversation (reference {reference}) has been deleted from {clinic}'s records, "
                      "with everything you wrote in it. If you write again, a new conversation starts."),
           "kept": "OK, nothing was deleted. What would you like to know?"},
    "fr": {"confirm_erase": ("Voulez-vous que j'efface toute cette conversation des dossiers de {clinic} ? "
                             "Répondez OUI pour l'effacer maintenant, ou NON pour la garder. (Référence {reference})"),
           "erased": ("C'est fait : cette conversation (référence {reference}) a été effacée des dossiers de "
                      "{clinic}, avec tout ce que vous y avez écrit. Si vous écrivez de nouveau, une nouvelle "
                      "conversation commence."),
           "kept": "D'accord, rien n'a été effacé."},
}


def _privacy(dispatcher, tracker, c: Clinic, d: Decision) -> List[Dict[str, Any]]:
    """The patient's erasure request (rule `erase`): ask, then confirm. The erasure itself is
    done by the tracker store once this reply is saved (bot/review/tracker_store.py)."""
    from bot.privacy import reference
    ref = reference(tracker.sender_id)
    text = PRIVACY[d.language][d.reason or "kept"].format(clinic=c.name, reference=ref)
    dispatcher.utter_message(text=text)
    dispatcher.utter_message(json_message={"kind": "privacy", "action": d.reason, "reference": ref,
                                           "rule": d.rule})
    return []


def _answer(dispatcher, tracker, store: KnowledgeStore, c: Clinic, q: Question, d: Decision,
            extra: Dict[str, Any]) -> List[Dict[str, Any]]:
    entry = d.entry
    followups = [f for f in (store.get(i) for i in entry.followups) if f]
    offered = list({e.id: e for e in d.also + followups}.values())[:3]
    texts = [fill_answer(entry.answer, c)]
    not_offered = [MODALITY_NAMES[m] for m in d.modalities if len(d.modalities) == 1 and not c.offers(m)]
    if not_offered:
        texts.append(f"Please note that {c.name} does not currently offer {not_offered[0]}.")
    if d.booking_offer:
        texts.append(f"For advice about your own situation, you can book an assessment at "
                     f"{c.booking_url} or call {c.phone}.")
    contract = {"kind": "kb",
                "kb": {"id": entry.id, "topic": entry.topic, "modalities": list(entry.modalities),
                       "sources": [{"id": s.id, "title": s.title, "publisher": s.publisher, "date": s.date}
                                   for s in store.sources_of(entry)]},
                "followups": [{"id": f.id, "question": f.question} for f in offered]}
    if d.booking_offer:
        contract.update(booking_url=c.booking_url, phone=c.phone)
    send(dispatcher, tracker, dict(contract, **extra), texts, buttons=[entry_button(f) for f in offered])
    events = [SlotSet(TOPIC_SLOT, d.topic), SlotSet(MODALITIES_SLOT, d.modalities)]
    if set(tracker.get_slot(CONDITIONS_SLOT) or []) != set(d.conditions):
        events.append(SlotSet(CONDITIONS_SLOT, sorted(d.conditions)))
    return events


def _clinic(dispatcher, tracker, c: Clinic, d: Decision, extra: Dict[str, Any]) -> List[Dict[str, Any]]:
    texts = [c.answer(d.clinic_topic)]
    if d.clinic_topic == "cancellation":
        texts.append(f"To change or cancel an appointment, go to {c.booking_url} or call {c.phone}.")
    send(dispatcher, tracker, dict({"kind": "clinic", "topic": d.clinic_topic, "phone": c.phone,
                                    "booking_url": c.booking_url}, **extra), texts)
    return [SlotSet(TOPIC_SLOT, CLINIC_TOPIC_PREFIX + d.clinic_topic)]


def _booking(dispatcher, tracker, c: Clinic, d: Decision, extra: Dict[str, Any]) -> List[Dict[str, Any]]:
    modality, texts = d.booking_modality, []
    if modality and not c.offers(modality):
        texts.append(f"{c.name} does not currently offer {MODALITY_NAMES[modality]}, "
                     "but you can book an assessment to talk about your options.")
        modality = None
    url = c.booking_url_for(modality)
    what = f" for {MODALITY_NAMES[modality]}" if modality else ""
    texts.append(f"You can book an appointment{what} online at {url}, or call us at {c.phone}.")
    send(dispatcher, tracker, dict({"kind": "booking", "booking_url": url, "phone": c.phone,
                                    "modality": modality}, **extra), texts)
    return []


def _contact(dispatcher, tracker, c: Clinic, d: Decision, extra: Dict[str, Any]) -> List[Dict[str, Any]]:
    intent = d.intent or "ask_contact"
    hours = f"Our hours: {c.hours_text}." if c.hours else ""
    if d.clinic_topic:
        label = next((r.label for r in load_clinic_topics() if r.name == d.clinic_topic), "that")
        texts = [f"The team at {c.name} can tell you about {label}. Call {c.phone}, "
                 f"or book online at {c.booking_url}."]
    elif intent == "ask_hours":
        texts = [hours or f"Please call {c.phone} for our hours.", f"You can call us at {c.phone}."]
    elif intent == "ask_location":
        texts = [f"{c.name} is at {c.address}." if c.address else f"Please call {c.phone} for directions.", hours]
    elif intent == "human_handoff":
        texts = [f"I'm an automated assistant, so for a person please call {c.name} at {c.phone}. "
                 + (f"Someone can answer during opening hours ({c.hours_text})." if c.hours else "")]
    else:
        texts = [f"You can reach {c.name} at {c.phone}." + (f" We're at {c.address}." if c.address else ""), hours]
    contract = {"kind": "contact", "phone": c.phone, "topic": intent, "address": c.address, "hours": c.hours}
    if d.clinic_topic:
        contract.update(clinic_topic=d.clinic_topic, booking_url=c.booking_url)
    send(dispatcher, tracker, dict(contract, **extra), [t for t in texts if t])
    return []


def _smalltalk(dispatcher, tracker, store, c: Clinic, d: Decision, extra: Dict[str, Any]) -> List[Dict[str, Any]]:
    buttons = []
    if d.intent == "goodbye":
        text = f"Take care! If you'd like to book, visit {c.booking_url} or call {c.phone}."
    elif d.intent == "thanks":
        text = "You're welcome! Is there anything else you'd like to know?"
    elif d.intent == "bot_identity":
        text = (f"I'm Needle Guide, an automated assistant for {c.name}, not a person. I share general "
                f"information from published articles about needling treatments. For advice about your "
                f"own health, please call {c.phone}.")
    else:
        text = ("Hi! I can answer questions about acupuncture, dry needling and IMS "
                "(intramuscular stimulation). What would you like to know?")
        buttons = [entry_button(e) for e in starter_questions(store)]
    send(dispatcher, tracker, dict({"kind": "smalltalk", "intent": d.intent}, **extra), [text], buttons=buttons)
    return []


def _ranked_topics(q: Question) -> List[str]:
    return [name[4:] for name, _ in q.ranking if name.startswith("ask_")][:2]


def _fallback(dispatcher, tracker, store: KnowledgeStore, c: Clinic, q: Question, d: Decision,
              extra: Dict[str, Any]) -> List[Dict[str, Any]]:
    reason = d.reason or "low_confidence"
    contract: Dict[str, Any] = {"kind": "fallback", "reason": reason, "phone": c.phone}
    buttons: List[Dict[str, str]] = []
    events: List[Dict[str, Any]] = []
    if reason == "not_covered":
        ask = d.subject.ask if d.subject else "doctor"
        about = d.subject.about if d.subject else d.term
        who = ASK_WORDS.get(ask, ASK_WORDS["doctor"])
        if ask == "clinic":
            help_line = f"The team at {c.name} can help: call {c.phone} or book at {c.booking_url}."
        else:
            help_line = (f"Please ask {who}: they know your health and can advise you. "
                         f"You can also call {c.name} at {c.phone}.")
        texts = [f"I don't have information about {about}, so I can't answer that. {help_line}"]
        contract.update(subject=d.subject.id if d.subject else "unknown_health_term", ask=ask,
                        booking_url=c.booking_url)
        if d.term:
            contract["term"] = d.term
    elif reason == "no_entry":
        about = " and ".join(MODALITY_NAMES[m] for m in d.modalities) or "that"
        what = TOPIC_WORDS.get(d.topic or "", "that")
        texts = [f"I don't have reliable information on {what} for {about}. The team at {c.name} can tell you: "
                 f"call {c.phone}."]
        contract = {"kind": "fallback", "reason": "no_entry", "topic": d.topic, "modalities": d.modalities}
    elif reason == "out_of_scope":
        texts = [f"That's outside what I can help with. {CAN_HELP} I can't give advice about medication, "
                 f"diagnose a problem or talk about other treatments: for that, please call {c.name} at {c.phone}."]
        buttons = [entry_button(e) for e in starter_questions(store)]
    elif reason in UNCLEAR:
        texts = [f"{UNCLEAR[reason]} You can also call {c.name} at {c.phone}."]
        buttons = [entry_button(e) for e in starter_questions(store)]
    else:  # low_confidence: likely questions as buttons
        mods = frozenset(q.named or q.context)
        suggestions = likely_questions(store, q.text, _ranked_topics(q), mods)
        if suggestions:
            texts = [f"I'm not sure I understood. Did you mean one of these? You can also call {c.name} at {c.phone}."]
        else:
            suggestions = starter_questions(store)
            texts = [f"I'm not sure I understood. {CAN_HELP} You can also call {c.name} at {c.phone}."]
        contract["suggestions"] = [e.id for e in suggestions]
        buttons = [entry_button(e) for e in suggestions]
        # Not sure what was asked, but sure which treatment: "does it hurt?" next is about it.
        if q.named:
            events = [SlotSet(MODALITIES_SLOT, list(q.named))]
    send(dispatcher, tracker, dict(contract, **extra), texts, buttons=buttons or None)
    return events
