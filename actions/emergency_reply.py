"""What an emergency reply says: the number first and alone, before anything else.

The reply is in the conversation's language with one line in the other one (a patient who
switched language mid-crisis still reads the number), and it never depends on clinic.yml: if the file is missing, broken or has a mistyped number, the built-in
numbers below go out instead, and the failure is logged.
"""

import logging
import re
from typing import Any, Dict, List, Optional, Tuple

from actions.replies import clinic
from actions.texts import say
from bot import contract

log = logging.getLogger(__name__)

BUILTIN_EMERGENCY_NUMBER = "911"
BUILTIN_CRISIS_LINE = "988"
_DIALLABLE = re.compile(r"^\+?[0-9][0-9 ().-]{1,19}$")


def _number(value: Any, builtin: str) -> str:
    """The clinic's number when it looks diallable, else the built-in one."""
    text = str(value or "").strip()
    return text if _DIALLABLE.match(text) else builtin


def _clinic_details(lang: str = "en") -> Tuple[str, str, Optional[Tuple[str, str]]]:
    """(emergency number, crisis line, (clinic name, phone) or None), safe whatever clinic.yml holds."""
    try:
        c = clinic()
        details = (c.name_in(lang), c.phone) if c.name and c.phone else None
        return (
            _number(c.emergency_number, BUILTIN_EMERGENCY_NUMBER),
            _number(c.crisis_line, BUILTIN_CRISIS_LINE),
            details,
        )
    except Exception:  # noqa: BLE001 - whatever went wrong, the emergency reply must go out
        log.exception(
            "clinic.yml unusable: emergency reply sent with the built-in numbers %s and %s",
            BUILTIN_EMERGENCY_NUMBER,
            BUILTIN_CRISIS_LINE,
        )
        return BUILTIN_EMERGENCY_NUMBER, BUILTIN_CRISIS_LINE, None


def emergency_reply(
    category: str, classifier_only: bool, lang: str = "en", rule: str = "red_flag"
) -> Tuple[List[str], Dict[str, Any]]:
    """The texts and the contract for an emergency, decided by `rule`. `category` is "medical"
    or "self_harm" (a red flag said which); `classifier_only` when only the classifier saw an
    emergency, so it may be thoughts of self-harm too: the emergency number first, then the
    crisis line. The texts are in `lang`, with the number said once in the other language too."""
    lang = "fr" if lang == "fr" else "en"
    emergency, crisis, details = _clinic_details(lang)
    numbers = {"emergency": emergency, "crisis": crisis}
    if category == "self_harm" and not classifier_only:
        number = crisis
        texts = [
            say(lang, "emergency_crisis", **numbers),
            say(lang, "emergency_other_language_crisis", **numbers),
            say(lang, "emergency_not_alone"),
        ]
    else:
        category, number = "medical", emergency
        texts = [say(lang, "emergency_medical", **numbers)]
        if classifier_only:  # the classifier's call alone: it may be thoughts of self-harm
            texts.append(say(lang, "emergency_maybe_self_harm", **numbers))
            texts.append(say(lang, "emergency_other_language_maybe", **numbers))
        else:
            texts.append(say(lang, "emergency_other_language", **numbers))
        if details:
            texts.append(say(lang, "emergency_tell_clinic", clinic=details[0], phone=details[1]))
        else:
            texts.append(say(lang, "emergency_tell_the_clinic"))
    return texts, contract.emergency(
        rule=rule, lang=lang, number=number, category=category, emergency_number=emergency, crisis_line=crisis
    )
