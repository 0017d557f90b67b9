"""The clinic's own details (name, phone, booking, hours, answers...) from clinic.yml.

Nothing clinic-specific lives in code or training data: every reply that mentions the
clinic reads it from here, so a clinic rebrands Needle Guide by editing one file.

A clinic manager edits that file by hand, often while the assistant runs, so a slip must
never silence it: every problem is named with the line to fix (`python -m bot build` fails
on them), and a running assistant keeps the last good version, logging the problem once,
until the file is fixed.
"""

import difflib
import logging
import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, NamedTuple, Optional, Tuple
from urllib.parse import urlsplit

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from bot import MODALITIES, settings
from bot.contract import CLINIC_TOPICS
from bot.errors import NeedleGuideError
from bot.knowledge.fill import PROFESSIONS

log = logging.getLogger(__name__)

DEFAULT_PATH = settings.DEFAULT_CLINIC
REQUIRED = ("name", "phone", "booking_url")
ANSWER_TOPICS = CLINIC_TOPICS  # the practical questions a clinic answers (bot/contract.py)


@dataclass(frozen=True)
class Regulator:
    """The body that licenses one profession where the clinic is, and its public register,
    so answers about checking a practitioner can name it (knowledge answers' placeholders)."""

    name: str
    register: str = ""


@dataclass(frozen=True)
class Clinic:
    name: str
    phone: str
    booking_url: str
    booking_urls: Dict[str, str] = field(default_factory=dict)
    address: str = ""
    region: str = ""  # e.g. British Columbia, Canada: where the clinic's rules come from
    regulators: Dict[str, Regulator] = field(default_factory=dict)  # profession -> regulator
    hours: List[str] = field(default_factory=list)
    modalities: List[str] = field(default_factory=lambda: list(MODALITIES))
    emergency_number: str = "911"
    crisis_line: str = "988"
    allowed_origins: List[str] = field(default_factory=list)
    retention_days: int = 90
    privacy_url: str = ""  # the clinic's privacy notice: linked from the first reply when set
    answers: Dict[str, str] = field(default_factory=dict)
    timezone: str = "UTC"  # IANA name, e.g. America/Vancouver: staff review shows times and days in it
    default_language: str = "en"  # en or fr: the language a conversation starts in when its channel says none
    name_fr: str = ""  # the clinic's name in French, where it differs
    hours_fr: List[str] = field(default_factory=list)
    answers_fr: Dict[str, str] = field(default_factory=dict)  # the clinic's answers in French

    def booking_url_for(self, modality: Optional[str]) -> str:
        """The discipline's own booking page where the clinic has one, else the main one."""
        return self.booking_urls.get(modality or "", self.booking_url)

    def offers(self, modality: str) -> bool:
        return modality in self.modalities

    def answer(self, topic: str) -> Optional[str]:
        """The clinic's own answer on one of ANSWER_TOPICS, or None when it gave none."""
        return self.answers.get(topic) or None

    @property
    def hours_text(self) -> str:
        return "; ".join(self.hours)

    # French texts: each falls back to the English one, and says so (the second value is the
    # language actually used), so a reply can tell the patient once.
    def name_in(self, lang: str) -> str:
        return self.name_fr if lang == "fr" and self.name_fr else self.name

    def hours_in(self, lang: str) -> Tuple[str, str]:
        if lang == "fr" and self.hours_fr:
            return "; ".join(self.hours_fr), "fr"
        return self.hours_text, "en"

    def answer_in(self, topic: str, lang: str) -> Tuple[Optional[str], str]:
        if lang == "fr" and self.answers_fr.get(topic):
            return self.answers_fr[topic], "fr"
        return self.answer(topic), "en"


