"""Everyday English and French words, so a spelling fix never turns a real word into another.

The illness-typo reader (bot/knowledge/typos.py) puts "presure" right as "pressure", but
"scary" is one letter from "scars" and "miles" one letter from "moles": the assistant's own
vocabulary (the NLU data and the knowledge base) is too small to know every ordinary word a
patient writes. spaCy's lookup tables (spacy-lookups-data, already installed for the
pipeline) know them: English words with their frequency, French words with their lemmas.
`bot build` writes the common ones to build/common_words_en.txt and _fr.txt once (about
25,000 English words; the French forms one slip from an illness word), so a server never loads the million-word tables.
"""

import gzip
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Callable, FrozenSet, Optional

from bot import PROJECT_ROOT
from bot.nlu.language import fold

DEFAULT_PATH = PROJECT_ROOT / "build" / "common_words_en.txt"
FRENCH_PATH = PROJECT_ROOT / "build" / "common_words_fr.txt"
# log-probability above which an English word counts as everyday. "stoke" (-14.6), a typo of
# "stroke" far more often than a word in a patient's message, falls below; "moles" (-14.1),
# "scars" (-12.3) and "scary" (-10.3) are above.
MIN_LOG_PROB = -14.5
_ALPHA = re.compile(r"[^\W\d_]+")


def _lookups_dir() -> Path:
    import spacy_lookups_data

    return Path(spacy_lookups_data.__file__).parent / "data"


def _write(words, path: Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(sorted({fold(w) for w in words})) + "\n", encoding="utf-8")
    return path


def build_common_words(
    path: Path = DEFAULT_PATH,
    french_path: Path = FRENCH_PATH,
    keep_french: Optional[Callable[[], Callable[[str], bool]]] = None,
) -> Path:
    """Two files, because a French word typed without its accent is often an English slip
    ("présure", rennet, is "presure" for "pressure"): French words count only in French.
    `keep_french`, called once the English words are written, gives the test that keeps only the
    French forms that matter (the typo reader's: one slip from an illness word), so a server
    holds a few hundred words, not 200,000 (30 MB)."""
    data = _lookups_dir()
    with gzip.open(data / "en_lexeme_prob.json.gz", "rt", encoding="utf-8") as f:
        english = {
            w for w, p in json.load(f).items() if p > MIN_LOG_PROB and w.islower() and _ALPHA.fullmatch(w)
        }
    _write(english, path)
    load_common_words.cache_clear()
    french = set()
    with gzip.open(data / "fr_lemma_lookup.json.gz", "rt", encoding="utf-8") as f:
        for form, lemmas in json.load(f).items():
            french.update(fold(w) for w in (form, *lemmas) if _ALPHA.fullmatch(w))
    keep = keep_french() if keep_french else None
    _write({w for w in french if keep is None or keep(w)}, french_path)
    load_common_words.cache_clear()
    return Path(path)


@lru_cache(maxsize=4)
def load_common_words(lang: str = "en") -> FrozenSet[str]:
    """The words of `lang` ("en" or "fr"), folded (lower case, no accents); empty before `bot build`."""
    path = FRENCH_PATH if lang == "fr" else DEFAULT_PATH
    return frozenset(path.read_text(encoding="utf-8").split()) if path.exists() else frozenset()
