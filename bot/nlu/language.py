"""English or French: which language a message is clearly written in, and which language a
conversation speaks.

No detector is reliable on one- or two-word messages ("ok", "IMS", "merci"), so those never
decide: the conversation keeps its language. Longer messages are decided by their function
words (cheap, and right on almost every chat message), and only when those disagree or are
missing by lingua's English/French detector in low-accuracy mode (about 15 microseconds a
message; it ships its models, so it works offline). Treatment names are the same in both
languages ("acupuncture", "IMS", and patients in Quebec say "le dry needling"), so they are
taken out before deciding.

A message in a third language (Spanish, German...) is never "clearly French": restricted to
two languages, a detector would call most Spanish French, so a few function words of those
languages veto a switch, and bot/nlu/safety.py answers such messages as another language.
"""

import re
import unicodedata
from functools import lru_cache
from typing import Any, Iterable, Optional

LANGUAGES = ("en", "fr")
DEFAULT_LANGUAGE = "en"
MIN_WORDS = 3  # fewer words than this never switch a conversation
CLEAR_CONFIDENCE = 0.9  # lingua's confidence needed when the function words do not decide

# Words that only mean something in one of the two languages (accents folded).
FRENCH_WORDS = frozenset(
    """le les des est une pour avec comment combien je suis ca ce cette ces qui dans pas
mal du au aux et ou mon ma mes ton ta tes vous tu nous il elle ils elles c j l d qu n quoi quel quelle
quels quelles pourquoi quand faut fait faire peut peux puis dois doit sont etre avoir ai avez avons sera
aussi tres plus moins bien merci bonjour salut oui non seance seances aiguille aiguilles douleur douleurs
bonsoir allo coucou mais donc sur sous chez leur leurs votre vos notre nos sans entre apres avant depuis encore deja
rendez coute rembourse remboursement dos cou genou epaule tete jambe hanche
seche seches couvre couvrent couvert couverte soulager soulage aide aident vraiment""".split()
)
ENGLISH_WORDS = frozenset(
    """the an is are was be do does did it i you my to of and or for with in on what how
why when who which can could should will would this that have has not no yes after before about any there
they hurt safe much many session sessions needle needles pain back neck knee shoulder
please thanks thank hello hi hey bye goodbye get feel does work book appointment cost insurance""".split()
)
# Function words of other Latin-script languages that French does not share (accents folded).
OTHER_WORDS = (
    frozenset(
        """el los las es por para con como duele cuanto cuesta puedo una muy pero tengo estoy
esta eso hace dolor acupuntura agujas sesion cuantas
der die das ist ein eine und nicht wie ich mit fur tut weh kann mein meine
os um uma nao dói doi quanto eu voce tenho dor
il lo gli che di per non come fa sono ho""".split()
    )
    - FRENCH_WORDS
    - ENGLISH_WORDS
)
# Shared words that, with the words above, make a message read as Spanish, Italian...
SHARED_OTHER = frozenset("la de que un".split())

# Treatment names read the same in both languages: they say nothing about the language.
NEUTRAL = re.compile(
    r"\b(?:dry[- ]?needling|dry needles?|ims|acupuncture|acupuncteurs?|acupuncturists?|"
    r"gunn|tcm|physio)\b"
)
_WORD = re.compile(r"[^\W\d_]+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def fold(text: str) -> str:
    """Lower case, straight apostrophes and no accents: "Séance" -> "seance". Patients type
    French with or without accents, and lemmas and synonyms are looked up in this form."""
    text = (text or "").translate(_APOSTROPHES).lower()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list:
    return _WORD.findall(fold(text))


def normalise_language(value: Any) -> Optional[str]:
    """ "fr", "FR", "fr-CA", "French"/"français" -> "fr"; anything else not English or French -> None."""
    text = fold(str(value or "")).strip()
    if not text:
        return None
    head = re.split(r"[-_ ]", text)[0]
    if head in ("fr", "fra", "fre", "french", "francais"):
        return "fr"
    if head in ("en", "eng", "english", "anglais"):
        return "en"
    return None


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    return (
        LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.FRENCH)
        .with_low_accuracy_mode()
        .build()
    )


