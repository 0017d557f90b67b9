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

import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, FrozenSet, List, Optional, Pattern, Sequence, Tuple

import yaml

from bot.contract import CLINIC_TOPICS
from bot.errors import NeedleGuideError
from bot.knowledge import KNOWLEDGE_DIR
from bot.knowledge.occupations import without_own_job
from bot.nlu.safety import clean_text, normalise

try:  # Python 3.11+
    from re import _constants as _sre
    from re import _parser as _sre_parse
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
    "vet": "a vet",
    "plan": "the plan or payer itself",
    # a subject no list names (bot/knowledge/anchoring.py): whoever of them fits it
    "doctor_pharmacist_or_clinic": "your doctor, a pharmacist or the clinic team",
}

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_UPPER = re.compile(r"(?<!\\)[A-Z]")  # a capital that is not an escape such as \W or \S
_SUBJECT_KEYS = {"id", "about", "ask", "patterns", "unless", "in_story", "symptoms_answered"}
# Whether a subject told only in the story before the question declines the message:
#   counts         always (pregnancy, blood thinners: they change what is safe whatever is asked);
#   when_asked     only when the question itself names it, or points back at the story
#                  ("is that safe?"): "had a PRP shot last year. how many sessions before I can
#                  train again?" asks about sessions, not about injections;
#   pain_question  set aside, in the story or the question, when the question asks whether
#                  needling helps a musculoskeletal problem ("4 months postpartum, my lower back
#                  is wrecked. does acupuncture help back pain after pregnancy?");
#   cause          set aside when told only in the story and the question sentence asks whether
#                  needling helps (or what the research says) for a condition the entries cover:
#                  a disease, a medicine or a past operation named as the cause or background
#                  of the complaint ("numb toes from diabetes. could needling help nerve pain
#                  like that?"); it still declines when the question names it.
IN_STORY = ("counts", "when_asked", "pain_question", "cause")
_TOPIC_KEYS = {"label", "patterns", "unless"}


@dataclass(frozen=True)
class Subject:
    """A subject the documents do not cover, and who can help instead."""

    id: str
    about: str
    ask: str
    in_story: str = "counts"
    # Conditions (knowledge/synonyms.yml ids) the entries answer whatever this illness caused
    # them: "chemo makes me so nauseous, can acupuncture help the nausea?" asks about nausea
    # (written rule 3). The subject still declines a question about the illness itself.
    symptoms_answered: FrozenSet[str] = frozenset()

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
        return any(p.search(norm) for p in pats) and not any(u.search(norm) for u in self.unless)


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


# Words too common to tell anything: a pattern is indexed by a rarer part when it has one.
_COMMON = frozenset(
    """i a an the my for with have has had after before since can could should is
are it to and or in on of you do did does when while if been am im i'm i've got get take taking how
what that this be will would so at from our your me we he she they not no up about just but as by
any some all too very really much many more one first time need want like know help safe ok okay
there here which who why where was were still because then than also""".split()
)


def _ends_apart(items) -> bool:
    """True when whatever these items match ends with a non-word character or at a word
    boundary, so the next item, if it starts with a letter, starts a new word."""
    if not items:
        return False
    op, av = items[-1]
    if op is _sre.AT:
        return av is _sre.AT_BOUNDARY
    if op is _sre.LITERAL:
        return not (chr(av).isalnum() or chr(av) == "_")
    if op is _sre.SUBPATTERN:
        return _ends_apart(list(av[-1]))
    if op is _sre.BRANCH:
        return all(_ends_apart(list(b)) for b in av[1])
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        inner = _ends_apart(list(av[2]))
        return inner if av[0] >= 1 else inner and _ends_apart(items[:-1])
    return False


Condition = Tuple[FrozenSet[str], bool]


