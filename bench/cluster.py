"""`python -m bench.cluster`: what a second server buys, and what the cluster costs.

In one run, on this machine:
1. the cluster (bot/ops/cluster.py: PostgreSQL, Redis, HAProxy, two Rasa + two action servers),
   driven by bench/load.py (simultaneous REST conversations) at one Rasa server directly,
   then at both through HAProxy, the two taking turns for `--rounds` rounds (medians):
   messages per second, p95 latency, and CPU per message (user + system time of every
   process involved: Rasa and action servers, PostgreSQL, Redis, HAProxy, over the
   messages answered);
2. one conversation on two servers: `--pairs` pairs of messages sent at the same moment,
   one to each Rasa server, with the project's lock store (bot/lock_store.py) and then
   with Rasa's stock RedisLockStore (`type: redis`): messages lost or stored twice, and
   replies that do not follow their own message in the stored conversation;
3. make run's single node (SQLite, endpoints.yml) under the same load, for its CPU per
   message.
Writes reports/cluster-bench.md and reports/cluster-bench.json. Timing never fails anything.
"""

import argparse
import json
import os
import shutil
import statistics
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Dict, List

from bench.speed import cpu_seconds, load
from bot import PROJECT_ROOT
from bot.ops.cluster import DEPLOY, Cluster
from bot.ops.serve import Servers, free_port

REPORTS = PROJECT_ROOT / "reports"
QUESTIONS = [
    "does dry needling hurt?",
    "is IMS safe?",
    "how long does an acupuncture session take?",
    "what is dry needling?",
    "how many IMS sessions will I need?",
]


def postgres_pids() -> List[int]:
    import pwd

    uid = pwd.getpwnam("postgres").pw_uid
    pids = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                if os.stat(f"/proc/{name}").st_uid == uid:
                    pids.append(int(name))
            except OSError:
                pass
    return pids


def pidfile(path: Path) -> List[int]:
    try:
        return [int(Path(path).read_text().split()[0])]
    except (OSError, ValueError, IndexError):
        return []


def cpu(pids: List[int]) -> float:
    return sum(cpu_seconds(p) for p in pids)


def measured(c: Cluster, url: str, servers: List[Servers], concurrency: int, seconds: float) -> Dict:
    """Load `url`, with the CPU of `servers` and of PostgreSQL, Redis and HAProxy."""
    groups = {
        "rasa": lambda: [s.procs[1].pid for s in servers],
        "actions": lambda: [s.procs[0].pid for s in servers],
        "postgresql": postgres_pids,
        "redis": lambda: pidfile(c.root / "redis" / "redis.pid"),
        "haproxy": lambda: pidfile(c.root / "haproxy" / "haproxy.pid"),
    }
    before = {k: cpu(f()) for k, f in groups.items()}
    out = load(url, "--concurrency", str(concurrency), "--seconds", str(seconds))
    n = max(1, out["messages"])
    out["cpu_ms_by_process"] = {k: round(1000 * (cpu(f()) - before[k]) / n, 2) for k, f in groups.items()}
    out["cpu_ms_per_message"] = sum(out["cpu_ms_by_process"].values())
    return out


def bytes_per_message(c: Cluster) -> Dict:
    """PostgreSQL's size, with indexes, of the conversations (`events`) and of the review
    log's turns (`turns`) per patient message stored."""
    import psycopg2

    conn = psycopg2.connect(**c.dsn())
    with conn.cursor() as cur:
        cur.execute(
            "SELECT pg_total_relation_size('events'), count(*) FILTER (WHERE type_name = 'user'), count(*) "
            "FROM events"
        )
        size, users, rows = cur.fetchone()
        cur.execute("SELECT pg_total_relation_size('turns'), count(*) FROM turns")
        turns_size, turns = cur.fetchone()
    conn.close()
    n = max(1, users)
    return {
        "bytes": size,
        "messages": users,
        "rows": rows,
        "bytes_per_message": round(size / n),
        "turns_bytes": turns_size,
        "turns": turns,
        "turns_bytes_per_message": round(turns_size / n),
    }


