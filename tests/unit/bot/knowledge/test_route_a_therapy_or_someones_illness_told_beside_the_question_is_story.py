"""The question decides (tests/real_questions/README.md, written rules 2, 3 and 8): answerable
questions are not declined for what is only told beside them.

- Another therapy told in a sentence after a question about ours, or beside a question comparing
  two of ours, is the story: "does IMS hurt? my sister did hijama last summer" asks how IMS feels.
- Someone else's health word told in a sentence of its own beside a question about needling is
  their story, not the patient's health asked about.
- "What was that for?" of the tongue or the pulse checked is why it was checked: the whole-person
  entry.
- Insurance typed with a slip is no insurer's name; "like I'm 5" is no child's age; "nearly had a
  heart attack" is a figure of speech.
Asked about (the other therapy in the question, "for her"), each is still declined."""

import pytest

from bot.knowledge.question import Question
from bot.knowledge.route import route
from bot.knowledge.subjects import not_covered_subject


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
        # another therapy told after the question
        (
            "does IMS hurt much? my sister went for hijama last summer and hated it.",
            "does IMS hurt much? my sister went for hijama last summer and hated it.",
            "ask_sensation",
            ["ims"],
        ),
        (
            "est-ce que le dry needling est sécuritaire? mon oncle fait de la hijama depuis des années.",
            "est-ce que le dry needling est sécuritaire? mon oncle fait de la hijama depuis des années.",
            "ask_safety",
            ["dry_needling"],
        ),
        # two of ours compared, another therapy told beside them
        (
            "how is IMS different from acupuncture? back home I only ever had hijama",
            "how is IMS different from acupuncture?",
            "ask_difference",
            ["ims", "acupuncture"],
        ),
        (
            "quelle est la différence entre l'IMS et l'acupuncture? chez nous on connaît juste la hijama",
            "quelle est la différence entre l'IMS et l'acupuncture?",
            "ask_difference",
            ["ims", "acupuncture"],
        ),
        # someone else's health word in a sentence of its own
        (
            "is dry needling safe? my brother got an infected leg from some back-alley guy so I'm wary.",
            "is dry needling safe? my brother got an infected leg from some back-alley guy so I'm wary.",
            "ask_safety",
            ["dry_needling"],
        ),
        # the checks asked what they were for
        (
            "my acupuncturist felt my pulse on both wrists and checked my tongue, what was all that for? I'm here for my back",
            "what was all that for?",
            "ask_technique",
            ["acupuncture"],
        ),
        (
            "l'acupunctrice a pris mon pouls et regardé ma langue. ça sert à quoi? je viens pour mon dos",
            "ça sert à quoi?",
            "ask_technique",
            ["acupuncture"],
        ),
    ],
)
def test_what_is_only_told_beside_the_question_does_not_decline_it(store, whole, asked, intent, named):
    d = route(_question(whole, asked, intent, named), store)
    assert d.kind == "kb", (d.rule, d.reason, getattr(d.subject, "id", None), getattr(d, "term", None))


@pytest.mark.parametrize(
    "whole, asked, intent, named",
    [
        (
            "is hijama better than dry needling?",
            "is hijama better than dry needling?",
            "ask_choosing",
            ["dry_needling"],
        ),
        (
            "is acupuncture safe? I have an infected toe.",
            "is acupuncture safe? I have an infected toe.",
            "ask_safety",
            ["acupuncture"],
        ),
    ],
)
def test_the_therapy_or_illness_asked_about_is_still_declined(store, whole, asked, intent, named):
    d = route(_question(whole, asked, intent, named), store)
    assert d.kind == "fallback", (d.rule, d.reason)


@pytest.mark.parametrize(
    "message",
    [
        "does insurrance cover dry needling",
        "would insurence pay for IMS",
        "est-ce que l'assurrance rembourse l'acupuncture",
        "can you explain like i'm 6 how IMS works on a sore back",
        "my cat jumped on me and I almost had a heart attack. does dry needling hurt?",
    ],
)
def test_a_slip_or_a_figure_of_speech_names_no_subject(message):
    assert not_covered_subject(message) is None


@pytest.mark.parametrize(
    "message, subject",
    [
        ("does sunlife cover acupuncture", "named_plan"),
        ("i'm 15, can i get dry needling for my knee?", "children"),
        ("i had a heart attack in march, is acupuncture safe?", "heart_blood_pressure"),
    ],
)
def test_the_plan_the_age_and_the_illness_themselves_still_count(message, subject):
    found = not_covered_subject(message)
    assert found is not None and found.id == subject