def _gates(items) -> List[Condition]:
    """Conditions every match meets: each is a set of literal strings one of which the
    message must contain, and whether they always start a word. Taken from the (up to two)
    rarest required parts of the pattern; an empty list when there are none."""
    branch = next((k for k, (op, _) in enumerate(items) if op is _sre.BRANCH), None)
    if branch is not None:  # top-level "a|b" (sre may factor out a shared start such as \\b)
        per_branch = [_gates(items[:branch] + list(b) + items[branch + 1 :]) for b in items[branch][1][1]]
        if any(not g for g in per_branch):
            return []
        firsts = [g[0] for g in per_branch]
        return [(frozenset().union(*(c[0] for c in firsts)), all(c[1] for c in firsts))]
    scored = []
    for k, (op, av) in enumerate(items):
        if (
            op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
            or (op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] == 0)
            or (op is _sre.LITERAL and not chr(av).isalnum())
        ):
            continue
        if op is _sre.LITERAL and k and items[k - 1][0] is _sre.LITERAL and chr(items[k - 1][1]).isalnum():
            continue  # the middle of a word: its start was scored already
        strings = _prefixes(items[k:] if op is _sre.LITERAL else items[k : k + 1])
        if not strings:
            continue
        firsts = [_WORD.match(x) for x in strings]
        words = [f.group() if f else "" for f in firsts]
        score = (all(w and w not in _COMMON and len(w) >= 3 for w in words), min(len(x) for x in strings))
        apart = all(f and f.start() == 0 for f in firsts) and _ends_apart(items[:k])
        scored.append((score, k, (frozenset(strings), apart)))
    scored.sort(key=lambda t: t[0], reverse=True)
    return [cond for _, _, cond in scored[:2]]


