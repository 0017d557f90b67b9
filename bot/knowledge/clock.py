"""Clock times: the clinic's opening hours (clinic.yml `hours`) and a time a patient asks for.

A question whether the clinic has anything at a time of day ("do you have anything at 6am?",
"any spots after 8 pm?", "vous avez une place à 7 h ?") is answered by the opening hours when
that time is outside them (route rule 8: the hours hand-off), and is a request for a slot (a
booking) when it is inside them. Only times that can be read without guessing count: "6am",
"6:30 pm", "18h", "18:30"; "at 6" could be morning or evening and reads as no time.
"""

import re
from functools import lru_cache
from typing import Iterable, Optional, Tuple

# "8 am", "8:30am", "7 p.m.", "19 h", "19h30", "18:30", "8h"
_TIME = (
    r"(?P<hour>\d{1,2})(?:(?P<sep>:|\.| ?h ?)(?P<min>\d\d)(?!\d)|(?P<h> ?h)\b(?! ?\d))? ?"
    r"(?P<half>a\.?m\.?|p\.?m\.?)?(?![\w:])"
)
_TIME_RE = re.compile(r"\b" + _TIME)


def _minutes(hour: str, minute: Optional[str], half: Optional[str], h: Optional[str]) -> Optional[int]:
    """Minutes after midnight, or None for a time that could be morning or evening ("at 6")."""
    hh, mm = int(hour), int(minute or 0)
    if mm > 59 or hh > 24:
        return None
    if half:
        if hh < 1 or hh > 12:
            return None
        pm = half.startswith("p")
        hh = (hh % 12) + (12 if pm else 0)
        return hh * 60 + mm
    if h or hh >= 13 or hh == 0:
        return (hh % 24) * 60 + mm  # 24-hour clock: "19h", "18:30" read as evening only past 12
    return None


def _h(sep: Optional[str]) -> Optional[str]:
    """The French "h" between hours and minutes ("18 h 30") marks the 24-hour clock."""
    return sep if sep and "h" in sep else None


def _match_minutes(m: "re.Match") -> Optional[int]:
    """Minutes after midnight of a time matched by `_TIME`, or None when it could be either half."""
    return _minutes(m.group("hour"), m.group("min"), m.group("half"), m.group("h") or _h(m.group("sep")))


def times_in(text: str) -> list:
    """Every clock time in `text` that reads without guessing, in minutes after midnight, in order."""
    out = []
    for m in _TIME_RE.finditer(text.lower()):
        value = _match_minutes(m)
        if value is not None:
            out.append(value)
    return out


def opening_span(hours: Iterable[str]) -> Optional[Tuple[int, int]]:
    """The earliest opening and the latest closing of any day, in minutes after midnight, from the
    clinic's hours lines ("Monday to Friday, 8 am to 7 pm"; "Sunday and holidays, closed" gives
    none); None when no line gives an opening and a closing time. Asked on every message, so the
    span of the same lines is read once."""
    return _opening_span(tuple(str(line) for line in hours or ()))


@lru_cache(maxsize=8)
def _opening_span(hours: Tuple[str, ...]) -> Optional[Tuple[int, int]]:
    opens, closes = [], []
    for line in hours:
        found = times_in(line)
        if len(found) >= 2:
            opens.append(found[0])
            closes.append(found[-1])
    if not opens:
        return None
    return min(opens), max(closes)


# Something asked for at a time of day, with no day named: "do you have anything at 6am?", "any
# spots after 8 pm?", "do you do appointments as early as 6:30am?", "could I come in at 7 am?",
# "vous avez quelque chose à 6 h ?", "une place vers 19 h ?", "je peux venir à 7h ?"
_RELATION = r"(?P<rel>at|around|for|from|after|past|later than|before|by|earlier than|as early as|as late as|[aà]|vers|avant|apr[eè]s|d[eè]s|pour)"
SLOT_AT_A_TIME = re.compile(
    r"(\b(anything|something|any ?thing|a (spot|slot|time|space|opening|appointment|appt|session)|"
    r"any (openings?|spots?|slots?|appointments?|appts?|sessions?|times?|availability|space|room)|availability|openings?|"
    # a kind of slot before it: "any late appointments after 8pm?", "any evening openings after 7 pm?"
    r"any (late|later|early|earlier|evening|night|morning|after[- ]work|before[- ]work|after[- ]hours) (openings?|spots?|slots?|appointments?|appts?|sessions?|times?)|"
    r"(appointments?|appts?|sessions?) (open|available|free)|"
    r"quelque chose|une place|de la place|des places|un cr[eé]neau|des cr[eé]neaux|une disponibilit[eé]|des disponibilit[eé]s|"
    r"un rendez-vous|un rdv|une plage)( (open|free|available|left|de libre|libre|disponible|d'ouvert))?( \w+){0,2}?|"
    r"\b(can|could|may) (i|we) (come|come in|get in|be seen|pop in|drop in|stop by)|"
    r"\b(je peux|puis-je|on peut|est-ce que je peux|pourrais-je|je pourrais) (venir|passer|me pr[eé]senter)) "
    + _RELATION
    + r" (like |about |environ )?"
    + _TIME
)
_DAY = re.compile(
    r"\b(mon|tues|wednes|thurs|fri|satur|sun)(day)?s?\b|\b(tomorrow|today|tonight|this week|next week|weekends?)\b|"
    r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|aujourd'hui|ce soir|cette semaine|la semaine prochaine|"
    r"fin de semaine)s?\b"
)


def slot_asked(text: str) -> Optional[Tuple[str, int]]:
    """(before / after / at, minutes after midnight) of a slot asked for at a time of day, no day
    named in the same question; None when there is none or its time could be morning or evening."""
    low = text.lower()
    m = SLOT_AT_A_TIME.search(low)
    if m is None or _DAY.search(low):
        return None
    value = _match_minutes(m)
    if value is None:
        return None
    rel = m.group("rel")
    if rel in ("before", "by", "earlier than", "avant"):
        return "before", value
    if rel in ("after", "past", "later than", "après", "apres", "as late as"):
        return "after", value
    return "at", value


def outside_hours(slot: Tuple[str, int], span: Tuple[int, int]) -> bool:
    """Is the slot asked for outside the opening hours (earliest opening, latest closing)?"""
    relation, value = slot
    opens, closes = span
    if relation == "before":
        return value <= opens
    if relation == "after":
        return value >= closes
    return value < opens or value >= closes
