"""Which held-out sets are spent, and the one run each got, read from their own record.

Why: `make eval` shows the latest spent held-out set for the record. Hard-coding its name went
stale (it kept showing heldout7 long after heldout12 was run). Each set's section in
tests/real_questions/README.md records its one run ("**Run once, at commit `6abc5c6` ...:
141/160 (88.1%)"), so the latest spent set is the highest-numbered `heldoutN.yml` whose section
records a run. A set being written, or written but not yet run, has no such line: it is never
picked, so `make eval` never runs an unspent set.
"""

import re
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional

from bot import PROJECT_ROOT

REAL_DIR = PROJECT_ROOT / "tests" / "real_questions"
README = REAL_DIR / "README.md"

_SECTION = re.compile(r"^## ([\w-]+)\.yml\b", re.M)
_RUN = re.compile(r"\bRun once, at commit `([0-9a-f]{7,40})`")
_FIGURE = re.compile(r"(\d+)/(\d+) \((\d+(?:\.\d+)?)%\)")
_NUMBERED = re.compile(r"^heldout(\d+)$")


@dataclass(frozen=True)
class HeldoutRun:
    """A held-out set and its one recorded run."""

    name: str  # file stem, e.g. heldout12
    path: Path
    commit: str
    figure: str  # "141/160 (88.1%)"


def sections(readme: Path = README) -> List[str]:
    """The set names that have a section ("## heldout33.yml: ...") in the README, in order."""
    return _SECTION.findall(readme.read_text(encoding="utf-8"))


def recorded_runs(readme: Path = README) -> List[HeldoutRun]:
    """Every set whose README section records its one run, in README order."""
    text = readme.read_text(encoding="utf-8")
    heads = list(_SECTION.finditer(text))
    runs = []
    for i, head in enumerate(heads):
        body = text[head.end() : heads[i + 1].start() if i + 1 < len(heads) else len(text)]
        run = _RUN.search(body)
        if not run:
            continue
        figure = _FIGURE.search(body, run.end())
        runs.append(
            HeldoutRun(
                name=head.group(1),
                path=readme.parent / f"{head.group(1)}.yml",
                commit=run.group(1),
                figure=figure.group(0) if figure else "?",
            )
        )
    return runs


def latest_spent(readme: Path = README) -> Optional[HeldoutRun]:
    """The highest-numbered heldoutN.yml with a recorded run and a file on disk, or None."""
    numbered = [
        (int(m.group(1)), r)
        for r in recorded_runs(readme)
        if (m := _NUMBERED.match(r.name)) and r.path.exists()
    ]
    return max(numbered, key=lambda nr: nr[0])[1] if numbered else None
