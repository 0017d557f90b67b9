"""Coverage report: how many entries answer each topic for each modality."""
from typing import Dict, List, Tuple

from bot import MODALITIES, MODALITY_NAMES
from bot.knowledge import TOPICS
from bot.knowledge.model import Entry
from bot.knowledge.readability import format_readability

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


def format_report(entries: List[Entry]) -> str:
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
    lines += ["", "readability (Flesch-Kincaid grade, textstat 0.7.3), hardest first:", format_readability(entries)]
    return "\n".join(lines)
