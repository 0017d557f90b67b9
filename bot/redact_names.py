"""Find the personal names a patient types about themselves, so redaction can replace them.

Names are only looked for where people give their own: self-introductions ("my name is
Jane Smith", "I'm Jane", "this is Jane here", "Jane here"), sign-offs ("thanks, Jane",
"- Jane") and their French forms ("je m'appelle", "moi c'est", "merci, Jane"). Anywhere else a
capitalised word is left alone: guessing at every proper noun would eat conditions,
places and medicines.

The cues differ in strength:
- strong ("my name is", "je m'appelle"): the words after it are a name unless they are
  function words or ordinary English ("my name is spelled wrong"), in any case;
- weak ("I'm", "this is", "thanks,", "- "): only a Capitalised word that is not an ordinary
  English word ("I'm Sore", "I'm Canadian", "thanks, Doctor" stay), nor a word of the
  assistant's own vocabulary (treatments, conditions, body parts: build/vocabulary.txt),
  and, after "I'm" / "this is", only when the sentence goes on as an introduction does
  (end, comma, "and", "from", "here"...). Common first names that are also words (Grace,
  Mark, Rose) count as names there.

Ordinary English comes from spaCy's lookup tables (spacy-lookups-data: every adjective,
adverb, verb and inflected form it knows, about 74,000) and its stop words, loaded once,
the first time a message holds a cue.
"""

import re
from functools import lru_cache
from pathlib import Path
from typing import Callable, FrozenSet, Iterator, List, Optional, Tuple

# First names that are also English words: counted as names after a weak cue.
NAME_WORDS = frozenset(
    """
amber april autumn bill bob carol crystal daisy dawn dean dot faith frank grace hazel heather
holly hope iris ivy jack jade jasmine jay jewel joe josh joy june lee li lily maria mark matt max
nick olive pat patience pearl penny peter randy rob robin rose ruby rusty sandy skip sue summer
sunny teddy tom victoria violet
""".split()
)

# Never a name, whatever the case: titles, greetings, days, months, people at a clinic...
NOT_NAMES = frozenset(
    """
doctor doc dr nurse team everyone everybody all guys folks sir madam maam mam again so much lots
advance ok okay hi hello hey there clinic physio physiotherapist chiro chiropractor acupuncturist
therapist practitioner reception receptionist front desk staff admin
monday tuesday wednesday thursday friday saturday sunday today tonight tomorrow yesterday
january february march april may june july august september october november december
canada canadian bc ontario quebec alberta vancouver toronto montreal calgary ottawa victoria
english french english-speaking francophone anglophone bonjour merci salut oui non
docteur docteure madame monsieur mademoiselle tous toutes encore beaucoup infirmière infirmiere
équipe equipe bonne journée journee soirée soiree salutations cordialement amicalement
ims tens
""".split()
) - {"april", "june"}

_HONORIFIC = re.compile(r"\s*((?:mr|mrs|ms|miss|mx|dr|mme|mlle|m)\.?\s+)(?=[A-Z])", re.IGNORECASE)
# A word: letters, with an inner hyphen or apostrophe before a capital (Mary-Jane, O'Brien).
_WORD_AT = re.compile(r"[ \t]*([^\W\d_]+(?:[-'\u2019][A-Z][^\W\d_]*)?)")
_TITLE = re.compile(
    r"[A-Z\u00C0-\u00DD](?:[a-z\u00DF-\u00FF]+|(?=['\u2019]))"
    r"(?:[-'\u2019][A-Z\u00C0-\u00DD][a-z\u00DF-\u00FF]+)?"
)

# What could start a name, as plain text in the lower-cased message: tested on every message
# first (the fast path: one scan, about 50 us for 900 characters), the patterns below only
# when it finds one. Every cue of those patterns contains one of these.
CUE = re.compile(
    r"name|nom|appel|c['\u2019]est|i['\u2019 ]?m\s|i am|this is|it['\u2019 ]?s\s|here|ici|thank|thx|"
    r"cheers|regards|best|sincer|take care|merci|cordial|bye|call me|[-\u2013\u2014~]"
)


def might_hold_name(text: str) -> bool:
    return bool(text) and CUE.search(text.lower()) is not None


_STRONG = re.compile(
    r"\b(?:my\s+(?:first\s+|full\s+|last\s+)?name\s*(?:is|['\u2019]s|:)|(?<!\w)name\s*:|"
    r"je\s+m['\u2019]\s*appelle|mon\s+nom\s+(?:est|c['\u2019]est)|moi\s+c['\u2019]est)[ \t]*",
    re.IGNORECASE,
)
# ("c'est" alone is no cue: the ordinary-word lists are English, so "C'est Douloureux" would go.)
_INTRO = re.compile(
    r"\b(?:i\s*['\u2019]?\s*m|i\s+am|this\s+is|it\s*['\u2019]?\s*s|call\s+me)[ \t]+", re.IGNORECASE
)
# After an introduction's name, the sentence goes on as introductions do.
_INTRO_FOLLOW = re.compile(
    r"\s*$|\s*[,.!?;:)\n]|\s*[-\u2013\u2014&]|\s+(?:and|from|here|again|calling|writing|"
    r"texting|i|et|de|ici)\b",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"(?:^|(?<=[\s,.!?]))(?:thanks|thank\s+you|thx|cheers|regards|kind\s+regards|best|"
    r"best\s+wishes|sincerely|take\s+care|merci|cordialement|bye)"
    r"(?:\s+(?:so\s+much|very\s+much|a\s+lot|again|in\s+advance|beaucoup))?\b[\s,!.:]*|(?:^|(?<=\s))[-\u2013\u2014~]+[ \t]*",
    re.IGNORECASE,
)
_SIGN_OFF_END = re.compile(r"[\s.!)]*$")
_HERE_START = re.compile(
    r"^\s*(?:(?:hi|hello|hey|bonjour|salut|good\s+(?:morning|afternoon|evening))\b[\s,!.]*)?", re.IGNORECASE
)
_HERE = re.compile(r"\s+here\b", re.IGNORECASE)  # not "ici": "Douleur ici" is no name


