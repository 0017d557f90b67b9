"""The words the assistant knows: every word of the NLU data (English and French, data/nlu
and its subfolders), the knowledge base and the synonyms. A message with no known word at
all ("asdfgh") is not guessed at. Words are kept without accents, as patients often type
French ("seance" for "séance")."""

import re
from functools import lru_cache
from pathlib import Path
from typing import FrozenSet, Iterable

import yaml

from bot import PROJECT_ROOT
from bot.nlu.language import fold

DEFAULT_PATH = PROJECT_ROOT / "build" / "vocabulary.txt"
WORD = re.compile(r"[^\W\d_]{2,}")


def words(text: str) -> Iterable[str]:
    return WORD.findall(fold(text))


def build_vocabulary(
    texts: Iterable[str], nlu_dir: Path = PROJECT_ROOT / "data" / "nlu", path: Path = DEFAULT_PATH
) -> Path:
    vocab = set()
    for text in texts:
        vocab.update(words(text))
    for f in sorted(Path(nlu_dir).rglob("*.yml")):
        for item in (yaml.safe_load(f.read_text(encoding="utf-8")) or {}).get("nlu", []) or []:
            vocab.update(words(str(item.get("examples", ""))))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(sorted(vocab)) + "\n", encoding="utf-8")
    return path


@lru_cache(maxsize=2)
def load_vocabulary(path: Path = DEFAULT_PATH) -> FrozenSet[str]:
    path = Path(path)
    return frozenset(path.read_text(encoding="utf-8").split()) if path.exists() else frozenset()
