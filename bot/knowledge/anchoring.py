"""Is the question really answered by the entry chosen for it? A guard for subjects no one listed.

knowledge/not_covered.yml and the unknown-health-word guard decline the subjects someone
thought of. New patients keep raising others, a long tail no list keeps up with: a thing to
buy ("quelle souris ergonomique acheter ?", "could you suggest a lumbar cushion?"), a plan by
its name ("does the teamsters health plan cover it?"). The classifier still finds the nearest
topic, and the nearest entry reads as an answer when it is not one.

So, once an entry is chosen as the nearest one (route.py's kb_general, kb_specific,
personal_advice), the thing the question sentence asks about is checked against every word
the assistant knows how to talk about: the knowledge base's own text (questions and answers in
both languages, keywords, curated terms, conditions, synonyms), the body and diagnosis words,
and the words of the in-scope training examples. The thing is read by the question's shape
(asked_heads, plan_names), never from every word: a head noun none of them uses, nor a slip of
one ("nieghbour"), names a subject the documents never mention, and the message is declined as
not covered, with who can help.

Why the shape and not every word: real answerable questions are full of words no entry uses
("a bruise the size of a loonie", "deadlift day murdered my traps"). Measured on the spent
sets (decisions of `python -m bench.spent_sets --json`, rules above only): any unknown word in
the question sentence would have declined 6 missed subjects and 163 answerable questions; two
unknown words 2 and 22; an unknown head of what "help with" asks about: 0 and 3 (cravings, hot
flashes), and checked against the chosen entry's own words, 0-1 and 18-26. The shape of advice
on a thing to buy and a plan's name: 3 and 0 (a word of the training examples known from one
use, MIN_EXAMPLE_COUNT; from 3 uses, or the knowledge base's words alone, one more subject and
one or two answerable questions more were declined). "wear" as an asking word: 4 and 0, but
it declined the gloves of a needle-hygiene question
(tests/unit/.../test_route_entry_choice_safety.py).

Speed: the vocabulary is built once per store (cached); a message costs one tokenisation of
its question sentence and a few set look-ups.
"""

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import FrozenSet, List, Optional, Tuple

import yaml

from bot import PROJECT_ROOT
from bot.knowledge import KNOWLEDGE_DIR, typos
from bot.knowledge.subjects import Subject
from bot.nlu.language import fold

# The subject of a decline by this guard: no list names it, so the reply says what it knows.
UNANCHORED = Subject(
    id="unanchored",
    about="what you asked: the clinic's documents don't cover it",
    ask="doctor_pharmacist_or_clinic",
)
# The rules whose answer is an entry chosen as the nearest one (route.py); the guard checks them.
GUARDED_RULES = frozenset({"kb_general", "kb_specific", "personal_advice"})
# A follow-up kept on the last answer's topic is checked for a plan's name only (route.py's followup).
PLAN_GUARDED_RULES = frozenset({"followup"})
# Shorter words are mostly function words, abbreviations or units ("lol", "hrs", "kg").
MIN_WORD_LENGTH = 4
# A word of the training examples counts as a patient's everyday word about needling when this
# many examples use it; one example's word is often a subject a tuner declined or answered once.
MIN_EXAMPLE_COUNT = 1

NLU_DIR = PROJECT_ROOT / "data" / "nlu"
BODY_WORDS_FILE = KNOWLEDGE_DIR / "body_words.yml"
# Training examples of these intents are not about needling: their words teach nothing.
_NOT_IN_SCOPE = {"out_of_scope", "nlu_fallback", "emergency"}
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")

