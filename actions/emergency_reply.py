"""What an emergency reply says: the number first and alone, before anything else.

The reply is in English with one line in French (French red flags raise it too), and it never
depends on clinic.yml: if the file is missing, broken or has a mistyped number, the built-in
numbers below go out instead, and the failure is logged.
"""
import logging
import re
from typing import Any, Dict, List, Optional, Tuple

from actions.replies import clinic

log = logging.getLogger(__name__)

BUILTIN_EMERGENCY_NUMBER = "911"
BUILTIN_CRISIS_LINE = "988"
_DIALLABLE = re.compile(r"^\+?[0-9][0-9 ().-]{1,19}$")


def _number(value: Any, builtin: str) -> str:
    """The clinic's number when it looks diallable, else the built-in one."""
    text = str(value or "").strip()
    return text if _DIALLABLE.match(text) else builtin


def _clinic_details() -> Tuple[str, str, Optional[Tuple[str, str]]]:
    """(emergency number, crisis line, (clinic name, phone) or None), safe whatever clinic.yml holds."""
    try:
        c = clinic()
        details = (c.name, c.phone) if c.name and c.phone else None
        return _number(c.emergency_number, BUILTIN_EMERGENCY_NUMBER), _number(c.crisis_line, BUILTIN_CRISIS_LINE), details
    except Exception:  # noqa: BLE001 - whatever went wrong, the emergency reply must go out
        log.exception("clinic.yml unusable: emergency reply sent with the built-in numbers %s and %s",
                      BUILTIN_EMERGENCY_NUMBER, BUILTIN_CRISIS_LINE)
        return BUILTIN_EMERGENCY_NUMBER, BUILTIN_CRISIS_LINE, None


def emergency_reply(category: str, classifier_only: bool) -> Tuple[List[str], Dict[str, Any]]:
    """The texts and the contract for an emergency. `category` is "medical" or "self_harm" (a
    red flag said which); `classifier_only` when only the classifier saw an emergency, so it may
    be thoughts of self-harm too: the emergency number first, then the crisis line."""
    emergency, crisis, details = _clinic_details()
    if category == "self_harm" and not classifier_only:
        number = crisis
        texts = [f"Please call or text {crisis} now to talk to someone at the crisis line, any time, "
                 f"day or night. If you are in immediate danger, call {emergency}.",
                 f"Appelez ou textez le {crisis} maintenant pour parler à quelqu'un, jour et nuit. "
                 f"En cas de danger immédiat, appelez le {emergency}.",
                 "You don't have to go through this alone."]
    else:
        category, number = "medical", emergency
        texts = [f"Call {emergency} now. Trouble breathing, chest pain, bleeding that won't stop "
                 f"or fainting that doesn't pass needs emergency care right away, so please don't wait for "
                 f"a chat reply."]
        if classifier_only:  # the classifier's call alone: it may be thoughts of self-harm
            texts.append(f"If you are having thoughts of harming yourself, call or text "
                         f"{crisis} to talk to someone at the crisis line, any time.")
            texts.append(f"Appelez le {emergency} maintenant. Si vous pensez à vous faire du mal, "
                         f"appelez ou textez le {crisis}, jour et nuit.")
        else:
            texts.append(f"Appelez le {emergency} maintenant : n'attendez pas une réponse ici.")
        if details:
            texts.append(f"When you're safe, let {details[0]} know what happened: {details[1]}.")
        else:
            texts.append("When you're safe, let the clinic know what happened.")
    return texts, {"kind": "emergency", "number": number, "category": category,
                   "emergency_number": emergency, "crisis_line": crisis}
