"""The guard for health words the knowledge base never mentions.

A patient asks "does acupuncture help tinnitus?". The five documents say nothing about
tinnitus, yet the nearest entry ("what is acupuncture used for?") would read as an answer.
knowledge/not_covered.yml lists the subjects we know patients raise; this guard catches the
rest: a word from knowledge/health_words.txt in the question, that no entry, keyword or
synonym uses, means the assistant has no information on it, and says so.
"""

import re
from functools import lru_cache
from pathlib import Path
from typing import FrozenSet, List, Optional, Tuple

from bot.knowledge import KNOWLEDGE_DIR

HEALTH_WORDS_FILE = KNOWLEDGE_DIR / "health_words.txt"
_WORD = re.compile(r"[a-z0-9']+")


@lru_cache(maxsize=2)
def _health_phrases(path: Path = HEALTH_WORDS_FILE) -> Tuple[Tuple[str, re.Pattern], ...]:
    phrases = [
        line.strip().lower()
        for line in Path(path).read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    return tuple(
        (p, re.compile(r"(?<![\w-])" + re.escape(p) + r"s?(?![\w-])")) for p in dict.fromkeys(phrases)
    )


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", (text or "").lower().replace("\u2019", "'"))


@lru_cache(maxsize=4)
def _kb_text(store_id: int, store) -> str:
    """Everything the knowledge base says, as one lower-case text (entries, keywords, terms,
    synonyms), to tell whether it ever uses a word."""
    parts: List[str] = []
    for e in store.entries.values():
        parts += [e.question, e.answer, *e.keywords, *e.terms, *e.conditions]
    for groups in store.synonyms.table.values():
        for canonical, phrases in groups.items():
            parts += [canonical.replace("_", " "), *phrases]
    return " " + _normal(" \n ".join(parts)) + " "


def kb_mentions(store, phrase: str) -> bool:
    text = _kb_text(id(store), store)
    return re.search(r"(?<![\w-])" + re.escape(phrase) + r"(s|es)?(?![\w-])", text) is not None


@lru_cache(maxsize=4)
def _unknown_phrases(store_id: int, store) -> FrozenSet[str]:
    return frozenset(p for p, _ in _health_phrases() if not kb_mentions(store, p))


# Disease names by their form, for the ones no list can keep up with ("interstitial
# cystitis", "endometriosis", "retinopathy", "une cystite"): an inflammation, a condition,
# a tumour or a disease of an organ. The musculoskeletal ones the condition entries cover
# (arthritis, tendinitis, bursitis, a tendinopathy...) are not diseases of this kind, and
# everyday words of the same shape are not diseases at all.
_DISEASE_FORM = re.compile(r"\b[a-zà-ÿ]{2,}(itis|osis|emia|aemia|pathy|pathies|omas?)\b")
# The French forms (une cystite, l'endométriose) only in a French message: in English, words
# of that shape are everyday words (website, purpose).
_DISEASE_FORM_FR = re.compile(r"\b[a-zà-ÿ]{3,}(ites?|ose)\b")
_FRENCH = re.compile(r"\b(le|la|les|une|des|est|je|j'|mon|ma|mes|pour|avec|c'est|que|qui|du|au)\b")
_NOT_A_DISEASE = frozenset(
    """arthritis osteoarthritis tendinitis tendonitis bursitis fasciitis fascitis epicondylitis
capsulitis synovitis tenosynovitis costochondritis myositis tendinosis spondylosis stenosis
tendinopathy tendinopathies radiculopathy radiculopathies myopathy neuritis radiculitis diagnosis diagnoses prognosis
hypnosis osmosis symbiosis sympathy empathy apathy telepathy homeopathy osteopathy naturopathy
hematoma haematoma hematomas haematomas diploma diplomas aroma aromas stoma coma comas soma
arthrite arthrites tendinite tendinites bursite capsulite epicondylite épicondylite fasciite
arthrose arthroses tendinose petite petites suite suites ensuite vite site sites limite limites
visite visites gratuite gratuites faite faites dite dites conduite poursuite réussite reussite
élite elite favorite maudite interdite écrite ecrite produite réduite reduite cuite fuite
subite subites quite white write site invite favourite opposite composite granite satellite
kite bite bites polite excite despite elite rite spite unite ignite appetite graphite termite
dose doses rose roses chose choses pose poses cause causes close hose nose prose those whose
expose suppose propose compose oppose impose purpose dispose glucose lactose fructose sucrose
overdose diagnose morose verbose grandiose comatose adipose""".split()
)


# ...also misspelt ("oestoarthritis", "tendonitus"): a root of theirs keeps the word out.
_MUSCULOSKELETAL_ROOT = re.compile(
    r"arthrit|tendin|tendon|bursit|fasci|capsul|synov|myosit|epicondyl|website"
)


def unknown_health_term(text: str, store) -> Optional[str]:
    """The first health word or phrase in `text` that the knowledge base never uses: one
    from knowledge/health_words.txt, or a disease name by its form (_DISEASE_FORM)."""
    norm = _normal(text)
    unknown = _unknown_phrases(id(store), store)
    for phrase, pattern in _health_phrases():
        # The substring test first: the pattern can only match where the phrase is (same result,
        # a fraction of the regex searches per message).
        if phrase in unknown and phrase in norm and pattern.search(norm):
            return phrase
    forms = [_DISEASE_FORM] + ([_DISEASE_FORM_FR] if _FRENCH.search(norm) else [])
    for match in (m for form in forms for m in form.finditer(norm)):
        word = match.group()
        if (
            word not in _NOT_A_DISEASE
            and not _MUSCULOSKELETAL_ROOT.search(word)
            and not kb_mentions(store, word)
        ):
            return word
    return None
