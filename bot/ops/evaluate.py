"""Run conversation cases (tests/conversations/*.yml) against a running assistant.

A case is `{id, turns: [...], kind, topic_any?, modalities_all?, reason_any?,
clinic_topic_any?}`; the turns are sent as a new conversation and the reply contract of the
last turn is checked. `kind` may be a list of acceptable kinds. The real-shaped questions
(tests/real_questions/) use the same format, with `source` and `shape` as notes.
"""

import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional

import yaml

from bot import PROJECT_ROOT
from bot.contract import REPLY_KINDS
from bot.errors import NeedleGuideError
from bot.ops.client import Turn, send

CASES_DIR = PROJECT_ROOT / "tests" / "conversations"
KIND_GROUPS = ("kb", "handoffs", "emergency", "fallback", "follow-ups")
# The row of the report each kind of reply (bot/contract.py) counts under (one-turn cases).
GROUP_OF_KIND = {
    "kb": "kb",
    "clinic": "handoffs",
    "booking": "handoffs",
    "contact": "handoffs",
    "privacy": "handoffs",
    "emergency": "emergency",
    "fallback": "fallback",
    "smalltalk": "fallback",
    "clarify": "fallback",
}


@dataclass
class Case:
    id: str
    turns: List[str]
    kind: str  # the expected kind (the first, when several are acceptable)
    topic_any: List[str]
    modalities_all: List[str]
    file: str
    kinds: List[str] = field(default_factory=list)  # every acceptable kind
    reason_any: List[str] = field(default_factory=list)  # fallback: acceptable reasons
    clinic_topic_any: List[str] = field(default_factory=list)
    shape: List[str] = field(default_factory=list)
    lang: Optional[str] = None  # the language the last reply must be in (en, fr), when the case says

    @property
    def group(self) -> str:
        """The row a case counts under in reports: follow-ups are the multi-turn cases."""
        if len(self.turns) > 1:
            return "follow-ups"
        return GROUP_OF_KIND.get(self.kind, self.kind)

    @property
    def not_covered(self) -> bool:
        """A question the documents cannot answer: the right reply declines it."""
        return self.kinds == ["fallback"] and bool(set(self.reason_any) & {"not_covered", "out_of_scope"})

    @property
    def answerable(self) -> bool:
        return bool(set(self.kinds) & {"kb", "clinic"})


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
            kinds = [str(k) for k in (raw["kind"] if isinstance(raw["kind"], list) else [raw["kind"]])]
            unknown = [k for k in kinds if k not in REPLY_KINDS]
            if unknown:
                raise NeedleGuideError(
                    f"{f.name}: case {raw['id']} expects kind {', '.join(unknown)}, "
                    f"not a reply kind (bot/contract.py: {', '.join(REPLY_KINDS)})"
                )
            cases.append(
                Case(
                    id=raw["id"],
                    turns=[str(t) for t in raw["turns"]],
                    kind=kinds[0],
                    topic_any=list(raw.get("topic_any") or []),
                    modalities_all=list(raw.get("modalities_all") or []),
                    file=f.name,
                    kinds=kinds,
                    reason_any=list(raw.get("reason_any") or []),
                    clinic_topic_any=list(raw.get("clinic_topic_any") or []),
                    shape=list(raw.get("shape") or []),
                    lang=str(raw["lang"]) if raw.get("lang") else None,
                )
            )
    return cases


def check(case: Case, turn: Turn) -> Optional[str]:
    """Why the last reply is wrong for the case, or None. The language is checked after
    everything else, so a wrong answer is reported as such, not as a wrong language."""
    failure = _check_reply(case, turn)
    if failure is None and case.lang and turn.contract.get("lang") != case.lang:
        return f"reply in {turn.contract.get('lang')!r}, expected {case.lang!r}"
    return failure


def wrong_language(result: "Result") -> bool:
    """A case with an expected language whose last reply was in another (whatever else)."""
    contract = result.turn.contract if result.turn else {}
    return bool(result.case.lang) and contract.get("lang") != result.case.lang


def _check_reply(case: Case, turn: Turn) -> Optional[str]:
    if len(turn.contracts) != 1:
        return f"expected exactly one contract message, got {len(turn.contracts)}"
    c = turn.contract
    kinds = case.kinds or [case.kind]
    if c.get("kind") not in kinds:
        return f"kind {c.get('kind')!r} not in {kinds} (rule {c.get('rule')})"
    if c.get("kind") == "fallback" and case.reason_any and c.get("reason") not in case.reason_any:
        return f"reason {c.get('reason')!r} not in {case.reason_any} (rule {c.get('rule')})"
    if c.get("kind") == "clinic" and case.clinic_topic_any and c.get("topic") not in case.clinic_topic_any:
        return f"clinic topic {c.get('topic')!r} not in {case.clinic_topic_any}"
    if c.get("kind") != "kb":
        return None
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
    with_lang = [r for r in results if r.case.lang]
    if with_lang:
        wrong = sum(wrong_language(r) for r in with_lang)
        lines.append(f"  wrong language: {wrong}/{len(with_lang)} ({100.0 * wrong / len(with_lang):.1f}%)")
    passed = sum(r.passed for r in results)
    pct = 100.0 * passed / len(results) if results else 0.0
    lines.append(f"pass rate: {pct:.1f}%")
    lines.append(f"{passed} passed, {len(results) - passed} failed")
    return "\n".join(lines)


DECLINES = ("not_covered", "out_of_scope")


@dataclass
class Rate:
    hits: int
    total: int

    @property
    def share(self) -> float:
        return self.hits / self.total if self.total else float("nan")

    def __str__(self) -> str:
        return f"{self.hits}/{self.total} ({100.0 * self.share:.1f}%)"


def _declined(r: Result) -> bool:
    c = r.turn.contract if r.turn else {}
    return c.get("kind") == "fallback" and c.get("reason") in DECLINES


def safety_figures(results: List[Result]) -> Dict[str, Rate]:
    """The figures issue 11 asks `make eval` to report, over any set of results:
    - emergency recall: emergencies that got the emergency reply;
    - false alarms: non-emergency messages that got it;
    - not covered declined: questions the documents cannot answer (or out of scope) that got an
      honest decline (fallback `not_covered` or `out_of_scope`), not a nearby answer;
    - answerable declined: questions with an answer (kb or clinic) that got such a decline."""
    kind = lambda r: r.turn.contract.get("kind") if r.turn else None  # noqa: E731
    emergencies = [r for r in results if r.case.kinds == ["emergency"]]
    ordinary = [r for r in results if "emergency" not in r.case.kinds]
    not_covered = [r for r in results if r.case.not_covered]
    answerable = [r for r in results if r.case.answerable and "fallback" not in r.case.kinds]
    return {
        "emergency recall": Rate(sum(kind(r) == "emergency" for r in emergencies), len(emergencies)),
        "false alarms": Rate(sum(kind(r) == "emergency" for r in ordinary), len(ordinary)),
        "not covered declined": Rate(sum(_declined(r) for r in not_covered), len(not_covered)),
        "answerable declined": Rate(sum(_declined(r) for r in answerable), len(answerable)),
    }


def rule_counts(results: List[Result], rules=("unknown_health_term",)) -> Dict[str, Rate]:
    """How often a route rule decided, and how often it was wrong (for the health-word guard:
    its false declines)."""
    out = {}
    for rule in rules:
        decided = [r for r in results if r.turn and r.turn.contract.get("rule") == rule]
        out[rule] = Rate(sum(not r.passed for r in decided), len(decided))
    return out
