"""Build the project's own spaCy pipeline, which Rasa's SpacyNLP loads from disk.

No pretrained spaCy model can be downloaded here, so the pipeline is built from parts:
- a tokenizer that reads each message as English or French (bot/nlu/language.py `guess`):
  French needs its own rules ("l'acupuncture" is two words, "qu'est-ce" three), and an
  English message keeps exactly the tokens it had before French was added;
- lookup lemmas from spacy-lookups-data: English by spaCy's lemmatizer, then, for a French
  message, French lemmas looked up without accents and returned without accents, so
  "séances", "seances" and "séance" are one word to the classifier. A few lookups are
  wrong for this domain and are corrected in FRENCH_QUIRKS ("aiguilles" is not the verb
  "aiguiller");
- an entity ruler whose patterns come from knowledge/synonyms.yml, each also without
  accents. Patterns must be added after nlp.initialize(): the ruler is reset by it.

One pipeline serves both languages: one model, one server, one classifier (README).
"""
import json
import re
import shutil
from pathlib import Path
from types import SimpleNamespace
from typing import Dict

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from bot import PROJECT_ROOT
from bot.knowledge.synonyms import SYNONYM_SECTIONS, Synonyms
from bot.nlu.language import DEFAULT_LANGUAGE, fold, lean

DEFAULT_PATH = PROJECT_ROOT / "build" / "spacy_needle"
TABLE_CACHE = PROJECT_ROOT / "build" / "fr_lemmas.json"
LANG_KEY = "needle_lang"
SURE_KEY = "needle_lang_sure"  # False when nothing in the text pointed to either language
ELISION = re.compile(r"^((?:qu|jusqu|lorsqu|puisqu|[cdjlmnst])['\u2019])([^\W\d_][\w'\u2019-]*)$", re.IGNORECASE)

# Lookups that are wrong for what patients write here (keys and values without accents).
FRENCH_QUIRKS = {
    "aiguilles": "aiguille",   # not the verb "aiguiller" (to switch tracks)
    "epaule": "epaule", "epaules": "epaule",  # not the verb "épauler"
    "seche": "sec", "seches": "sec", "secs": "sec",  # "puncture sèche": the adjective
    "fait": "faire", "fais": "faire",  # "ça fait mal": the verb, not the noun "fait"
    "dure": "durer", "durent": "durer",  # "ça dure combien": the verb, not "dur"
    "est": "etre", "suis": "etre", "es": "etre",  # not "the east", not "suivre"
    "as": "avoir",  # "tu as mal": not the ace
    "pique": "piquer", "piques": "piquer",  # "ça pique": the verb
    "cou": "cou", "dos": "dos", "mal": "mal", "maux": "mal",
}


def french_lemma_table() -> Dict[str, str]:
    """spacy-lookups-data's French lemma table, keys and values without accents. Where two
    spellings fold to one key ("pique", "piqué"), the unaccented word's own lemma wins; then
    FRENCH_QUIRKS. Saved in the pipeline, and kept in build/ between builds (folding 216,000
    words takes about 3 s): rebuilt only when the lookups or the quirks change."""
    import hashlib
    import spacy_lookups_data
    from srsly import read_gzip_json  # spaCy's serialisation library, installed with it
    source_path = Path(spacy_lookups_data.__file__).parent / "data" / "fr_lemma_lookup.json.gz"
    key = hashlib.sha256(source_path.read_bytes() + json.dumps(FRENCH_QUIRKS, sort_keys=True).encode()
                         + fold("Épaule-Sèche").encode()).hexdigest()[:16]
    cached = TABLE_CACHE.with_name(f"{TABLE_CACHE.stem}-{key}.json")
    if cached.exists():
        return json.loads(cached.read_text(encoding="utf-8"))
    source = read_gzip_json(source_path)
    folded: Dict[str, str] = {}
    for word, lemma in source.items():
        if isinstance(lemma, list):  # a few words list several lemmas: take the first
            lemma = lemma[0] if lemma else word
        f = fold(word)
        if f not in folded or f == word:
            folded[f] = fold(lemma)
    folded.update(FRENCH_QUIRKS)
    table = {k: v for k, v in folded.items() if k != v}  # a word that is its own lemma needs no entry
    cached.parent.mkdir(parents=True, exist_ok=True)
    for old in cached.parent.glob(f"{TABLE_CACHE.stem}-*.json"):
        old.unlink()
    cached.write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
    return table


