"""A `Question` for route() as the NLU would hand it over, with only what a test sets: the
question sentence, an optional story before it, the classifier's intent and confidence, the
treatments named, the conditions found in the story, and the conversation's earlier treatments.
The conditions are not marked as asked (`asked_conditions` stays empty): the tests that need
them asked build their own."""

from bot.knowledge.question import Question


def ask(
    question, story="", intent="ask_conditions", confidence=0.9, named=(), conditions=(), context=(), **extra
):
    topics = [intent[4:]] if intent.startswith("ask_") else []
    return Question(
        text=question,
        intent=intent,
        confidence=confidence,
        topics=topics,
        named=list(named),
        context=list(context),
        conditions=frozenset(conditions),
        asked_conditions=frozenset(),
        full_text=f"{story} {question}" if story else "",
        ranking=extra.pop("ranking", None) or [(intent, confidence)],
        **extra,
    )