# Function and everyday words the knowledge base need not use (English and French, folded).
_EVERYDAY = frozenset(
    """
    weekly monthly yearly nightly hourly
    about above actually after again against almost along already also although always among
    anyone anything anyway anywhere around asking aswell away back because been before being
    below besides better between both bring came cannot cant could dont didnt does doesnt doing done
    down during each either else enough even ever every everything exactly extra fine first from
    further getting give given goes going gonna gotta guess have having help helps hello here hers
    herself himself honestly hopefully however idea into isnt itself just keep kind know know
    least less like likely little long look lots made make many maybe mean might mine more most
    much must myself need never next none nope nothing often okay once only onto other others
    otherwise ours ourselves over perhaps please pretty probably quite rather really right said
    same seem seems should since some someone something sometimes somewhere soon sorry still such
    sure take tell than thank thanks that thats their theirs them themselves then there these
    they thing things think this those though through thus till together tomorrow tonight
    too toward towards truly under unless until upon used using usually very want wanted wants
    wasnt well were what whatever when whenever where whether which while whom whose will wish
    with within without wonder wondering wont would wouldnt yeah year years your yours yourself
    today week weeks month months days hour hours minute minutes time times yesterday
    aussi autre autres avant avec avoir beaucoup besoin bien bonjour cela celle celui cest
    chez comme comment dans depuis donc elle elles encore entre est-ce etre fait faire faut
    juste leur leurs lorsque mais meme merci moins mois nous parce pendant peut peux plus
    pour pourquoi pourrait puis quand quel quelle quelles quels quelque quelques quoi sans
    semaine semaines sont sous suis tous tout toute toutes tres trop vers vous votre vraiment
    voudrais aimerais savoir veux jour jours heure heures annee annees
    """.split()
)


def _key(word: str) -> str:
    """A crude stem shared by a word's forms in both languages ("needles"/"needle",
    "douleurs"/"douleur", "compression"/"compressed" all keep their first six letters)."""
    word = word.replace("’", "'").split("'")[-1] if "'" in word or "’" in word else word
    return word[:6] if len(word) > 6 else word.rstrip("sx") or word


def _texts_of_store(store) -> List[str]:
    parts: List[str] = []
    for e in store.entries.values():
        parts += [e.question, e.answer, e.question_fr, e.answer_fr, *e.keywords, *e.terms, *e.conditions]
        parts.append(e.topic.replace("_", " "))
    for groups in store.synonyms.table.values():
        for canonical, phrases in groups.items():
            parts += [canonical.replace("_", " "), *phrases]
    return parts


def _texts_of_nlu(nlu_dir: Path = NLU_DIR) -> List[str]:
    parts: List[str] = []
    for f in sorted(Path(nlu_dir).rglob("*.yml")):
        for item in (yaml.safe_load(f.read_text(encoding="utf-8")) or {}).get("nlu", []) or []:
            if item.get("intent") and item["intent"] not in _NOT_IN_SCOPE:
                parts.append(str(item.get("examples", "")))
            elif item.get("synonym") or item.get("lookup"):
                parts.append(str(item.get("examples", "")))
    return parts


def _texts_of_body(path: Path = BODY_WORDS_FILE) -> List[str]:
    parts: List[str] = []

    def walk(node):
        if isinstance(node, dict):
            for k, v in node.items():
                parts.append(str(k).replace("_", " "))
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
        elif isinstance(node, str):
            parts.append(node)

    walk(yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {})
    return parts


def _stems(texts) -> FrozenSet[str]:
    return frozenset(_key(w) for text in texts for w in _WORD.findall(fold(text)))


def _static_stems() -> FrozenSet[str]:
    """The words of the training examples, the body words and the everyday words: read once, at
    import (about 0.2 s), so no message pays for them."""
    counts = Counter(_key(w) for text in _texts_of_nlu() for w in _WORD.findall(fold(text)))
    examples = frozenset(k for k, n in counts.items() if n >= MIN_EXAMPLE_COUNT)
    return examples | _stems(_texts_of_body()) | frozenset(_key(w) for w in _EVERYDAY)


_STATIC_STEMS = _static_stems()


@lru_cache(maxsize=4)
def _known(store_id: int, store) -> Tuple[FrozenSet[str], FrozenSet[str]]:
    """The stems the assistant knows, and their one-letter deletions (to forgive a slip)."""
    stems = _STATIC_STEMS | _stems(_texts_of_store(store))
    deletions = frozenset(d for s in stems if len(s) >= 4 for d in typos.deletions(s))
    return stems, deletions


