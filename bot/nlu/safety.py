"""Checks on the raw message that must not depend on the NLU model.

- red flags: emergency phrases (English and French) that always win over the classifier;
- input problems: empty, emoji-only, very long messages, and messages in a language other
  than English or French, get a clear reply;
- cleaning: HTML is stripped before NLU so markup never confuses it.
"""

import html
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Dict, FrozenSet, List, Optional, Pattern, Tuple

import yaml

from bot.knowledge import KNOWLEDGE_DIR
from bot.nlu import texting
from bot.nlu.language import fold, third_language

MAX_CHARS = 1000
RED_FLAGS_FILE = KNOWLEDGE_DIR / "red_flags.yml"

_TAG = re.compile(r"<[^>]{0,500}>")


@lru_cache(maxsize=2)
def _red_flags(path: Path = RED_FLAGS_FILE) -> Dict[str, Dict[str, List[Pattern]]]:
    """{category: {language: [patterns]}} from red_flags.yml. A category may also be a plain
    list (one unnamed language), so an older file still loads. Patterns are stripped of
    accents like the text they are matched on, and each is compiled on its own (_compile)."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    flags: Dict[str, Dict[str, List[Pattern]]] = {}
    for category, by_language in data.items():
        if not isinstance(by_language, dict):
            by_language = {"en": by_language}
        flags[category] = {
            language: [_compile(p) for p in patterns or []] for language, patterns in by_language.items()
        }
    return flags


def _compile(pattern: str) -> Pattern:
    """One red-flag pattern, for a text already lowercased by normalise().

    Why not IGNORECASE and not one alternation: with 144 patterns, measured on the benchmark's
    messages, one alternation per language with IGNORECASE cost 0.93 ms per message, the same
    patterns searched one by one without it 0.22 ms (an alternation loses the regex engine's
    quick scan for a pattern's first character, and IGNORECASE folds the case of every
    character it compares). Same matches: an all-lowercase ASCII pattern (no \\W, \\S or \\B
    escapes) matches a lowercased text without IGNORECASE exactly as it did with it, except
    the dotless "ı", which IGNORECASE took for "i" - red_flag_match folds it (_DOTLESS).
    Any other pattern keeps IGNORECASE."""
    pattern = _strip_accents(pattern)
    if pattern.isascii() and pattern == pattern.lower():
        return re.compile(pattern)
    return re.compile(pattern, re.IGNORECASE)


# The one character that a lowercased text may hold and that IGNORECASE matched to a
# lowercase ASCII letter (checked over every Unicode character, through normalise()).
_DOTLESS = str.maketrans({"\u0131": "i"})
_IGNORECASE = int(re.IGNORECASE)  # a plain int: `flags & re.IGNORECASE` goes through enum, 1 µs a pattern


_APOSTROPHES = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "\u0060": "'", "\u2032": "'"}
)


def _strip_accents(text: str) -> str:
    """ "évanouie" -> "evanouie": patients type French with or without accents."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Lowercase, straight apostrophes, no accents, single spaces: the form red flags are
    matched on. (Plain ASCII text skips the Unicode normalisation, which leaves it as it is.)"""
    text = (text or "").translate(_APOSTROPHES)
    if not text.isascii():
        text = _strip_accents(unicodedata.normalize("NFKC", text))
    return _SPACES.sub(" ", text).strip().lower()


# Inline flags ("(?i)", "(?a:...)") change what a literal or \\b matches: such a pattern is
# never gated (_red_flag_plan).
_INLINE_FLAGS = re.compile(r"\(\?[-aiLmsux]")
_ALWAYS = -1


@lru_cache(maxsize=2)
def _red_flag_plan(path: Path = RED_FLAGS_FILE):
    """The red flags in the order red_flag_match tries them, each with the number the word
    index (bot.knowledge.subjects' index of not-covered patterns, built here over the red
    flags) gives it: a pattern is only searched when the message holds the literal words every
    match of it contains, which most messages do not, so the answer is the same for a fraction
    of the searches. Patterns with IGNORECASE, ASCII or inline flags are always searched.
    Returns (index, ((category, language, ((pattern, number or _ALWAYS), ...)), ...))."""
    from bot.knowledge.subjects import Rule, _Index  # here: bot.knowledge.subjects imports this module

    flags = _red_flags(path)
    groups = [(c, lang, pats) for c in ("self_harm", "medical") for lang, pats in flags.get(c, {}).items()]

    def gated(p: Pattern) -> bool:
        return not p.flags & (_IGNORECASE | int(re.ASCII)) and not _INLINE_FLAGS.search(p.pattern)

    patterns = tuple(dict.fromkeys(p for _, _, pats in groups for p in pats if gated(p)))
    index = _Index([Rule(name="red_flags", patterns=patterns, unless=())])
    number = {p: n for n, p in enumerate(index._patterns)}
    plan = tuple(
        (c, lang, tuple((p, number[p] if gated(p) else _ALWAYS) for p in pats)) for c, lang, pats in groups
    )
    return index, plan


def red_flag_match(text: str) -> Optional[Tuple[str, str]]:
    """(category, language) of the first emergency phrase in the message, else None.
    Self-harm is checked first: it needs the crisis line even if other words match too."""
    norm = texting.expand(normalise(clean_text(text)))
    folded = norm.translate(_DOTLESS)
    index, plan = _red_flag_plan()
    candidates = index._candidate_numbers(folded)
    for category, language, patterns in plan:
        if any(
            (n == _ALWAYS or n in candidates) and p.search(norm if p.flags & _IGNORECASE else folded)
            for p, n in patterns
        ):
            return category, language
    return None


def red_flag_match_unindexed(text: str) -> Optional[Tuple[str, str]]:
    """red_flag_match searching every pattern, without the word index: the reference the
    tests and bench/route_profile.py compare red_flag_match with."""
    norm = texting.expand(normalise(clean_text(text)))
    folded = norm.translate(_DOTLESS)
    flags = _red_flags()
    for category in ("self_harm", "medical"):
        for language, patterns in flags.get(category, {}).items():
            if any(p.search(norm if p.flags & _IGNORECASE else folded) for p in patterns):
                return category, language
    return None


def red_flag(text: str) -> Optional[str]:
    """'self_harm' or 'medical' when the message contains an emergency phrase in any language
    the file covers, else None."""
    match = red_flag_match(text)
    return match[0] if match else None


def clean_text(text: str) -> str:
    """Remove HTML tags and decode entities; the result is plain text for NLU."""
    text = _TAG.sub(" ", text or "")
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def input_problem(text: str, vocabulary: FrozenSet[str] = frozenset()) -> Optional[str]:
    """Why a message cannot be answered as a question: empty, no_words, too_long,
    other_language (not English or French), unknown_words (none of its words is one the
    assistant knows, when a vocabulary is given); None when it looks like a normal message."""
    cleaned = clean_text(text)
    if not cleaned:
        return "empty"
    letters = [c for c in cleaned if c.isalpha()]
    if not letters and not any(c.isdigit() for c in cleaned):
        return "no_words"
    if len(cleaned) > MAX_CHARS:
        return "too_long"
    if letters and not cleaned.isascii():  # every ASCII letter is Latin
        latin = sum(1 for c in letters if "LATIN" in unicodedata.name(c, ""))
        if latin / len(letters) < 0.5:
            return "other_language"
    if third_language(cleaned):  # Spanish, German...: English and French are both answered
        return "other_language"
    known = [w for w in re.findall(r"[^\W\d_]{2,}", fold(cleaned)) if vocabulary]
    if known and not any(w in vocabulary for w in known):
        return "unknown_words"
    return None