class ClinicConfigError(NeedleGuideError):
    """Everything wrong with one clinic file, one line each, each naming the line to fix."""

    def __init__(self, problems: List[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


# ---------------------------------------------------------------- reading and checking

_NULL = "tag:yaml.org,2002:null"
_SETTINGS = tuple(Clinic.__dataclass_fields__)
_ALIASES = {  # words a manager may reach for, and the topic they mean (suggestions only)
    "price": "fees",
    "prices": "fees",
    "cost": "fees",
    "costs": "fees",
    "rates": "fees",
    "insurance": "direct_billing",
    "billing": "direct_billing",
    "wear": "what_to_bring",
    "what_to_wear": "what_to_bring",
    "clothing": "what_to_bring",
    "cancel": "cancellation",
    "cancellation_policy": "cancellation",
    "no_show": "cancellation",
    "first_appointment": "first_visit",
    "first_consultation": "first_visit",
    "wheelchair": "accessibility",
    "access": "accessibility",
    "doctor_referral": "referral",
}


def _name(text: str) -> str:
    """'Dry needling', 'dry-needling' and 'dry_needling' are the same name."""
    return re.sub(r"[\s-]+", "_", text.strip().lower())


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


class _Checker:
    """Walks the composed YAML nodes, so every value still knows its line."""

    def __init__(self, where: str):
        self.where = where
        self.problems: List[str] = []

    def problem(self, node: Node, text: str) -> None:
        self.problems.append(f"{self.where} line {node.start_mark.line + 1}: {text}")

    # -- shapes

    def text(self, key: str, node: Node, example: str) -> Optional[str]:
        """One plain value (numbers are kept exactly as typed: a phone 0123 stays 0123)."""
        if isinstance(node, ScalarNode):
            return None if node.tag == _NULL else node.value.strip()
        kind = "a list" if isinstance(node, SequenceNode) else "a group of settings"
        self.problem(node, f"{key} should be one value, like `{key}: {example}`, not {kind}")
        return None

    def lines(self, key: str, node: Node) -> List[Tuple[Node, str]]:
        """A list, or one value taken as a one-item list; `Monday: 8 to 5` items are kept as typed."""
        items = node.value if isinstance(node, SequenceNode) else [node]
        found = []
        for item in items:
            if isinstance(item, ScalarNode):
                if item.tag != _NULL and item.value.strip():
                    found.append((item, item.value.strip()))
            elif isinstance(item, MappingNode) and all(
                isinstance(k, ScalarNode) and isinstance(v, ScalarNode) for k, v in item.value
            ):
                found.extend((k, f"{k.value.strip()}: {v.value.strip()}") for k, v in item.value)
            else:
                self.problem(item, f"each item of {key} should be one line of text")
        return found

    def mapping(self, key: str, node: Node, example: str) -> List[Tuple[Node, str, Node]]:
        if isinstance(node, ScalarNode) and node.tag == _NULL:
            return []
        if not isinstance(node, MappingNode):
            self.problem(
                node,
                f"{key} should be indented `name: value` lines under it, like `{key}:` then `  {example}`",
            )
            return []
        pairs, seen = [], {}
        for key_node, value in node.value:
            name = key_node.value if isinstance(key_node, ScalarNode) else ""
            if name in seen:
                where = f"{key}: " if key else ""
                self.problem(key_node, f"{where}{name} is set twice (also on line {seen[name]}); keep one")
                continue
            seen[name] = key_node.start_mark.line + 1
            pairs.append((key_node, name, value))
        return pairs

    # -- values

    def phone(self, key: str, node: Node) -> Optional[str]:
        value = self.text(key, node, "604-555-0142")
        if value and len(re.sub(r"\D", "", value)) < 3:
            self.problem(node, f"{key} {value!r} is not a phone number (it needs its digits)")
            return None
        return value

    def url(self, key: str, node: Node) -> Optional[str]:
        value = self.text(key, node, "https://booking.example.org/your-clinic")
        if value is None or value == "":
            return value
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc or re.search(r"\s", value):
            self.problem(
                node,
                f"{key} {value!r} is not a web address: it should start with "
                f"https:// (or http://), like https://booking.example.org/your-clinic",
            )
            return None
        return value

    def modality(self, key: str, node: Node, value: str) -> Optional[str]:
        name = _name(value)
        if name in MODALITIES:
            return name
        close = difflib.get_close_matches(name, MODALITIES, n=1)
        hint = f" Did you mean {close[0]}?" if close else ""
        self.problem(node, f"{key}: unknown modality {value!r} (use {', '.join(MODALITIES)}).{hint}")
        return None

    def origin(self, node: Node, value: str) -> Optional[str]:
        value = value.rstrip("/")
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc or parts.path or parts.query:
            self.problem(
                node,
                f"allowed_origins: {value!r} should be just the website, "
                f"like https://www.your-clinic.example (no page path)",
            )
            return None
        return value

    def timezone(self, key: str, node: Node) -> Optional[str]:
        """An IANA time zone name (America/Vancouver), as the staff dashboard's days need."""
        value = self.text(key, node, "America/Vancouver")
        if not value:
            return None
        import zoneinfo

        try:
            zoneinfo.ZoneInfo(value)
            return value
        except (ValueError, zoneinfo.ZoneInfoNotFoundError):
            zones = sorted(zoneinfo.available_timezones())
            close = difflib.get_close_matches(value, zones, n=1) or difflib.get_close_matches(
                value.replace(" ", "_").title(), zones, n=1
            )
            hint = f" Did you mean {close[0]}?" if close else ""
            self.problem(
                node,
                f"{key} {value!r} is not a time zone name: use one like America/Vancouver "
                f"or Europe/Paris.{hint}",
            )
            return None

    def language(self, key: str, node: Node) -> Optional[str]:
        """en or fr: the languages the assistant answers in."""
        value = self.text(key, node, "en")
        if value is None:
            return None
        if value.lower() in ("en", "fr"):
            return value.lower()
        self.problem(node, f"{key} is {value!r}; use en (English) or fr (French)")
        return None

    def days(self, key: str, node: Node) -> Optional[int]:
        value = self.text(key, node, "90")
        if value is None:
            return None
        match = re.fullmatch(r"(\d+)\s*(days?)?", value.lower())
        if not match or int(match.group(1)) <= 0:
            self.problem(
                node, f"{key} should be a whole number of days above 0, like `{key}: 90` (found {value!r})"
            )
            return None
        return int(match.group(1))


def _topic(key: str) -> Optional[str]:
    """'Direct billing', 'direct-billing' and 'fee' are clear enough: direct_billing, fees."""
    name = _name(key)
    return next((t for t in (name, name + "s") if t in ANSWER_TOPICS), None)


def _guess_topic(key: str) -> Optional[str]:
    name = _name(key)
    return _ALIASES.get(name) or next(iter(difflib.get_close_matches(name, ANSWER_TOPICS, n=1)), None)


def _suggest(key: str) -> str:
    """The closest allowed setting, or the answers: topic the manager most likely meant."""
    name = _name(key)
    topic = _topic(key) or _ALIASES.get(name)
    if topic:
        return f" Did you mean answers: {topic}? (clinic answers go, indented, under `answers:`)"
    close = difflib.get_close_matches(name, _SETTINGS, n=1)
    if close:
        return f" Did you mean {close[0]}?"
    topic = _guess_topic(key)
    return f" Did you mean answers: {topic}?" if topic else ""


def _answers(check: _Checker, node: Node, section: str = "answers") -> Dict[str, str]:
    answers = {}
    for key_node, key, value in check.mapping(section, node, "parking: Free parking behind the building."):
        topic = _topic(key)
        if topic is None:
            guess = _guess_topic(key)
            hint = f" Did you mean {guess}?" if guess else ""
            check.problem(
                key_node, f"{section}: unknown topic {key!r}.{hint} Allowed: {', '.join(ANSWER_TOPICS)}"
            )
            continue
        if topic in answers:  # 'Parking' and 'parking' both given
            check.problem(key_node, f"{section}: {topic} is set twice; keep one")
            continue
        if not isinstance(value, ScalarNode):
            check.problem(
                value,
                f"{section}: {topic} should be text (1 to 3 short sentences), not "
                f"{'a list' if isinstance(value, SequenceNode) else 'a group of settings'}",
            )
            continue
        text = "" if value.tag == _NULL else " ".join(value.value.split())
        if text:  # an empty answer is no answer: patients get the contact hand-off
            answers[topic] = text
    return answers


def _fields(check: _Checker) -> Dict[str, Callable[[Node], object]]:
    """How each setting is read; None means 'not given' (the default applies)."""

    def modalities(node: Node) -> List[str]:
        names = [check.modality("modalities", n, v) for n, v in check.lines("modalities", node)]
        return list(dict.fromkeys(n for n in names if n))

    def booking_urls(node: Node) -> Dict[str, str]:
        urls = {}
        for key_node, key, value in check.mapping(
            "booking_urls", node, "ims: https://booking.example.org/ims"
        ):
            modality = check.modality("booking_urls", key_node, key)
            url = check.url(f"booking_urls: {key}", value)
            if modality and url:
                urls[modality] = url
        return urls

    def regulators(node: Node) -> Dict[str, Regulator]:
        found = {}
        example = "acupuncturists:` then `    name: College of ...` and `    register: https://..."
        for key_node, key, value in check.mapping("regulators", node, example):
            profession = _name(key)
            if profession not in PROFESSIONS:
                close = difflib.get_close_matches(profession, PROFESSIONS, n=1)
                hint = f" Did you mean {close[0]}?" if close else ""
                check.problem(
                    key_node,
                    f"regulators: unknown profession {key!r}.{hint} Allowed: {', '.join(PROFESSIONS)}",
                )
                continue
            where = f"regulators: {key}"
            parts = {}
            for k_node, k, v in check.mapping(where, value, "name: College of ..."):
                if k in ("name", "register"):
                    parts[k] = v
                else:
                    check.problem(k_node, f"{where}: unknown setting {k!r} (use name and register)")
            if not isinstance(value, MappingNode):
                continue
            name = check.text(f"{where}: name", parts["name"], "College of ...") if "name" in parts else None
            register = check.url(f"{where}: register", parts["register"]) if "register" in parts else ""
            if not name:
                check.problem(key_node, f"{where} needs a name, like `name: College of ...`")
                continue
            found[profession] = Regulator(name=name, register=register or "")
        return found

    def origins(node: Node) -> List[str]:
        found = [check.origin(n, v) for n, v in check.lines("allowed_origins", node)]
        return list(dict.fromkeys(o for o in found if o))

    return {
        "name": lambda n: check.text("name", n, "Maple Grove Physio"),
        "phone": lambda n: check.phone("phone", n),
        "booking_url": lambda n: check.url("booking_url", n),
        "booking_urls": booking_urls,
        "address": lambda n: check.text("address", n, "100 Example Avenue, Springfield"),
        "region": lambda n: check.text("region", n, "British Columbia, Canada"),
        "regulators": regulators,
        "hours": lambda n: [text for _, text in check.lines("hours", n)],
        "modalities": modalities,
        "emergency_number": lambda n: check.phone("emergency_number", n),
        "crisis_line": lambda n: check.phone("crisis_line", n),
        "allowed_origins": origins,
        "retention_days": lambda n: check.days("retention_days", n),
        "privacy_url": lambda n: check.url("privacy_url", n),
        "answers": lambda n: _answers(check, n),
        "timezone": lambda n: check.timezone("timezone", n),
        "default_language": lambda n: check.language("default_language", n),
        "name_fr": lambda n: check.text("name_fr", n, "Physio Érablière"),
        "hours_fr": lambda n: [text for _, text in check.lines("hours_fr", n)],
        "answers_fr": lambda n: _answers(check, n, "answers_fr"),
    }


def _yaml_problem(where: str, exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    at = f"{where} line {mark.line + 1}" if mark else where
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    hint = ""
    if "mapping values are not allowed" in problem:
        hint = " If a value contains ': ', put the whole value in double quotes."
    elif "\\t" in problem or "\t" in problem:
        hint = " Indent with spaces, not tabs."
    elif "expected <block end>" in problem or "could not find expected ':'" in problem:
        hint = " Check the indentation and quotes on this line and the one before."
    return f"{at}: not valid YAML ({problem}).{hint}"


def _line_number(problem: str) -> int:
    found = re.search(r" line (\d+): ", problem)
    return int(found.group(1)) if found else 0


def read_clinic(path: Path) -> Clinic:
    """Read and check one clinic file, uncached. Raises ClinicConfigError naming every
    problem with its line (NeedleGuideError, so the CLI prints it without a traceback)."""
    path = Path(path)
    where = _display(path)
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except FileNotFoundError:
        raise ClinicConfigError([f"{where}: clinic file not found"]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ClinicConfigError([f"{where}: can't be read ({exc.__class__.__name__})"]) from None
    except yaml.YAMLError as exc:
        raise ClinicConfigError([_yaml_problem(where, exc)]) from None
    check = _Checker(where)
    if root is not None and not isinstance(root, MappingNode):
        check.problem(root, "expected one `setting: value` per line, like `name: Maple Grove Physio`")
        raise ClinicConfigError(check.problems)
    readers = _fields(check)
    data: Dict[str, object] = {}
    lines: Dict[str, Node] = {}  # setting -> its key node
    flagged = set()  # settings with a problem already named
    for key_node, key, value in check.mapping("", root, "") if root is not None else []:
        lines[key] = key_node
        if isinstance(value, ScalarNode) and value.tag == _NULL and key in readers:
            continue  # `hours:` left blank: the default applies (or "empty" below if required)
        if key not in readers:
            check.problem(
                key_node, f"unknown setting {key!r}.{_suggest(key)} Allowed: {', '.join(_SETTINGS)}"
            )
            continue
        before = len(check.problems)
        parsed = readers[key](value)
        if len(check.problems) > before:
            flagged.add(key)
        if parsed is not None:
            data[key] = parsed
    missing = [key for key in REQUIRED if not data.get(key) and key not in lines]
    if missing:
        check.problems.insert(
            0, f"{where}: missing {', '.join(missing)} (every clinic needs {', '.join(REQUIRED)})"
        )
    for key in REQUIRED:
        if not data.get(key) and key in lines and key not in flagged:
            check.problem(lines[key], f"{key} is empty, and every clinic needs one")
    if check.problems:  # in file order; a missing setting (no line) first
        raise ClinicConfigError(sorted(check.problems, key=_line_number))
    return Clinic(**data)


def check_clinic(path: Optional[Path] = None) -> Clinic:
    """The build's check: the clinic file (NEEDLE_CLINIC, else the project's own), read
    fresh; raises ClinicConfigError with one line per problem."""
    return read_clinic(_path(path))


# ---------------------------------------------------------------- hot reload


class _Version(NamedTuple):
    signature: Optional[Tuple[int, int, int]]  # (mtime_ns, size, inode); None: no file
    good: Optional[Clinic]  # the last good version of this path, if there ever was one
    error: Optional[ClinicConfigError]  # what is wrong with the current version, if anything


_versions: Dict[str, _Version] = {}
_lock = threading.Lock()


def _path(path: Optional[Path]) -> Path:
    return Path(path or settings.clinic_file())


def _signature(path: Path) -> Optional[Tuple[int, int, int]]:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size, stat.st_ino


def load_clinic(path: Optional[Path] = None) -> Clinic:
    """clinic.yml (path from NEEDLE_CLINIC, else the project's own), read and checked once
    per version of the file: actions call this on every message, and an edit takes effect
    without a restart. A broken edit (or a deleted file) keeps the last good version and is
    logged once; only a file that was never good raises NeedleGuideError."""
    path = _path(path)
    key = str(path)
    signature = _signature(path)
    with _lock:
        seen = _versions.get(key)
        if seen is not None and seen.signature == signature:
            if seen.good is not None:
                return seen.good
            raise ClinicConfigError(seen.error.problems)  # a fresh one: tracebacks don't pile up
        good = seen.good if seen is not None else None
        try:
            clinic = read_clinic(path)
        except ClinicConfigError as exc:
            _versions[key] = _Version(signature, good, exc)
            if good is None:
                log.error(
                    "%s\n%s has no good version yet: fix it so the assistant can start.", exc, _display(path)
                )
                raise
            log.error(
                "%s\nThe assistant keeps the last good version of %s until this is fixed.",
                exc,
                _display(path),
            )
            return good
        if seen is not None and seen.error is not None:
            log.warning("%s is fixed: the assistant now uses the new version.", _display(path))
        _versions[key] = _Version(signature, clinic, None)
        return clinic


def allowed_origins(clinic: Clinic, env: Optional[Dict[str, str]] = None) -> List[str]:
    """The websites allowed to embed the widget: clinic.yml's `allowed_origins` plus the
    ones in NEEDLE_EXTRA_ORIGINS (comma- or space-separated; tests add their page's port)."""
    extra = (env if env is not None else os.environ).get("NEEDLE_EXTRA_ORIGINS", "")
    origins = list(clinic.allowed_origins)
    for origin in extra.replace(",", " ").split():
        origin = origin.rstrip("/")
        if origin not in origins:
            origins.append(origin)
    return origins
