"""The reply contract: what every bot turn says about itself, in one place.

A bot turn sends the texts a patient reads (buttons on the last one), then exactly one
message whose `custom` object is the contract. The actions (actions/respond.py) and the
refusals of the Rasa server (bot/limits.py) build it only through the builders below; the
channels (bot/channels/render.py), the review log (bot/review/store.py), the evaluation
(bot/evaluate.py), the widget (web/widget/needle-guide.js) and the README read it, and
tests/unit/bot/test_contract.py checks that each of them knows every kind.

Every contract has
  kind          one of REPLY_KINDS (below)
  rule          the rule of bot/knowledge/route.py (or of bot/limits.py, or `internal_error`)
                that decided the reply: for staff, never shown to patients
  lang          "en" or "fr": the language of the reply
  safety_note   (optional) one line saying when to call the emergency number; channels show
                it under the reply (never on an emergency, which says more)
  untranslated  (optional, True) some text had no version in `lang` and went out in English

and, per kind:
  kb         an answer from the knowledge base.
             kb: {id, topic, modalities, sources: [{id, title, publisher, date}]};
             followups: [{id, question}] (also the buttons);
             booking_url, phone: only when the answer offers to book an assessment.
  clinic     the clinic's own answer from clinic.yml: topic (fees, parking...), phone, booking_url.
  booking    the booking link: booking_url, phone, modality (the treatment asked for, or None).
  contact    phone, topic (ask_contact, ask_hours, ask_location, human_handoff), address,
             hours; clinic_topic and booking_url when a practical question has no clinic answer.
  emergency  number (the emergency number, or the crisis line for self-harm), category
             (medical, self_harm), emergency_number, crisis_line.
  fallback   no answer: reason (FALLBACK_REASONS); phone (not for no_entry);
             low_confidence: suggestions (entry ids, also the buttons);
             not_covered: subject (an id of knowledge/not_covered.yml, unanchored, or
             unknown_health_term with term), ask (who can answer: doctor, doctor_or_midwife, pharmacist, clinic, vet, plan,
             doctor_pharmacist_or_clinic),
             booking_url; no_entry: topic, modalities.
  smalltalk  intent (greet, thanks, goodbye, bot_identity).
  clarify    topic: which treatment does the patient mean? (a button for each).
  privacy    the patient's erasure request: action (confirm_erase, erased, kept), reference
             (the conversation's reference). The tracker store erases on `erased`.

A builder raises ContractError for a reply the contract does not allow (a bug in the code
that built it, never something a patient typed): `assert` would vanish under `python -O`.
"""

from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple

Contract = Dict[str, Any]

LANGUAGES = ("en", "fr")
EMERGENCY_CATEGORIES = ("medical", "self_harm")
PRIVACY_ACTIONS = ("confirm_erase", "erased", "kept")
# What the patient typed could not be read (bot/guards.py `input_problem`).
UNCLEAR_REASONS = ("empty", "no_words", "too_long", "other_language", "unknown_words")
# The Rasa server's own refusals (bot/limits.py), and an action that failed.
REFUSAL_REASONS = ("rate_limited", "too_long", "unavailable", "internal_error")
FALLBACK_REASONS = tuple(
    dict.fromkeys(
        ("low_confidence", "out_of_scope", "not_covered", "no_entry") + UNCLEAR_REASONS + REFUSAL_REASONS
    )
)

