"""Session 16: an acupuncturist's questions about sleep, digestion, periods or mood, or a look at the
tongue, asked "is that normal?" (not only "why?"), are the whole-person entry (written rule 8), not how
needling feels nor the research for the complaint the visit was for. "Normal?" said of something still
felt after the session stays with after-care, and what a reading means stays declined."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask

WHOLE_PERSON = "acu-overview-whole-person"


@pytest.mark.parametrize(
    "question, story",
    [
        (
            "is that normal?",
            "Went in for my hip and the acupuncturist kept asking about my appetite and my mood.",
        ),
        (
            "is this normal for a first visit?",
            "She wanted to know all about my sleep and my bowels for a sore knee.",
        ),
        (
            "normal or a bit much?",
            "my acupuncturist quizzed me on my diet and stress levels before touching my back",
        ),
        (
            "c'est normal?",
            "L'acupuncteur m'a demandé comment était mon sommeil et mon transit pour une tendinite.",
        ),
        ("est-ce que c'est normal?", "Elle a regardé ma langue et m'a posé des questions sur mes règles."),
    ],
)
@pytest.mark.parametrize("intent", ["ask_sensation", "ask_choosing", "ask_evidence"])
def test_asked_normal_of_checks_beyond_the_pain_is_the_whole_person(store, question, story, intent):
    q = ask(question, story=story, intent=intent, named=("acupuncture",), conditions=("knee_osteoarthritis",))
    d = route(q, store)
    assert d.kind == "kb" and d.entry.id == WHOLE_PERSON, (d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "question, story",
    [
        ("is that normal?", "She asked about my sleep at the visit. My shoulder is still sore today."),
        ("is that normal?", "she took my pulse and now my wrist is numb since the session."),
    ],
)
def test_normal_of_something_still_felt_is_not_the_whole_person(store, question, story):
    d = route(ask(question, story=story, intent="ask_aftercare", named=("acupuncture",)), store)
    assert not (d.kind == "kb" and d.entry.id == WHOLE_PERSON), (d.rule, d.entry and d.entry.id)


def test_the_diet_asked_about_is_no_question_about_what_to_eat(store):
    q = ask("why?", story="She asked all about my diet before needling my back.", intent="ask_technique")
    d = route(q, store)
    assert d.kind == "kb" and d.entry.id == WHOLE_PERSON, (d.rule, d.reason, d.entry and d.entry.id)
