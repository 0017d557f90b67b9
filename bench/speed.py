"""`make bench`: how fast Needle Guide answers, against Rasa's default configuration.

Three systems:
- Needle Guide: config.yml on the project's plumbing (endpoints.yml: the fast, redacting
  tracker store and the Rasa hot-spot fixes in bot/rasa_patches.py);
- Rasa default config: bench/config-default.yml on the same plumbing, so the ratio
  measures the configuration alone;
- Stock Rasa: the same default-config model on Rasa's stock plumbing
  (bench/endpoints-stock.yml), which is what a clinic would run with a stock Rasa bot.
All three are started first (real servers via bot.ops.serve.Servers, free ports, fresh
tracker stores; start-up timed until the first answer) and warmed up. Then the REST
channel is driven from a separate process (bench/load.py) at 1, 10 and 50 simultaneous
conversations, the systems taking turns level by level, for `--rounds` rounds; every
figure is the median over the rounds, so a slow spell on the machine hits all systems
alike. Then one long conversation per system (time per message at turn 100 vs. turn 1)
and the peak memory (VmHWM, summed over each server's process tree). CPU per message is
each server's user + system time over the messages it answered. Training time comes from
models/<model>.train.json, written when bot.ops.training trained that model
(`--time-training` retrains both to measure it). `--profile` also records each Rasa
server with py-spy during its first 10-conversation run.

Prints the tables and ratios and writes reports/bench.md and reports/bench.json. Timing
never fails anything: targets are reported as met or missed.
"""

import argparse
import collections
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Optional

from bench.quality import DEFAULT_CONFIG, start_report
from bench.stats import ratio
from bot import PROJECT_ROOT

REPORTS = PROJECT_ROOT / "reports"
LEVELS = (1, 10, 50)
SYSTEMS = {
    "Needle Guide": ("config.yml", "endpoints.yml"),
    "Rasa default config": (DEFAULT_CONFIG, "endpoints.yml"),
    "Stock Rasa": (DEFAULT_CONFIG, "bench/endpoints-stock.yml"),
}


def process_tree(pid: int) -> List[int]:
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo += [int(c) for c in f.read().split()]
        except OSError:
            pass
    return pids


def peak_rss_mib(pid: int) -> float:
    """Peak resident memory (VmHWM) of a process and its children, in MiB."""
    total = 0
    for p in process_tree(pid):
        try:
            with open(f"/proc/{p}/status") as f:
                total += next((int(line.split()[1]) for line in f if line.startswith("VmHWM:")), 0)
        except OSError:
            pass
    return total / 1024


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) used so far by a process and its children."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for p in process_tree(pid):
        try:
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rpartition(")")[2].split()
            total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
        except (OSError, IndexError, ValueError):
            pass
    return total


def load(url: str, *args: str) -> Dict:
    out = subprocess.run(
        [sys.executable, "-m", "bench.load", "--url", url, *args],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONWARNINGS="ignore"),
    )
    if out.returncode != 0:
        raise SystemExit(f"error: the load generator failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def time_training(config: str) -> float:
    """Train `config` from scratch into a temporary folder and return the seconds it took.
    Rasa's training cache (.rasa/cache) would reuse unchanged components, so the timed
    training gets an empty cache of its own."""
    with tempfile.TemporaryDirectory(prefix="needle-train-") as tmp:
        env = dict(os.environ, RASA_CACHE_DIRECTORY=str(Path(tmp) / "cache"))
        t0 = time.monotonic()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "rasa",
                "train",
                "--config",
                config,
                "--domain",
                "domain.yml",
                "--data",
                "data",
                "--out",
                tmp,
                "--quiet",
            ],
            cwd=PROJECT_ROOT,
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        return time.monotonic() - t0


def recorded_training(model: Path) -> Optional[float]:
    from bot.ops.training import training_record

    f = training_record(model)
    return json.loads(f.read_text())["seconds"] if f.exists() else None


CATEGORIES = (  # first match wins, checked against the whole stack of each sample
    ("action response validation", "_validate_action_result"),
    (
        "tracker store (load/save)",
        (
            "rasa/core/tracker_store.py",
            "bot/tracker_store/fast.py",
            "bot/tracker_store/sqlite_events.py",
            "bot/tracker_store/redacting.py",
        ),
    ),
    ("action server round trip", "rasa/core/actions/action.py"),
    ("NLU: DIET (TensorFlow)", "diet_classifier.py"),
    ("NLU: ResponseSelector (TensorFlow)", "response_selector.py"),
    ("NLU: tokenizers, featurizers, spaCy", "rasa/nlu/"),
    ("policies: TED (TensorFlow)", "ted_policy.py"),
    ("policies: rules, memoization", "rasa/core/policies/"),
    ("reading the request, routing", "rasa/core/processor.py"),
    ("HTTP server", "sanic/"),
)