# Per kind: (the fields it must have, the fields it may have), besides the common ones.
# The practical questions a clinic answers in its own words (clinic.yml `answers:`): the `topic`
# of a `clinic` reply. bot/clinic.py validates clinic.yml against it, knowledge/clinic_topics.yml's
# patterns name them, and the staff dashboard suggests the missing ones.
CLINIC_TOPICS = (
    "fees",
    "direct_billing",
    "referral",
    "what_to_bring",
    "cancellation",
    "first_visit",
    "parking",
    "accessibility",
    "languages",
)
COMMON_REQUIRED = ("kind", "rule", "lang")
COMMON_OPTIONAL = ("safety_note", "untranslated")
FIELDS: Dict[str, Tuple[Tuple[str, ...], Tuple[str, ...]]] = {
    "kb": (("kb", "followups"), ("booking_url", "phone")),
    "clinic": (("topic", "phone", "booking_url"), ()),
    "booking": (("booking_url", "phone", "modality"), ()),
    "contact": (("phone", "topic", "address", "hours"), ("clinic_topic", "booking_url")),
    "emergency": (("number", "category", "emergency_number", "crisis_line"), ()),
    "fallback": (
        ("reason",),
        ("phone", "suggestions", "subject", "ask", "booking_url", "term", "topic", "modalities"),
    ),
    "smalltalk": (("intent",), ()),
    "clarify": (("topic",), ()),
    "privacy": (("action", "reference"), ()),
}
REPLY_KINDS = tuple(FIELDS)


class ContractError(ValueError):
    """A reply that breaks the contract: the code that built it is wrong."""


def check(contract: Mapping[str, Any]) -> None:
    """Raise ContractError unless `contract` is a reply the contract allows."""
    if not isinstance(contract, Mapping):
        raise ContractError(f"a reply contract is a mapping, not {type(contract).__name__}")
    kind = contract.get("kind")
    if kind not in FIELDS:
        raise ContractError(f"unknown reply kind {kind!r} (use one of {', '.join(REPLY_KINDS)})")
    required, optional = FIELDS[kind]
    missing = [f for f in COMMON_REQUIRED + required if f not in contract]
    if missing:
        raise ContractError(f"{kind} reply without {', '.join(missing)}")
    unknown = sorted(set(contract) - set(COMMON_REQUIRED + COMMON_OPTIONAL + required + optional))
    if unknown:
        raise ContractError(f"{kind} reply with fields the contract does not have: {', '.join(unknown)}")
    if not isinstance(contract["rule"], str) or not contract["rule"]:
        raise ContractError(f"{kind} reply without the rule that decided it")
    if contract["lang"] not in LANGUAGES:
        raise ContractError(f"{kind} reply in {contract['lang']!r}, not one of {', '.join(LANGUAGES)}")
    if kind == "fallback" and contract["reason"] not in FALLBACK_REASONS:
        raise ContractError(
            f"fallback reason {contract['reason']!r} is not one of {', '.join(FALLBACK_REASONS)}"
        )
    if kind == "emergency" and contract["category"] not in EMERGENCY_CATEGORIES:
        raise ContractError(f"emergency category {contract['category']!r} is not medical or self_harm")
    if kind == "privacy" and contract["action"] not in PRIVACY_ACTIONS:
        raise ContractError(
            f"privacy action {contract['action']!r} is not one of {', '.join(PRIVACY_ACTIONS)}"
        )


def _build(
    kind: str, fields: Mapping[str, Any], rule: str, lang: str, safety_note: Optional[str] = None
) -> Contract:
    built: Contract = {"kind": kind, **fields, "rule": rule}
    if safety_note:
        built["safety_note"] = safety_note
    built["lang"] = lang
    check(built)
    return built


def mark_untranslated(contract: Contract) -> Contract:
    """The same reply, saying some of its text went out in English (it has no `lang` version)."""
    marked = dict(contract, untranslated=True)
    check(marked)
    return marked


# ---------------------------------------------------------------- one builder per kind


def source(id: str, title: str, publisher: Optional[str], date: Optional[str]) -> Dict[str, Any]:
    """One document an answer comes from (kb.sources)."""
    return {"id": id, "title": title, "publisher": publisher, "date": date}


def followup(id: str, question: str) -> Dict[str, str]:
    """One entry offered after an answer (followups), with its question in the reply's language."""
    return {"id": id, "question": question}


def kb(
    *,
    rule: str,
    lang: str,
    entry_id: str,
    topic: str,
    modalities: Iterable[str],
    sources: List[Dict[str, Any]],
    followups: List[Dict[str, str]],
    booking_offer: bool = False,
    booking_url: Optional[str] = None,
    phone: Optional[str] = None,
    safety_note: Optional[str] = None,
) -> Contract:
    if not entry_id:
        raise ContractError("kb reply without the id of the entry it answers from")
    fields: Contract = {
        "kb": {"id": entry_id, "topic": topic, "modalities": list(modalities), "sources": sources},
        "followups": followups,
    }
    if booking_offer:
        fields.update(booking_url=booking_url, phone=phone)
    return _build("kb", fields, rule, lang, safety_note)