class _Index:
    """Which patterns could match a message, found from the words it contains: a pattern
    is only run when the message has the literal words every match of it contains.
    Keeps the per-message cost low with dozens of subjects, whatever the number of patterns."""

    def __init__(self, rules: Sequence["Rule"]):
        self.rules = tuple(rules)
        self._first_memo: Dict[str, Optional["Rule"]] = {}
        self._all_memo: Dict[str, Tuple["Rule", ...]] = {}
        self._candidates_memo: Dict[str, FrozenSet[int]] = {}
        self.rules_of: Dict[Pattern, List[int]] = {}
        for i, rule in enumerate(self.rules):
            for pat in rule.patterns:
                self.rules_of.setdefault(pat, []).append(i)
        patterns = list(self.rules_of)
        self.always: List[Pattern] = []
        self.needs: List[Tuple[Pattern, FrozenSet[int]]] = []  # pattern, condition ids
        self.anywhere: List[Tuple[FrozenSet[str], int]] = []  # substring conditions
        self.whole: Dict[str, List[Tuple[str, int]]] = {}  # a complete word (+ more)
        self.start: Dict[str, List[Tuple[str, int]]] = {}  # the start of a word
        ids: Dict[Condition, int] = {}
        for pat in patterns:
            conds = _gates(list(_sre_parse.parse(pat.pattern, pat.flags)))
            if not conds:
                self.always.append(pat)
                continue
            need = set()
            for cond in conds:
                if cond not in ids:
                    ids[cond] = cid = len(ids)
                    self._add(cond, cid)
                need.add(ids[cond])
            self.needs.append((pat, frozenset(need)))
        self._by_number()

    def _by_number(self) -> None:
        """The same index by pattern number, for the per-message look-ups: a compiled
        pattern's hash is computed over its whole program at every set or dict look-up,
        which cost more than the searches it saved; a number's costs nothing. Also, for each
        condition, the patterns that need it, so a message's look-up visits only those."""
        number = {pat: n for n, pat in enumerate(self.rules_of)}
        self._always_n = frozenset(number[pat] for pat in self.always)
        self._needing: Dict[int, List[Tuple[int, FrozenSet[int]]]] = {}
        for pat, need in self.needs:
            for cid in need:
                self._needing.setdefault(cid, []).append((number[pat], need))
        self._rules_of_n = [tuple(self.rules_of[pat]) for pat in self.rules_of]
        self._patterns_n = [tuple((number[p], p) for p in rule.patterns) for rule in self.rules]
        self._patterns = list(self.rules_of)
        self._starts_memo: Dict[str, Tuple[int, ...]] = {}
        # The substring conditions by their strings' first three characters (a string is in
        # the message only if its first three are): a message looks up only its own.
        self._anywhere3: Dict[str, List[Tuple[str, int]]] = {}
        self._anywhere_short: List[Tuple[str, int]] = []
        for strings, cid in self.anywhere:
            for x in sorted(strings):
                if len(x) >= 3:
                    self._anywhere3.setdefault(x[:3], []).append((x, cid))
                else:
                    self._anywhere_short.append((x, cid))

    def _add(self, cond: Condition, cid: int) -> None:
        strings, apart = cond
        if not apart:
            self.anywhere.append((strings, cid))
            return
        for x in strings:
            word = _WORD.match(x).group()
            if len(word) < len(x):  # a space or hyphen follows: the word is complete
                self.whole.setdefault(word, []).append((x, cid))
            else:
                self.start.setdefault(word[:3], []).append((word, cid))

    def _met(self, norm: str) -> set:
        """The ids of the conditions the message meets."""
        met = {cid for x, cid in self._anywhere_short if x in norm}
        anywhere = self._anywhere3
        for three in {norm[k : k + 3] for k in range(len(norm) - 2)} & anywhere.keys():
            met.update(cid for x, cid in anywhere[three] if x in norm)
        whole, starts = self.whole, self._starts
        for w in set(_WORD.findall(norm)):
            for x, cid in whole.get(w, ()):
                if x in norm:
                    met.add(cid)
            met.update(starts(w))
        return met

    def _starts(self, w: str) -> Tuple[int, ...]:
        """The ids of the word-start conditions the word meets; remembered per word (a few
        thousand words at most, then forgotten), as a word meets the same ones every time."""
        memo = self._starts_memo
        hit = memo.get(w)
        if hit is None:
            start = self.start
            hit = tuple(
                {
                    cid
                    for key in {w[:3], w[:2], w[:1]}
                    for word, cid in start.get(key, ())
                    if w.startswith(word)
                }
            )
            if len(memo) >= 4096:
                memo.clear()
            memo[w] = hit
        return hit

    def _remembered_candidates(self, norm: str) -> FrozenSet[int]:
        """_candidate_numbers, remembered for the last few sentences: a turn looks the same
        sentence up for first_match and all_matches. (red_flag_match, one look-up per text,
        calls _candidate_numbers itself: a memo there would only cost.)"""
        memo = self._candidates_memo
        hit = memo.get(norm)
        if hit is None:
            if len(memo) >= 256:
                memo.clear()
            memo[norm] = hit = self._candidate_numbers(norm)
        return hit

    def _candidate_numbers(self, norm: str) -> FrozenSet[int]:
        """The numbers of the patterns that could match (see candidates)."""
        met = self._met(norm)
        found = set(self._always_n)
        needing = self._needing
        for cid in met:
            for n, need in needing.get(cid, ()):
                if need <= met:
                    found.add(n)
        return frozenset(found)

    def candidates(self, norm: str) -> FrozenSet[Pattern]:
        """The patterns the message has the literal words for: only these can match."""
        return frozenset(self._patterns[n] for n in self._candidate_numbers(norm))

    def _rule_numbers(self, candidates: FrozenSet[int]) -> List[int]:
        """The rules (by position, in file order) that have one of the candidate patterns."""
        rules_of = self._rules_of_n
        return sorted({i for n in candidates for i in rules_of[n]})

    def _matches(self, i: int, norm: str, candidates: FrozenSet[int]) -> bool:
        """Rule.matches(norm, candidates) for rule i, with the candidates by number."""
        return any(p.search(norm) for n, p in self._patterns_n[i] if n in candidates) and not any(
            u.search(norm) for u in self.rules[i].unless
        )

    def all_matches(self, norm: str) -> List["Rule"]:
        """Every rule that matches the normalised message, in file order. Remembered for the
        last few messages, like first_match (a new list each time: callers may change it)."""
        memo = self._all_memo
        hit = memo.get(norm)
        if hit is None:
            if len(memo) >= 256:
                memo.clear()
            memo[norm] = hit = tuple(self._all_matches(norm))
        return list(hit)

    def _all_matches(self, norm: str) -> List["Rule"]:
        candidates = self._remembered_candidates(norm)
        if not candidates:
            return []
        return [self.rules[i] for i in self._rule_numbers(candidates) if self._matches(i, norm, candidates)]

    def first_match(self, norm: str) -> Optional["Rule"]:
        """The first rule, in file order, that matches the normalised message. Remembered
        for the last few messages: route() asks the same question of the same sentence up
        to three times per turn (the index is rebuilt, and this memory with it, when the
        file changes)."""
        memo = self._first_memo
        if norm in memo:
            return memo[norm]
        if len(memo) >= 256:
            memo.clear()
        every = self._all_memo.get(norm)  # the first of every match, when already known
        if every is not None:
            rule = every[0] if every else None
        else:
            rule = self._first_match(norm)
        memo[norm] = rule
        return rule

    def _first_match(self, norm: str) -> Optional["Rule"]:
        candidates = self._remembered_candidates(norm)
        if not candidates:
            return None
        for i in self._rule_numbers(candidates):
            if self._matches(i, norm, candidates):
                return self.rules[i]
        return None


