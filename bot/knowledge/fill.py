"""Clinic placeholders in answer text: `{clinic.phone}`, `{clinic.regulator.acupuncturists}`...

An answer is written once for every clinic, yet some must speak as this clinic: the
emergency number after a lung-puncture answer, the phone or booking link where an answer
says "ask us", the provincial college where it says "check the register". So an answer
names the clinic value, the build checks every name (`placeholder_problems`), and the reply
fills it in (`fill_answer`) from clinic.yml as it is at that moment.

A value the clinic left out falls back to neutral words, so a patient never reads braces.
A French answer (issue 17) gets French words ("notre clinique", "votre région") and the
clinic's French name where clinic.yml gives one (`name_fr`); the other values (numbers,
links, regulators' names) are the same in both languages.
"""

import re
from typing import Callable, Dict, List

# The professions clinic.yml `regulators:` may name (bot/clinic.py reads this list).
PROFESSIONS = ("acupuncturists", "physiotherapists")

PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


# The words a value the clinic left out falls back to, in each language an answer is in.
DEFAULT_WORDS: Dict[str, Dict[str, str]] = {
    "en": {
        "name": "our clinic",
        "phone": "our clinic",
        "booking_url": "our website",
        "region": "your area",
        "regulator": "the regulator for {profession} where you live",
    },
    "fr": {
        "name": "notre clinique",
        "phone": "notre clinique",
        "booking_url": "notre site web",
        "region": "votre région",
        "regulator": "l'ordre professionnel des {profession} de votre région",
    },
}
PROFESSION_WORDS = {"fr": {"acupuncturists": "acupuncteurs", "physiotherapists": "physiothérapeutes"}}


def _regulator(profession: str) -> Callable[[object, str], str]:
    def value(clinic, lang: str = "en") -> str:
        reg = (getattr(clinic, "regulators", None) or {}).get(profession)
        if reg is None or not getattr(reg, "name", ""):
            words = PROFESSION_WORDS.get(lang, {}).get(profession, profession)
            return DEFAULT_WORDS[lang]["regulator"].format(profession=words)
        return f"{reg.name} ({reg.register})" if getattr(reg, "register", "") else reg.name

    return value


def _attr(name: str, fallback: str = "", french: str = "") -> Callable[[object, str], str]:
    """The clinic's value (its `french` field first in a French answer), else the default words
    for `name` in the answer's language (else `fallback`, the same in both: 911, 988)."""

    def value(clinic, lang: str = "en") -> str:
        found = str(getattr(clinic, french, "") or "") if french and lang == "fr" else ""
        found = found or str(getattr(clinic, name, "") or "")
        return found or DEFAULT_WORDS[lang].get(name, fallback)

    return value


FIELDS: Dict[str, Callable[[object, str], str]] = {
    "clinic.name": _attr("name", french="name_fr"),
    "clinic.phone": _attr("phone"),
    "clinic.booking_url": _attr("booking_url"),
    "clinic.emergency_number": _attr("emergency_number", "911"),
    "clinic.crisis_line": _attr("crisis_line", "988"),
    "clinic.region": _attr("region", french="region_fr"),
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
            problems.append(
                f"unknown placeholder {match.group(0)!r} (use one of: "
                + ", ".join("{" + f + "}" for f in FIELDS)
                + ")"
            )
    if re.search(r"[{}]", PLACEHOLDER.sub("", text)):
        problems.append("a '{' or '}' that is not part of a {clinic....} placeholder")
    return problems


TIGHT_PUNCTUATION = {"en": r" +([.,;:!?])", "fr": r" +([.,])"}


def fill_answer(text: str, clinic, lang: str = "en") -> str:
    """The answer as this clinic's patient reads it: every placeholder replaced by the
    clinic's value (or its neutral fallback in `lang`, the language `text` is written in:
    en or fr); an unknown one is dropped, never shown."""
    lang = lang if lang in DEFAULT_WORDS else "en"

    def value(match: "re.Match") -> str:
        field = FIELDS.get(match.group(1).strip())
        return field(clinic, lang) if field else ""

    filled = PLACEHOLDER.sub(value, text)
    if filled == text:
        return filled
    # a dropped value leaves a space before the punctuation after it; French puts a space
    # before : ; ! ? by rule, so only . and , lose theirs in a French answer
    return re.sub(r" {2,}", " ", re.sub(TIGHT_PUNCTUATION[lang], r"\1", filled))


def measured_text(text: str) -> str:
    """The answer as the readability measure reads it (placeholders as one short word)."""
    return PLACEHOLDER.sub(STAND_IN, text)