def _is_known(w: str, stems, deletions) -> bool:
    """Is `w` a known stem, a slip of one (one letter off), a plural of one, or does it share a
    known word's first five letters? The one test both word readers below use."""
    k = _key(w)
    if k in stems or k in deletions:
        return True
    if len(k) >= 4 and any(d in stems or d in deletions for d in typos.deletions(k)):
        return True
    if w.rstrip("sx") in stems or w[:5] in stems:
        return True
    # an adjective in -y of a noun in -iness or -ing the entries use ("heavy" of "heaviness", "achy")
    if w in _KB_KIN_WORDS:
        return True
    return len(w) >= 5 and w.endswith("y") and any(s.startswith(w[:-1] + "i") for s in stems)


# Words for what an entry answers that the synonyms lack (knowledge/synonyms.yml is a training input):
# tobacco chewed, dipped or snuffed is the quitting-smoking entry's ("can acupuncture help me quit
# snuff?", "arrêter le tabac à chiquer")
_KB_KIN_WORDS = frozenset("tobacco chew chewing dip dipping snuff snus chique chiquer".split())


def unknown_words(text: str, store) -> List[str]:
    """The content words of `text` that nothing the assistant knows uses, nor a slip of one."""
    stems, deletions = _known(id(store), store)
    out: List[str] = []
    for w in _WORD.findall(fold(text or "")):
        w = w.replace("’", "'").split("'")[-1]
        if len(w) < MIN_WORD_LENGTH or w in _EVERYDAY:
            continue
        if not _is_known(w, stems, deletions):
            out.append(w)
    return out


# The thing a question asks for advice on: what to buy, which one is best, what someone would
# recommend ("can you recommend a decent compression sleeve?", "which pillow should I get?",
# "quelle souris ergonomique acheter?"). Not what the staff wear: "do they wear gloves, and is
# every needle new?" is needle hygiene, answered from safety. After the asking word, fillers, quality words and a
# measure ("a pair of", "une marque de") are skipped; the thing is the next words up to a
# preposition, a pronoun or a verb (at most SLOT_WORDS). Its head noun decides: the last word
# in English ("a compression sleeve"), the first in French ("une souris ergonomique").
SLOT_WORDS = 3
_ASKING_EN = frozenset("recommend recommended suggest buy purchase get which what any".split())
_ASKING_FR = re.compile(r"^(recommand\w*|conseill\w*|achet\w*|quel|quelle|quels|quelles)$")
_FILLER = frozenset(
    """a an the my our his her their your some any one of this that these those is are be kind
    good best better decent great nice cheap top right proper most really actually
    un une le la les des du de d l mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs
    cette ces cet ce est sont bon bonne bons bonnes meilleur meilleure meilleurs meilleures
    """.split()
)
_MEASURE = frozenset(
    "pair pairs kind kinds type types brand brands sort sorts make model set "
    "paire paires sorte sortes genre genres marque marques modele modeles type".split()
)
# Where the thing's name ends: prepositions, conjunctions, pronouns, verbs that follow it.
_STOP = frozenset(
    """for from and or with in on at by before after like when if to than as so but because about
    during while since until tho though me it them i you we they he she do does did is are was
    were be should would could can will shall may might must makes make made help helps work
    works use used need needs get buy would
    pour de du des a au aux et ou avec dans sur quand si que qui pendant depuis chez en par
    je tu il elle on nous vous ils elles est sont faut dois doit peut peux me te se faire
    acheter prendre utiliser choisir mettre porter
    """.split()
)


_ELISION = frozenset("c d j l m n qu s t jusqu lorsqu puisqu".split())


def _token(word: str) -> str:
    """ "l'acupuncture" -> "acupuncture" (a French elision), "you'd" -> "you" (an English one)."""
    head, _, tail = word.partition("'")
    return (tail.split("'")[-1] if head in _ELISION else head) if tail else word


# Where a sentence ends: the thing asked about never runs on into the next one ("What is
# acupuncture? My husband's family has never heard of it": acupuncture, not "husband").
_SENTENCE_END = re.compile(r"[.?!;:]+")


# "which is hilarious", "which was weird": "which" then a verb, then no article nor quality word, comments on
# what was told; it asks for no thing ("terrified of needles. which is hilarious because I push a needle
# through a balloon every show": session 24, tuner yc, wn-089). "which is the best pillow?" still asks.
_COMMENT_VERBS = frozenset("is was means meant made makes sounds sounded".split())