_WORD = re.compile(r"\w+")


_cache: Dict[Tuple[str, str], Tuple[Tuple[int, int], object]] = {}


def _cached(kind: str, path: Path, parse):
    """Parse `path` once per version of the file on disk (mtime and size)."""
    try:
        st = os.stat(path)
    except OSError as exc:
        path = Path(path)
        raise NeedleGuideError(f"{path.name}: cannot read file: {exc.strerror}") from None
    stamp = (st.st_mtime_ns, st.st_size)
    key = (kind, str(path))
    hit = _cache.get(key)
    if hit and hit[0] == stamp:
        return hit[1]
    value = parse(Path(path))
    _cache[key] = (stamp, value)
    return value


def _read_yaml(path: Path, top: str):
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise NeedleGuideError(
            f"{path.name}: malformed YAML{where}: {getattr(exc, 'problem', exc)}"
        ) from None
    if not isinstance(data, dict) or top not in data:
        raise NeedleGuideError(f"{path.name}: expected a top-level '{top}:' section")
    return data[top]


def _compile(path: Path, name: str, field: str, raw) -> Tuple[Pattern, ...]:
    if raw is None and field == "unless":
        return ()
    if (
        not isinstance(raw, list)
        or not all(isinstance(p, str) and p for p in raw)
        or (field == "patterns" and not raw)
    ):
        raise NeedleGuideError(
            f"{path.name}: {name}: '{field}' must be a list of regular expressions in quotes"
        )
    compiled = []
    for p in raw:
        if _UPPER.search(p):
            raise NeedleGuideError(
                f"{path.name}: {name}: write {p!r} in lowercase: messages are "
                f"lowercased before matching, so capitals never match"
            )
        try:
            compiled.append(re.compile(p))
        except re.error as exc:
            raise NeedleGuideError(
                f"{path.name}: {name}: bad regular expression {p!r} in '{field}': {exc}"
            ) from None
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
            raise NeedleGuideError(
                f"{path.name}: {name}: unknown key(s) {', '.join(sorted(unknown))} "
                f"(allowed: {', '.join(sorted(_SUBJECT_KEYS))})"
            )
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
            raise NeedleGuideError(
                f"{path.name}: {name}: 'ask' is {ask!r}; use one of {', '.join(ASK_WORDS)}"
            )
        in_story = raw.get("in_story", "counts")
        if in_story not in IN_STORY:
            raise NeedleGuideError(
                f"{path.name}: {name}: 'in_story' is {in_story!r}; use one of {', '.join(IN_STORY)}"
            )
        symptoms = raw.get("symptoms_answered") or []
        if not isinstance(symptoms, list) or not all(isinstance(c, str) and _ID.match(c) for c in symptoms):
            raise NeedleGuideError(
                f"{path.name}: {name}: 'symptoms_answered' must be a list of condition ids "
                f"from synonyms.yml, e.g. [nausea, insomnia]"
            )
        rules.append(
            Rule(
                name=sid,
                subject=Subject(sid, about, ask, in_story, frozenset(symptoms)),
                patterns=_compile(path, name, "patterns", raw.get("patterns")),
                unless=_compile(path, name, "unless", raw.get("unless")),
            )
        )
    return _indexed(rules)


