"""Latency percentiles and summaries for the benchmarks (no numpy needed)."""

import math
from typing import Dict, Iterable, List, Sequence


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile (0-100) by linear interpolation between closest ranks (numpy's default)."""
    if not values:
        return float("nan")
    xs = sorted(values)
    if len(xs) == 1:
        return float(xs[0])
    rank = (len(xs) - 1) * p / 100.0
    lo, hi = math.floor(rank), math.ceil(rank)
    return float(xs[lo] + (xs[hi] - xs[lo]) * (rank - lo))


def summarize(latencies: Iterable[float], seconds: float) -> Dict[str, float]:
    """Messages per second over the wall-clock `seconds`, and p50/p95/p99 latency in ms."""
    lat: List[float] = list(latencies)
    return {
        "messages": len(lat),
        "msg_per_s": len(lat) / seconds if seconds > 0 else float("nan"),
        "p50_ms": percentile(lat, 50) * 1000,
        "p95_ms": percentile(lat, 95) * 1000,
        "p99_ms": percentile(lat, 99) * 1000,
    }


def ratio(a: float, b: float) -> float:
    return a / b if b else float("nan")