def _COMMENT_CLAUSE(tokens: List[str], i: int) -> bool:
    """Whether the "which" at `tokens[i]` opens a comment on what was told, not a question about a thing."""
    return (
        tokens[i] == "which"
        and i + 2 < len(tokens)
        and tokens[i + 1] in _COMMENT_VERBS
        and tokens[i + 2] not in _FILLER
        and tokens[i + 2] not in _MEASURE
    )


def asked_heads(text: str) -> List[str]:
    """The head nouns of the things the question sentence `text` asks advice on (see above)."""
    heads: List[str] = []
    for sentence in _SENTENCE_END.split(fold(text or "").replace("’", "'")):
        heads += _asked_heads_in(sentence)
    return heads


def _asked_heads_in(sentence: str) -> List[str]:
    tokens = [_token(w) for w in _WORD.findall(sentence)]
    heads: List[str] = []
    for i, tok in enumerate(tokens):
        english = tok in _ASKING_EN
        if not english and not _ASKING_FR.match(tok):
            continue
        if _COMMENT_CLAUSE(tokens, i):
            continue
        j = i + 1
        while j < len(tokens) and (tokens[j] in _FILLER or tokens[j] in _MEASURE):
            j += 1
        words = []
        while j < len(tokens) and len(words) < SLOT_WORDS and tokens[j] not in _STOP:
            words.append(tokens[j])
            j += 1
        if words:
            heads.append(words[-1] if english else words[0])
    return heads


# A plan or insurer named by a word the documents never use: "does the teamsters health plan
# cover it?", "la mutuelle Harmonie rembourse-t-elle ?". Only that plan can say what it pays
# (written rule 5), whatever entry on cover came nearest.
_PLAN_NAME_EN = re.compile(
    r"\b([a-z][\w-]*)\s+(?:health\s+|dental\s+|benefits?\s+|group\s+|medical\s+)?"
    r"(?:plan|insurance|insurer|policy|benefits|coverage)\b"
)
_PLAN_NAME_FR = re.compile(
    r"\b(?:assurance|regime|mutuelle|complementaire)(?:[- ]maladie)?(?:\s+(?:collective|privee|sante|de groupe))?"
    r"\s+(?:du\s+|de\s+la\s+|de\s+|des\s+|d')?"
    r"([\w-]+)"
)


# Words that say what kind of plan it is, never whose: "does private insurance cover it?" asks about
# insurance in general (written rule 5: the insurance entry), not about a plan by its name.
_PLAN_KIND = frozenset(
    """private workplace work employer employers employee employees group extended supplementary
    supplemental personal individual family company job dental health medical travel
    privee privees collective individuelle familiale""".split()
)


# After an answer on cover, a short follow-up naming a payer ("what about UHIP, I'm an international
# student", "and with Studentcare?", "et avec la Humania?") asks what that one pays: only the words
# right after its opening are read, and only for an entry on insurance (session 14, tuner tm).
_PLAN_FOLLOWUP = re.compile(
    r"^\W*(?:ok(?:ay)?,? |so |but |and )?(?:what|how) about (?:with |for |under |through )?(?:the |my |our )?([a-z][\w.-]*)|"
    r"^\W*(?:and|et|pis|puis|mais) (?:with|by|through|under|avec|par|chez) (?:the |my |our |la |le |l'|ma |mon )?([a-z][\w.-]*)|"
    r"^\W*(?:et|pis|puis) (?:pour |avec |chez )?(?:la |le |l'|ma |mon )?([a-z][\w.-]*)\s*\?"
)


def plan_names(text: str, topic: str = "") -> List[str]:
    """The words naming a plan or insurer in `text` (the word before "plan", after "mutuelle", or,
    for an entry on insurance (`topic`), the one a short follow-up asks about); a word for a kind of
    plan ("private", "workplace") names none."""
    folded = fold(text or "")
    names = [m.group(1) for rx in (_PLAN_NAME_EN, _PLAN_NAME_FR) for m in rx.finditer(folded)]
    if topic == "insurance":
        names += [g for m in _PLAN_FOLLOWUP.finditer(folded) for g in m.groups() if g]
    return [name for name in names if name not in _PLAN_KIND]


