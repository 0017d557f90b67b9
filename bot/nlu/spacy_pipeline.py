"""Build the project's own spaCy pipeline, which Rasa's SpacyNLP loads from disk.

No pretrained spaCy model can be downloaded here, so the pipeline is a blank English
tokenizer with lookup lemmas (spacy-lookups-data) plus an entity ruler whose patterns
come from knowledge/synonyms.yml. Patterns must be added after nlp.initialize(): the
ruler is reset by initialisation.
"""
import json
import shutil
from pathlib import Path

import spacy

from bot import PROJECT_ROOT
from bot.knowledge.synonyms import KINDS, Synonyms

DEFAULT_PATH = PROJECT_ROOT / "build" / "spacy_en_needle"


def ruler_patterns(synonyms: Synonyms):
    patterns = []
    for kind in KINDS:
        for canonical, phrase in synonyms.phrases(kind):
            patterns.append({"label": kind, "pattern": phrase.lower(), "id": canonical})
    return patterns


def build_pipeline(synonyms: Synonyms, path: Path = DEFAULT_PATH) -> Path:
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True})
    nlp.initialize()
    ruler.add_patterns(ruler_patterns(synonyms))
    nlp.meta["name"] = "en_needle_guide"
    nlp.meta["description"] = "Needle Guide tokenizer, lookup lemmas and modality/condition entity ruler"
    path = Path(path)
    if path.exists():
        shutil.rmtree(path)
    nlp.to_disk(path)
    (path / "patterns.count").write_text(json.dumps(len(ruler.patterns)))
    return path
