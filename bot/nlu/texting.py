"""Texting shorthand written out in full, for the red-flag scan only.

Why: on SMS and messaging apps patients drop the final g ("shes not breathin", "not movin n not
answerin me") and shorten words ("last wk", "2 yrs ago", "b4"). An emergency typed that way must
alarm as surely as one typed in full, and a sign told as long past ("passed out 2 yrs ago") must be
read as past by the phrases' own guards. Only whole words on a short list are changed: a general
"-in" -> "-ing" rule would turn "again", "within" or "cabin" into words that are not there. The
router and the NLU model still read the message as the patient wrote it.
"""

import re

# -in for -ing, on the verbs the red-flag phrases are written with (and their everyday companions)
_DROPPED_G = (
    "answer breath breathe bleed chok cough gasp mov respond shak seiz spit throw vomit puk wak talk "
    "swell spread burn sweat turn go gett com fall faint pass collaps"
).split()
_WORDS = {
    **{f"{stem}in": f"{stem}ing" for stem in _DROPPED_G},
    "breathn": "breathing",
    "n": "and",
    "u": "you",
    "r": "are",
    "ur": "your",
    "wat": "what",
    "wk": "week",
    "wks": "weeks",
    "yr": "year",
    "yrs": "years",
    "b4": "before",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "cmb": "combien",
    "tjrs": "toujours",
    "pcq": "parce que",
    "bcp": "beaucoup",
}
_WORD = re.compile(
    r"(?<![\w'])(" + "|".join(sorted(map(re.escape, _WORDS), key=len, reverse=True)) + r")(?![\w'])"
)


def expand(text: str) -> str:
    """'shes not breathin n wont wake' -> 'shes not breathing and wont wake' (lowercased text in)."""
    return _WORD.sub(lambda m: _WORDS[m.group(1)], text)
