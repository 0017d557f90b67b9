"""Patients' words for modalities and conditions, from knowledge/synonyms.yml.

One edit there updates the spaCy entity ruler, the NLU synonym and lookup data, and the
normalisation the actions apply to entity values. The file holds English and French phrases;
they are matched without accents, as patients often type French ("puncture seche").
"""
import re
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Set, Tuple

import yaml

from bot import MODALITIES
from bot.knowledge.model import Problem
from bot.nlu.language import fold

SYNONYM_SECTIONS = ("modality", "condition")
_WORDS = re.compile(r"\w+")


class Synonyms:
    def __init__(self, table: Dict[str, Dict[str, List[str]]]):
        self.table = table
        self._lookup: Dict[Tuple[str, str], str] = {}
        for kind, groups in table.items():
            for canonical, phrases in groups.items():
                self._lookup[(kind, canonical.lower())] = canonical
                self._lookup[(kind, canonical.replace("_", " ").lower())] = canonical
                for phrase in phrases:
                    self._lookup[(kind, _norm(phrase))] = canonical
        self._patterns = {
            kind: [(re.compile(r"(?<![\w-])" + re.escape(_norm(p)) + r"(?![\w-])"), canonical,
                    frozenset(_WORDS.findall(_norm(p))))
                   for canonical, phrases in sorted(groups.items())
                   for p in sorted(set(phrases) | {canonical.replace("_", " ")}, key=len, reverse=True)]
            for kind, groups in table.items()
        }

    def canonical(self, kind: str, value: str) -> Optional[str]:
        """Map any spelling a patient or extractor produced to the canonical id."""
        return self._lookup.get((kind, _norm(str(value))))

    def find_in_text(self, kind: str, text: str) -> List[str]:
        """Canonical ids of every phrase of this kind that the text contains, in order found."""
        norm = _norm(text)
        # A phrase can only match where each of its words is a word of the text: checking
        # that first skips the regular expression for nearly all of the ~400 phrases (with
        # French, this search was half the action server's time per message).
        present = set(_WORDS.findall(norm))
        found: List[Tuple[int, str]] = []
        for pattern, canonical, needed in self._patterns.get(kind, []):
            if not needed <= present:
                continue
            match = pattern.search(norm)
            if match and canonical not in [c for _, c in found]:
                found.append((match.start(), canonical))
        return [c for _, c in sorted(found)]

    def phrases(self, kind: str) -> Iterable[Tuple[str, str]]:
        for canonical, phrases in sorted(self.table.get(kind, {}).items()):
            for phrase in phrases:
                yield canonical, phrase

    def ids(self, kind: str) -> Set[str]:
        return set(self.table.get(kind, {}))


def _norm(text: str) -> str:
    """Lower case, straight apostrophes, no accents, single spaces."""
    return re.sub(r"\s+", " ", fold(text)).strip()


def read_synonyms(path: Path) -> Tuple[Dict[str, Dict[str, List[str]]], List[Problem]]:
    """Parse and check synonyms.yml; problems are returned, not raised."""
    name = path.name
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        return {}, [Problem(name, "", "file not found")]
    except yaml.YAMLError as exc:
        return {}, [Problem(name, "", f"not valid YAML: {exc}".splitlines()[0])]
    problems: List[Problem] = []
    table: Dict[str, Dict[str, List[str]]] = {}
    seen: Dict[str, str] = {}
    for kind in SYNONYM_SECTIONS:
        groups = data.get(kind) or {}
        if not isinstance(groups, dict):
            problems.append(Problem(name, kind, "expected a mapping of id: [phrases]"))
            continue
        table[kind] = {}
        for canonical, phrases in groups.items():
            if kind == "modality" and canonical not in MODALITIES:
                problems.append(Problem(name, canonical, f"unknown modality (use {', '.join(MODALITIES)})"))
            if not isinstance(phrases, list) or not all(isinstance(p, str) and p.strip() for p in phrases):
                problems.append(Problem(name, canonical, "phrases must be a list of non-empty strings"))
                continue
            for phrase in phrases:
                key = _norm(phrase)
                if key in seen and seen[key] != f"{kind}:{canonical}":
                    problems.append(Problem(name, canonical, f"phrase {phrase!r} is also listed under {seen[key]}"))
                seen[key] = f"{kind}:{canonical}"
            table[kind][canonical] = [p.strip() for p in phrases]
    for extra in set(data) - set(SYNONYM_SECTIONS):
        problems.append(Problem(name, extra, f"unknown section (use {', '.join(SYNONYM_SECTIONS)})"))
    return table, problems
