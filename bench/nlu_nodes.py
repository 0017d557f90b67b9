"""CPU per message of each NLU graph node, in this checkout and earlier commits, in-process.

Why: on this 2-core machine shared with other work, the load benchmarks (`make bench-ab`)
swing by a third from round to round, so a change worth 0.3 ms per message cannot be seen
there. This loads each version's model in one process, parses the benchmark's messages
(bench/load.py) several times, and adds up the CPU time (time.thread_time) spent in each
graph node: which component grew, and by how much, with little noise. It measures the NLU
only (not the policies, the tracker store or the action server).

    python -m bench.nlu_nodes --base 81972de --base 0307e31 --passes 5

Earlier commits are the trees bench/ab.py and bench/replay_diff.py build under build/.
Prints one row per node (median over the passes, ms per message) and the totals.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def measure(out: Path, passes: int) -> None:
    """In the tree being measured (cwd, PYTHONPATH): per-node CPU ms per message, per pass."""
    import asyncio
    import logging
    import warnings

    warnings.filterwarnings("ignore")
    logging.disable(logging.WARNING)
    sys.path.insert(0, os.getcwd())
    from bench.load import conversations

    try:
        from bot.ops.training import model_path
    except ImportError:  # before the issue-14 move
        from bot.training import model_path
    try:
        from bot import rasa_patches as patches
    except ImportError:
        from bot import rasa_speedups as patches
    patches.apply()
    from rasa.core.agent import Agent
    from rasa.engine import graph

    spent = {}
    call = graph.GraphNode.__call__

    def timed(self, *args):
        start = time.thread_time()
        try:
            return call(self, *args)
        finally:
            spent[self._node_name] = spent.get(self._node_name, 0.0) + time.thread_time() - start

    graph.GraphNode.__call__ = timed
    messages = [m for c in conversations() for m in c]
    agent = Agent.load(str(model_path()))

    async def parse_all():
        for m in messages:
            await agent.parse_message(m)

    asyncio.run(parse_all())  # warm-up
    runs = []
    for _ in range(passes):
        spent.clear()
        asyncio.run(parse_all())
        runs.append({k: v * 1000 / len(messages) for k, v in spent.items()})
    out.write_text(json.dumps(runs))


def run_in(tree: Path, passes: int) -> list:
    here = Path(__file__).resolve()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "nodes.json"
        subprocess.run(
            [sys.executable, str(here), "--measure", str(out), "--passes", str(passes)],
            cwd=tree,
            env=dict(os.environ, PYTHONPATH=str(tree)),
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        return json.loads(out.read_text())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.nlu_nodes",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--base", action="append", default=[], help="an earlier commit (repeatable)")
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        measure(Path(args.measure), args.passes)
        return 0
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench.replay_diff import HERE, tree_of

    trees = {base: tree_of(base) for base in args.base}
    trees["HEAD"] = HERE
    runs = {name: run_in(tree, args.passes) for name, tree in trees.items()}
    nodes = sorted({k for r in runs.values() for p in r for k in p}, key=lambda k: -runs["HEAD"][0].get(k, 0))
    print(f"{'node (CPU ms per message, median of passes)':52s}" + "".join(f"{n:>10s}" for n in runs))
    for node in nodes:
        row = [statistics.median(p.get(node, 0.0) for p in r) for r in runs.values()]
        print(f"{node[:52]:52s}" + "".join(f"{x:10.3f}" for x in row))
    totals = [[sum(p.values()) for p in r] for r in runs.values()]
    print(f"{'total (min-max over passes)':52s}" + "".join(f"{statistics.median(t):10.3f}" for t in totals))
    print(" " * 52 + "".join(f"{f'{min(t):.2f}-{max(t):.2f}':>10s}" for t in totals))
    return 0


if __name__ == "__main__":
    sys.exit(main())
