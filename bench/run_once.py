"""Run one unseen held-out set, once, and write its figures for the record.

Why: issue 11 asks for each held-out figure to come from a set written before any system ran on it,
run once, and reported whatever it is. The run used to be a script kept outside the project, so
the procedure was lost with it. This refuses a set that is already spent (its section in
tests/real_questions/README.md records a run, bench/heldout_runs.py) or that has no section yet
(a set being written), runs it through the REST channel on fresh servers exactly as `make eval`
scores, and writes the figures and every failure to var/heldout-runs/<set>-<commit>.txt. The
owner then pastes a "Run once, at commit ..." paragraph into the set's section, which makes it
spent for bench.spent_sets and `make eval`.

    python -m bench.run_once heldout33
"""

import argparse
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import List

from bench.heldout_runs import README, REAL_DIR, recorded_runs, sections
from bench.quality import run_on_fresh_servers
from bench.spent_sets import failure_line
from bot import PROJECT_ROOT
from bot.ops.evaluate import load_cases, safety_figures
from bot.ops.training import check_model, model_path

OUT_DIR = PROJECT_ROOT / "var" / "heldout-runs"


def refusal(name: str, readme: Path = README) -> str:
    """Why `name` may not be run here, or "" when it may (unspent, written, on disk)."""
    if name in {r.name for r in recorded_runs(readme)}:
        return f"{name} is spent: its README section already records its one run"
    if name not in sections(readme):
        return f"{name} has no section in {readme.name} yet: a set is run only once it is written up"
    if not (readme.parent / f"{name}.yml").exists():
        return f"{name}.yml is not in {readme.parent}"
    return ""


def _rate(rs) -> str:
    ok = sum(r.passed for r in rs)
    return f"{ok}/{len(rs)} ({100.0 * ok / max(len(rs), 1):.1f}%)"


def report(name: str, commit: str, results: List) -> str:
    """The figures, by language and for issue 11's safety rows, then every failure."""
    en = [r for r in results if r.case.lang != "fr"]
    fr = [r for r in results if r.case.lang == "fr"]
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"{name} run once at {commit} ({when})",
        f"  all      {_rate(results)}",
        f"  English  {_rate(en)}",
        f"  French   {_rate(fr)}",
    ]
    lines += [f"  {k}: {v}" for k, v in safety_figures(results).items()]
    fails = [failure_line(r) for r in results if not r.passed]
    return "\n".join(lines) + "\n\n" + "\n".join(fails) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("name", help="the set's file stem, e.g. heldout33")
    args = ap.parse_args(argv)
    why = refusal(args.name)
    if why:
        print(why, file=sys.stderr)
        return 2
    cases = load_cases([REAL_DIR / f"{args.name}.yml"])
    results = run_on_fresh_servers(check_model(model_path()), cases, workers=2, own_logs=True)
    commit = subprocess.run(
        ["git", "-C", str(PROJECT_ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    text = report(args.name, commit, results)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    out = OUT_DIR / f"{args.name}-{commit}.txt"
    out.write_text(text, encoding="utf-8")
    print(text.split("\n\n")[0])
    print(f"failures: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
