"""Read knowledge/*.yml and check every entry, collecting all problems in one pass.

A clinic edits YAML by hand, so validation reports every problem with the file, the
entry id and what to fix, instead of stopping at the first.
"""

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Tuple

import yaml

from bot import MODALITIES
from bot.knowledge import KNOWLEDGE_DIR, TOPICS
from bot.knowledge.fill import PLACEHOLDER, placeholder_problems
from bot.knowledge.model import Entry, Problem, Source
from bot.knowledge.readability import warnings as readability_warnings
from bot.knowledge.synonyms import read_synonyms

ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
MIN_WORDS, MAX_WORDS = 20, 120  # hard limits; readability.py warns above about 70
MAX_FOLLOWUPS = 3
LIST_FIELDS = ("modalities", "sources", "followups", "keywords", "conditions", "terms", "history")


@dataclass
class KnowledgeBase:
    sources: Dict[str, Source] = field(default_factory=dict)
    entries: Dict[str, Entry] = field(default_factory=dict)
    synonyms: Dict[str, Dict[str, List[str]]] = field(default_factory=dict)
    problems: List[Problem] = field(default_factory=list)
    warnings: List[str] = field(default_factory=list)  # worth fixing, but the build goes on


def _load_yaml(path: Path, problems: List[Problem]):
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        problems.append(Problem(path.name, "", f"malformed YAML{where}: {getattr(exc, 'problem', exc)}"))
    except OSError as exc:
        problems.append(Problem(path.name, "", f"cannot read file: {exc.strerror}"))
    return None


def _read_sources(path: Path, problems: List[Problem]) -> Dict[str, Source]:
    data = _load_yaml(path, problems) if path.exists() else None
    if not path.exists():
        problems.append(Problem(path.name, "", "file not found: every answer must cite a source listed here"))
    sources: Dict[str, Source] = {}
    for i, raw in enumerate((data or {}).get("sources") or []):
        sid = str((raw or {}).get("id", "")).strip()
        if not sid or not raw.get("title"):
            problems.append(Problem(path.name, sid or f"#{i + 1}", "a source needs an id and a title"))
            continue
        if sid in sources:
            problems.append(Problem(path.name, sid, "duplicate source id"))
        sources[sid] = Source(
            id=sid,
            title=str(raw["title"]),
            publisher=str(raw.get("publisher", "")),
            date=str(raw.get("date", "")),
            seed=str(raw.get("seed", "")),
        )
    return sources


# Every entry is answered in English and French (issue 17): a French patient must never get
# an English answer because a translation was forgotten, so a missing one fails the build.
FRENCH_FIELDS = ("question_fr", "answer_fr")


def _entry_from(raw: dict, fname: str, problems: List[Problem]) -> Entry:
    eid = str(raw.get("id", "")).strip()
    for key in ("id", "topic", "question", "answer"):
        if not str(raw.get(key) or "").strip():
            problems.append(Problem(fname, eid or "?", f"missing or empty '{key}'"))
    for key in FRENCH_FIELDS:
        if not str(raw.get(key) or "").strip():
            problems.append(
                Problem(
                    fname,
                    eid or "?",
                    f"missing French translation: add '{key}' (the same "
                    f"{'question' if key == 'question_fr' else 'facts'} in plain French, "
                    "written by us, not machine-translated)",
                )
            )
    lists = {}
    for key in LIST_FIELDS:
        value = raw.get(key) or []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            problems.append(Problem(fname, eid, f"'{key}' must be a list"))
            value = []
        lists[key] = tuple(str(v).strip() for v in value)
    unknown = set(raw) - {"id", "topic", "question", "answer", *FRENCH_FIELDS, *LIST_FIELDS}
    if unknown:
        problems.append(Problem(fname, eid, f"unknown field(s) {', '.join(sorted(unknown))}"))
    return Entry(
        id=eid,
        topic=str(raw.get("topic") or "").strip(),
        question=" ".join(str(raw.get("question") or "").split()),
        answer=" ".join(str(raw.get("answer") or "").split()),
        file=fname,
        question_fr=" ".join(str(raw.get("question_fr") or "").split()),
        answer_fr=" ".join(str(raw.get("answer_fr") or "").split()),
        **lists,
    )