# A plan run by a union, a guild or a trade local ("does the SAG-AFTRA health plan pay for it?", "my
# union's benefits", "the writers guild plan", "le régime du syndicat"): a plan by whose it is, whatever
# its name, known word or not; only that plan can say what it pays (written rule 5), as for any plan
# named. Two acronyms joined ("SAG-AFTRA", "AFL-CIO") are a union's name.
_PLAN_WORD = r"(?:health\s+|dental\s+|benefits?\s+|group\s+|medical\s+|welfare\s+)?(?:plans?|insurance|benefits|coverage|polic(?:y|ies)|funds?)\b"
_UNION_PLAN = re.compile(
    r"\b(?:unions?|guilds?|teamsters|local\s+\d+|[a-z]+-[a-z]+(?=\s+(?:health|benefit|plan|insurance)))(?:'s)?\s+(?:\w+\s+)?"
    + _PLAN_WORD
    + r"|\b(?:plans?|insurance|benefits|coverage)\s+(?:through|from|with|via)\s+(?:my|our|the|his|her)\s+(?:\w+\s+)?(?:unions?|guilds?|local)\b"
    + r"|\b(?:assurance|regime|mutuelle)\s+(?:\w+\s+)?(?:du|de mon|de notre|de la)\s+(?:syndicat|guilde)\b"
)
_UNION_NAME = re.compile(r"\b[A-Z]{2,}-[A-Z]{2,}\b")
_UNION_WORD = re.compile(r"\b(unions?|guilds?|teamsters|local\s+\d+|syndicat|guilde)\b")


def union_plan(text: str) -> bool:
    """A plan of a union, a guild or a trade local asked about ("the SAG-AFTRA health plan", "my union plan")."""
    folded = fold(text or "")
    return bool(_UNION_PLAN.search(folded) and (_UNION_WORD.search(folded) or _UNION_NAME.search(text or "")))


@lru_cache(maxsize=1)
def _named_plan() -> Subject:
    from bot.knowledge.subjects import load_not_covered

    return next(r.subject for r in load_not_covered() if r.subject.id == "named_plan")


def plan_unanchored(text: str, store, topic: str = "") -> Optional[Subject]:
    """named_plan when `text` asks about a plan by a name no entry uses, else None."""
    if union_plan(text) or unknown_words(
        " ".join(plan_names(text, topic)).replace("-", " ").replace(".", " "), store
    ):
        return _named_plan()
    return None


def unanchored(text: str, store, rule: str = "", topic: str = "") -> Optional[Subject]:
    """The subject to decline the question sentence `text` with, when the thing it asks about
    is one no entry mentions: a plan by its name (named_plan), advice on a thing to buy or use
    (UNANCHORED), or, for an entry chosen by its topic alone (`rule` kb_general), what the
    question asks about by its shape (topic_heads); None when the chosen entry may well answer it."""
    plan = plan_unanchored(text, store, topic)  # "nouveau-brunswick"; "the SAG-AFTRA health plan"
    if plan is not None:
        return plan
    if unknown_words(" ".join(asked_heads(text)), store):
        return UNANCHORED
    if rule == "kb_general" and topic and topic_unanchored(text, store, topic):
        return UNANCHORED
    return None


