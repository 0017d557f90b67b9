"""Where the router's time goes: every spent-set message through route() and red_flag().

Each message of the spent sets (bench.spent_sets.SPENT) and of the conversation cases is
parsed once by the trained NLU model (rasa Agent, in process; the parses are cached in
var/route_profile_parses.json, keyed by model, so later runs skip the model), turned into a
`Question` by the action's own actions/context.read_question over a tracker holding that
parse (no slots, no earlier events: each turn is routed as a conversation's first message),
and routed by bot/knowledge/route.route() as actions/respond.py calls it. red_flag() is run on
every raw message as the Rasa server's SafetyOverride runs it.

Prints the time per message of route() and of red_flag() (best of --repeat passes, after a
warm-up pass), then the top functions of a cProfile pass over route() (and with --red-flags
over red_flag()). `--save FILE` writes every message's decision (every field of the Decision,
entries and subjects by id) and its red_flag()/red_flag_match() result; `--check FILE` compares
the present ones with a saved file and fails on any difference, so a speed-up is proved to
change nothing. Every run also checks red_flag_match() against the same search over every
red-flag pattern without the word index (safety.red_flag_match_unindexed), message by message:

    .venv/bin/python -m bench.route_profile --save var/decisions-before.json   # at the base
    .venv/bin/python -m bench.route_profile --check var/decisions-before.json  # after the change
"""

import argparse
import asyncio
import contextlib
import cProfile
import dataclasses
import json
import pstats
import sys
import time
from pathlib import Path
from typing import Dict, List

from bot import PROJECT_ROOT

PARSES = PROJECT_ROOT / "var" / "route_profile_parses.json"


def messages() -> List[str]:
    """Every turn of every spent set and conversation case, each once, in a fixed order."""
    from bench.spent_sets import REAL, SPENT
    from bot.ops.evaluate import CASES_DIR, load_cases

    cases = [c for name in SPENT for c in load_cases([REAL / f"{name}.yml"])] + load_cases([CASES_DIR])
    return list(dict.fromkeys(t for c in cases for t in c.turns))


def parses(texts: List[str]) -> Dict[str, dict]:
    """{text: the NLU's parse}, from the cache when it was made with the same model."""
    from bot.ops.training import check_model, model_path

    model = str(check_model(model_path()).resolve())  # the model file itself, whatever its link
    cached = json.loads(PARSES.read_text(encoding="utf-8")) if PARSES.exists() else {}
    if cached.get("model") != model:
        cached = {"model": model, "parses": {}}
    missing = [t for t in texts if t not in cached["parses"]]
    if missing:
        from rasa.core.agent import Agent

        print(f"parsing {len(missing)} messages with {model} ...", file=sys.stderr)
        with contextlib.redirect_stdout(sys.stderr):  # Rasa's debug log would bury the results
            agent = Agent.load(model)

            async def parse_all():
                return [await agent.parse_message(t) for t in missing]

            parsed = asyncio.run(parse_all())
        for text, parse in zip(missing, parsed):
            cached["parses"][text] = parse
        PARSES.parent.mkdir(parents=True, exist_ok=True)
        PARSES.write_text(json.dumps(cached), encoding="utf-8")
    return {t: cached["parses"][t] for t in texts}


def questions(texts: List[str]):
    """The Question the action would read from each message's parse."""
    from rasa_sdk import Tracker

    from actions.context import read_question

    by_text = parses(texts)
    out = []
    for i, text in enumerate(texts):
        parse = dict(by_text[text])
        parse.setdefault("text", text)
        tracker = Tracker(f"profile-{i}", {}, parse, [], False, None, {}, None)
        out.append(read_question(tracker))
    return out


def _plain(value):
    """A decision field as JSON: an entry or subject by its id, a set sorted."""
    if hasattr(value, "id"):
        return value.id
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def decision_record(d) -> dict:
    """Every field of the Decision (entries and subjects by id)."""
    return {f.name: _plain(getattr(d, f.name)) for f in dataclasses.fields(d)}


