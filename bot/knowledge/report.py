"""Coverage report: how many entries answer each topic for each modality, what still lacks
French, and how easy the answers are to read in each language."""

from typing import Dict, List, Optional, Tuple

from bot import MODALITIES, MODALITY_NAMES
from bot.knowledge import TOPICS
from bot.knowledge.model import Entry
from bot.knowledge.readability import format_french_readability, format_readability

COMPARISON = "comparison"


def coverage(entries: List[Entry]) -> Dict[Tuple[str, str], int]:
    """Count entries per (topic, column); an entry counts under each of its modalities,
    and entries naming two or more modalities also count under 'comparison'."""
    counts = {(t, c): 0 for t in TOPICS for c in (*MODALITIES, COMPARISON)}
    for e in entries:
        for m in e.modalities:
            counts[(e.topic, m)] += 1
        if len(e.modalities) > 1:
            counts[(e.topic, COMPARISON)] += 1
    return counts


def empty_cells(entries: List[Entry]) -> List[Tuple[str, str]]:
    counts = coverage(entries)
    return [(t, c) for (t, c), n in counts.items() if n == 0]


def missing_translations(entries: List[Entry], clinic=None) -> List[str]:
    """Each text a French patient would get in English, worded for the person adding it:
    knowledge entries (the build also fails on these) and, given a clinic, its hours and
    own answers written in English only (those go out in English with a note)."""
    missing = [
        f"{e.file} [{e.id}]: no {field}"
        for e in entries
        for field in ("question_fr", "answer_fr")
        if not getattr(e, field, "")
    ]
    if clinic is not None:
        if getattr(clinic, "hours", None) and not getattr(clinic, "hours_fr", None):
            missing.append("clinic.yml: hours has no hours_fr")
        answers_fr = getattr(clinic, "answers_fr", None) or {}
        missing += [
            f"clinic.yml: answers.{topic} has no answers_fr.{topic}"
            for topic, text in sorted((getattr(clinic, "answers", None) or {}).items())
            if text and not answers_fr.get(topic)
        ]
    return missing


def _clinic_or_none():
    """clinic.yml as the build checked it; the report goes on without it (tests, a broken file)."""
    try:
        from bot.clinic import load_clinic

        return load_clinic()
    except Exception:  # noqa: BLE001 - the clinic's own check names its problems
        return None


def format_translations(entries: List[Entry], clinic=None) -> str:
    missing = missing_translations(entries, clinic)
    both = sum(1 for e in entries if e.question_fr and e.answer_fr)
    lines = [f"French: {both} of {len(entries)} knowledge entries have question_fr and answer_fr"]
    lines += [f"  missing: {m}" for m in missing] if missing else ["  missing French: none"]
    return "\n".join(lines)


def format_report(entries: List[Entry], clinic: Optional[object] = None) -> str:
    counts = coverage(entries)
    cols = (*MODALITIES, COMPARISON)
    names = [MODALITY_NAMES.get(c, c) for c in cols]
    width = max(len(t) for t in TOPICS) + 2
    lines = ["topic".ljust(width) + "".join(n.rjust(14) for n in names)]
    for t in TOPICS:
        lines.append(t.ljust(width) + "".join(str(counts[(t, c)]).rjust(14) for c in cols))
    lines.append("total entries: %d" % len(entries))
    empty = empty_cells(entries)
    lines.append("empty cells: " + (", ".join(f"{t}/{c}" for t, c in empty) if empty else "none"))
    lines += ["", format_translations(entries, clinic if clinic is not None else _clinic_or_none())]
    lines += [
        "",
        "readability (Flesch-Kincaid grade, textstat 0.7.3), hardest first:",
        format_readability(entries),
    ]
    lines += [
        "",
        "readability in French (Kandel-Moles reading ease, textstat 0.7.3 set_lang('fr')), hardest first:",
        format_french_readability(entries),
    ]
    return "\n".join(lines)
