"""Same replies before and after a speed-up: replay every case message on two versions, diff.

Why: a change made only for speed must not change what any patient reads. The evaluation's
pass rates would hide a reply that changed from one right answer to another, or between two
wrong ones; this compares every reply itself. Each version (this checkout, and an earlier
commit checked out, built and trained under build/ like bench/ab.py does) is started with
fresh databases, every case of the conversation folders and question files is sent through
the REST channel, turn by turn, one conversation per case, and every turn's texts, buttons
and reply contract (kind, entry, rule, reason...) are recorded. Then the two recordings are
compared turn by turn.

    python -m bench.replay_diff --base 0307e31            # this checkout against 0307e31
    python -m bench.replay_diff --record out.json         # record this checkout only
    python -m bench.replay_diff --compare old.json new.json

Prints the number of turns compared and each difference; exits 1 when any reply differs.
The held-out set being written (heldout8*) is never read.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, Dict, List

HERE = Path(__file__).resolve().parent.parent  # the checkout this script belongs to
SOURCES = [
    "tests/conversations",
    "tests/conversations_fr",
    *(
        f"tests/real_questions/{name}.yml"
        for name in ("tune", "test", "fresh", "heldout", "heldout5", "heldout6", "heldout7", "fr_heldout")
    ),
]
VOLATILE = ("reference",)  # a privacy reply's conversation reference differs per run


def _turn(turn) -> Dict[str, Any]:
    contracts = [{k: v for k, v in c.items() if k not in VOLATILE} for c in turn.contracts]
    return {"texts": turn.texts, "buttons": turn.buttons, "contracts": contracts}


def record(out: Path, workers: int) -> None:
    """Run in the tree being recorded (cwd and PYTHONPATH): serve it, replay, write JSON."""
    from concurrent.futures import ThreadPoolExecutor

    from bot.ops.client import send
    from bot.ops.evaluate import load_cases
    from bot.ops.serve import Servers, free_port
    from bot.ops.training import check_model, model_path

    cases = []
    for source in SOURCES:
        if "heldout8" in source:
            continue
        cases += [(source, c) for c in load_cases([Path(source)])]

    def replay(item):
        source, case = item
        sender = f"replay-{Path(source).stem}-{case.id}"
        turns = []
        for text in case.turns:
            try:
                turns.append(_turn(send(server.rest_url, sender, text, timeout=60)))
            except Exception as exc:  # noqa: BLE001 - a failed request is a difference, not a crash
                turns.append({"error": type(exc).__name__})
        return f"{source}::{case.id}", {"turns": case.turns, "replies": turns}

    with tempfile.TemporaryDirectory(prefix="needle-replay-") as tmp:
        server = Servers(
            model=check_model(model_path()),
            rasa_port=free_port(),
            action_port=free_port(),
            tracker_db=Path(tmp) / "tracker.db",
            log_dir=Path(tmp) / "logs",
            extra_env={"NEEDLE_LOGS_DB": str(Path(tmp) / "logs.db")},
        )
        with server:
            with ThreadPoolExecutor(max_workers=workers) as pool:
                replies = dict(pool.map(replay, cases))
    out.write_text(json.dumps(replies, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


def compare(old: Dict[str, Any], new: Dict[str, Any]) -> List[str]:
    diffs, turns = [], 0
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        if a is None or b is None:
            diffs.append(f"{key}: only in {'new' if a is None else 'old'}")
            continue
        for i, (text, ra, rb) in enumerate(zip(a["turns"], a["replies"], b["replies"])):
            turns += 1
            if ra != rb:
                diffs.append(
                    f"{key} turn {i + 1} {text[:80]!r}:\n  old {json.dumps(ra)[:300]}\n  new {json.dumps(rb)[:300]}"
                )
    errors = sum("error" in r for v in new.values() for r in v["replies"])
    return [
        f"{len(old)} cases, {turns} turns compared, {len(diffs)} differ, {errors} failed requests"
    ] + diffs


def tree_of(commit: str) -> Path:
    """A built, trained worktree of `commit` under build/ (the model copied when it is the same)."""
    full = subprocess.run(["git", "rev-parse", commit], cwd=HERE, check=True, capture_output=True, text=True)
    tree = HERE / "build" / f"baseline-{full.stdout.strip()[:12]}"
    if not tree.exists():
        subprocess.run(["git", "worktree", "prune"], cwd=HERE, check=False)
        subprocess.run(
            ["git", "worktree", "add", "--detach", str(tree), full.stdout.strip()], cwd=HERE, check=True
        )
    if not (tree / ".venv").exists():
        (tree / ".venv").symlink_to(HERE / ".venv")
    (tree / "models").mkdir(exist_ok=True)
    for model in (HERE / "models").glob("*"):  # training is skipped when the config hash matches
        target = tree / "models" / model.name
        if not target.exists():
            try:
                os.link(model, target)  # the same file, no copy
            except OSError:
                shutil.copy2(model, target)
    python = str(HERE / ".venv" / "bin" / "python")
    for step in (["-m", "bot", "build"], ["-m", "bot", "train"]):
        subprocess.run([python, *step], cwd=tree, check=True, stdout=subprocess.DEVNULL)
    return tree


def record_in(tree: Path, out: Path, workers: int) -> None:
    env = dict(os.environ, PYTHONPATH=str(tree))
    cmd = [str(HERE / ".venv" / "bin" / "python"), str(Path(__file__).resolve()), "--record", str(out)]
    subprocess.run([*cmd, "--workers", str(workers)], cwd=tree, env=env, check=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.replay_diff",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--base", help="an earlier commit to compare this checkout with")
    parser.add_argument("--record", help="record this tree's replies to this JSON file")
    parser.add_argument("--compare", nargs=2, metavar=("OLD", "NEW"), help="compare two recordings")
    parser.add_argument("--workers", type=int, default=2, help="conversations at once")
    parser.add_argument("--keep", help="folder to keep both recordings in")
    args = parser.parse_args(argv)
    if args.record:
        sys.path.insert(0, os.getcwd())
        record(Path(args.record), args.workers)
        return 0
    if args.compare:
        old, new = (json.loads(Path(p).read_text(encoding="utf-8")) for p in args.compare)
    elif args.base:
        folder = Path(args.keep or tempfile.mkdtemp(prefix="needle-replay-"))
        folder.mkdir(parents=True, exist_ok=True)
        record_in(tree_of(args.base), folder / "old.json", args.workers)
        record_in(HERE, folder / "new.json", args.workers)
        old, new = (json.loads((folder / n).read_text(encoding="utf-8")) for n in ("old.json", "new.json"))
        print(f"recordings in {folder}")
    else:
        parser.error("give --base, --record or --compare")
    lines = compare(old, new)
    print("\n".join(lines))
    return 1 if len(lines) > 1 else 0


if __name__ == "__main__":
    sys.exit(main())