def category(stack: str) -> str:
    for name, keys in CATEGORIES:
        if any(k in stack for k in ((keys,) if isinstance(keys, str) else keys)):
            return name
    return "other"


def breakdown(raw: Path) -> List[str]:
    """Share of the Rasa server's samples by what it was doing (py-spy raw profile)."""
    total, shares = 0, collections.Counter()
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        total += int(count)
        shares[category(stack)] += int(count)
    return [f"{100.0 * c / total:5.1f}%  {name}" for name, c in shares.most_common()] if total else []


def top_functions(raw: Path, n: int = 12) -> List[str]:
    """The functions most often on the stack (cumulative) in a py-spy raw (collapsed) profile."""
    total, cumulative, own = 0, collections.Counter(), collections.Counter()
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        frames = [
            f.split(" (")[0]
            + " ("
            + f.split(" (")[-1].split(":")[0].replace(str(PROJECT_ROOT) + "/", "").split("site-packages/")[-1]
            + ")"
            if " (" in f
            else f
            for f in stack.split(";")
        ]
        total += int(count)
        for f in set(frames):
            cumulative[f] += int(count)
        own[frames[-1]] += int(count)
    lines = [
        f"{100.0 * c / total:5.1f}% cumulative  {f}"
        for f, c in cumulative.most_common(n * 4)
        if c < 0.6 * total
    ][:n]  # below the server's entry points
    lines += [f"{100.0 * c / total:5.1f}% own         {f}" for f, c in own.most_common(n)]
    return lines


def system_servers(model: Path, endpoints: str, tmp: Path):
    """The servers of one system. Stock Rasa runs plain `rasa run` with Rasa's own REST
    channel; the other two go through bot/rasa_server.py (the Rasa patches applied)."""
    from bot.ops.serve import Servers, free_port

    stock = {"NEEDLE_STOCK_REST": "1"} if "stock" in endpoints else {}  # Rasa's own REST channel too
    return Servers(
        model=model,
        rasa_port=free_port(),
        action_port=free_port(),
        tracker_db=tmp / "tracker.db",
        log_dir=tmp / "logs",
        endpoints=endpoints,
        extra_env=stock,
        rasa_patches=not stock,
    )


def start_system(name: str, config: str, endpoints: str, tmp: Path, train_time: bool):
    """Train if needed, start the servers, time the first answer, warm up."""
    from bot.ops.client import send
    from bot.ops.training import check_model, train_if_needed

    model = check_model(train_if_needed(config))
    result: Dict = {
        "config": config,
        "endpoints": endpoints,
        "model": model.name,
        "model_mib": model.stat().st_size / 2**20,
        "rounds": {str(level): [] for level in LEVELS},
    }
    result["training_s"] = time_training(config) if train_time else recorded_training(model)
    servers = system_servers(model, endpoints, tmp)
    t0 = time.monotonic()
    servers.start()
    try:
        send(servers.rest_url, "bench-first", "does dry needling hurt?", timeout=120)
    except BaseException:
        servers.stop()
        raise
    result["startup_s"] = time.monotonic() - t0
    print(f"  {name}: first answer {result['startup_s']:.1f}s after start", flush=True)
    load(servers.url, "--concurrency", "2", "--seconds", "5")  # warm-up
    return servers, result


def measure_level(name: str, servers, level: int, seconds: float, profile_to: Optional[Path]) -> Dict:
    """One load level against one running system; optionally py-spy its Rasa server meanwhile."""
    spy = None
    if profile_to is not None:
        spy = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "py-spy"),
                "record",
                "--pid",
                str(servers.procs[1].pid),
                "--format",
                "raw",
                "--output",
                str(profile_to),
                "--rate",
                "200",
                "--nonblocking",
                "--duration",
                str(int(seconds)),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    cpu_before = [cpu_seconds(p.pid) for p in servers.procs[:2]]
    r = load(servers.url, "--concurrency", str(level), "--seconds", str(seconds))
    # CPU per message: what each answer costs, whatever else the machine is doing
    for (key, proc), before in zip((("actions", servers.procs[0]), ("rasa", servers.procs[1])), cpu_before):
        r[f"cpu_ms_per_msg_{key}"] = 1000 * (cpu_seconds(proc.pid) - before) / max(r["messages"], 1)
    if spy is not None:
        spy.wait(timeout=60)
    print(
        f"  {name}: {level:>2} conversations: {r['msg_per_s']:.1f} msg/s, p50 {r['p50_ms']:.0f} ms, "
        f"p95 {r['p95_ms']:.0f} ms, p99 {r['p99_ms']:.0f} ms, {r['errors']} errors; CPU per message: "
        f"rasa {r['cpu_ms_per_msg_rasa']:.1f} ms, actions {r['cpu_ms_per_msg_actions']:.1f} ms",
        flush=True,
    )
    return r