# ---- what a topic-only answer is about (route.py's kb_general) ----------------------------
# An entry chosen by nothing but the classifier's topic (the general entry of that topic) is
# only an answer when what the question asks about is something the knowledge base talks about
# too. The head of what it asks about (topic_heads) is checked against the knowledge base's own
# words (entries in both languages, keywords, terms, conditions, synonyms, body words) and the
# training examples of the chosen topic only, not all examples: a word of another intent's
# examples ("milk", "nickel") is often one a tuner declined once. Words no question needs an
# entry for (asking, time, degree, judging) are GENERIC and never count.
# Measured on the spent sets (decisions of bench.spent_sets --json, kb_general): any content word
# of the question sentence off them would have declined 15 missed subjects and 187
# answerable questions; the words after a determiner 8 and 73; with at most one known content
# word beside it 10 and 47. The shapes below: 6 and 0 (whole run: 5300 -> 5306 of 5436).
GENERIC = frozenset(
    """
    able absolutely afternoon ago alright anybody anymore anyways appointment appt asap ask asked
    awful bad badly basically begin best big bit bunch busy call called can't care case
    certain chance come comes coming couple crazy currently day daily definitely different
    difficult doctor early easy else end ends enough everyone everybody evening exactly fact
    family far fast feel feeling feels felt find fine finish finished first friend friends full
    generally girl glad good great guy guys half happen happened happening happens hard heard
    hear high home hope huge important instead issue issues kinda late lately later least left
    let lol lot lots low main man matter means morning mum mom dad needed new nice night normal
    normally now odd okay old once open part past people person place plan planning point
    possible problem problems question questions quick quickly ready real reason recently
    remember rest right said saw say says second seen sense set several short show since
    situation small sort soon start started starting stay stop straight stuff super supposed
    thought thinking told tried try trying turn twice type understand usual wait waiting walk way
    ways went whole wife woman worried worry worse worth wrong yes yet young
    amazing awesome weird strange verdict deal story catch answer between
    diff
    aide aider aiderait aidera alors apres assez aucun avoir besoin bon bonne chose choses
    dernier derniere dire dit donne doute envie essaye essayer fois gens grand mal moment normal
    normale nouveau nouvelle parfois passe petit petite peu plusieurs possible premiere premier
    probleme question rendez-vous seance seances temps trucs truc vrai vraiment vais ok
    delire delires bazar craze madness nonsense
    """.split()
)


@lru_cache(maxsize=1)
def _texts_of_french() -> Tuple[str, ...]:
    """The entries' French questions and answers (the built store keeps the English only)."""
    from bot.knowledge.loader import load_knowledge

    return tuple(t for e in load_knowledge().entries.values() for t in (e.question_fr, e.answer_fr))


@lru_cache(maxsize=4)
def _kb_known(store_id: int, store) -> Tuple[FrozenSet[str], FrozenSet[str]]:
    stems = (
        _stems(_texts_of_store(store))
        | _stems(_texts_of_french())
        | _stems(_texts_of_body())
        | frozenset(_key(w) for w in _EVERYDAY | GENERIC)
    )
    deletions = frozenset(d for s in stems if len(s) >= 4 for d in typos.deletions(s))
    return stems, deletions


def off_kb_words(text: str, store, min_length: int = MIN_WORD_LENGTH) -> List[str]:
    """The content words of `text` the knowledge base's own words never use, nor a slip of one."""
    stems, deletions = _kb_known(id(store), store)
    out: List[str] = []
    words = [_token(w.replace("’", "'")) for w in _WORD.findall(fold(text or ""))]
    for w in (part for word in words for part in word.split("-")):
        if len(w) < min_length or w in _EVERYDAY or w in GENERIC:
            continue
        if not _is_known(w, stems, deletions):
            out.append(w)
    return out


@lru_cache(maxsize=1)
def _topic_examples() -> dict:
    """The stems of the training examples of each topic intent (ask_<topic>, English and French)."""
    out: dict = {}
    for f in sorted(Path(NLU_DIR).rglob("*.yml")):
        for item in (yaml.safe_load(f.read_text(encoding="utf-8")) or {}).get("nlu", []) or []:
            intent = item.get("intent") or ""
            if intent.startswith("ask_"):
                out.setdefault(intent[4:], set()).update(_stems([str(item.get("examples", ""))]))
    return {t: frozenset(v) for t, v in out.items()}


def off_topic_words(text: str, store, topic: str, min_length: int = 3) -> List[str]:
    """off_kb_words, less the words the topic's own training examples use."""
    known = _topic_examples().get(topic, frozenset())
    return [w for w in off_kb_words(text, store, min_length) if _key(w) not in known and w[:5] not in known]


