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


@lru_cache(maxsize=4)
def _classes(path: Path = BODY_WORDS_FILE) -> Tuple[Pattern, List[Tuple[str, Pattern]]]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        parts = data["body_parts"]
        complaints: Dict[str, dict] = data["complaints"]
        body = _alternation(list(parts.get("en") or []) + list(parts.get("fr") or []))
        classes = [
            (condition, _alternation(list(words.get("en") or []) + list(words.get("fr") or [])))
            for condition, words in complaints.items()
        ]
    except (OSError, KeyError, TypeError, AttributeError, yaml.YAMLError) as exc:
        raise NeedleGuideError(f"{path.name}: needs body_parts (en, fr) and complaints: {exc}") from None
    return body, classes


def musculoskeletal_condition(text: str) -> Optional[str]:
    """The knowledge-base condition nearest to a body-part complaint in `text` ("my thumb is
    sore" -> myofascial_pain, "a torn calf" -> sports_injury), or None when the text names no
    body part, or no complaint about one."""
    norm = normalise(clean_text(text))
    body, classes = _classes()
    if not body.search(norm):
        return None
    return next((condition for condition, words in classes if words.search(norm)), None)
