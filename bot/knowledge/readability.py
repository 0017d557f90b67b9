"""How easy each answer is to read: Flesch-Kincaid grade and word count (textstat 0.7.3).

Patients of every reading level use the assistant, so the build shows each answer's grade,
warns above MAX_GRADE, and the tests hold the median at MEDIAN_GRADE or below
(NIH: grade 8 or below for patient material; AMA: 6 or below). textstat is pinned at 0.7.3:
later versions download a pronouncing dictionary at first use, which fails offline.
"""
import statistics
from dataclasses import dataclass
from typing import Iterable, List

import textstat

from bot.knowledge.fill import measured_text

MAX_GRADE = 9.0      # no answer above this (the build warns, the tests fail)
MEDIAN_GRADE = 7.0   # the median of all answers at or below this
MAX_WORDS = 75       # about 70 words: a patient reads the whole answer on a phone


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
            lines.append(f"{r.file} [{r.entry_id}]: reading grade {r.grade} is above {MAX_GRADE:g}; "
                         "use shorter sentences (one idea each) and shorter words")
        if r.words > MAX_WORDS:
            lines.append(f"{r.file} [{r.entry_id}]: {r.words} words; keep answers to about 70")
    return lines


def format_readability(entries: Iterable) -> str:
    found = readings(entries)
    lines = [f"{'grade':>6} {'words':>6}  entry"]
    lines += [f"{r.grade:>6.1f} {r.words:>6}  {r.entry_id} ({r.file})" for r in found]
    above = sum(r.grade > MAX_GRADE for r in found)
    long_ = sum(r.words > MAX_WORDS for r in found)
    lines.append(f"median grade {median_grade(found)} (target {MEDIAN_GRADE:g} or lower); "
                 f"{above} above grade {MAX_GRADE:g}; {long_} over {MAX_WORDS} words; "
                 f"median {statistics.median(r.words for r in found) if found else 0:g} words")
    return "\n".join(lines)
