"""Punctuation spoken into voice typing, written back as punctuation.

A patient who dictates a message on a phone often gets the punctuation as words: "do you
have gift certificates question mark my sister has eight kids exclamation point", or in
French "c'est sécuritaire point d'interrogation je suis famille d'accueil". Read as words,
the question never ends, so the question finder (bot/nlu/focus.py) takes the story with it
and the classifier weighs the whole run-on sentence (once a false emergency). Only names
that cannot mean anything else in a patient's message are turned back: "period" (a
menstrual period) and "comma" (often "coma" misspelt) stay words.
"""

import re

_SPOKEN = (
    (re.compile(r"\s*\b(?:question marks?|point d['’ ]?interrogation)\b[ \t]*", re.I), "? "),
    (
        re.compile(r"\s*\b(?:exclamation (?:points?|marks?)|point d['’ ]?exclamation)\b[ \t]*", re.I),
        "! ",
    ),
    (re.compile(r"\s*\b(?:full stop|point final|point à la ligne)\b[ \t]*", re.I), ". "),
    (re.compile(r"\s*\b(?:new (?:line|paragraph)|nouvelle ligne|nouveau paragraphe)\b[ \t]*", re.I), ". "),
    (re.compile(r"\s*\bvirgule\b[ \t]*", re.I), ", "),
)
_ANY = re.compile(
    r"question mark|exclamation|interrogation|full stop|point final|à la ligne|new (?:line|para)|nouve|virgule",
    re.I,
)
_DOUBLED = re.compile(r"([?!.,])(?:\s*[?!.,])+")


def spoken_punctuation(text: str) -> str:
    """`text` with dictated punctuation names written as the marks themselves (unchanged,
    ellipses included, when it has none)."""
    if not text or not _ANY.search(text):
        return text
    spoken = 0
    for pattern, mark in _SPOKEN:
        text, count = pattern.subn(mark, text)
        spoken += count
    if not spoken:
        return text
    return _DOUBLED.sub(r"\1", text).strip().lstrip(".,").strip()
