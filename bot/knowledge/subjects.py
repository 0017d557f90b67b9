"""Two questions the router asks of every message, answered from editable YAML:

- not_covered_subject: is it about a subject the source documents do not cover (pregnancy,
  blood thinners, electro-acupuncture...)? Then the honest reply is "I don't have information
  about {about}; {ask} can help", never a nearby entry passed off as an answer.
- clinic_topic: is it a logistics question (fees, referral, parking...) that only the clinic
  can answer, from clinic.yml `answers:`?

Pure functions, no Rasa imports. Both files are validated when read (a clinic edits them by
hand, so errors name the file, the subject or topic, and what to fix), compiled once, and
re-read when the file changes on disk, so an edit needs no restart.
"""
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, FrozenSet, List, Optional, Pattern, Sequence, Tuple

import yaml

from bot.errors import NeedleGuideError
from bot.guards import clean_text, normalise
from bot.knowledge import KNOWLEDGE_DIR

try:  # Python 3.11+
    from re import _constants as _sre, _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre
    import sre_parse as _sre_parse

NOT_COVERED_FILE = KNOWLEDGE_DIR / "not_covered.yml"
CLINIC_TOPICS_FILE = KNOWLEDGE_DIR / "clinic_topics.yml"

# Who the patient should ask instead, as the reply names them.
ASK_WORDS = {
    "doctor": "your doctor",
    "doctor_or_midwife": "your doctor or midwife",
    "pharmacist": "a pharmacist",
    "clinic": "the clinic team",
}
CLINIC_TOPICS = ("fees", "direct_billing", "referral", "what_to_bring", "cancellation",
                 "first_visit", "parking", "accessibility", "languages")

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_SUBJECT_KEYS = {"id", "about", "ask", "patterns", "unless"}
_TOPIC_KEYS = {"label", "patterns", "unless"}


@dataclass(frozen=True)
class Subject:
    """A subject the documents do not cover, and who can help instead."""
    id: str
    about: str
    ask: str

    @property
    def ask_words(self) -> str:
        return ASK_WORDS[self.ask]


@dataclass(frozen=True)
class Rule:
    """Compiled patterns for one subject or clinic topic: matches when any pattern
    matches and no `unless` pattern does."""
    name: str
    patterns: Tuple[Pattern, ...]
    unless: Tuple[Pattern, ...]
    subject: Optional[Subject] = None
    label: str = ""

    def matches(self, norm: str, candidates: Optional[FrozenSet[Pattern]] = None) -> bool:
        """`candidates`, when given, are the patterns the word index says could match."""
        pats = self.patterns if candidates is None else [p for p in self.patterns if p in candidates]
        return (any(p.search(norm) for p in pats)
                and not any(u.search(norm) for u in self.unless))


def _prefixes(items) -> Optional[FrozenSet[str]]:
    """Literal strings one of which every match of the parsed pattern starts with, or None
    when a match could start with anything. Stops at the first non-literal item: a shorter
    prefix is always safe."""
    out = {""}
    for op, av in items:
        if op is _sre.AT:
            if "" in out:
                continue  # a leading \b or ^ takes no characters
            break
        if op is _sre.LITERAL:
            out = {p + chr(av) for p in out}
            continue
        if op is _sre.IN and 0 < len(av) <= 6 and all(o is _sre.LITERAL for o, _ in av):
            out = {p + chr(v) for p in out for _, v in av}
            continue
        sub = None
        if op is _sre.BRANCH:
            alts = [_prefixes(b) for b in av[1]]
            sub = None if any(a is None for a in alts) else frozenset().union(*alts)
        elif op is _sre.SUBPATTERN:
            sub = _prefixes(av[-1])
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
            sub = _prefixes(av[2])
        if sub is not None:
            out = {p + q for p in out for q in sub}
        break
    return None if "" in out or not out else frozenset(out)