def median_run(runs: List[Dict]) -> Dict:
    """Each figure's median over the rounds (the rounds themselves stay in bench.json)."""
    keys = [k for k, v in runs[0].items() if isinstance(v, (int, float))]
    return {k: statistics.median(r[k] for r in runs) for k in keys}


def bench_all(
    systems: Dict[str, tuple], seconds: float, rounds: int, profile: bool, out: Path, train_time: bool
) -> Dict[str, Dict]:
    """All systems are started first and then measured in turns, level by level, round after
    round: a slow minute on the machine then hits every system alike instead of one of them.
    Each figure is the median over the rounds."""
    results, running = {}, {}
    with tempfile.TemporaryDirectory(prefix="needle-bench-") as tmp:
        try:
            for name, (config, endpoints) in systems.items():
                print(f"starting {name} ({config}, {endpoints})...", flush=True)
                folder = Path(tmp) / name.lower().replace(" ", "-")
                folder.mkdir()
                running[name], results[name] = start_system(
                    name, config, endpoints, folder, train_time and name != "Stock Rasa"
                )
            for round_no in range(rounds):
                print(f"round {round_no + 1} of {rounds}", flush=True)
                for level in LEVELS:
                    for name, servers in running.items():
                        spy_file = (
                            out / f"profile-{name.lower().replace(' ', '-')}.txt"
                            if profile and level == 10 and round_no == 0
                            else None
                        )
                        results[name]["rounds"][str(level)].append(
                            measure_level(name, servers, level, seconds, spy_file)
                        )
                        if spy_file is not None:
                            results[name]["profile"] = (
                                (breakdown(spy_file) + [""] + top_functions(spy_file))
                                if spy_file.exists()
                                else ["py-spy wrote no profile"]
                            )
            for name, servers in running.items():
                r = results[name]
                r["load"] = {level: median_run(runs) for level, runs in r["rounds"].items()}
                r["long"] = load(servers.url, "--long", "100", "--repeats", "3")
                print(
                    f"  {name}: turn 1-10 {r['long']['first_ms']:.0f} ms, turn 91-100 "
                    f"{r['long']['last_ms']:.0f} ms (x{r['long']['ratio']:.2f})",
                    flush=True,
                )
                r["peak_rss_mib"] = {
                    "rasa": peak_rss_mib(servers.procs[1].pid),
                    "actions": peak_rss_mib(servers.procs[0].pid),
                }
        finally:
            for servers in running.values():
                servers.stop()
    return results


def fmt(x: Optional[float], spec: str = ".1f") -> str:
    return "n/a" if x is None else format(x, spec)


def tables(results: Dict[str, Dict]) -> str:
    """One column per system; after each other system, how Needle Guide (the first) compares."""
    names = list(results)
    ours, others = results[names[0]], names[1:]
    head = (
        "| | "
        + names[0]
        + "".join(f" | {n} | Needle Guide vs. {n}" for n in others)
        + " |\n|---|"
        + "---:|" * (1 + 2 * len(others))
    )
    rows = []
    for level in map(str, LEVELS):
        for key, label, better in (
            ("msg_per_s", "msg/s", "x"),
            ("p50_ms", "p50 ms", "/"),
            ("p95_ms", "p95 ms", "/"),
            ("p99_ms", "p99 ms", "/"),
        ):
            a = ours["load"][level][key]
            cells = []
            for n in others:
                b = results[n]["load"][level][key]
                r = ratio(a, b) if better == "x" else ratio(b, a)
                cells.append(f"{fmt(b)} | {r:.1f}x {'faster' if r >= 1 else 'slower'}")
            rows.append(f"| {level} conv: {label} | {fmt(a)} | " + " | ".join(cells) + " |")

    for key, label in (
        ("cpu_ms_per_msg_rasa", "rasa server CPU ms per message"),
        ("cpu_ms_per_msg_actions", "action server CPU ms per message"),
    ):
        a = ours["load"]["10"].get(key)
        cells = []
        for n in others:
            b = results[n]["load"]["10"].get(key)
            r = ratio(b, a) if a and b else float("nan")
            cells.append(f"{fmt(b)} | " + (f"{r:.1f}x less" if r >= 1 else f"{1 / r:.1f}x more"))
        rows.append(f"| 10 conv: {label} | {fmt(a)} | " + " | ".join(cells) + " |")

    def plain(label: str, get, spec: str) -> str:
        return (
            f"| {label} | {fmt(get(ours), spec)} | "
            + " | ".join(f"{fmt(get(results[n]), spec)} | " for n in others)
            + " |"
        )

    for key, label in (
        ("first_ms", "turn 1-10 ms"),
        ("last_ms", "turn 91-100 ms"),
        ("ratio", "turn 100 / turn 1"),
    ):
        rows.append(plain(f"long conversation: {label}", lambda r, k=key: r["long"][k], ".2f"))
    for key, label in (("rasa", "peak RSS rasa server MiB"), ("actions", "peak RSS action server MiB")):
        rows.append(plain(label, lambda r, k=key: r["peak_rss_mib"][k], ".0f"))
    rows.append(plain("start-up until first answer s", lambda r: r["startup_s"], ".1f"))
    rows.append(
        plain(
            "training s (from scratch with --time-training; else the model's last training, "
            "which Rasa's cache may have shortened)",
            lambda r: r["training_s"],
            ".0f",
        )
    )
    rows.append(plain("model size MiB", lambda r: r["model_mib"], ".1f"))
    return head + "\n" + "\n".join(rows)