class BilingualTokenizer:
    """spaCy's English tokenizer, which also splits French elisions ("l'acupuncture" ->
    "l'" "acupuncture", "qu'est" -> "qu'" "est") in a text read as French. spaCy's own French
    tokenizer was not used: importing it takes about 5 s of CPU (its exception list), at every
    start of the server, for the same tokens on what patients type. The language read is kept
    on the Doc for the lemmatizer (doc.user_data[LANG_KEY])."""

    def __init__(self, vocab):
        from spacy.lang.en import English
        from spacy.language import create_tokenizer
        self.vocab = vocab
        self.en = create_tokenizer()(SimpleNamespace(vocab=vocab, Defaults=English.Defaults))

    def __call__(self, text: str) -> Doc:
        leaning = lean(text)
        lang = leaning or DEFAULT_LANGUAGE
        doc = self.en(text)
        if lang == "fr" and ("'" in text or "\u2019" in text):
            doc = self._split_elisions(doc)
        doc.user_data[LANG_KEY] = lang
        doc.user_data[SURE_KEY] = leaning is not None
        return doc

    def _split_elisions(self, doc: Doc) -> Doc:
        words, spaces, changed = [], [], False
        for token in doc:
            match = ELISION.match(token.text)
            if match:
                words += [match.group(1), match.group(2)]
                spaces += [False, bool(token.whitespace_)]
                changed = True
            else:
                words.append(token.text)
                spaces.append(bool(token.whitespace_))
        return Doc(self.vocab, words=words, spaces=spaces) if changed else doc

    def pipe(self, texts, batch_size=1000):
        for text in texts:
            yield self(text)

    # The rules live in spaCy's code, so there is nothing to save or load.
    def to_disk(self, path, **kwargs):
        Path(path).write_text("needle bilingual tokenizer (rules from spaCy's en and fr)\n", encoding="utf-8")

    def from_disk(self, path, **kwargs):
        return self

    def to_bytes(self, **kwargs):
        return b""

    def from_bytes(self, data, **kwargs):
        return self


@spacy.registry.tokenizers("needle_bilingual_tokenizer.v1")
def create_bilingual_tokenizer():
    def make(nlp):
        return BilingualTokenizer(nlp.vocab)
    return make


@Language.factory("needle_french_lemmas")
def create_french_lemmas(nlp, name):
    return FrenchLemmas()


class FrenchLemmas:
    """Sets French lemmas (without accents) on a text the tokenizer read as French."""

    FILE = "fr_lemmas.json"

    def __init__(self, table: Dict[str, str] = None):
        self.table = table or {}

    def initialize(self, get_examples=None, nlp=None):
        self.table = french_lemma_table()

    def __call__(self, doc: Doc) -> Doc:
        if doc.user_data.get(LANG_KEY) == "fr":
            table = self.table
            for token in doc:
                f = fold(token.text)
                token.lemma_ = table.get(f, f)
        return doc

    def lemma(self, word: str) -> str:
        f = fold(word)
        return self.table.get(f, f)

    def to_disk(self, path, exclude=tuple()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / self.FILE).write_text(json.dumps(self.table, ensure_ascii=False), encoding="utf-8")

    def from_disk(self, path, exclude=tuple()):
        self.table = json.loads((Path(path) / self.FILE).read_text(encoding="utf-8"))
        return self


def ruler_patterns(synonyms: Synonyms):
    patterns = []
    for kind in SYNONYM_SECTIONS:
        for canonical, phrase in synonyms.phrases(kind):
            for form in dict.fromkeys([phrase.lower(), fold(phrase)]):
                patterns.append({"label": kind, "pattern": form, "id": canonical})
    return patterns


def make_nlp():
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "needle_bilingual_tokenizer.v1"}}})
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.add_pipe("needle_french_lemmas")
    return nlp


def build_pipeline(synonyms: Synonyms, path: Path = DEFAULT_PATH) -> Path:
    nlp = make_nlp()
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True})
    nlp.initialize()
    ruler.add_patterns(ruler_patterns(synonyms))
    nlp.meta["name"] = "needle_guide"
    nlp.meta["description"] = ("Needle Guide: English/French tokenizer and lookup lemmas, "
                               "modality/condition entity ruler")
    path = Path(path)
    if path.exists():
        shutil.rmtree(path)
    nlp.to_disk(path)
    (path / "patterns.count").write_text(json.dumps(len(ruler.patterns)))
    return path
