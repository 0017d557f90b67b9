"""Musculoskeletal problems told in the patient's own words: a body part and a complaint.

"Is acupuncture any use for the ache under my kneecap?", "can needling help a guitarist's
sore thumb?": the documents' condition and evidence entries cover muscle, joint, tendon and
nerve pain broadly, so such a question is answered from the nearest entry even when no
diagnosis is named. The word classes are data (knowledge/body_words.yml, English and French);
each is one compiled alternation, so a message costs two regex searches, not one per word.
"""

import re
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional, Pattern, Tuple

import yaml

from bot.errors import NeedleGuideError
from bot.knowledge import KNOWLEDGE_DIR
from bot.nlu.safety import clean_text, normalise

BODY_WORDS_FILE = KNOWLEDGE_DIR / "body_words.yml"


def _alternation(words: List[str]) -> Pattern:
    ordered = sorted({w.strip().lower() for w in words if w and w.strip()}, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in ordered) + r")\b")


def _by_condition(section: Dict[str, dict]) -> List[Tuple[str, Pattern]]:
    return [
        (condition, _alternation(list(words.get("en") or []) + list(words.get("fr") or [])))
        for condition, words in (section or {}).items()
    ]


@lru_cache(maxsize=4)
def _classes(
    path: Path = BODY_WORDS_FILE,
) -> Tuple[Pattern, List[Tuple[str, Pattern]], List[Tuple[str, Pattern]]]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        parts = data["body_parts"]
        body = _alternation(list(parts.get("en") or []) + list(parts.get("fr") or []))
        classes = _by_condition(data["complaints"])
        diagnoses = _by_condition(data.get("diagnoses") or {})
    except (OSError, KeyError, TypeError, AttributeError, yaml.YAMLError) as exc:
        raise NeedleGuideError(f"{path.name}: needs body_parts (en, fr) and complaints: {exc}") from None
    return body, classes, diagnoses


def diagnosis_phrases(text: str) -> List[str]:
    """The named one-area diagnoses written in `text` ("slipped disc", "carpal tunnel")."""
    norm = normalise(clean_text(text))
    return [m.group(0) for _, words in _classes()[2] for m in words.finditer(norm)]


def named_diagnosis(text: str) -> Optional[str]:
    """The condition nearest to a named one-area musculoskeletal diagnosis in `text`
    ("carpal tunnel" -> nerve_pain, "gout in my big toe" -> knee_osteoarthritis, "TMJ" ->
    myofascial_pain), or None. Written rule 1: such a question is answered from the
    condition and evidence entries, in general."""
    norm = normalise(clean_text(text))
    return next((condition for condition, words in _classes()[2] if words.search(norm)), None)


def names_body_part(text: str) -> bool:
    """Does `text` name a body part ("legs", "épaule")?"""
    return _classes()[0].search(normalise(clean_text(text))) is not None


def musculoskeletal_condition(text: str) -> Optional[str]:
    """The knowledge-base condition nearest to a body-part complaint in `text` ("my thumb is
    sore" -> myofascial_pain, "a torn calf" -> sports_injury) or to a named one-area diagnosis
    ("carpal tunnel" -> nerve_pain), or None when the text names neither."""
    norm = normalise(clean_text(text))
    body, classes, diagnoses = _classes()
    named = next((condition for condition, words in diagnoses if words.search(norm)), None)
    if named or not body.search(norm):
        return named
    return next((condition for condition, words in classes if words.search(norm)), None)


_GENERIC_PARTS = frozenset(
    {
        "muscle",
        "muscles",
        "joint",
        "joints",
        "tendon",
        "tendons",
        "ligament",
        "ligaments",
        "articulation",
        "articulations",
    }
)


def needled_away_from_pain(text: str) -> bool:
    """ "She needled my butt for my knee pain", "put needles in my lower back but it's my leg that
    hurts", "il a piqué ma fesse alors que j'ai mal au genou": a needle put in one body part and
    the pain told in another (two different parts named, one right after a needle word, the
    other as the pain)."""
    norm = normalise(clean_text(text))
    body = _classes()[0]
    found = [(m.group(0), m.start()) for m in body.finditer(norm) if m.group(0) not in _GENERIC_PARTS]
    if len({p.rstrip("sx") for p, _ in found}) < 2:
        return False
    part = body.pattern
    return bool(
        re.search(_NEEDLING_WORD_BEFORE + r"(\w+ ){0,4}?" + part, norm)
        and re.search(_PAIN_THERE.replace("PART", part), norm)
    )


_NEEDLING_WORD_BEFORE = (
    r"\b(needl\w*|pins?|aiguilles?|piqu\w*|stuck|stick|sticks|sticking|put|puts|putting|placed|inserted|mis|met|mettre|"
    r"plant\w*)\b "
)
_PAIN_THERE = (
    r"\b(for|to treat|to fix|to help( with)?|because of|pour|contre|soigner|traiter) (my|her|his|the|a|mon|ma|mes|le|la|les|son|sa|ses) "
    r"(\w+ ){0,2}?PART|"
    r"\b(but|when|while|though|yet|mais|alors que|pourtant|sauf que)\b.{0,25}PART.{0,25}\b(hurt\w*|pain\w*|sore|ache\w*|"
    r"aching|problem|issue|mal|douleur\w*|douloureu\w*|bobo)\b|"
    r"\b(pain|hurt\w*|sore\w*|ache|aching|problem|issue|mal|douleur) (is )?(in|at|au|aux|a|dans) (my|the|mon|ma|mes|le|la|les|l')? ?PART"
)
