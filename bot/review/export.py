"""Turn staff labels (logs.db `labels`) into NLU training examples: data/nlu/reviewed.yml.

- Valid Rasa 3 NLU YAML, one block per intent, examples sorted.
- Merged with what reviewed.yml already has (labels may have been purged since).
- The latest label of a turn wins; a message labelled with two intents keeps the latest.
- Never repeats an example written by hand in another data/nlu file (under any intent:
  Rasa refuses an example listed under two intents), never rewrites those files.
- Labels naming an intent that is not in domain.yml are skipped with a warning.

The next `make train` (its model hash covers data/) learns from the file.
"""

import re
import sys
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Set, TextIO, Tuple

import yaml

from bot import PROJECT_ROOT
from bot.review.store import connect, domain_intents

NLU_DIR = PROJECT_ROOT / "data" / "nlu"
DEFAULT_OUTPUT = NLU_DIR / "reviewed.yml"
_PLACEHOLDER = re.compile(r"\[(email|date|health_card|phone|postal_code)\]")
_ANNOTATION = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


def normalise(text: str) -> str:
    return " ".join(_ANNOTATION.sub(r"\1", text).lower().split())


def clean_example(text: str) -> str:
    """One line of plain text: placeholders become words ([phone] -> phone) so no bracket
    reads as Rasa's entity annotation; payloads (/intent{...}) are not examples."""
    text = " ".join((text or "").split())
    text = _PLACEHOLDER.sub(lambda m: m.group(1).replace("_", " "), text)
    return text.replace("[", "(").replace("]", ")")


def _examples(block: str) -> List[str]:
    out = []
    for line in (block or "").splitlines():
        line = line.strip()
        if line.startswith("- "):
            out.append(line[2:].strip())
    return out


def read_nlu_examples(path: Path) -> Dict[str, List[str]]:
    data = yaml.safe_load(path.read_text()) or {}
    result: Dict[str, List[str]] = {}
    for item in data.get("nlu") or []:
        if isinstance(item, dict) and "intent" in item:
            result.setdefault(item["intent"], []).extend(_examples(item.get("examples") or ""))
    return result


def hand_written(nlu_dir: Path, output: Path) -> Set[str]:
    seen: Set[str] = set()
    for path in sorted(nlu_dir.glob("*.yml")):
        if path.resolve() == output.resolve():
            continue
        for examples in read_nlu_examples(path).values():
            seen.update(normalise(e) for e in examples)
    return seen


def latest_labels(logs_db: Path) -> List[Tuple[str, str, str]]:
    """(message, intent, actor) for each labelled turn, its latest label, oldest first."""
    db = connect(logs_db)
    try:
        rows = db.execute("""
            SELECT t.message, l.intent, l.actor FROM labels l JOIN turns t ON t.id = l.turn_id
            WHERE l.id = (SELECT max(l2.id) FROM labels l2 WHERE l2.turn_id = l.turn_id)
            ORDER BY l.time, l.id""").fetchall()
    finally:
        db.close()
    return [(r[0] or "", (r[1] or "").strip(), r[2] or "") for r in rows]


def render(examples: Dict[str, Iterable[str]]) -> str:
    lines = [
        "# Written by `make review-export` from staff labels in the review database.",
        "# Edit by labelling again; an example moved to a hand-written file is dropped here.",
        'version: "3.1"',
        "nlu:",
    ]
    for intent in sorted(examples):
        items = sorted(set(examples[intent]), key=str.lower)
        if not items:
            continue
        lines += [f"- intent: {intent}", "  examples: |"]
        lines += [f"    - {e}" for e in items]
    if lines[-1] == "nlu:":
        lines[-1] = "nlu: []"
    return "\n".join(lines) + "\n"


def export(
    logs_db: Path,
    output: Optional[Path] = None,
    nlu_dir: Path = NLU_DIR,
    intents: Optional[Iterable[str]] = None,
    warn: TextIO = sys.stderr,
) -> Dict[str, int]:
    output = Path(output or DEFAULT_OUTPUT)
    known = set(intents if intents is not None else domain_intents())
    existing = read_nlu_examples(output) if output.exists() else {}
    manual = hand_written(Path(nlu_dir), output)
    chosen: Dict[str, str] = {}  # normalised text -> intent
    text_of: Dict[str, str] = {}
    for intent, items in existing.items():
        for e in items:
            chosen[normalise(e)], text_of[normalise(e)] = intent, e
    stats = {"labels": 0, "added": 0, "skipped_unknown": 0, "skipped_hand_written": 0, "skipped_empty": 0}
    for message, intent, actor in latest_labels(logs_db):
        stats["labels"] += 1
        if intent not in known:
            print(
                f"warning: skipped a label by {actor or '?'}: intent {intent!r} is not in domain.yml",
                file=warn,
            )
            stats["skipped_unknown"] += 1
            continue
        example = clean_example(message)
        key = normalise(example)
        if not key or example.startswith("/"):
            stats["skipped_empty"] += 1
            continue
        if key in manual:
            stats["skipped_hand_written"] += 1
            continue
        if chosen.get(key) != intent:
            stats["added"] += 1
        chosen[key], text_of[key] = intent, example
    by_intent: Dict[str, List[str]] = {}
    for key, intent in chosen.items():
        if key in manual or intent not in known:
            continue
        by_intent.setdefault(intent, []).append(text_of[key])
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render(by_intent))
    stats["examples"] = sum(len(v) for v in by_intent.values())
    return stats
