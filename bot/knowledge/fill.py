"""Clinic placeholders in answer text: `{clinic.phone}`, `{clinic.regulator.acupuncturists}`...

An answer is written once for every clinic, yet some must speak as this clinic: the
emergency number after a lung-puncture answer, the phone or booking link where an answer
says "ask us", the provincial college where it says "check the register". So an answer
names the clinic value, the build checks every name (`placeholder_problems`), and the reply
fills it in (`fill_answer`) from clinic.yml as it is at that moment.

A value the clinic left out falls back to neutral words, so a patient never reads braces.
"""
import re
from typing import Callable, Dict, List

# The professions clinic.yml `regulators:` may name (bot/clinic.py reads this list).
PROFESSIONS = ("acupuncturists", "physiotherapists")

PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def _regulator(profession: str) -> Callable[[object], str]:
    def value(clinic) -> str:
        reg = (getattr(clinic, "regulators", None) or {}).get(profession)
        if reg is None or not getattr(reg, "name", ""):
            return f"the regulator for {profession} where you live"
        return f"{reg.name} ({reg.register})" if getattr(reg, "register", "") else reg.name
    return value


def _attr(name: str, fallback: str) -> Callable[[object], str]:
    return lambda clinic: str(getattr(clinic, name, "") or "") or fallback


FIELDS: Dict[str, Callable[[object], str]] = {
    "clinic.name": _attr("name", "our clinic"),
    "clinic.phone": _attr("phone", "our clinic"),
    "clinic.booking_url": _attr("booking_url", "our website"),
    "clinic.emergency_number": _attr("emergency_number", "911"),
    "clinic.crisis_line": _attr("crisis_line", "988"),
    "clinic.region": _attr("region", "your area"),
    **{f"clinic.regulator.{p}": _regulator(p) for p in PROFESSIONS},
}

# What the readability measure reads in place of a placeholder: one short word, so an
# answer's grade is about its own writing, whatever a clinic puts in clinic.yml.
STAND_IN = "it"


def placeholder_problems(text: str) -> List[str]:
    """Each unknown `{...}` name or stray brace in an answer, worded for the person fixing it."""
    problems = []
    for match in PLACEHOLDER.finditer(text):
        name = match.group(1).strip()
        if name not in FIELDS:
            problems.append(f"unknown placeholder {match.group(0)!r} (use one of: "
                            + ", ".join("{" + f + "}" for f in FIELDS) + ")")
    if re.search(r"[{}]", PLACEHOLDER.sub("", text)):
        problems.append("a '{' or '}' that is not part of a {clinic....} placeholder")
    return problems


def fill_answer(text: str, clinic) -> str:
    """The answer as this clinic's patient reads it: every placeholder replaced by the
    clinic's value (or its neutral fallback); an unknown one is dropped, never shown."""
    def value(match: "re.Match") -> str:
        field = FIELDS.get(match.group(1).strip())
        return field(clinic) if field else ""
    filled = PLACEHOLDER.sub(value, text)
    return re.sub(r" {2,}", " ", re.sub(r" +([.,;:!?])", r"\1", filled)) if filled != text else filled


def measured_text(text: str) -> str:
    """The answer as the readability measure reads it (placeholders as one short word)."""
    return PLACEHOLDER.sub(STAND_IN, text)
