"""Leave-one-set-out check of the real-shaped NLU examples (issue 11).

Why: examples drawn from a question set must not be judged on that same set. For each set
named, this regenerates data/nlu/real_shaped.yml without that set's cases, trains that model,
and runs the set through REST; then it runs the same sets on the model with no real-shaped
examples at all. Pass rates and the issue-11 safety figures are printed side by side.
Only spent sets may be named (bot.ops.real_examples.SPENT); the generated files are restored
to the full set at the end.

    python -m bench.real_examples_loso [--sets heldout8,heldout9,fr_heldout] [--out var/loso.txt]
"""

import argparse
import json
import sys
from pathlib import Path

from bench.quality import run_on_fresh_servers
from bot import PROJECT_ROOT
from bot.ops import real_examples
from bot.ops.evaluate import load_cases, safety_figures
from bot.ops.training import check_model, train_if_needed

REAL = PROJECT_ROOT / "tests" / "real_questions"


def _run(sets):
    cases = [c for s in sets for c in load_cases([REAL / f"{s}.yml"])]
    results = run_on_fresh_servers(check_model(train_if_needed()), cases, workers=2, own_logs=True)
    by_id = {r.case.id: r for r in results}
    return {s: [by_id[c.id] for c in load_cases([REAL / f"{s}.yml"])] for s in sets}


def _record(r) -> dict:
    c = r.turn.contract if r.turn else {}
    got = c.get("reason") or c.get("topic") or c.get("clinic_topic") or ""
    return {
        "passed": r.passed,
        "expected": r.case.kinds,
        "got": f"{c.get('kind')}/{got}",
        "rule": c.get("rule"),
    }


def _fmt(rs):
    ok = sum(r.passed for r in rs)
    safety = "; ".join(f"{k} {v}" for k, v in safety_figures(rs).items())
    return f"{ok}/{len(rs)} ({100.0 * ok / max(len(rs), 1):.1f}%) | {safety}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="heldout8,heldout9,fr_heldout")
    ap.add_argument("--out", default="var/loso.txt")
    ap.add_argument("--json", default=None, help="also write every case's result, both ways, here")
    args = ap.parse_args(argv)
    sets = [s for s in args.sets.split(",") if s]
    if any(s not in real_examples.SPENT for s in sets):
        print(f"only spent sets: {', '.join(real_examples.SPENT)}", file=sys.stderr)
        return 2
    en, fr = PROJECT_ROOT / real_examples.OUT_EN, PROJECT_ROOT / real_examples.OUT_FR
    lines, record = [], {}
    try:
        for s in sets:
            real_examples.write(PROJECT_ROOT, [s])
            rs = _run([s])[s]
            record[f"without {s}"] = {r.case.id: _record(r) for r in rs}
            lines.append(f"{s:<11} trained without {s}: {_fmt(rs)}")
            print(lines[-1], flush=True)
        en.unlink()
        fr.unlink()
        for s, rs in _run(sets).items():
            record[f"none {s}"] = {r.case.id: _record(r) for r in rs}
            lines.append(f"{s:<11} no real-shaped data:   {_fmt(rs)}")
            print(lines[-1], flush=True)
    finally:
        real_examples.write(PROJECT_ROOT)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.json:
        Path(args.json).write_text(json.dumps(record, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