def _indexed(rules: List[Rule]) -> Tuple[Tuple[Rule, ...], _Index]:
    return tuple(rules), _Index(rules)


def _parse_clinic_topics(path: Path) -> Tuple[Rule, ...]:
    topics = _read_yaml(path, "topics")
    if not isinstance(topics, dict):
        raise NeedleGuideError(f"{path.name}: 'topics' must be a mapping of topic name to patterns")
    rules = []
    for topic, raw in topics.items():
        name = f"topic {topic!r}"
        if topic not in CLINIC_TOPICS:
            raise NeedleGuideError(
                f"{path.name}: {name}: unknown topic (use one of {', '.join(CLINIC_TOPICS)})"
            )
        if not isinstance(raw, dict):
            raise NeedleGuideError(f"{path.name}: {name}: must be a mapping with 'label' and 'patterns'")
        unknown = set(raw) - _TOPIC_KEYS
        if unknown:
            raise NeedleGuideError(
                f"{path.name}: {name}: unknown key(s) {', '.join(sorted(unknown))} "
                f"(allowed: {', '.join(sorted(_TOPIC_KEYS))})"
            )
        rules.append(
            Rule(
                name=topic,
                label=str(raw.get("label") or topic.replace("_", " ")),
                patterns=_compile(path, name, "patterns", raw.get("patterns")),
                unless=_compile(path, name, "unless", raw.get("unless")),
            )
        )
    return _indexed(rules)


def load_not_covered(path: Path = NOT_COVERED_FILE) -> List[Rule]:
    """The validated, compiled subjects in file order; NeedleGuideError names the problem."""
    return list(_cached("not_covered", path, _parse_not_covered)[0])


def load_clinic_topics(path: Path = CLINIC_TOPICS_FILE) -> List[Rule]:
    """The validated, compiled clinic topics in file order."""
    return list(_cached("clinic_topics", path, _parse_clinic_topics)[0])


@functools.lru_cache(maxsize=256)
def _norm(text: str) -> str:
    """Cleaned and normalised once per text: the same sentence is looked up several times a turn."""
    return normalise(clean_text(text))


def not_covered_subject(
    text: str, path: Path = NOT_COVERED_FILE, normalised: bool = False
) -> Optional[Subject]:
    """The first subject the message is about that the documents do not cover, or None.
    Pass normalised=True with text already through guards.normalise(clean_text(...))."""
    norm = without_own_job(text if normalised else _norm(text))
    if not norm:
        return None
    rule = _cached("not_covered", path, _parse_not_covered)[1].first_match(norm)
    return rule.subject if rule else None


def not_covered_subjects(text: str, path: Path = NOT_COVERED_FILE) -> List[Subject]:
    """Every subject the message is about that the documents do not cover, in file order."""
    norm = without_own_job(_norm(text))
    if not norm:
        return []
    return [r.subject for r in _cached("not_covered", path, _parse_not_covered)[1].all_matches(norm)]


def clinic_topic(text: str, path: Path = CLINIC_TOPICS_FILE, normalised: bool = False) -> Optional[str]:
    """The first clinic logistics topic the message asks about (file order), or None."""
    norm = text if normalised else _norm(text)
    if not norm:
        return None
    rule = _cached("clinic_topics", path, _parse_clinic_topics)[1].first_match(norm)
    return rule.name if rule else None
