"""A load generator for the REST channel: many simultaneous conversations, from its own process.

    python -m bench.load --url http://127.0.0.1:5005 --concurrency 10 --seconds 20

Each simulated patient holds a conversation of several turns built from the messages in
tests/conversations/ (a multi-turn case or a few single questions), waits for each reply
before sending the next message, then starts a new conversation until time is up.
Prints one JSON object: messages, errors, messages per second, p50/p95/p99 latency (ms).
`--long N` instead sends N messages in one conversation and reports the latency by turn.
"""

import argparse
import asyncio
import itertools
import json
import random
import sys
import time
import uuid
from typing import Dict, List

import aiohttp

from bench.stats import percentile, summarize

TURNS_PER_CONVERSATION = 5
CASES_ENV = "NEEDLE_BENCH_CASES"


def conversations(seed: int = 7, turns: int = TURNS_PER_CONVERSATION) -> List[List[str]]:
    """Realistic conversations: each multi-turn case, topped up with single-turn questions.
    From tests/conversations/, or the case folders in NEEDLE_BENCH_CASES (comma-separated:
    `bench.speed --cases tests/conversations_fr` measures French conversations)."""
    import os

    from bot.ops.evaluate import load_cases

    folders = [f for f in os.environ.get(CASES_ENV, "").split(",") if f]
    cases = load_cases(folders) if folders else load_cases()
    singles = [c.turns[0] for c in cases if len(c.turns) == 1]
    rng = random.Random(seed)
    rng.shuffle(singles)
    pool = itertools.cycle(singles)
    convs = []
    for c in cases:
        if len(c.turns) > 1:
            convs.append(list(c.turns) + [next(pool) for _ in range(max(0, turns - len(c.turns)))])
    for _ in range(len(singles) // turns):
        convs.append([next(pool) for _ in range(turns)])
    rng.shuffle(convs)
    return convs


async def _post(session: aiohttp.ClientSession, url: str, sender: str, text: str) -> float:
    t0 = time.perf_counter()
    async with session.post(url, json={"sender": sender, "message": text}) as resp:
        body = await resp.json(content_type=None)
        if resp.status != 200 or not any("custom" in m for m in body or []):
            raise RuntimeError(f"HTTP {resp.status}: no reply contract")
    return time.perf_counter() - t0


async def run_load(url: str, concurrency: int, seconds: float, seed: int = 7) -> Dict:
    rest = url.rstrip("/") + "/webhooks/rest/webhook"
    convs = conversations(seed)
    latencies: List[float] = []
    errors = 0
    counter = itertools.count()
    timeout = aiohttp.ClientTimeout(total=120)
    async with aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=concurrency), timeout=timeout
    ) as session:
        started = time.perf_counter()
        deadline = started + seconds

        async def patient(worker: int) -> None:
            nonlocal errors
            while time.perf_counter() < deadline:
                conv = convs[next(counter) % len(convs)]
                sender = f"load-{worker}-{uuid.uuid4().hex[:10]}"
                for text in conv:
                    try:
                        latencies.append(await _post(session, rest, sender, text))
                    except Exception:
                        errors += 1
                    if time.perf_counter() >= deadline:
                        break

        await asyncio.gather(*(patient(i) for i in range(concurrency)))
        elapsed = time.perf_counter() - started
    result = summarize(latencies, elapsed)
    result.update({"concurrency": concurrency, "seconds": round(elapsed, 2), "errors": errors})
    return result


async def run_long(url: str, turns: int, repeats: int = 3, seed: int = 7) -> Dict:
    """`repeats` conversations of `turns` messages each, one at a time; latency by turn number."""
    rest = url.rstrip("/") + "/webhooks/rest/webhook"
    messages = [t for conv in conversations(seed) for t in conv]
    by_turn: List[List[float]] = [[] for _ in range(turns)]
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120)) as session:
        for r in range(repeats):
            sender = f"long-{r}-{uuid.uuid4().hex[:10]}"
            for i in range(turns):
                by_turn[i].append(await _post(session, rest, sender, messages[(r * 31 + i) % len(messages)]))
    window = max(1, min(10, turns // 10))
    first = [x for lat in by_turn[:window] for x in lat]
    last = [x for lat in by_turn[-window:] for x in lat]
    return {
        "turns": turns,
        "repeats": repeats,
        "first_ms": percentile(first, 50) * 1000,
        "last_ms": percentile(last, 50) * 1000,
        "ratio": percentile(last, 50) / percentile(first, 50),
        "median_by_turn_ms": [round(percentile(lat, 50) * 1000, 2) for lat in by_turn],
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.load", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--url", default="http://127.0.0.1:5005")
    parser.add_argument("--concurrency", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument(
        "--long", type=int, default=0, help="one long conversation of this many turns instead"
    )
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    if args.long:
        result = asyncio.run(run_long(args.url, args.long, args.repeats))
    else:
        result = asyncio.run(run_load(args.url, args.concurrency, args.seconds))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
