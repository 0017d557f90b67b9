"""`make bench-ab`: this version of Needle Guide against an earlier one, side by side.

Why: an issue's "no slowdown beyond noise" or "CPU per message no more than 15% above
today's" compares against a figure measured on another day, with the machine in another
mood. On a 2-core machine that noise is larger than the effects we look for. This runs
both versions on the same machine in the same minutes: the earlier commit is checked out
in a git worktree under build/ (sharing the venv), trained there, and the two are measured
in turns with `python -m bench.speed --only "Needle Guide"`, round after round, so a slow
spell hits both. Each figure is the median over the rounds.

    python -m bench.ab --base 81972de --rounds 3 --seconds 10
    python -m bench.ab --base 9c7392e --base 81972de   # several earlier versions, all in turns

Writes reports/bench-ab.md and reports/bench-ab.json. Timing never fails anything.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Dict, List

from bot import PROJECT_ROOT

REPORTS = PROJECT_ROOT / "reports"
FIGURES = (("10", "msg_per_s", "10 conv: msg/s"), ("10", "p95_ms", "10 conv: p95 ms"),
           ("10", "cpu_ms_per_msg_rasa", "10 conv: Rasa server CPU ms per message"),
           ("10", "cpu_ms_per_msg_actions", "10 conv: action server CPU ms per message"),
           ("1", "p50_ms", "1 conv: p50 ms"))


def git(*args: str, cwd: Path = PROJECT_ROOT) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


def checkout(commit: str) -> Path:
    """A worktree of `commit` under build/, with the project's venv, built and trained."""
    full = git("rev-parse", commit)
    tree = PROJECT_ROOT / "build" / f"baseline-{full[:12]}"
    if not tree.exists():
        subprocess.run(["git", "worktree", "prune"], cwd=PROJECT_ROOT, check=False)
        git("worktree", "add", "--detach", str(tree), full)
    venv = tree / ".venv"
    if not venv.exists():
        venv.symlink_to(PROJECT_ROOT / ".venv")
    python = str(PROJECT_ROOT / ".venv" / "bin" / "python")
    for step in (["-m", "bot", "build"], ["-m", "bot", "train"]):
        subprocess.run([python, *step], cwd=tree, check=True, stdout=subprocess.DEVNULL)
    return tree


def measure(tree: Path, seconds: float) -> Dict[str, Dict[str, float]]:
    """One round of `bench.speed --only "Needle Guide"` in that tree: its load figures."""
    with tempfile.TemporaryDirectory(prefix="needle-ab-") as out:
        # PYTHONPATH stays: the servers bench.speed starts must import the baseline's code from
        # `tree`, not the checkout the venv's editable install points at.
        env = dict(os.environ, PYTHONPATH=str(tree))
        subprocess.run([str(PROJECT_ROOT / ".venv" / "bin" / "python"), "-m", "bench.speed", "--only", "Needle Guide",
                        "--rounds", "1", "--seconds", str(seconds), "--out", out],
                       cwd=tree, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        data = json.loads((Path(out) / "bench.json").read_text())
    return data["results"]["Needle Guide"]["load"]


def median_of(runs: List[Dict], level: str, key: str) -> float:
    return statistics.median(r[level][key] for r in runs)


def report(bases: List[str], head: str, runs: Dict[str, List[Dict]], seconds: float) -> str:
    """One column per version, then HEAD's change against each earlier one."""
    lines = [f"# This version against {', '.join(bases)}, side by side", "",
             f"`python -m bench.ab`: {len(runs['HEAD'])} rounds of {seconds:.0f} s per load level, the "
             f"versions measured in turns (medians). HEAD is {head}.", "",
             "| | " + " | ".join(bases) + " | HEAD | " + " | ".join(f"HEAD vs. {b}" for b in bases) + " |",
             "|---|" + "---:|" * (2 * len(bases) + 1)]
    for level, key, label in FIGURES:
        ours = median_of(runs["HEAD"], level, key)
        theirs = [median_of(runs[b], level, key) for b in bases]
        changes = [f"{(ours - a) / a * 100:+.0f}%" if a else "n/a" for a in theirs]
        lines.append(f"| {label} | " + " | ".join(f"{a:.1f}" for a in theirs) + f" | {ours:.1f} | "
                     + " | ".join(changes) + " |")
    order = [*bases, "HEAD"]
    per_round = zip(*(runs[name] for name in order))
    lines += ["", f"Every round, for the noise: Rasa server CPU ms per message at 10 conversations, "
              f"{' / '.join(order)}: "
              + ", ".join(" / ".join(f"{r['10']['cpu_ms_per_msg_rasa']:.1f}" for r in rnd) for rnd in per_round), ""]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ab", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", required=True, action="append",
                        help="an earlier commit (repeat the option to compare several)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--out", default=str(REPORTS))
    args = parser.parse_args(argv)
    trees = {base: checkout(base) for base in args.base}
    trees["HEAD"] = PROJECT_ROOT
    head = git("rev-parse", "--short", "HEAD")
    runs: Dict[str, List[Dict]] = {name: [] for name in trees}
    for round_no in range(args.rounds):
        for name, tree in trees.items():
            runs[name].append(measure(tree, args.seconds))
            print(f"round {round_no + 1}: {name}: Rasa CPU {runs[name][-1]['10']['cpu_ms_per_msg_rasa']:.1f} ms/msg, "
                  f"{runs[name][-1]['10']['msg_per_s']:.1f} msg/s at 10 conversations", flush=True)
    text = report(args.base, head, runs, args.seconds)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench-ab.md").write_text(text)
    (out / "bench-ab.json").write_text(json.dumps({"bases": args.base, "head": head, "runs": runs}, indent=2))
    print("\n" + text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
