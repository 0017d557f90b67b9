"""A plain question the classifier was unsure of, naming one topic's own word (an entry keyword or
curated term, typed with one slip or not): answered from that topic, not the "not understood"
buttons ("will needling leave bruses?", "un point trigger c'est quoi au juste?"). A message not
about needling, or naming no such word, stays unsure."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask

UNSURE_RANKING = [
    ("nlu_fallback", 0.3),
    ("ask_technique", 0.2),
    ("ask_aftercare", 0.15),
    ("out_of_scope", 0.05),
]


def _unsure(text, **kw):
    return ask(text, intent="nlu_fallback", confidence=0.3, ranking=UNSURE_RANKING, **kw)


@pytest.mark.parametrize(
    "text, topic",
    [
        ("will dry needling leave brusies? big day on friday", "aftercare"),
        ("does needling leave bruisses? got a photo shoot next week", "aftercare"),
        ("any chance the needles leave bruises on my arms? beach trip soon", "aftercare"),
        ("un point trigger c'est quoi exactement? mon physio en a trouvé dans mon épaule", "technique"),
        ("c'est quoi au juste des points gâchettes? ma physio en parle tout le temps", "technique"),
        ("whats a triger point anyway, my physio says i'm full of them", "technique"),
    ],
)
def test_unsure_question_naming_one_topics_word_is_answered(store, text, topic):
    d = route(_unsure(text), store)
    assert d.kind == "kb" and d.entry is not None and d.entry.topic == topic, (d.rule, d.entry)


@pytest.mark.parametrize(
    "text",
    [
        "my bruises from falling off my bike wont fade, wedding saturday",  # no needling
        "will needling be ok with my schedule? wedding saturday",  # no entry word
    ],
)
def test_unsure_question_without_needling_or_entry_word_stays_unsure(store, text):
    d = route(_unsure(text), store)
    assert d.kind == "fallback" and d.reason == "low_confidence", (d.rule, d.entry)


def test_unsure_question_with_nothing_of_ours_is_out_of_scope(store):
    # nothing of health, the body, a treatment or the clinic in it (session 22, tuner UB: nothing_of_ours)
    d = route(_unsure("what is a trigger warning on a video"), store)
    assert (d.kind, d.reason) == ("fallback", "out_of_scope"), d.rule