def _check_entry(e: Entry, kb: KnowledgeBase) -> None:
    p = lambda msg: kb.problems.append(Problem(e.file, e.id, msg))  # noqa: E731
    if e.id and not ID_PATTERN.match(e.id):
        p("id must be lowercase words joined by hyphens, e.g. dn-sensation")
    if e.topic and e.topic not in TOPICS:
        p(f"unknown topic {e.topic!r} (use one of: {', '.join(TOPICS)})")
    if not e.modalities:
        p("'modalities' must list at least one of: " + ", ".join(MODALITIES))
    for m in e.modalities:
        if m not in MODALITIES:
            p(f"unknown modality {m!r} (use {', '.join(MODALITIES)})")
    if len(set(e.modalities)) != len(e.modalities):
        p("a modality is listed twice")
    if not e.sources:
        p("'sources' must cite at least one source id from sources.yml")
    for s in e.sources:
        if s not in kb.sources:
            p(f"unknown source {s!r} (add it to sources.yml or use one of: {', '.join(sorted(kb.sources))})")
    for msg in placeholder_problems(e.answer) + placeholder_problems(e.answer_fr):
        p(msg)
    if e.answer and e.answer_fr:  # e.g. the emergency number must be in both languages' answer
        english, french = _placeholders(e.answer), _placeholders(e.answer_fr)
        if english != french:
            gaps = [
                f"{{{n}}} only in {'answer' if n in english else 'answer_fr'}"
                for n in sorted(english ^ french)
            ]
            p("answer and answer_fr must name the same clinic placeholders: " + ", ".join(gaps))
    for note in e.history:
        if not note:
            p("'history' items must be non-empty notes (why a wording stands, who decided)")
    words = len(e.answer.split())
    if e.answer and not MIN_WORDS <= words <= MAX_WORDS:
        p(f"answer has {words} words; keep it between {MIN_WORDS} and {MAX_WORDS}")
    if not 1 <= len(e.followups) <= MAX_FOLLOWUPS:
        p(f"'followups' must list 1 to {MAX_FOLLOWUPS} related entry ids")
    for f in e.followups:
        if f == e.id:
            p("an entry cannot be its own follow-up")
        elif f not in kb.entries:
            p(f"follow-up {f!r} is not an entry id")
    conditions = set(kb.synonyms.get("condition", {}))
    for c in e.conditions:
        if c not in conditions:
            p(f"unknown condition {c!r} (add it to synonyms.yml under condition)")


def _placeholders(text: str) -> set:
    return {m.group(1).strip() for m in PLACEHOLDER.finditer(text)}


def load_knowledge(folder: Path = KNOWLEDGE_DIR) -> KnowledgeBase:
    """Load sources, synonyms and every answers/*.yml file, with all problems found."""
    folder = Path(folder)
    kb = KnowledgeBase()
    kb.sources = _read_sources(folder / "sources.yml", kb.problems)
    kb.synonyms, syn_problems = read_synonyms(folder / "synonyms.yml")
    kb.problems += syn_problems
    files = sorted((folder / "answers").glob("*.yml")) + sorted((folder / "answers").glob("*.yaml"))
    if not files:
        kb.problems.append(Problem("answers/", "", "no answer files found"))
    questions: Dict[str, str] = {}
    for path in files:
        fname = f"answers/{path.name}"
        data = _load_yaml(path, kb.problems)
        if data is None:
            continue
        raw_entries = data.get("entries") if isinstance(data, dict) else None
        if not isinstance(raw_entries, list):
            kb.problems.append(Problem(fname, "", "expected 'entries:' followed by a list of answers"))
            continue
        for raw in raw_entries:
            if not isinstance(raw, dict):
                kb.problems.append(Problem(fname, "", "each entry must be a mapping with id, topic, ..."))
                continue
            entry = _entry_from(raw, fname, kb.problems)
            if entry.id in kb.entries:
                kb.problems.append(
                    Problem(fname, entry.id, f"duplicate id (also in {kb.entries[entry.id].file})")
                )
                continue
            key = entry.question.lower()
            if key and key in questions:
                kb.problems.append(Problem(fname, entry.id, f"same question as {questions[key]}"))
            questions[key] = entry.id
            if entry.id:
                kb.entries[entry.id] = entry
    for entry in kb.entries.values():
        _check_entry(entry, kb)
    _check_one_general_per_cell(kb)
    kb.warnings = readability_warnings(kb.entries.values())
    return kb


def _check_one_general_per_cell(kb: KnowledgeBase) -> None:
    cells: Dict[Tuple[str, frozenset], List[Entry]] = defaultdict(list)
    for e in kb.entries.values():
        if e.is_general:
            cells[(e.topic, e.modality_set)].append(e)
    for (topic, mods), entries in cells.items():
        for extra in entries[1:]:
            kb.problems.append(
                Problem(
                    extra.file,
                    extra.id,
                    f"second general entry for {topic}/{'+'.join(sorted(mods))} (also {entries[0].id}): "
                    "give it keywords or conditions, or merge the two",
                )
            )
