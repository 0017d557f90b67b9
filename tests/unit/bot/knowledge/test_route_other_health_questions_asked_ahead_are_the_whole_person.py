"""Session 17: whether the acupuncturist will ask about more than the problem ("will she want to know
about my sleep and my periods too?", "est-ce qu'elle va me poser des questions sur mon sommeil?"), and
why she asked about a list of things ("why did she ask about my job, my diet and my sleep?"), are the
whole-person entry (written rule 8), not a hand-off nor the research for sleep."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "question, intent",
    [
        (
            "first acupuncture visit for my neck on friday. will she want to know about my sleep and my periods too?",
            "human_handoff",
        ),
        (
            "is the acupuncturist going to ask about other stuff like my diet or just my back?",
            "ask_technique",
        ),
        (
            "j'ai un rendez-vous en acupuncture pour mon dos. est-ce qu'elle va me poser des questions sur mon sommeil?",
            "human_handoff",
        ),
        (
            "why did the acupuncturist ask about my job, my diet and my sleep? I came in for my knee",
            "out_of_scope",
        ),
    ],
)
def test_other_health_questions_asked_ahead_are_the_whole_person(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.8, named=("acupuncture",)), store)
    assert d.kind == "kb" and d.entry.id == "acu-overview-whole-person", (d.rule, d.entry and d.entry.id)
