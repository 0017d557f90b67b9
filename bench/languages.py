"""`make eval` per language (issue 17): the English and French case sets side by side.

Which set a case is in: English is tests/conversations/ without its `*_fr.yml` files; French is
tests/conversations_fr/ plus those files (the French emergencies written for issue 13). The
language a case's last reply must be in is its `lang` when it gives one (a French-set case that
switches to English says `lang: en`), else its set's. From the results of one run this module
gives, per language: passes per kind and the gap (French minus English, in points), emergency
recall, replies in the wrong language, and the detector's accuracy on the single-turn cases'
messages. Pure functions over cases and results: the run itself is bench/quality.py's.
"""

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Tuple

import yaml

from bot.ops.evaluate import KIND_GROUPS, Case, Result, safety_figures, summary_by_group

LANGUAGES = ("en", "fr")
NAMES = {"en": "English", "fr": "French"}
FRENCH_FILE_SUFFIX = (
    "_fr.yml"  # French cases kept among the English ones (tests/conversations/emergency_fr.yml)
)
GAP_POINTS = 3.0  # issue 17: French within 3 points of English on every kind
WRONG_LANGUAGE_MAX = 2.0  # issue 17: replies in the wrong language below 2%
CV_GAP_POINTS = 5.0  # issue 17: French cross-validation F1 within 5 points of English


@dataclass(frozen=True)
class CaseSet:
    lang: str
    cases: List[Case]

    def expected(self, case: Case) -> str:
        """The language the case's last reply must be in."""
        return case.lang or self.lang


def case_sets(english_dir_cases: Sequence[Case], french_dir_cases: Sequence[Case]) -> Dict[str, CaseSet]:
    """{en, fr}: the English set and the French set (see the module docstring)."""
    moved = [c for c in english_dir_cases if c.file.endswith(FRENCH_FILE_SUFFIX)]
    english = [c for c in english_dir_cases if not c.file.endswith(FRENCH_FILE_SUFFIX)]
    clash = {c.id for c in english_dir_cases} & {c.id for c in french_dir_cases}
    if clash:
        raise ValueError(f"case ids in both sets: {', '.join(sorted(clash))}")
    return {"en": CaseSet("en", english), "fr": CaseSet("fr", list(moved) + list(french_dir_cases))}


def results_of(case_set: CaseSet, results: Iterable[Result]) -> List[Result]:
    ids = {c.id for c in case_set.cases}
    return [r for r in results if r.case.id in ids]


def wrong_language(case_set: CaseSet, results: Sequence[Result]) -> Tuple[int, int]:
    """(replies not in the expected language, replies): a reply with no contract counts as wrong."""
    wrong = sum(
        (r.turn.contract.get("lang") if r.turn else None) != case_set.expected(r.case) for r in results
    )
    return wrong, len(results)


def _pct(ok: int, total: int) -> float:
    return 100.0 * ok / total if total else float("nan")


def _cell(ok: int, total: int) -> str:
    return f"{ok}/{total} ({_pct(ok, total):.1f}%)" if total else "-"


def language_table(sets: Dict[str, CaseSet], results: Sequence[Result]) -> Tuple[str, Dict]:
    """The markdown table (one system's results) and its figures for eval.json."""
    per = {lang: results_of(s, results) for lang, s in sets.items()}
    groups = {lang: summary_by_group(rs) for lang, rs in per.items()}
    lines = ["| cases | English | French | gap (points) | target |", "|---|---:|---:|---:|---|"]
    figures: Dict = {"kinds": {}, "targets_missed": []}
    for g in list(KIND_GROUPS) + ["total"]:
        cells, rates = [], {}
        for lang in LANGUAGES:
            rs = per[lang]
            ok, bad = (
                (sum(r.passed for r in rs), sum(not r.passed for r in rs))
                if g == "total"
                else groups[lang].get(g, [0, 0])
            )
            cells.append(_cell(ok, ok + bad))
            rates[lang] = _pct(ok, ok + bad)
        gap = rates["fr"] - rates["en"]
        gap_text = "-" if gap != gap else f"{gap:+.1f}"
        missed = gap == gap and gap < -GAP_POINTS
        if missed:
            figures["targets_missed"].append(f"{g}: French {gap:+.1f} points")
        label = f"**{g}**" if g == "total" else g
        lines.append(
            f"| {label} | {cells[0]} | {cells[1]} | {gap_text} | within {GAP_POINTS:g}"
            f"{' (missed)' if missed else ''} |"
        )
        figures["kinds"][g] = {
            lang: groups[lang].get(g)
            if g != "total"
            else [sum(r.passed for r in per[lang]), sum(not r.passed for r in per[lang])]
            for lang in LANGUAGES
        }
    recall = {lang: safety_figures(per[lang])["emergency recall"] for lang in LANGUAGES}
    lines.append(
        "| emergency recall | " + " | ".join(str(recall[lang]) for lang in LANGUAGES) + " | | 100% |"
    )
    wrong = {lang: wrong_language(sets[lang], per[lang]) for lang in LANGUAGES}
    lines.append(
        "| replies in the wrong language | "
        + " | ".join(_cell(*wrong[lang]) for lang in LANGUAGES)
        + f" | | below {WRONG_LANGUAGE_MAX:g}% |"
    )
    for lang in LANGUAGES:
        if recall[lang].total and recall[lang].hits < recall[lang].total:
            figures["targets_missed"].append(f"emergency recall ({NAMES[lang]}): {recall[lang]}")
        if wrong[lang][1] and _pct(*wrong[lang]) >= WRONG_LANGUAGE_MAX:
            figures["targets_missed"].append(f"wrong language ({NAMES[lang]}): {_cell(*wrong[lang])}")
    figures["emergency_recall"] = {lang: [recall[lang].hits, recall[lang].total] for lang in LANGUAGES}
    figures["wrong_language"] = {lang: list(wrong[lang]) for lang in LANGUAGES}
    return "\n".join(lines), figures