def post(base: str, sender: str, text: str):
    import urllib.request

    body = json.dumps({"sender": sender, "message": text}).encode()
    req = urllib.request.Request(f"{base}/webhooks/rest/webhook", body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return [m["text"] for m in json.loads(r.read()) if m.get("text")]


def pairs(c: Cluster, n: int) -> Dict:
    """n pairs of one conversation's messages, each pair at once on the two servers."""
    import psycopg2

    sender = f"pairs-{uuid.uuid4().hex[:8]}"
    answers: Dict[str, List[str]] = {}
    errors = [0]
    t0 = time.monotonic()
    for i in range(n):
        barrier = threading.Barrier(2)
        texts = [f"{QUESTIONS[i % 5]} (q{i}a)", f"{QUESTIONS[(i + 2) % 5]} (q{i}b)"]

        def one(url, text):
            barrier.wait()  # noqa: B023 - each pair's threads are joined before the next barrier
            try:
                answers[text] = post(url, sender, text)
            except Exception:  # noqa: BLE001 - counted
                errors[0] += 1

        threads = [threading.Thread(target=one, args=(c.replica_url(k), texts[k])) for k in (0, 1)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    seconds = time.monotonic() - t0
    conn = psycopg2.connect(**c.dsn())
    with conn.cursor() as cur:
        cur.execute("SELECT type_name, data FROM events WHERE sender_id = %s ORDER BY id", (sender,))
        rows = [(t, json.loads(d)) for t, d in cur.fetchall()]
    conn.close()
    turns: List[list] = []
    for kind, data in rows:
        if kind == "user":
            turns.append([data.get("text"), []])
        elif kind == "bot" and turns and data.get("text"):
            turns[-1][1].append(data["text"])
    stored = [t for t, _ in turns]
    sent = 2 * n
    return {
        "pairs": n,
        "sent": sent,
        "errors": errors[0],
        "seconds": round(seconds, 1),
        "lost": sent - len(set(stored) & set(answers)) - errors[0],
        "duplicated": len(stored) - len(set(stored)),
        "replies_out_of_place": sum(1 for t, bot in turns if t in answers and answers[t] != bot),
    }


def stock_endpoints(root: Path) -> Path:
    """deploy/cluster/endpoints.yml with Rasa's own RedisLockStore."""
    text = (
        (DEPLOY / "endpoints.yml")
        .read_text()
        .replace("type: bot.lock_store.AtomicRedisLockStore", "type: redis")
    )
    path = root / "endpoints-stock-lock.yml"
    path.write_text(text)
    return path


def median(runs: List[Dict], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def spread(runs: List[Dict], key: str, fmt: str) -> str:
    """The median and, in brackets, the lowest and highest round."""
    values = [r[key] for r in runs]
    return f"{statistics.median(values):{fmt}} ({min(values):{fmt}}-{max(values):{fmt}})"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.cluster",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--model", help="default: the model make train made for config.yml")
    parser.add_argument("--concurrency", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pairs", type=int, default=50)
    parser.add_argument("--out", default=str(REPORTS))
    args = parser.parse_args(argv)
    from bot.ops.training import check_model, model_path

    model = check_model(Path(args.model) if args.model else model_path())
    root = Path(tempfile.mkdtemp(prefix="needle-cluster-bench-"))
    c = Cluster(
        model=model,
        root=root,
        front_port=free_port(),
        pg_port=free_port(),
        redis_port=free_port(),
        rasa_ports=[free_port(), free_port()],
        action_ports=[free_port(), free_port()],
    )
    results: Dict = {
        "concurrency": args.concurrency,
        "seconds": args.seconds,
        "rounds": args.rounds,
        "model": model.name,
        "cpus": os.cpu_count(),
    }
    c.start()
    try:
        for url in (c.replica_url(0), c.replica_url(1), c.front_url):  # warm up
            for q in QUESTIONS:
                post(url, f"warm-{uuid.uuid4().hex[:6]}", q)
        one, two = [], []
        for _ in range(args.rounds):
            one.append(measured(c, c.replica_url(0), c.servers[:1], args.concurrency, args.seconds))
            two.append(measured(c, c.front_url, c.servers, args.concurrency, args.seconds))
            print("one:", one[-1], "\ntwo:", two[-1], flush=True)
        results["one_replica"], results["two_replicas"] = one, two
        results["postgresql_storage"] = bytes_per_message(c)
        results["pairs_atomic_lock"] = pairs(c, args.pairs)
        print("pairs, atomic lock:", results["pairs_atomic_lock"], flush=True)
        for s in c.servers:
            s.stop()
        c.endpoints = stock_endpoints(root)
        c.start_replicas()
        results["pairs_stock_lock"] = pairs(c, args.pairs)
        print("pairs, stock lock:", results["pairs_stock_lock"], flush=True)
    finally:
        c.stop()
    single = Servers(
        model=model,
        rasa_port=free_port(),
        action_port=free_port(),
        tracker_db=root / "tracker.db",
        log_dir=root / "single" / "logs",
        logs_db=root / "single-logs.db",
        extra_env={"NEEDLE_CHANNEL_DB": str(root / "single-channels.db")},
    ).start()
    try:
        for q in QUESTIONS:
            post(single.url, f"warm-{uuid.uuid4().hex[:6]}", q)
        runs = []
        groups = {"rasa": [single.procs[1].pid], "actions": [single.procs[0].pid]}
        for _ in range(args.rounds):
            before = {k: cpu(p) for k, p in groups.items()}
            out = load(single.url, "--concurrency", str(args.concurrency), "--seconds", str(args.seconds))
            n = max(1, out["messages"])
            out["cpu_ms_by_process"] = {
                k: round(1000 * (cpu(p) - before[k]) / n, 2) for k, p in groups.items()
            }
            out["cpu_ms_per_message"] = sum(out["cpu_ms_by_process"].values())
            runs.append(out)
            print("single node:", out, flush=True)
        results["single_sqlite"] = runs
    finally:
        single.stop()
        shutil.rmtree(root, ignore_errors=True)  # conversations of the run, PostgreSQL's files
    write(results, Path(args.out))
    return 0


def write(r: Dict, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "cluster-bench.json").write_text(json.dumps(r, indent=2))
    rows = [
        ("one Rasa server (direct), PostgreSQL + Redis", r["one_replica"]),
        ("two Rasa servers behind HAProxy", r["two_replicas"]),
        ("make run: one node, SQLite", r["single_sqlite"]),
    ]
    lines = [
        "# Cluster benchmark (python -m bench.cluster)",
        "",
        f"{r['cpus']} CPUs, {r['concurrency']} simultaneous REST conversations, {r['seconds']:g} s per run, "
        f"median of {r['rounds']} rounds, model {r['model']}. CPU per message counts every process "
        f"involved (Rasa and action servers; with the cluster also PostgreSQL, Redis, HAProxy).",
        "",
        "Each cell: the median, then the lowest and highest round.",
        "",
        "| setup | messages/s | p95 ms | CPU ms/message | errors |",
        "|---|---|---|---|---|",
    ]
    for name, runs in rows:
        lines.append(
            f"| {name} | {spread(runs, 'msg_per_s', '.1f')} | {spread(runs, 'p95_ms', '.0f')} | "
            f"{spread(runs, 'cpu_ms_per_message', '.1f')} | {sum(x['errors'] for x in runs)} |"
        )
    lines += [
        "",
        "CPU ms per message by process (medians):",
        "",
        "| setup | " + " | ".join(r["two_replicas"][0]["cpu_ms_by_process"]) + " |",
        "|---" * (1 + len(r["two_replicas"][0]["cpu_ms_by_process"])) + "|",
    ]
    keys = list(r["two_replicas"][0]["cpu_ms_by_process"])
    for name, key in (
        ("one Rasa server", "one_replica"),
        ("two Rasa servers", "two_replicas"),
        ("make run", "single_sqlite"),
    ):
        lines.append(
            f"| {name} | "
            + " | ".join(
                f"{statistics.median(x['cpu_ms_by_process'][k] for x in r[key]):.1f}"
                if k in r[key][0].get("cpu_ms_by_process", {})
                else "-"
                for k in keys
            )
            + " |"
        )
    st = r.get("postgresql_storage")
    if st:
        lines += [
            "",
            f"PostgreSQL storage: {st['bytes_per_message']} bytes per patient message in the events table "
            f"with its indexes ({st['bytes']} bytes for {st['messages']} messages, {st['rows']} rows), "
            f"and {st.get('turns_bytes_per_message', '?')} in the review log's turns table "
            f"({st.get('turns_bytes', '?')} bytes, {st.get('turns', '?')} turns).",
        ]
    lines += [
        "",
        "One conversation, two servers, each pair of messages sent at the same moment:",
        "",
        "| lock store | pairs | lost | stored twice | replies out of place | seconds |",
        "|---|---|---|---|---|---|",
    ]
    for name, key in (
        ("bot.lock_store.AtomicRedisLockStore (make cluster)", "pairs_atomic_lock"),
        ("Rasa's RedisLockStore (`type: redis`)", "pairs_stock_lock"),
    ):
        p = r[key]
        lines.append(
            f"| {name} | {p['pairs']} | {p['lost']} | {p['duplicated']} | {p['replies_out_of_place']} | "
            f"{p['seconds']} |"
        )
    (out / "cluster-bench.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    raise SystemExit(main())