@lru_cache(maxsize=1)
def common_words() -> FrozenSet[str]:
    """Ordinary words (lower case) that are not names: spaCy's English lookups and stop
    words, the assistant's vocabulary, and NOT_NAMES; first names in NAME_WORDS excepted."""
    words = set(NOT_NAMES)
    try:
        import gzip
        import json

        import spacy_lookups_data

        data = Path(spacy_lookups_data.__file__).parent / "data"
        with gzip.open(data / "en_lemma_lookup.json.gz", "rt", encoding="utf-8") as f:
            words.update(w.lower() for w in json.load(f))
        with gzip.open(data / "en_lemma_index.json.gz", "rt", encoding="utf-8") as f:
            index = json.load(f)
        for kind in ("adj", "adv", "verb"):
            words.update(w.lower() for w in index.get(kind, []))
        with gzip.open(data / "en_lemma_exc.json.gz", "rt", encoding="utf-8") as f:
            for kind in json.load(f).values():
                words.update(w.lower() for w in kind)
    except (ImportError, OSError, ValueError):  # fewer words known: only NOT_NAMES and the rest
        pass
    try:
        from bot.nlu.vocabulary import load_vocabulary

        words.update(load_vocabulary())
    except Exception:  # noqa: BLE001 - no build yet
        pass
    return frozenset(words - NAME_WORDS) | stop_words()


@lru_cache(maxsize=1)
def stop_words() -> FrozenSet[str]:
    try:
        from spacy.lang.en.stop_words import STOP_WORDS

        words = set(STOP_WORDS)
    except ImportError:
        words = set()
    words.update(
        "i im ive id a an the and or but not no yes to of in on at for with from by my me "
        "your you he she it we they is am are was be been here there this that what who "
        "le la les un une et ou de du des je tu il elle nous vous ils mon ma mes".split()
    )
    return frozenset(words)


def _weak_ok(word: str) -> bool:
    """A Capitalised word that is not ordinary English."""
    return bool(_TITLE.fullmatch(word)) and word.lower() not in common_words()


def _strong_ok(word: str) -> bool:
    """After "my name is": any case, not a function word nor ordinary English (unless it is a
    first name as well: "mark", "grace")."""
    low = word.lower()
    return (
        low not in stop_words() and low not in NOT_NAMES and (low in NAME_WORDS or low not in common_words())
    )


def _take(text: str, pos: int, ok: Callable[[str], bool], most: int = 3) -> Optional[Tuple[int, int]]:
    """The span of up to `most` name words from `pos` (an honorific before them included)."""
    start = None
    hon = _HONORIFIC.match(text, pos)
    if hon:
        start, pos = hon.start(1), hon.end()
    end = None
    for _ in range(most):
        m = _WORD_AT.match(text, pos)
        if not m or not ok(m.group(1)):
            break
        start = m.start(1) if start is None else start
        end = pos = m.end(1)
    return (start, end) if end is not None else None


def spans(text: str) -> List[Tuple[int, int]]:
    """Where the patient's own name is in `text`: (start, end) pairs, in order, not overlapping."""
    if not might_hold_name(text):
        return []
    found: List[Tuple[int, int]] = []
    for m in _STRONG.finditer(text):
        span = _take(text, m.end(), _strong_ok)
        if span:
            found.append(span)
    for m in _INTRO.finditer(text):
        span = _take(text, m.end(), _weak_ok, most=2)
        if span and _INTRO_FOLLOW.match(text, span[1]):
            found.append(span)
    for m in _SIGN_OFF.finditer(text):
        span = _take(text, m.end(), _weak_ok, most=2)
        if span and _SIGN_OFF_END.match(text, span[1]):
            found.append(span)
    start = _HERE_START.match(text)
    span = _take(text, start.end(), _weak_ok, most=2) if start else None
    if span and _HERE.match(text, span[1]):
        found.append(span)
    return _merge(found)


def _merge(found: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    out: List[Tuple[int, int]] = []
    for start, end in sorted(found):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def replace_names(text: str, placeholder: str = "[name]") -> str:
    """`text` with the patient's own names replaced by `placeholder`."""
    found = spans(text)
    if not found:
        return text
    parts: List[str] = []
    last = 0
    for start, end in found:
        parts += [text[last:start], placeholder]
        last = end
    parts.append(text[last:])
    return "".join(parts)


def iter_names(text: str) -> Iterator[str]:
    """The names found (tests and the false-redaction measure)."""
    return (text[s:e] for s, e in spans(text))
