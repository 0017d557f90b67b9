"""A `when_asked` subject (another therapy, a faint at a session) is asked about when a question
sentence names it, whatever is told after it, and when the question asks how to keep what was
told from happening again; a pain question after a therapy told only in the story stays answered.

Why: "is cupping worth it? my old clinic left huge circles on my back" asks about cupping, not the
back; "I passed out at my last acupuncture. How do I keep it from happening again?" asks about the
faint. Answering from the back-pain or treatment-course entry reads as advice on what they never
discuss (heldout56, session 14, tuner tq; wordings of our own)."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask, declined


@pytest.mark.parametrize(
    "question,story,subject",
    [
        (
            "is moxibustion any good? my last acupuncturist burned some over my sore lower back",
            "",
            ("other_therapies", "other_tcm"),
        ),
        (
            "le gua sha, ça vaut la peine? mon ancien acupuncteur m'en a fait sur le dos",
            "",
            ("other_therapies", "other_tcm"),
        ),
        (
            "how can I avoid it happening again?",
            "I passed out during my last acupuncture session.",
            "session_faint",
        ),
        (
            "comment éviter que ça se reproduise?",
            "je me suis évanouie pendant ma dernière séance d'acupuncture.",
            "session_faint",
        ),
    ],
)
def test_a_subject_asked_in_a_question_sentence_is_declined(store, question, story, subject):
    back = {"low_back_pain"} if "back" in question or "dos" in question else ()
    declined(store, question, subject, "ask_treatment_course", story=story, conditions=back)


def test_a_pain_question_after_a_therapy_told_stays_answered(store):
    q = ask(
        "would dry needling help my back?",
        story="my physio also suggested cupping next time.",
        conditions={"low_back_pain"},
    )
    assert route(q, store).kind == "kb"