# What a question sentence asks about, by its shape: the thing needling should help ("can
# acupuncture help my milk supply?", "l'acupuncture peut-elle aider la lactation ?"), the
# feeling it left ("felt totally loopy"), the thing one is allergic to ("allergic to
# nickle"), the thing asked what it is ("c'est quoi le meilleur forfait cellulaire ?"). Its
# head noun: the last word of the slot in English ("my milk supply"), the first in French
# ("la montée de lait"), the first after a feeling word ("loopy for a minute").
_HELPS = re.compile(
    r"^(help|helps|helping|helped|fix|fixes|boost|improve|aider|aide|aident|aiderait|soulager|ameliorer)$"
)
_FEELS = re.compile(r"^(felt|sentais|sentie?)$")  # a feeling told of a past session
_WHAT_IS = re.compile(
    r"\b(?:what is|what s|whats|what are|what(?=\s+(?:the|a|an)\s)|est quoi|qu est ce que c est|qu est ce qu un|qu est ce qu une)\s+(.+)"
)
_ALLERGIC = re.compile(
    r"\b(?:allergic|alergic|allergy|allergies|allergique|allergiques)\s+(?:to|a|au|aux)\s+(.+)"
)
# "would a heated rice bag on my shoulders do the same thing as acupuncture?": the thing compared
_SAME_AS = re.compile(
    r"\b(?:would|could|does|do|is|can|will|est(?:\s+que)?)\s+(.+?)\s+"
    r"(?:do|does|work|works|be|ferait|fait|marcherait|marche|serait)\s+(?:just\s+|tout\s+)?"
    r"(?:the\s+same|as\s+good|as\s+well|la\s+meme\s+chose|pareil|aussi\s+bien)"
)
_DEGREE = frozenset(
    "so totally really kinda kind sort of a bit super very pretty quite little tres un peu vraiment tout toute tous toutes".split()
)
_SLOT_SKIP = _FILLER | frozenset("with me my for to a an the some".split())
_SLOT_STOP = _STOP | frozenset("between like comme or ou lol haha lmao mdr".split())


def _slot(tokens: List[str], skip=_SLOT_SKIP) -> List[str]:
    j = 0
    while j < len(tokens) and tokens[j] in skip:
        j += 1
    words: List[str] = []
    while (
        j < len(tokens) and len(words) < SLOT_WORDS and tokens[j] not in _SLOT_STOP and tokens[j] not in skip
    ):
        words.append(tokens[j])
        j += 1
    return words


def topic_heads(text: str) -> List[str]:
    """The head words of what the question sentence `text` asks about, by its shape (above)."""
    # "aide-t-elle": the verb; its pronoun after the hyphen is no part of the thing asked about
    tokens = [_token(w).split("-")[0] for w in _WORD.findall(fold(text or "").replace("’", "'"))]
    french = bool(_FRENCH_WORDS.search(" ".join(tokens)))
    heads: List[str] = []
    for i, tok in enumerate(tokens):
        if _HELPS.match(tok):
            words = _slot(tokens[i + 1 :])
            if words:
                heads.append(words[0] if french else words[-1])
        elif _FEELS.match(tok):
            words = _slot(tokens[i + 1 :], _DEGREE | frozenset(("me", "m")))
            if words:
                heads.append(words[0])
    # per sentence: "what is IMS?? physio brought it up" asks what IMS is, not what "ims physio
    # brought" is
    for sentence in _SENTENCE_END.split(fold(text or "").replace("’", "'")):
        joined = " ".join(_token(w).split("-")[0] for w in _WORD.findall(sentence))
        for rx in (_WHAT_IS, _ALLERGIC, _SAME_AS):
            m = rx.search(joined)
            if m:
                words = _slot(m.group(1).split())
                if words:
                    heads.append(words[0] if french or rx is _ALLERGIC else words[-1])
    return heads


_FRENCH_WORDS = re.compile(r"\b(le|la|les|une|des|est|je|mon|ma|mes|pour|avec|que|qui|du|au|peut|quoi)\b")


def topic_unanchored(text: str, store, topic: str) -> bool:
    """Whether what `text` asks about, by its shape, is a word neither the knowledge base nor
    the examples of the chosen topic ever use (route.py's kb_general)."""
    return bool(off_topic_words(" ".join(topic_heads(text)), store, topic))