class _Index:
    """Which patterns could match a message, found from the words it contains: a pattern
    whose every match starts with one of a few literal strings is only run when the message
    has a word starting with one of them. Keeps the per-message cost low with dozens of
    subjects, whatever the number of patterns."""

    def __init__(self, patterns: Sequence[Pattern]):
        self.always: List[Pattern] = []
        self.anywhere: List[Tuple[FrozenSet[str], Pattern]] = []
        self.whole: Dict[str, List[Pattern]] = {}           # first word, complete
        self.start: Dict[str, List[Tuple[str, Pattern]]] = {}  # first word, maybe cut short
        for pat in patterns:
            parsed = list(_sre_parse.parse(pat.pattern, pat.flags))
            pre = _prefixes(parsed)
            at_word = bool(parsed) and parsed[0][0] is _sre.AT and parsed[0][1] is _sre.AT_BOUNDARY
            if pre is None:
                self.always.append(pat)
            elif at_word and all(_WORD.match(p) for p in pre):
                for p in pre:
                    word = _WORD.match(p).group()
                    if len(word) < len(p):  # a space or hyphen follows: the word is complete
                        self.whole.setdefault(word, []).append(pat)
                    else:
                        self.start.setdefault(word[:3], []).append((word, pat))
            else:
                self.anywhere.append((pre, pat))

    def candidates(self, norm: str) -> FrozenSet[Pattern]:
        found = set(self.always)
        for pre, pat in self.anywhere:
            if any(p in norm for p in pre):
                found.add(pat)
        whole, start = self.whole, self.start
        for w in set(_WORD.findall(norm)):
            found.update(whole.get(w, ()))
            for key in {w[:3], w[:2], w[:1]}:
                for word, pat in start.get(key, ()):
                    if w.startswith(word):
                        found.add(pat)
        return frozenset(found)


_WORD = re.compile(r"\w+")


_cache: Dict[Tuple[str, str], Tuple[Tuple[int, int], object]] = {}


def _cached(kind: str, path: Path, parse):
    """Parse `path` once per version of the file on disk (mtime and size)."""
    path = Path(path)
    try:
        st = path.stat()
    except OSError as exc:
        raise NeedleGuideError(f"{path.name}: cannot read file: {exc.strerror}") from None
    stamp = (st.st_mtime_ns, st.st_size)
    key = (kind, str(path))
    hit = _cache.get(key)
    if hit and hit[0] == stamp:
        return hit[1]
    value = parse(path)
    _cache[key] = (stamp, value)
    return value


