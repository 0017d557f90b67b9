"""How easy each answer is to read: Flesch-Kincaid grade and word count (textstat 0.7.3).

Patients of every reading level use the assistant, so the build shows each answer's grade,
warns above MAX_GRADE, and the tests hold the median at MEDIAN_GRADE or below
(NIH: grade 8 or below for patient material; AMA: 6 or below). textstat is pinned at 0.7.3:
later versions download a pronouncing dictionary at first use, which fails offline.

French answers (issue 17) are measured with textstat's French formula: in 0.7.3,
`set_lang("fr")` changes `flesch_reading_ease` to Kandel & Moles' French adaptation
(207 - 1.015 x words per sentence - 73.6 x syllables per word) and counts syllables with
Pyphen's French dictionary; `flesch_kincaid_grade` keeps its English formula whatever the
language, so French gets no grade. The French reading ease is shown beside the English
Flesch reading ease (the scale Kandel & Moles calibrated theirs on: higher is easier,
60-70 plain, 80-90 easy). textstat counts "l'aiguille" as one word (it drops apostrophes).
Each language has its own textstat object: `set_lang` on the shared module one would
change every other caller's measure too.
"""

import statistics
from dataclasses import dataclass
from typing import Iterable, List

import textstat
from textstat.textstat import textstatistics

from bot.knowledge.fill import measured_text

MAX_GRADE = 9.0  # no answer above this (the build warns, the tests fail)
MEDIAN_GRADE = 7.0  # the median of all answers at or below this
MAX_WORDS = 75  # about 70 words: a patient reads the whole answer on a phone
# French reading ease (Kandel-Moles, higher is easier). On 2026-11-30 the 140 French answers
# had a median of 83.2 (English Flesch reading ease: 78.7) and a lowest of 64.2: the tests
# hold the median at MEDIAN_EASE_FR or above and the build warns below MIN_EASE_FR.
MEDIAN_EASE_FR = 80.0
MIN_EASE_FR = 60.0


def _measure(lang: str) -> textstatistics:
    found = textstatistics()
    found.set_lang(lang)
    return found


MEASURE = {"en": _measure("en_US"), "fr": _measure("fr")}


@dataclass(frozen=True)
class Reading:
    entry_id: str
    file: str
    grade: float
    words: int


def grade(text: str) -> float:
    return round(float(textstat.flesch_kincaid_grade(measured_text(text))), 1)


def word_count(text: str) -> int:
    return len(measured_text(text).split())


def reading_ease(text: str, lang: str = "en") -> float:
    """Flesch reading ease in English, Kandel-Moles in French (textstat 0.7.3); higher is easier."""
    return round(float(MEASURE[lang].flesch_reading_ease(measured_text(text))), 1)


@dataclass(frozen=True)
class FrenchReading:
    entry_id: str
    file: str
    ease: float  # Kandel-Moles reading ease of answer_fr
    words: int


def french_readings(entries: Iterable) -> List[FrenchReading]:
    """One reading per entry with a French answer, hardest (lowest ease) first."""
    found = [
        FrenchReading(e.id, e.file, reading_ease(e.answer_fr, "fr"), word_count(e.answer_fr))
        for e in entries
        if getattr(e, "answer_fr", "")
    ]
    return sorted(found, key=lambda r: (r.ease, r.entry_id))


def median_ease(values: Iterable[float]) -> float:
    values = list(values)
    return round(statistics.median(values), 1) if values else 0.0


def readings(entries: Iterable) -> List[Reading]:
    """One reading per entry, hardest first."""
    found = [Reading(e.id, e.file, grade(e.answer), word_count(e.answer)) for e in entries]
    return sorted(found, key=lambda r: (-r.grade, r.entry_id))


def median_grade(found: List[Reading]) -> float:
    return round(statistics.median(r.grade for r in found), 1) if found else 0.0


def warnings(entries: Iterable) -> List[str]:
    """One line per answer above MAX_GRADE or MAX_WORDS, saying what to shorten."""
    lines = []
    for r in readings(entries):
        if r.grade > MAX_GRADE:
            lines.append(
                f"{r.file} [{r.entry_id}]: reading grade {r.grade} is above {MAX_GRADE:g}; "
                "use shorter sentences (one idea each) and shorter words"
            )
        if r.words > MAX_WORDS:
            lines.append(f"{r.file} [{r.entry_id}]: {r.words} words; keep answers to about 70")
    for r in french_readings(entries):
        if r.ease < MIN_EASE_FR:
            lines.append(
                f"{r.file} [{r.entry_id}]: French reading ease {r.ease} is below {MIN_EASE_FR:g}; "
                "use shorter sentences (one idea each) and shorter words in answer_fr"
            )
    return lines


def format_readability(entries: Iterable) -> str:
    found = readings(entries)
    lines = [f"{'grade':>6} {'words':>6}  entry"]
    lines += [f"{r.grade:>6.1f} {r.words:>6}  {r.entry_id} ({r.file})" for r in found]
    above = sum(r.grade > MAX_GRADE for r in found)
    long_ = sum(r.words > MAX_WORDS for r in found)
    lines.append(
        f"median grade {median_grade(found)} (target {MEDIAN_GRADE:g} or lower); "
        f"{above} above grade {MAX_GRADE:g}; {long_} over {MAX_WORDS} words; "
        f"median {statistics.median(r.words for r in found) if found else 0:g} words"
    )
    return "\n".join(lines)


def format_french_readability(entries: Iterable) -> str:
    """The French answers, hardest first, then both languages' medians on the same scale."""
    entries = list(entries)
    found = french_readings(entries)
    lines = [f"{'ease':>6} {'words':>6}  entry"]
    lines += [f"{r.ease:>6.1f} {r.words:>6}  {r.entry_id} ({r.file})" for r in found]
    below = sum(r.ease < MIN_EASE_FR for r in found)
    english = median_ease(reading_ease(e.answer, "en") for e in entries if e.answer)
    lines.append(
        f"median reading ease: French {median_ease(r.ease for r in found)} (Kandel-Moles, target "
        f"{MEDIAN_EASE_FR:g} or higher), English {english} (Flesch); higher is easier; "
        f"{below} French answers below {MIN_EASE_FR:g}; "
        f"median {statistics.median(r.words for r in found) if found else 0:g} French words"
    )
    return "\n".join(lines)
