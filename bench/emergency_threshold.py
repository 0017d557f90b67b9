"""How far to trust the classifier's own emergency call: precision and recall by threshold.

Red-flag phrases (knowledge/red_flags.yml) always raise an emergency. The intent classifier
can also predict `emergency` for a message no phrase matched; this measures, over the
conversation cases and the tune half of the real-shaped questions (never the test half),
how often that call is right at each confidence, so bot/knowledge/route.py's
EMERGENCY_MIN_CONFIDENCE is chosen from measured precision.

    .venv/bin/python -m bench.emergency_threshold      # writes reports/emergency-threshold.md
"""

import asyncio
import sys
from typing import List, Tuple

from bot import PROJECT_ROOT
from bot.ops.evaluate import load_cases

SETS = (PROJECT_ROOT / "tests" / "conversations", PROJECT_ROOT / "tests" / "real_questions" / "tune.yml")
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)


def labelled_messages() -> List[Tuple[str, bool]]:
    """(message, is an emergency) for the last turn of every case in the tuning sets."""
    cases = load_cases([p for p in SETS if p.exists()])
    return [(c.turns[-1], "emergency" in c.kinds) for c in cases]


async def _parse_all(texts: List[str]):
    from rasa.core.agent import Agent

    from bot.ops.training import model_path

    agent = Agent.load(str(model_path()))
    return [await agent.parse_message(t) for t in texts]


def measure() -> List[dict]:
    data = labelled_messages()
    parses = asyncio.run(_parse_all([t for t, _ in data]))
    rows = []
    for (text, positive), parse in zip(data, parses):
        if any(e.get("entity") == "emergency_type" for e in parse.get("entities") or []):
            continue  # a red flag decided it: the classifier's call does not matter
        top = parse.get("intent") or {}
        conf = float(top.get("confidence") or 0.0) if top.get("name") == "emergency" else 0.0
        rows.append({"text": text, "positive": positive, "confidence": conf})
    return rows


def table(rows: List[dict]) -> str:
    lines = [
        "| threshold | raised | right | false alarms | precision | emergencies caught (of those no phrase matched) |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    positives = sum(r["positive"] for r in rows)
    for t in THRESHOLDS:
        raised = [r for r in rows if r["confidence"] >= t]
        right = sum(r["positive"] for r in raised)
        precision = right / len(raised) if raised else float("nan")
        lines.append(
            f"| {t:.2f} | {len(raised)} | {right} | {len(raised) - right} | {precision:.2f} | "
            f"{right}/{positives} |"
        )
    return "\n".join(lines)


def main() -> int:
    rows = measure()
    text = table(rows)
    print(text)
    flagged = sorted((r for r in rows if r["confidence"] > 0), key=lambda r: -r["confidence"])
    details = [
        f"- {r['confidence']:.2f} {'EMERGENCY' if r['positive'] else 'ordinary '} {r['text']!r}"
        for r in flagged
    ]
    out = PROJECT_ROOT / "reports" / "emergency-threshold.md"
    out.write_text(
        "# The classifier's own emergency call\n\n"
        f"{len(rows)} messages no red-flag phrase matched (conversation cases and the tune half).\n\n"
        + text
        + "\n\nMessages the classifier called an emergency:\n\n"
        + "\n".join(details)
        + "\n"
    )
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