def timed(fn, items, repeat: int) -> float:
    """Best total seconds of `repeat` passes of fn over items (after one warm-up pass)."""
    for item in items:
        fn(item)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for item in items:
            fn(item)
        best = min(best, time.perf_counter() - start)
    return best


def profile(fn, items, top: int, title: str) -> None:
    prof = cProfile.Profile()
    prof.enable()
    for item in items:
        fn(item)
    prof.disable()
    print(f"\n== cProfile: {title} (top {top} by own time) ==")
    pstats.Stats(prof).sort_stats("tottime").print_stats(top)
    print(f"== cProfile: {title} (top {top} by cumulative time) ==")
    pstats.Stats(prof).sort_stats("cumulative").print_stats(top)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="timed passes; the best is reported")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--no-profile", action="store_true")
    ap.add_argument("--red-flags", action="store_true", help="also cProfile red_flag()")
    ap.add_argument("--save", help="write every message's decision and red-flag result here")
    ap.add_argument("--check", help="compare every decision and red-flag result with this file")
    args = ap.parse_args(argv)

    from bot.clinic import load_clinic
    from bot.knowledge.clock import opening_span
    from bot.knowledge.route import route
    from bot.knowledge.store import get_store
    from bot.nlu.components import RED_FLAG_SCAN_CHARS
    from bot.nlu.safety import red_flag, red_flag_match

    texts = messages()
    qs = questions(texts)
    store = get_store()
    clinic = load_clinic()
    opening = opening_span(clinic.hours)

    def run(q):  # as actions/respond.py calls it: the clinic's own answers and opening hours
        return route(q, store, offers_answer=lambda topic: bool(clinic.answer(topic)), opening=opening)

    def flag(text):
        return red_flag(text[:RED_FLAG_SCAN_CHARS])

    records = {
        text: {**decision_record(run(q)), "red_flag": flag(text), "red_flag_match": red_flag_match(text)}
        for text, q in zip(texts, qs)
    }
    n = len(texts)
    t_route = timed(run, qs, args.repeat)
    t_flag = timed(flag, texts, args.repeat)
    print(f"{n} messages")
    print(
        f"route():    {1000 * t_route / n:.3f} ms per message ({t_route:.2f} s in all, best of {args.repeat})"
    )
    print(
        f"red_flag(): {1000 * t_flag / n:.3f} ms per message ({t_flag:.2f} s in all, best of {args.repeat})"
    )
    flags = sum(1 for r in records.values() if r["red_flag"])
    print(f"decisions: {len(records)}, red flags raised: {flags}")

    status = 0
    from bot.nlu import safety

    reference = getattr(safety, "red_flag_match_unindexed", None)
    if reference is not None:  # the word index must never change what red_flag_match finds
        differ = [t for t in texts if reference(t) != red_flag_match(t)]
        for t in differ[:20]:
            print(f"RED FLAG DIFF {t[:100]!r}: {reference(t)} (every pattern) -> {red_flag_match(t)}")
        print(f"red_flag_match vs every pattern searched: {len(differ)} differ of {n}")
        status = 1 if differ else 0
    if args.save:
        Path(args.save).write_text(json.dumps(records, indent=0, ensure_ascii=False), encoding="utf-8")
        print(f"saved: {args.save}")
    if args.check:
        saved = json.loads(Path(args.check).read_text(encoding="utf-8"))
        now = json.loads(json.dumps(records))  # tuples as lists, like the saved file
        diffs = [t for t in saved if t in now and saved[t] != now[t]]
        missing = [t for t in saved if t not in now]
        for t in diffs[:20]:
            print(f"DIFF {t[:100]!r}: {saved[t]} -> {now[t]}")
        print(
            f"check against {args.check}: {len(diffs)} differ, {len(missing)} missing, {len(saved)} compared"
        )
        status = 1 if diffs or missing or status else 0
    if not args.no_profile:
        profile(run, qs, args.top, "route()")
        if args.red_flags:
            profile(flag, texts, args.top, "red_flag()")
    return status


if __name__ == "__main__":
    sys.exit(main())
