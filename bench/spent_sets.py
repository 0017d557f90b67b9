"""Every spent question set and the conversation cases, through REST, in one run.

Why: a router change tuned on one set's failures must be judged on the sets it did not
target (a leave-one-set-out check). This starts fresh servers once, runs each spent set of
tests/real_questions/ and the `make eval` conversation cases, and prints per-set pass rates,
the issue-11 safety figures over the real-question sets, and every failure to a file.

Runs only spent sets: the first ones and every set whose README section records its one run
(bench/heldout_runs.py). An unseen held-out set is run once, by bench.run_once, not here.

    python -m bench.spent_sets [--sets tune,heldout7] [--out var/spent-sets.txt] [--json f]
"""

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Dict, List

from bench.heldout_runs import recorded_runs
from bench.quality import run_on_fresh_servers
from bot import PROJECT_ROOT
from bot.ops.evaluate import CASES_DIR, load_cases, safety_figures
from bot.ops.training import check_model, model_path

REAL = PROJECT_ROOT / "tests" / "real_questions"
# Spent before the run-once records began, then every set whose README section records its run.
_FIRST = ("tune", "test", "fresh", "heldout", "heldout5", "heldout6", "heldout7", "fr_heldout")
SPENT = tuple(dict.fromkeys(_FIRST + tuple(run.name for run in recorded_runs())))


def case_groups(sets: List[str], with_cases: bool) -> Dict[str, list]:
    """The cases of each named set, then the conversation cases split by language."""
    groups = {name: load_cases([REAL / f"{name}.yml"]) for name in sets}
    if with_cases:
        cases = load_cases([CASES_DIR])
        groups["cases_en"] = [c for c in cases if c.lang != "fr" and "_fr" not in c.file]
        groups["cases_fr"] = [c for c in cases if c.lang == "fr" or "_fr" in c.file]
    return groups


def _run(sets: List[str], with_cases: bool) -> Dict[str, list]:
    groups = case_groups(sets, with_cases)
    everything = [c for cs in groups.values() for c in cs]
    results = run_on_fresh_servers(check_model(model_path()), everything, workers=2, own_logs=True)
    by_id = {r.case.id: r for r in results}
    return {name: [by_id[c.id] for c in cs] for name, cs in groups.items()}


def _record(r) -> dict:
    c = r.turn.contract if r.turn else {}
    kb = c.get("kb") or {}
    return {"passed": r.passed, "kind": c.get("kind"), "rule": c.get("rule"), "entry": kb.get("id")}


def failure_line(r) -> str:
    c = r.turn.contract if r.turn else {}
    got = c.get("reason") or c.get("topic") or (c.get("kb") or {}).get("id") or ""
    return (
        f"FAIL {r.case.id} expected={r.case.kinds} got={c.get('kind')}/{got} rule={c.get('rule')}"
        f" :: {r.failure} :: {r.case.turns[-1][:140]!r}"
    )


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default=",".join(SPENT))
    ap.add_argument("--no-cases", action="store_true")
    ap.add_argument("--out", default="var/spent-sets.txt")
    ap.add_argument("--json", default=None, help="also write {case id: passed, kind, rule, entry} here")
    args = ap.parse_args(argv)
    sets = [s for s in args.sets.split(",") if s]
    if any(s not in SPENT for s in sets):
        print(f"only spent sets may be run here: {', '.join(SPENT)}", file=sys.stderr)
        return 2
    groups = _run(sets, not args.no_cases)
    write_report(groups, Path(args.out), args.json)
    return 0


def _commit() -> str:
    return subprocess.run(
        ["git", "-C", str(PROJECT_ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()


def write_report(groups: Dict[str, list], out: Path, json_path=None, title: str = "spent sets") -> str:
    """Per-set pass rates, the safety figures over the real-question sets (and over the cases
    apart), and every failure, to `out`; shared with bench.spent_quick so the two compare line
    by line."""
    lines = [f"{title} at {_commit()}"]
    for name, rs in groups.items():
        ok = sum(r.passed for r in rs)
        lines.append(f"  {name:<11} {ok:>4}/{len(rs):<4} {100.0 * ok / max(len(rs), 1):5.1f}%")
    real = [r for n, rs in groups.items() if n in SPENT for r in rs]
    if real:
        ok = sum(r.passed for r in real)
        lines.append(f"  {'all sets':<11} {ok:>4}/{len(real):<4} {100.0 * ok / len(real):5.1f}%")
        for k, v in safety_figures(real).items():
            lines.append(f"  {k}: {v}")
    cases = [r for n, rs in groups.items() if n not in SPENT for r in rs]
    if cases:
        for k, v in safety_figures(cases).items():
            lines.append(f"  cases {k}: {v}")
    summary = "\n".join(lines)
    fails = [failure_line(r) for rs in groups.values() for r in rs if not r.passed]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(summary + "\n\n" + "\n".join(fails) + "\n", encoding="utf-8")
    if json_path:
        Path(json_path).write_text(
            json.dumps({r.case.id: _record(r) for rs in groups.values() for r in rs}, indent=0),
            encoding="utf-8",
        )
    print(summary)
    print(f"failures: {out}")
    return summary


if __name__ == "__main__":
    sys.exit(main())