def _read_yaml(path: Path, top: str):
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise NeedleGuideError(f"{path.name}: malformed YAML{where}: "
                               f"{getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, dict) or top not in data:
        raise NeedleGuideError(f"{path.name}: expected a top-level '{top}:' section")
    return data[top]


def _compile(path: Path, name: str, field: str, raw) -> Tuple[Pattern, ...]:
    if raw is None and field == "unless":
        return ()
    if not isinstance(raw, list) or not all(isinstance(p, str) and p for p in raw) \
            or (field == "patterns" and not raw):
        raise NeedleGuideError(f"{path.name}: {name}: '{field}' must be a list of "
                               f"regular expressions in quotes")
    compiled = []
    for p in raw:
        try:
            compiled.append(re.compile(p))
        except re.error as exc:
            raise NeedleGuideError(f"{path.name}: {name}: bad regular expression "
                                   f"{p!r} in '{field}': {exc}") from None
    return tuple(compiled)


def _parse_not_covered(path: Path) -> Tuple[Rule, ...]:
    items = _read_yaml(path, "subjects")
    if not isinstance(items, list):
        raise NeedleGuideError(f"{path.name}: 'subjects' must be a list")
    rules, seen = [], set()
    for i, raw in enumerate(items):
        sid = str((raw or {}).get("id", "") if isinstance(raw, dict) else "").strip()
        name = f"subject {sid!r}" if sid else f"subject #{i + 1}"
        if not isinstance(raw, dict):
            raise NeedleGuideError(f"{path.name}: {name}: each subject must be a mapping")
        unknown = set(raw) - _SUBJECT_KEYS
        if unknown:
            raise NeedleGuideError(f"{path.name}: {name}: unknown key(s) {', '.join(sorted(unknown))} "
                                   f"(allowed: {', '.join(sorted(_SUBJECT_KEYS))})")
        if not _ID.match(sid):
            raise NeedleGuideError(f"{path.name}: {name}: 'id' must be snake_case, e.g. blood_thinners")
        if sid in seen:
            raise NeedleGuideError(f"{path.name}: {name}: duplicate id")
        seen.add(sid)
        about = str(raw.get("about") or "").strip()
        if not about:
            raise NeedleGuideError(f"{path.name}: {name}: 'about' is missing (plain words for the reply)")
        ask = raw.get("ask")
        if ask not in ASK_WORDS:
            raise NeedleGuideError(f"{path.name}: {name}: 'ask' is {ask!r}; "
                                   f"use one of {', '.join(ASK_WORDS)}")
        rules.append(Rule(name=sid, subject=Subject(sid, about, ask),
                          patterns=_compile(path, name, "patterns", raw.get("patterns")),
                          unless=_compile(path, name, "unless", raw.get("unless"))))
    return _indexed(rules)


def _indexed(rules: List[Rule]) -> Tuple[Tuple[Rule, ...], _Index]:
    return tuple(rules), _Index([p for r in rules for p in r.patterns])


def _parse_clinic_topics(path: Path) -> Tuple[Rule, ...]:
    topics = _read_yaml(path, "topics")
    if not isinstance(topics, dict):
        raise NeedleGuideError(f"{path.name}: 'topics' must be a mapping of topic name to patterns")
    rules = []
    for topic, raw in topics.items():
        name = f"topic {topic!r}"
        if topic not in CLINIC_TOPICS:
            raise NeedleGuideError(f"{path.name}: {name}: unknown topic "
                                   f"(use one of {', '.join(CLINIC_TOPICS)})")
        if not isinstance(raw, dict):
            raise NeedleGuideError(f"{path.name}: {name}: must be a mapping with 'label' and 'patterns'")
        unknown = set(raw) - _TOPIC_KEYS
        if unknown:
            raise NeedleGuideError(f"{path.name}: {name}: unknown key(s) {', '.join(sorted(unknown))} "
                                   f"(allowed: {', '.join(sorted(_TOPIC_KEYS))})")
        rules.append(Rule(name=topic, label=str(raw.get("label") or topic.replace("_", " ")),
                          patterns=_compile(path, name, "patterns", raw.get("patterns")),
                          unless=_compile(path, name, "unless", raw.get("unless"))))
    return _indexed(rules)


def load_not_covered(path: Path = NOT_COVERED_FILE) -> List[Rule]:
    """The validated, compiled subjects in file order; NeedleGuideError names the problem."""
    return list(_cached("not_covered", path, _parse_not_covered)[0])


def load_clinic_topics(path: Path = CLINIC_TOPICS_FILE) -> List[Rule]:
    """The validated, compiled clinic topics in file order."""
    return list(_cached("clinic_topics", path, _parse_clinic_topics)[0])


def _norm(text: str) -> str:
    return normalise(clean_text(text))


def not_covered_subject(text: str, path: Path = NOT_COVERED_FILE, normalised: bool = False) -> Optional[Subject]:
    """The first subject the message is about that the documents do not cover, or None.
    Pass normalised=True with text already through guards.normalise(clean_text(...))."""
    norm = text if normalised else _norm(text)
    if not norm:
        return None
    rules, index = _cached("not_covered", path, _parse_not_covered)
    candidates = index.candidates(norm)
    if not candidates:
        return None
    for rule in rules:
        if rule.matches(norm, candidates):
            return rule.subject
    return None


def clinic_topic(text: str, path: Path = CLINIC_TOPICS_FILE, normalised: bool = False) -> Optional[str]:
    """The first clinic logistics topic the message asks about (file order), or None."""
    norm = text if normalised else _norm(text)
    if not norm:
        return None
    rules, index = _cached("clinic_topics", path, _parse_clinic_topics)
    candidates = index.candidates(norm)
    if not candidates:
        return None
    for rule in rules:
        if rule.matches(norm, candidates):
            return rule.name
    return None
