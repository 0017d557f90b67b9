"""Every spent set and the conversation cases through the answer action in this process, with
the model's parses cached: the same report as bench.spent_sets in about a minute, not seven.

Why: tuning the router means judging each small change on every spent set (leave-one-set-out).
The REST run (bench.spent_sets) starts servers and parses every message each time; the router,
not the model, is what a tuning change touches. This parses each message once per model (cached
in var/parse-cache/, keyed by the model and the two files the served pipeline reads besides it:
knowledge/red_flags.yml and build/vocabulary.txt), then plays every case's turns through
ActionAnswerFromKnowledge with a tracker built as the action server builds it, and writes the
report in bench.spent_sets' format, so the two files compare line by line. bench.spent_sets
stays the figure of record; this is the tuning loop (it reproduced it case for case at 4bd4ac4).

    python -m bench.spent_quick [--sets heldout78,heldout80] [--no-cases] [--out var/spent-quick.txt]
"""

import argparse
import asyncio
import contextlib
import hashlib
import json
import logging
import sys
from pathlib import Path
from typing import Callable, Dict, Iterable, List

from bench.spent_sets import SPENT, case_groups, write_report
from bot import PROJECT_ROOT
from bot.ops.client import Turn
from bot.ops.evaluate import Case, Result, check
from bot.ops.training import check_model, model_path

CACHE_DIR = PROJECT_ROOT / "var" / "parse-cache"
# Read by the NLU pipeline at load time, outside the model's fingerprint: a new red-flag phrase or
# a knowledge-base word changes parses without a new model.
PIPELINE_FILES = (PROJECT_ROOT / "knowledge" / "red_flags.yml", PROJECT_ROOT / "build" / "vocabulary.txt")
Parser = Callable[[List[str]], List[dict]]


def rasa_parser(model: Path) -> Parser:
    """Parse texts with the trained model, loaded once (Rasa's own NLU pipeline, as served)."""

    def parse(texts: List[str]) -> List[dict]:
        from rasa.core.agent import Agent

        with contextlib.redirect_stdout(sys.stderr):
            agent = Agent.load(str(model))

            async def all_of_them():
                return [await agent.parse_message(t) for t in texts]

            return asyncio.run(all_of_them())

    return parse


def cache_file(model: Path, pipeline_files=PIPELINE_FILES) -> Path:
    """Where this model's parses are kept, for these red flags and this vocabulary."""
    digest = hashlib.sha256()
    for f in pipeline_files:
        digest.update(Path(f).read_bytes() if Path(f).exists() else b"-")
    return CACHE_DIR / f"{Path(model).name.split('.')[0]}-{digest.hexdigest()[:12]}.json"


def cached_parses(texts: Iterable[str], cache: Path, parse: Parser) -> Dict[str, dict]:
    """Parses for every text, parsing only those the cache for this model lacks."""
    known = json.loads(cache.read_text(encoding="utf-8")) if cache.exists() else {}
    missing = [t for t in dict.fromkeys(texts) if t not in known]
    if missing:
        print(f"parsing {len(missing)} new messages", file=sys.stderr)
        known.update(zip(missing, parse(missing)))
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_text(json.dumps(known), encoding="utf-8")
    return known


def play(case: Case, parses: Dict[str, dict], action) -> Result:
    """One case's turns through the answer action, slots and events carried between turns as
    the tracker store would; the last turn is checked as bench.spent_sets checks it."""
    from rasa_sdk import Tracker
    from rasa_sdk.executor import CollectingDispatcher

    slots: Dict[str, object] = {}
    events: List[dict] = [{"event": "action", "name": "action_session_start"}, {"event": "session_started"}]
    turn = Turn()
    for text in case.turns:
        parse = dict(parses[text])
        parse.setdefault("text", text)
        events.append({"event": "user", "text": text, "parse_data": parse})
        tracker = Tracker("spent-quick", dict(slots), parse, list(events), False, None, {}, "action_listen")
        dispatcher = CollectingDispatcher()
        for event in action.run(dispatcher, tracker, {}):
            if event.get("event") == "slot":
                slots[event["name"]] = event["value"]
        for m in dispatcher.messages:
            custom = m.get("custom")
            events.append(
                {"event": "bot", "text": m.get("text"), "data": {"custom": custom} if custom else {}}
            )
        turn = Turn(
            texts=[m["text"] for m in dispatcher.messages if m.get("text")],
            contracts=[m["custom"] for m in dispatcher.messages if m.get("custom")],
            messages=dispatcher.messages,
        )
    return Result(case, check(case, turn), turn)


def run(groups: Dict[str, List[Case]], parses: Dict[str, dict]) -> Dict[str, List[Result]]:
    from actions.knowledge_answer import ActionAnswerFromKnowledge

    action = ActionAnswerFromKnowledge()
    return {name: [play(c, parses, action) for c in cases] for name, cases in groups.items()}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default=",".join(SPENT))
    ap.add_argument("--no-cases", action="store_true")
    ap.add_argument("--out", default="var/spent-quick.txt")
    args = ap.parse_args(argv)
    sets = [s for s in args.sets.split(",") if s]
    if any(s not in SPENT for s in sets):
        print(f"only spent sets may be run here: {', '.join(SPENT)}", file=sys.stderr)
        return 2
    logging.disable(logging.WARNING)
    model = check_model(model_path())
    groups = case_groups(sets, not args.no_cases)
    texts = [t for cases in groups.values() for c in cases for t in c.turns]
    parses = cached_parses(texts, cache_file(model), rasa_parser(model))
    write_report(run(groups, parses), Path(args.out), title="spent sets (in process)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
