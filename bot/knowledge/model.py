"""The shapes of knowledge-base records, shared by the loader, the builder and the store."""

from dataclasses import dataclass, field
from typing import FrozenSet, Tuple


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    publisher: str = ""
    date: str = ""
    seed: str = ""


@dataclass(frozen=True)
class Entry:
    id: str
    topic: str
    modalities: Tuple[str, ...]
    question: str
    answer: str
    sources: Tuple[str, ...]
    followups: Tuple[str, ...] = ()
    keywords: Tuple[str, ...] = ()
    conditions: Tuple[str, ...] = ()
    terms: Tuple[str, ...] = ()
    history: Tuple[str, ...] = ()  # editors' notes: why a wording stands (never shown to patients)
    question_fr: str = ""  # the same question and answer written in plain French (issue 17)
    answer_fr: str = ""
    file: str = field(default="", compare=False)

    @property
    def modality_set(self) -> FrozenSet[str]:
        return frozenset(self.modalities)

    @property
    def is_general(self) -> bool:
        """A general entry answers the plain question for its topic and modalities."""
        return not self.keywords and not self.conditions and not self.terms


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a knowledge file, worded so a clinic knows what to fix."""

    file: str
    entry: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}" + (f" [{self.entry}]" if self.entry else "")
        return f"{where}: {self.message}"