def detector_accuracy(sets: Dict[str, CaseSet], detect: Callable[[str], Optional[str]]) -> Tuple[str, Dict]:
    """The language detector on every single-turn case's message, against the case's language:
    how often it decides, and how often a decision is right. A message it leaves undecided
    (too short, only treatment names) keeps the conversation's language, so undecided is not
    wrong; a wrong decision would switch a conversation."""
    lines = [
        "| messages | single-turn cases | decided | right when decided | wrong |",
        "|---|---:|---:|---:|---:|",
    ]
    figures = {}
    for lang in LANGUAGES:
        cases = [c for c in sets[lang].cases if len(c.turns) == 1]
        found = [(detect(c.turns[0]), sets[lang].expected(c)) for c in cases]
        decided = [(got, want) for got, want in found if got]
        right = sum(got == want for got, want in decided)
        lines.append(
            f"| {NAMES[lang]} set | {len(cases)} | {_cell(len(decided), len(cases))} | "
            f"{_cell(right, len(decided))} | {len(decided) - right} |"
        )
        figures[lang] = {"cases": len(cases), "decided": len(decided), "right": right}
    return "\n".join(lines), figures


def cv_f1_by_language(cv_dir: Path, language_of: Callable[[str], str]) -> Tuple[str, Dict]:
    """Macro F1 of the NLU cross-validation per language, from Rasa's per-example predictions
    (intent_successes.json and intent_errors.json, written with --successes), each example
    given its language by `language_of` (see example_language)."""
    examples = []
    for name in ("intent_successes.json", "intent_errors.json"):
        path = Path(cv_dir) / name
        if path.exists():
            examples += json.loads(path.read_text())
    if not examples:
        return "(no per-example predictions: run the cross-validation with --successes)", {}
    figures = {}
    for lang in LANGUAGES:
        mine = [
            (e["intent"], (e.get("intent_prediction") or {}).get("name"))
            for e in examples
            if language_of(e["text"]) == lang
        ]
        figures[lang] = {"examples": len(mine), "macro_f1": macro_f1(mine)}
    en, fr = figures["en"]["macro_f1"], figures["fr"]["macro_f1"]
    gap = 100.0 * (fr - en)
    line = (
        f"Intent macro F1 per language (cross-validation; French: the examples in data/nlu/fr/): English "
        f"{en:.3f} ({figures['en']['examples']} examples), French {fr:.3f} ({figures['fr']['examples']}), "
        f"gap {gap:+.1f} points (target: within {CV_GAP_POINTS:g}{'' if abs(gap) <= CV_GAP_POINTS or gap > 0 else ', missed'})."
    )
    return line, figures


_ANNOTATION = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})")


def example_language(nlu_dir: Path, fallback: Callable[[str], str]) -> Callable[[str], str]:
    """The language of a training example as the data says it: "fr" when the text is one of
    the French examples (data/nlu/fr/), "en" when it is one of the others; `fallback` (the
    words' language) for a text in neither, e.g. when there is no French folder yet."""
    french, english = set(), set()
    for path in sorted(Path(nlu_dir).rglob("*.yml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError):
            continue
        for block in data.get("nlu") or [] if isinstance(data, dict) else []:
            raw = block.get("examples") if isinstance(block, dict) and block.get("intent") else None
            for line in str(raw or "").splitlines():
                text = _ANNOTATION.sub(
                    r"\1", line.strip()[2:] if line.strip().startswith("- ") else ""
                ).strip()
                if text:
                    (french if "fr" in path.relative_to(nlu_dir).parts[:-1] else english).add(text)

    def language_of(text: str) -> str:
        if text in french and text not in english:
            return "fr"
        if text in english and text not in french:
            return "en"
        return fallback(text)

    return language_of


def macro_f1(pairs: Sequence[Tuple[str, Optional[str]]]) -> float:
    """Unweighted mean F1 over the true intents present (as Rasa's macro avg over its labels)."""
    labels = sorted({t for t, _ in pairs})
    if not labels:
        return float("nan")
    scores = []
    for label in labels:
        tp = sum(t == label and p == label for t, p in pairs)
        fp = sum(t != label and p == label for t, p in pairs)
        fn = sum(t == label and p != label for t, p in pairs)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)
