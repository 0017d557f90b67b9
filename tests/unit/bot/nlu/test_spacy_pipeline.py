"""The spaCy pipeline reads French (issue 17): French words split and lemmatised the way a
French patient means them, accents or not, and English exactly as before."""
from pathlib import Path

import pytest
import spacy

from bot.knowledge.synonyms import Synonyms
from bot.nlu.spacy_pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp(tmp_path_factory):
    table = {"modality": {"dry_needling": ["dry needling", "puncture sèche", "aiguilles sèches"]},
             "condition": {"neck_pain": ["douleur au cou"]}}
    path = build_pipeline(Synonyms(table), tmp_path_factory.mktemp("spacy") / "needle")
    return spacy.load(path)  # as Rasa's SpacyNLP loads it: from disk


def lemmas(nlp, text):
    return [t.lemma_ for t in nlp(text.lower())]


@pytest.mark.parametrize("text,expected", [
    ("les aiguilles", ["le", "aiguille"]),          # not the verb "aiguiller"
    ("mes épaules", ["mon", "epaule"]),             # not the verb "épauler"
    ("mes epaules", ["mon", "epaule"]),
    ("combien de séances", ["combien", "de", "seance"]),
    ("combien de seances", ["combien", "de", "seance"]),
    ("ça fait mal", ["ca", "faire", "mal"]),         # the verb, not the noun "fait"
    ("des aiguilles sèches", ["un", "aiguille", "sec"]),
])
def test_french_lemmas_without_accents_and_quirks_fixed(nlp, text, expected):
    assert lemmas(nlp, text) == expected


def test_french_elisions_are_separate_words(nlp):
    doc = nlp("qu'est-ce que l'acupuncture? j'ai mal")
    assert [t.text for t in doc][:2] == ["qu'", "est"]
    assert "acupuncture" in [t.text for t in doc] and "ai" in [t.text for t in doc]
    assert [t.lemma_ for t in doc if t.text == "ai"] == ["avoir"]


def test_english_is_tokenized_and_lemmatised_as_before(nlp):
    english = spacy.blank("en")
    english.add_pipe("lemmatizer", config={"mode": "lookup"})
    english.initialize()
    for text in ("does it hurt? i don't know, the needles scared me", "how many sessions for my knees"):
        assert [(t.text, t.lemma_) for t in nlp(text)] == [(t.text, t.lemma_) for t in english(text)]


def test_french_synonyms_match_with_or_without_accents(nlp):
    for text in ("la puncture sèche pour mon cou", "la puncture seche pour mon cou", "des aiguilles seches"):
        assert [(e.label_, e.ent_id_) for e in nlp(text).ents] == [("modality", "dry_needling")], text


def test_a_typed_fibromyalgia_and_ibs_are_recognised_conditions():
    from bot.knowledge.synonyms import read_synonyms
    table, problems = read_synonyms(Path("knowledge/synonyms.yml"))
    found = Synonyms(table)
    assert found.find_in_text("condition", "does acupuncture help fibromyalga") == ["fibromyalgia"]
    assert found.find_in_text("condition", "dry needling for my fibro?") == ["fibromyalgia"]
    assert found.find_in_text("condition", "IMS for irritable bowel syndrome") == ["digestion"]