def clinic(
    *, rule: str, lang: str, topic: str, phone: str, booking_url: str, safety_note: Optional[str] = None
) -> Contract:
    return _build(
        "clinic", {"topic": topic, "phone": phone, "booking_url": booking_url}, rule, lang, safety_note
    )


def booking(
    *,
    rule: str,
    lang: str,
    booking_url: str,
    phone: str,
    modality: Optional[str],
    safety_note: Optional[str] = None,
) -> Contract:
    return _build(
        "booking", {"booking_url": booking_url, "phone": phone, "modality": modality}, rule, lang, safety_note
    )


def contact(
    *,
    rule: str,
    lang: str,
    topic: str,
    phone: str,
    address: Optional[str],
    hours: Any,
    clinic_topic: Optional[str] = None,
    booking_url: Optional[str] = None,
    safety_note: Optional[str] = None,
) -> Contract:
    fields: Contract = {"phone": phone, "topic": topic, "address": address, "hours": hours}
    if clinic_topic:
        fields.update(clinic_topic=clinic_topic, booking_url=booking_url)
    return _build("contact", fields, rule, lang, safety_note)


def emergency(
    *, rule: str, lang: str, number: str, category: str, emergency_number: str, crisis_line: str
) -> Contract:
    return _build(
        "emergency",
        {
            "number": number,
            "category": category,
            "emergency_number": emergency_number,
            "crisis_line": crisis_line,
        },
        rule,
        lang,
    )


def fallback(
    *,
    rule: str,
    lang: str,
    reason: str,
    phone: Optional[str] = None,
    suggestions: Optional[List[str]] = None,
    safety_note: Optional[str] = None,
) -> Contract:
    """No answer, for `reason`; the phone for every reason but no_entry (see not_covered and
    no_entry for the reasons with more fields)."""
    fields: Contract = {"reason": reason, "phone": phone}
    if suggestions is not None:
        fields["suggestions"] = suggestions
    return _build("fallback", fields, rule, lang, safety_note)


def not_covered(
    *,
    rule: str,
    lang: str,
    phone: str,
    subject: str,
    ask: str,
    booking_url: Optional[str],
    term: Optional[str] = None,
    safety_note: Optional[str] = None,
) -> Contract:
    """A fallback: the documents do not cover `subject`; `ask` says who can answer."""
    fields: Contract = {
        "reason": "not_covered",
        "phone": phone,
        "subject": subject,
        "ask": ask,
        "booking_url": booking_url,
    }
    if term:
        fields["term"] = term
    return _build("fallback", fields, rule, lang, safety_note)


def no_entry(
    *, rule: str, lang: str, topic: Optional[str], modalities: List[str], safety_note: Optional[str] = None
) -> Contract:
    """A fallback: no entry for that topic and treatment."""
    return _build(
        "fallback", {"reason": "no_entry", "topic": topic, "modalities": modalities}, rule, lang, safety_note
    )


def smalltalk(*, rule: str, lang: str, intent: Optional[str], safety_note: Optional[str] = None) -> Contract:
    return _build("smalltalk", {"intent": intent}, rule, lang, safety_note)


def clarify(*, rule: str, lang: str, topic: Optional[str], safety_note: Optional[str] = None) -> Contract:
    return _build("clarify", {"topic": topic}, rule, lang, safety_note)


def privacy(*, rule: str, lang: str, action: str, reference: str) -> Contract:
    return _build("privacy", {"action": action, "reference": reference}, rule, lang)


# The builder of each kind (fallback has two more: not_covered and no_entry).
BUILDERS = {
    "kb": kb,
    "clinic": clinic,
    "booking": booking,
    "contact": contact,
    "emergency": emergency,
    "fallback": fallback,
    "smalltalk": smalltalk,
    "clarify": clarify,
    "privacy": privacy,
}
