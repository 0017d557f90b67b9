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


def declined(store, message, subject, intent, confidence=0.7, **kw):
    """Route `message` and assert the honest not-covered decline, naming `subject` (an id, or a
    collection of acceptable ids); the decision, for further checks."""
    from bot.knowledge.route import route

    d = route(ask(message, intent=intent, confidence=confidence, **kw), store)
    assert d.kind == "fallback" and d.reason == "not_covered", (d.rule, d.subject)
    wanted = tuple(subject) if isinstance(subject, (tuple, list, set, frozenset)) else (subject,)
    assert d.subject is not None and d.subject.id in wanted, d.subject
    return d


def declined_as_safety(store, message, subject, intent="ask_safety", **kw):
    """`declined` with the classifier's guess a safety question unless told."""
    return declined(store, message, subject, intent, **kw)


def declined_as_insurance(store, message, subject, intent="ask_insurance", **kw):
    """`declined` with the classifier's guess an insurance question unless told."""
    return declined(store, message, subject, intent, **kw)


def declined_as_aftercare(store, message, subject, intent="ask_aftercare", **kw):
    """`declined` with the classifier's guess an after-care question unless told."""
    return declined(store, message, subject, intent, **kw)


def assert_not_covered(store, d, subjects):
    """Assert that the decision `d` is the honest not-covered decline, naming one of `subjects`."""
    assert (d.kind, d.reason) == ("fallback", "not_covered"), (d.rule, d.entry and d.entry.id)
    assert d.subject is not None and d.subject.id in subjects, d.subject


def answered(store, question, intent, confidence, **kw):
    """Route `question` and assert it is answered from the knowledge base; the decision."""
    from bot.knowledge.route import route

    d = route(ask(question, intent=intent, confidence=confidence, **kw), store)
    assert d.kind == "kb", (d.kind, d.rule, d.reason, getattr(d.subject, "id", None))
    return d


def route_as(store, message, intent, **kw):
    """Route `message` with the classifier's guess `intent` (confidence 0.8 unless told)."""
    from bot.knowledge.route import route

    return route(ask(message, intent=intent, confidence=kw.pop("confidence", 0.8), **kw), store)


def split_story(message):
    """The story and the question sentence, as the NLU hands them over."""
    head, sep, last = message.rpartition(". ")
    return (last, head + ".") if sep else (message, "")


def read_as_emergency(question, confidence=0.97, **kw):
    """The message as the classifier hands it over when it alone reads an emergency, sure of it
    (no red-flag phrase): what bot/knowledge/emergency_alone.py decides on."""
    return ask(
        question,
        intent="emergency",
        confidence=confidence,
        ranking=[("emergency", confidence), ("ask_safety", 0.02)],
        **kw,
    )
