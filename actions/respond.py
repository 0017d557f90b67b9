"""One reply, from the tracker to the patient: read the question, let `route()` decide
(bot/knowledge/route.py, where every decision and its rule live), say it.

Every action class calls `respond`; the Rasa rules only say which action runs, never what it
says. Every text is said in the conversation's language (actions/language.py decides it,
actions/texts.py holds each sentence in English and French), and the `language` slot keeps it
for the next message. Whatever goes wrong while answering, the patient still gets a short apology with the
clinic's phone number, and the failure is logged (`rule: internal_error` in the review log).
"""

import logging
from typing import Any, Dict, List, Optional, Tuple

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.context import CONDITIONS_SLOT, MODALITIES_SLOT, TOPIC_PREFIX, TOPIC_SLOT, read_question
from actions.emergency_reply import emergency_reply
from actions.entry_text import entry_answer, entry_question
from actions.language import LANGUAGE_SLOT, language_of
from actions.replies import clinic, entry_button, modality_button, send
from actions.suggestions import likely_questions, starter_questions
from actions.texts import (
    ASK_WORDS_FR,
    CLINIC_TOPIC_LABELS_FR,
    NOT_COVERED_FR,
    UNKNOWN_SUBJECT_FR,
    modality_name,
    say,
    topic_words,
)
from bot import MODALITIES, contract
from bot.clinic import Clinic
from bot.knowledge.body import musculoskeletal_condition
from bot.knowledge.clock import opening_span
from bot.knowledge.fill import fill_answer
from bot.knowledge.question import Question
from bot.knowledge.route import CLINIC_TOPIC_PREFIX, Decision, route
from bot.knowledge.store import KnowledgeStore, get_store
from bot.knowledge.subjects import ASK_WORDS, load_clinic_topics

logger = logging.getLogger(__name__)

# Kept for code that imports them: the English texts, now in actions/texts.py.
CAN_HELP = say("en", "can_help")
UNCLEAR = {
    reason: say("en", "unclear_" + reason)
    for reason in ("empty", "no_words", "too_long", "other_language", "unknown_words")
}
APOLOGY = say("en", "apology", phone="{phone}")
BUILTIN_PHONE = say("en", "builtin_phone")


def safety_note(c: Optional[Clinic], lang: str = "en") -> str:
    number = c.emergency_number if c else "911"
    return say(lang, "safety_note", number=number)


def _language(tracker: Tracker) -> Tuple[str, str]:
    """(the conversation's language, the one it would have without the slot); never fails."""
    try:
        default = clinic().default_language
    except Exception:  # noqa: BLE001 - a broken clinic.yml must not stop the reply
        default = "en"
    try:
        return language_of(tracker, default), tracker.get_slot(LANGUAGE_SLOT) or default
    except Exception:  # noqa: BLE001
        logger.exception("could not decide the conversation's language")
        return tracker.get_slot(LANGUAGE_SLOT) or default, tracker.get_slot(LANGUAGE_SLOT) or default