def warm_up() -> None:
    """Load the detector's models now (about 70 ms), not on a patient's first message."""
    _by_detector("warm up")


def _counts(tokens: Iterable[str]):
    fr = en = other = shared = 0
    for w in tokens:
        fr += w in FRENCH_WORDS
        en += w in ENGLISH_WORDS
        other += w in OTHER_WORDS
        shared += w in SHARED_OTHER
    return fr, en, other, shared


# The same message is read by several components (InputCleaner, the tokenizer, SafetyOverride)
# and helpers (hint and lean call detect again): a small cache of recent texts reads it once.
# Both functions depend on the text alone.
@lru_cache(maxsize=256)
def third_language(text: str) -> bool:
    """Does the message read as Spanish, German, Portuguese or Italian rather than English or
    French? (Three words or more, at least two of that language's, more than of either.)"""
    tokens = words(text)
    if len(tokens) < MIN_WORDS:
        return False
    fr, en, other, shared = _counts(tokens)
    return other >= 1 and other + shared >= 2 and other > fr and other + shared > en


def _by_detector(text: str) -> Optional[str]:
    try:
        values = _detector().compute_language_confidence_values(text)
    except Exception:  # noqa: BLE001 - a detector failure must never stop an answer
        return None
    if not values or values[0].value < CLEAR_CONFIDENCE:
        return None
    return "fr" if values[0].language.name == "FRENCH" else "en"


@lru_cache(maxsize=256)
def detect(text: str) -> Optional[str]:
    """ "fr" or "en" when the message is clearly in that language, else None (too short,
    mixed, only treatment names, or another language)."""
    folded = fold(text)
    tokens = _WORD.findall(folded)
    if len(tokens) < MIN_WORDS or third_language(text):
        return None
    rest = NEUTRAL.sub(" ", folded)
    tokens = _WORD.findall(rest)
    if not tokens:
        return None
    fr, en, _, _ = _counts(tokens)
    if fr >= 2 and fr >= 2 * en + 1:
        return "fr"
    if en >= 2 and en >= 2 * fr + 1:
        return "en"
    if len(tokens) < 2:
        return None
    return _by_detector(rest)


def hint(text: str) -> Optional[str]:
    """A weaker reading, for a conversation that has no language yet: a clear message, else
    the language of its function words and greetings ("bonjour", "salut!", "thanks"), else
    None. Never used to switch a conversation that already has a language."""
    clear = detect(text)
    if clear or third_language(text):
        return clear
    fr, en, _, _ = _counts(_WORD.findall(NEUTRAL.sub(" ", fold(text))))
    if fr != en:
        return "fr" if fr > en else "en"
    return None


def lean(text: str) -> Optional[str]:
    """The language a text's own words point to, however short ("genou?" -> fr), or None when
    nothing does ("IMS?", "ok")."""
    tokens = _WORD.findall(NEUTRAL.sub(" ", fold(text)))
    fr, en, _, _ = _counts(tokens)
    if fr != en:
        return "fr" if fr > en else "en"
    return detect(text)


def guess(text: str) -> str:
    """The more likely of the two languages, always an answer: what the NLU pipeline uses to
    pick a tokenizer and lemmas (English when nothing points to French)."""
    return lean(text) or DEFAULT_LANGUAGE


def conversation_language(
    metadata_lang: Any,
    detected: Optional[str],
    current: Optional[str],
    default: str = DEFAULT_LANGUAGE,
    first_hint: Optional[str] = None,
) -> str:
    """The language to answer in: the channel's explicit choice (widget toggle, SMS keyword,
    Telegram's language) wins; else a message clearly in the other language switches; else
    the conversation keeps its language; else, for a conversation without one yet, the
    weaker hint of its message ("bonjour"); else the clinic's default."""
    for value in (metadata_lang, detected, current, first_hint, default):
        lang = normalise_language(value)
        if lang:
            return lang
    return DEFAULT_LANGUAGE
