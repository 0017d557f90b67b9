"""Run conversation cases (tests/conversations/*.yml) against a running assistant.

A case is `{id, turns: [...], kind, topic_any?, modalities_all?}`; the turns are sent as a
new conversation and the reply contract of the last turn is checked.
"""
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, List, Optional

import yaml

from bot import PROJECT_ROOT
from bot.client import Turn, send
from bot.errors import NeedleGuideError

CASES_DIR = PROJECT_ROOT / "tests" / "conversations"
KIND_GROUPS = ("kb", "handoffs", "emergency", "fallback", "follow-ups")


@dataclass
class Case:
    id: str
    turns: List[str]
    kind: str
    topic_any: List[str]
    modalities_all: List[str]
    file: str

    @property
    def group(self) -> str:
        """The row a case counts under in reports: follow-ups are the multi-turn cases."""
        if len(self.turns) > 1:
            return "follow-ups"
        return {"booking": "handoffs", "contact": "handoffs", "smalltalk": "fallback"}.get(self.kind, self.kind)


@dataclass
class Result:
    case: Case
    failure: Optional[str]
    turn: Optional[Turn] = None

    @property
    def passed(self) -> bool:
        return self.failure is None


def load_cases(paths: Iterable[Path] = (CASES_DIR,)) -> List[Case]:
    files: List[Path] = []
    for p in map(Path, paths):
        files += sorted(p.glob("*.yml")) if p.is_dir() else [p]
    cases, seen = [], set()
    for f in files:
        data = yaml.safe_load(f.read_text(encoding="utf-8")) or {}
        for raw in data.get("cases") or []:
            if raw["id"] in seen:
                raise NeedleGuideError(f"{f.name}: duplicate case id {raw['id']}")
            seen.add(raw["id"])
            cases.append(Case(id=raw["id"], turns=[str(t) for t in raw["turns"]], kind=raw["kind"],
                              topic_any=list(raw.get("topic_any") or []),
                              modalities_all=list(raw.get("modalities_all") or []), file=f.name))
    return cases


def check(case: Case, turn: Turn) -> Optional[str]:
    if len(turn.contracts) != 1:
        return f"expected exactly one contract message, got {len(turn.contracts)}"
    c = turn.contract
    if c.get("kind") != case.kind:
        return f"kind {c.get('kind')!r} != {case.kind!r}"
    kb = c.get("kb") or {}
    if case.topic_any and kb.get("topic") not in case.topic_any:
        return f"topic {kb.get('topic')!r} not in {case.topic_any} (entry {kb.get('id')})"
    missing = [m for m in case.modalities_all if m not in (kb.get("modalities") or [])]
    if missing:
        return f"modalities {kb.get('modalities')} lack {missing} (entry {kb.get('id')})"
    return None


def run_case(rest_url: str, case: Case) -> Result:
    sender = f"eval-{case.id}-{uuid.uuid4().hex[:8]}"
    turn = None
    try:
        for text in case.turns:
            turn = send(rest_url, sender, text)
    except Exception as exc:  # a crash is a failed case, not a crashed run
        return Result(case, f"request failed: {exc}")
    return Result(case, check(case, turn), turn)


def run_cases(rest_url: str, cases: List[Case], workers: int = 4) -> List[Result]:
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda c: run_case(rest_url, c), cases))


def summary_by_group(results: List[Result]) -> Dict[str, List[int]]:
    table = {g: [0, 0] for g in KIND_GROUPS}
    for r in results:
        row = table.setdefault(r.case.group, [0, 0])
        row[0 if r.passed else 1] += 1
    return table


def report(results: List[Result]) -> str:
    lines = []
    for r in results:
        if not r.passed:
            lines.append(f"FAIL {r.case.file}:{r.case.id}: {r.failure}  <- {r.case.turns[-1]!r}")
    lines.append("")
    for group, (ok, bad) in summary_by_group(results).items():
        lines.append(f"  {group:<11} {ok:>4}/{ok + bad:<4}")
    passed = sum(r.passed for r in results)
    pct = 100.0 * passed / len(results) if results else 0.0
    lines.append(f"pass rate: {pct:.1f}%")
    lines.append(f"{passed} passed, {len(results) - passed} failed")
    return "\n".join(lines)