def targets(results: Dict[str, Dict]) -> List[str]:
    names = list(results)
    ours = results[names[0]]
    mark = lambda ok: "met" if ok else "MISSED"  # noqa: E731
    lines = []
    for n in names[1:]:
        other = results[n]
        t = ratio(ours["load"]["10"]["msg_per_s"], other["load"]["10"]["msg_per_s"])
        p = ratio(other["load"]["10"]["p95_ms"], ours["load"]["10"]["p95_ms"])
        lines += [
            f"vs. {n}: throughput at 10 conversations >= 3x: {t:.1f}x ({mark(t >= 3)})",
            f"vs. {n}: p95 at 10 conversations <= 1/3: {p:.1f}x lower ({mark(p >= 3)})",
        ]
    p50 = ours["load"]["1"]["p50_ms"]
    growth = ours["long"]["ratio"]
    return lines + [
        f"single-conversation p50 < 60 ms: {p50:.0f} ms ({mark(p50 < 60)})",
        f"turn 100 within 1.5x of turn 1: x{growth:.2f} ({mark(growth <= 1.5)})",
    ]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.speed",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--seconds", type=float, default=15, help="length of each load level")
    parser.add_argument("--rounds", type=int, default=3, help="measure every level this many times (median)")
    parser.add_argument("--profile", action="store_true", help="py-spy the Rasa server at 10 conversations")
    parser.add_argument("--time-training", action="store_true", help="retrain each config to time it")
    parser.add_argument("--only", choices=list(SYSTEMS), help="benchmark one system only")
    parser.add_argument(
        "--cases",
        default="",
        help="case folders the conversations come from, comma-separated "
        "(default tests/conversations/; tests/conversations_fr for French)",
    )
    parser.add_argument("--out", default=str(REPORTS))
    args = parser.parse_args(argv)
    if args.cases:
        from bench.load import CASES_ENV

        os.environ[CASES_ENV] = args.cases
    out, started, host = start_report(args.out)
    systems = {n: v for n, v in SYSTEMS.items() if not args.only or n == args.only}
    results = bench_all(systems, args.seconds, args.rounds, args.profile, out, args.time_training)
    (out / "bench.json").write_text(
        json.dumps({"date": started.isoformat(), "machine": host, "results": results}, indent=2)
    )
    if len(results) < 2:
        for r in results.values():
            print("\n".join(r.get("profile") or []))
        return 0
    text = tables(results)
    goals = targets(results)
    print("\n" + text + "\n\n" + "\n".join(goals))
    md = [
        "# Speed report",
        "",
        f"Run {started:%Y-%m-%d %H:%M %Z} on {host}; "
        f"{args.seconds:.0f} s per load level, {args.rounds} rounds (the systems measured in turns, level by "
        f"level; each figure is the median over the rounds), conversations of 5 turns from "
        f"{args.cases or 'tests/conversations/'}. CPU per message is each server process's user + system time divided by "
        f"the messages answered.",
        "",
        text,
        "",
        *[f"- {g}" for g in goals],
        "",
    ]
    for name, r in results.items():
        if r.get("profile"):
            md += [
                f"## Where the Rasa server's time goes: {name} (py-spy, 10 conversations)",
                "",
                "```",
                *r["profile"],
                "```",
                "",
            ]
    (out / "bench.md").write_text("\n".join(md))
    print(f"\nwrote {out / 'bench.md'} and {out / 'bench.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
