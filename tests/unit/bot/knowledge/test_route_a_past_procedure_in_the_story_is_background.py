"""Rule 5's `when_asked` injections (tests/real_questions/README.md, written rules 5 and 7): a
procedure told in the story (past epidurals, cortisone, nerve blocks, "mes infiltrations") before a
question about our treatment itself (how it feels, how many sessions or needles, what to know before
trying it, what its name means) is background, even when the question says "this", "that" or "ça":
those are the treatment. Asked about the procedure, or whether needling is all right around it, it is
still declined."""

import pytest

from bot.knowledge.question import Question
from bot.knowledge.route import route


def _question(whole, asked, intent, named, confidence=0.9):
    topics = [intent[4:]] if intent.startswith("ask_") else []
    return Question(
        text=asked,
        intent=intent,
        confidence=confidence,
        topics=topics,
        named=list(named),
        context=[],
        conditions=frozenset(),
        asked_conditions=frozenset(),
        full_text=whole if whole != asked else "",
        ranking=[(intent, confidence)],
    )


@pytest.mark.parametrize(
    "whole, asked, intent, named",
    [
        (
            "after two epidurals last year I'm wary of needles. does that dry needling thing hurt?",
            "does that dry needling thing hurt?",
            "ask_sensation",
            ["dry_needling"],
        ),
        (
            "j'ai eu trois infiltrations dans le dos. est-ce que ça fait mal l'acupuncture?",
            "est-ce que ça fait mal l'acupuncture?",
            "ask_sensation",
            ["acupuncture"],
        ),
        (
            "cortisone helped my shoulder for a month each time. how many acupuncture sessions does something like this need?",
            "how many acupuncture sessions does something like this need?",
            "ask_treatment_course",
            ["acupuncture"],
        ),
        (
            "les infiltrations ne duraient pas. combien de séances d'acupuncture avant de voir si ça marche?",
            "combien de séances d'acupuncture avant de voir si ça marche?",
            "ask_treatment_course",
            ["acupuncture"],
        ),
    ],
)
def test_a_past_procedure_before_a_question_about_the_treatment_is_background(
    store, whole, asked, intent, named
):
    d = route(_question(whole, asked, intent, named), store)
    assert d.kind == "kb", (d.kind, d.reason, d.rule)


@pytest.mark.parametrize(
    "whole, asked, intent, named",
    [
        # the procedure named in the question, or needling asked around it
        (
            "I had an epidural on monday. can I have dry needling the week after my epidural?",
            "can I have dry needling the week after my epidural?",
            "ask_safety",
            ["dry_needling"],
        ),
        (
            "had a nerve block in my back yesterday. is that ok with acupuncture on friday?",
            "is that ok with acupuncture on friday?",
            "ask_safety",
            ["acupuncture"],
        ),
        (
            "cortisone shot in my hip last week. does dry needling hurt more after that?",
            "does dry needling hurt more after that?",
            "ask_sensation",
            ["dry_needling"],
        ),
        (
            "j'ai eu une infiltration hier. ça fait mal le dry needling ou je dois attendre?",
            "ça fait mal le dry needling ou je dois attendre?",
            "ask_sensation",
            ["dry_needling"],
        ),
    ],
)
def test_still_declined_when_asked_around_the_procedure(store, whole, asked, intent, named):
    d = route(_question(whole, asked, intent, named), store)
    assert (d.kind, d.reason) == ("fallback", "not_covered"), (d.kind, d.reason, d.rule)