def respond(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[Dict[str, Any]]:
    """Answer the latest message. Never raises: a failure sends the apology instead."""
    lang, kept = _language(tracker)
    try:
        store = get_store()
        q = read_question(tracker)
        c = clinic()
        decision = route(
            q, store, offers_answer=lambda topic: bool(c.answer(topic)), opening=opening_span(c.hours)
        )
        events = render(dispatcher, tracker, store, c, q, decision, lang)
    except Exception:
        logger.exception("could not answer %r", (tracker.latest_message or {}).get("text"))
        events = apologise(dispatcher, tracker, lang)
    if lang != kept:  # the slot is set only when the language changes
        events = list(events) + [SlotSet(LANGUAGE_SLOT, lang)]
    return events


def apologise(dispatcher: CollectingDispatcher, tracker: Tracker, lang: str = "en") -> List[Dict[str, Any]]:
    """The reply when answering failed; an emergency phrase still gets the emergency reply."""
    dispatcher.messages.clear()  # nothing half-said goes out
    entities = (tracker.latest_message or {}).get("entities") or []
    category = next((e.get("value") for e in entities if e.get("entity") == "emergency_type"), None)
    if category:
        texts, reply = emergency_reply(category, classifier_only=False, lang=lang, rule="red_flag")
        for text in texts:
            dispatcher.utter_message(text=text)
        dispatcher.utter_message(json_message=reply)
        return []
    try:
        phone = clinic().phone
    except Exception:
        phone = say(lang, "builtin_phone")
    dispatcher.utter_message(text=say(lang, "apology", phone=phone))
    dispatcher.utter_message(
        json_message=contract.fallback(rule="internal_error", lang=lang, reason="internal_error", phone=phone)
    )
    return []


def render(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    store: KnowledgeStore,
    c: Clinic,
    q: Question,
    d: Decision,
    lang: str = "en",
) -> List[Dict[str, Any]]:
    """Say the decision: the texts and buttons a patient reads, then the contract
    (bot/contract.py; `common` holds the fields every kind has)."""
    common: Dict[str, Any] = {
        "rule": d.rule,
        "lang": lang,
        "safety_note": safety_note(c, lang) if d.safety_note else None,
    }
    kind = d.kind
    if kind == "privacy":
        return _privacy(dispatcher, tracker, c, d, lang)
    if kind == "emergency":
        texts, reply = emergency_reply(d.category, classifier_only=d.classifier_only, lang=lang, rule=d.rule)
        send(dispatcher, tracker, reply, texts, with_disclaimer=False)
        return []
    if kind == "kb":
        return _answer(dispatcher, tracker, store, c, q, d, common)
    if kind == "clinic":
        return _clinic(dispatcher, tracker, c, d, common)
    if kind == "booking":
        return _booking(dispatcher, tracker, c, d, common)
    if kind == "contact":
        return _contact(dispatcher, tracker, c, d, common)
    if kind == "smalltalk":
        return _smalltalk(dispatcher, tracker, store, c, d, common)
    if kind == "clarify":
        offered = [m for m in MODALITIES if c.offers(m)] or list(MODALITIES)
        send(
            dispatcher,
            tracker,
            contract.clarify(topic=d.topic, **common),
            [say(lang, "clarify", what=topic_words(lang, d.topic))],
            buttons=[modality_button(m, lang) for m in offered],
        )
        return [SlotSet(TOPIC_SLOT, d.topic)] if d.topic else []
    return _fallback(dispatcher, tracker, store, c, q, d, common)


PRIVACY = {
    "en": {
        "confirm_erase": (
            "Do you want me to delete this whole conversation from {clinic}'s records? "
            "Reply YES to delete it now, or NO to keep it. (Reference {reference})"
        ),
        "erased": (
            "Done: this conversation (reference {reference}) has been deleted from {clinic}'s records, "
            "with everything you wrote in it. If you write again, a new conversation starts."
        ),
        "kept": "OK, nothing was deleted. What would you like to know?",
    },
    "fr": {
        "confirm_erase": (
            "Voulez-vous que j'efface toute cette conversation des dossiers de {clinic} ? "
            "Répondez OUI pour l'effacer maintenant, ou NON pour la garder. (Référence {reference})"
        ),
        "erased": (
            "C'est fait : cette conversation (référence {reference}) a été effacée des dossiers de "
            "{clinic}, avec tout ce que vous y avez écrit. Si vous écrivez de nouveau, une nouvelle "
            "conversation commence."
        ),
        "kept": "D'accord, rien n'a été effacé. Que voulez-vous savoir?",
    },
}


def _privacy(dispatcher, tracker, c: Clinic, d: Decision, lang: str = "en") -> List[Dict[str, Any]]:
    """The patient's erasure request (rule `erase`): ask, then confirm. The erasure itself is
    done by the tracker store once this reply is saved (bot/tracker_store/redacting.py). A
    request in French ("effacer", "oui") is answered in French whatever the conversation spoke."""
    from bot.privacy import reference

    ref = reference(tracker.sender_id)
    lang = "fr" if "fr" in (d.language, lang) else "en"
    text = PRIVACY[lang][d.reason or "kept"].format(clinic=c.name_in(lang), reference=ref)
    dispatcher.utter_message(text=text)
    dispatcher.utter_message(
        json_message=contract.privacy(rule=d.rule, lang=lang, action=d.reason or "kept", reference=ref)
    )
    return []


def _answer(
    dispatcher, tracker, store: KnowledgeStore, c: Clinic, q: Question, d: Decision, common: Dict[str, Any]
) -> List[Dict[str, Any]]:
    lang = common["lang"]
    entry = d.entry
    followups = [f for f in (store.get(i) for i in entry.followups) if f]
    offered = list({e.id: e for e in d.also + followups}.values())[:3]
    answer, answered_in = entry_answer(entry, lang)
    texts = [fill_answer(answer, c, answered_in)]
    not_offered = [m for m in d.modalities if len(d.modalities) == 1 and not c.offers(m)]
    if not_offered:
        texts.append(
            say(lang, "not_offered", clinic=c.name_in(lang), modality=modality_name(lang, not_offered[0]))
        )
    if d.booking_offer:
        texts.append(say(lang, "booking_offer", url=c.booking_url, phone=c.phone))
    reply = contract.kb(
        entry_id=entry.id,
        topic=entry.topic,
        modalities=entry.modalities,
        sources=[contract.source(s.id, s.title, s.publisher, s.date) for s in store.sources_of(entry)],
        followups=[contract.followup(f.id, entry_question(f, lang)) for f in offered],
        booking_offer=d.booking_offer,
        booking_url=c.booking_url,
        phone=c.phone,
        **common,
    )
    send(
        dispatcher,
        tracker,
        reply,
        texts,
        buttons=[entry_button(f, lang) for f in offered],
        untranslated=answered_in != lang,
    )
    events = [SlotSet(TOPIC_SLOT, d.topic), SlotSet(MODALITIES_SLOT, d.modalities)]
    if set(tracker.get_slot(CONDITIONS_SLOT) or []) != set(d.conditions):
        events.append(SlotSet(CONDITIONS_SLOT, sorted(d.conditions)))
    return events


def _clinic(dispatcher, tracker, c: Clinic, d: Decision, common: Dict[str, Any]) -> List[Dict[str, Any]]:
    lang = common["lang"]
    answer, answered_in = c.answer_in(d.clinic_topic, lang)
    texts = [answer]
    if d.clinic_topic == "cancellation":
        texts.append(say(lang, "cancel_line", url=c.booking_url, phone=c.phone))
    send(
        dispatcher,
        tracker,
        contract.clinic(topic=d.clinic_topic, phone=c.phone, booking_url=c.booking_url, **common),
        texts,
        untranslated=answered_in != lang,
    )
    return [SlotSet(TOPIC_SLOT, CLINIC_TOPIC_PREFIX + d.clinic_topic)]


def _booking(dispatcher, tracker, c: Clinic, d: Decision, common: Dict[str, Any]) -> List[Dict[str, Any]]:
    lang = common["lang"]
    modality, texts = d.booking_modality, []
    if modality and not c.offers(modality):
        texts.append(
            say(lang, "booking_not_offered", clinic=c.name_in(lang), modality=modality_name(lang, modality))
        )
        modality = None
    url = c.booking_url_for(modality)
    what = say(lang, "booking_for", modality=modality_name(lang, modality)) if modality else ""
    texts.append(say(lang, "booking", what=what, url=url, phone=c.phone))
    send(
        dispatcher,
        tracker,
        contract.booking(booking_url=url, phone=c.phone, modality=modality, **common),
        texts,
    )
    return []


def _clinic_topic_label(topic: str, lang: str) -> str:
    if lang == "fr" and topic in CLINIC_TOPIC_LABELS_FR:
        return CLINIC_TOPIC_LABELS_FR[topic]
    return next((r.label for r in load_clinic_topics() if r.name == topic), say(lang, "that"))


def _contact(dispatcher, tracker, c: Clinic, d: Decision, common: Dict[str, Any]) -> List[Dict[str, Any]]:
    lang = common["lang"]
    intent = d.intent or "ask_contact"
    name = c.name_in(lang)
    hours_text, hours_lang = c.hours_in(lang)
    hours = say(lang, "hours", hours=hours_text) if c.hours else ""
    untranslated = False
    if d.clinic_topic:
        texts = [
            say(
                lang,
                "clinic_unknown",
                clinic=name,
                label=_clinic_topic_label(d.clinic_topic, lang),
                phone=c.phone,
                url=c.booking_url,
            )
        ]
    elif intent == "ask_hours":
        texts = [hours or say(lang, "hours_unknown", phone=c.phone), say(lang, "call_us", phone=c.phone)]
        untranslated = bool(hours) and hours_lang != lang
    elif intent == "ask_location":
        texts = [
            say(lang, "location", clinic=name, address=c.address)
            if c.address
            else say(lang, "location_unknown", phone=c.phone),
            hours,
        ]
        untranslated = bool(hours) and hours_lang != lang
    elif intent == "human_handoff":
        texts = [
            say(lang, "human", clinic=name, phone=c.phone)
            + (say(lang, "human_hours", hours=hours_text) if c.hours else "")
        ]
        untranslated = bool(c.hours) and hours_lang != lang
    else:
        texts = [
            say(lang, "contact", clinic=name, phone=c.phone)
            + (say(lang, "contact_address", address=c.address) if c.address else ""),
            hours,
        ]
        untranslated = bool(hours) and hours_lang != lang
    reply = contract.contact(
        phone=c.phone,
        topic=intent,
        address=c.address,
        hours=c.hours,
        clinic_topic=d.clinic_topic,
        booking_url=c.booking_url,
        **common,
    )
    send(dispatcher, tracker, reply, [t for t in texts if t], untranslated=untranslated)
    return []


def _smalltalk(
    dispatcher, tracker, store, c: Clinic, d: Decision, common: Dict[str, Any]
) -> List[Dict[str, Any]]:
    lang = common["lang"]
    buttons = []
    if d.intent == "goodbye":
        text = say(lang, "goodbye", url=c.booking_url, phone=c.phone)
    elif d.intent == "thanks":
        text = say(lang, "thanks")
    elif d.intent == "bot_identity":
        text = say(lang, "bot_identity", clinic=c.name_in(lang), phone=c.phone)
    else:
        text = say(lang, "greet")
        buttons = [entry_button(e, lang) for e in starter_questions(store)]
    send(dispatcher, tracker, contract.smalltalk(intent=d.intent, **common), [text], buttons=buttons)
    return []


def _ranked_topics(q: Question) -> List[str]:
    return [name[4:] for name, _ in q.ranking if name.startswith("ask_")][:2]


# Something that happened at or after a session that no entry names: the practitioner should
# hear of it, and a severe or worsening one is for the emergency number.
AFTER_EFFECT_SUBJECTS = frozenset({"session_reaction", "session_faint", "other_reactions", "needle_incident"})


def _not_covered_about(d: Decision, lang: str) -> str:
    if lang == "fr":
        if d.subject:
            return NOT_COVERED_FR.get(d.subject.id, UNKNOWN_SUBJECT_FR)
        return f"« {d.term} »" if d.term else UNKNOWN_SUBJECT_FR
    return d.subject.about if d.subject else d.term


def _fallback(
    dispatcher, tracker, store: KnowledgeStore, c: Clinic, q: Question, d: Decision, common: Dict[str, Any]
) -> List[Dict[str, Any]]:
    lang = common["lang"]
    reason = d.reason or "low_confidence"
    name = c.name_in(lang)
    buttons: List[Dict[str, str]] = []
    events: List[Dict[str, Any]] = []
    if reason == "not_covered":
        ask = d.subject.ask if d.subject else "doctor"
        who = (ASK_WORDS_FR if lang == "fr" else ASK_WORDS).get(
            ask, ASK_WORDS_FR["doctor"] if lang == "fr" else ASK_WORDS["doctor"]
        )
        if d.subject and d.subject.id in AFTER_EFFECT_SUBJECTS:
            help_line = say(
                lang, "not_covered_reaction", clinic=name, phone=c.phone, emergency=c.emergency_number
            )
        elif ask == "clinic":
            help_line = say(lang, "not_covered_clinic", clinic=name, phone=c.phone, url=c.booking_url)
        elif ask == "plan":  # written rule 5: only that insurer or plan can say what it pays
            help_line = say(lang, "not_covered_plan", clinic=name, phone=c.phone)
        else:
            help_line = say(lang, "not_covered_ask", who=who, clinic=name, phone=c.phone)
        texts = [say(lang, "not_covered", about=_not_covered_about(d, lang), help=help_line)]
        reply = contract.not_covered(
            phone=c.phone,
            subject=d.subject.id if d.subject else "unknown_health_term",
            ask=ask,
            booking_url=c.booking_url,
            term=d.term,
            **common,
        )
        if q.named and not q.red_flag:
            # declined, but the conversation is about the treatment named: "does acupuncture help hot
            # flashes?" then "what about the insomnia then?" asks the same of acupuncture
            events = [SlotSet(MODALITIES_SLOT, list(q.named))]
            if q.intent.startswith(TOPIC_PREFIX):
                events.append(SlotSet(TOPIC_SLOT, q.intent[len(TOPIC_PREFIX) :]))
    elif reason == "no_entry":
        about = say(lang, "and").join(modality_name(lang, m) for m in d.modalities) or say(lang, "that")
        texts = [
            say(lang, "no_entry", what=topic_words(lang, d.topic), about=about, clinic=name, phone=c.phone)
        ]
        reply = contract.no_entry(topic=d.topic, modalities=d.modalities, **common)
        if q.named:  # not answered, but "does it hurt?" next is about the treatment named
            events = [SlotSet(MODALITIES_SLOT, list(q.named))]
    elif reason == "out_of_scope" and d.rule == "chat_privacy":
        # "who reads these chats?": not the documents' subject, but the assistant can say how
        # this conversation is kept and how to erase it (bot/privacy)
        text = say(lang, "chat_privacy", clinic=name, days=c.retention_days)
        texts = [f"{text} {say(lang, 'privacy_link', url=c.privacy_url)}" if c.privacy_url else text]
        reply = contract.fallback(reason=reason, phone=c.phone, **common)
    elif reason == "out_of_scope":
        texts = [say(lang, "out_of_scope", can_help=say(lang, "can_help"), clinic=name, phone=c.phone)]
        buttons = [entry_button(e, lang) for e in starter_questions(store)]
        reply = contract.fallback(reason=reason, phone=c.phone, **common)
        told = set(q.conditions) or {c for c in [musculoskeletal_condition(q.text)] if c}
        if told and not q.red_flag:
            # not answered, but "could needling help that?" next points back at the problem told
            # ("my knee arthritis is pretty bad" said alone; "my wrists are killing me from
            # kneading dough": a body part and a complaint, the nearest condition)
            events = [SlotSet(CONDITIONS_SLOT, sorted(told))]
    elif reason in UNCLEAR:
        texts = [say(lang, "unclear", problem=say(lang, "unclear_" + reason), clinic=name, phone=c.phone)]
        buttons = [entry_button(e, lang) for e in starter_questions(store)]
        reply = contract.fallback(reason=reason, phone=c.phone, **common)
    else:  # low_confidence: likely questions as buttons
        mods = frozenset(q.named or q.context)
        suggestions = likely_questions(store, q.text, _ranked_topics(q), mods)
        if suggestions:
            texts = [say(lang, "unsure_suggest", clinic=name, phone=c.phone)]
        else:
            suggestions = starter_questions(store)
            texts = [say(lang, "unsure", can_help=say(lang, "can_help"), clinic=name, phone=c.phone)]
        reply = contract.fallback(
            reason=reason, phone=c.phone, suggestions=[e.id for e in suggestions], **common
        )
        buttons = [entry_button(e, lang) for e in suggestions]
        # Not sure what was asked, but sure which treatment: "does it hurt?" next is about it.
        if q.named:
            events = [SlotSet(MODALITIES_SLOT, list(q.named))]
    send(dispatcher, tracker, reply, texts, buttons=buttons or None)
    return events
