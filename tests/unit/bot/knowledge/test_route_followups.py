"""Short follow-ups: a follow-up keeps the conversation's topic or treatment (a hygiene question after
the needles, "who may give it?", a comparison, a follow-up to a clinic answer) unless its own
words name another entry; a follow-up on what was just declined (its marks, one named plan after
the insurance answer, an age limit) stays declined, and help asked for the problem told the turn
before is answered whatever the age.

Why: a follow-up has too few words of its own; the conversation decides what it is about.

The tests come from the failure classes of issue 11's held-out sets (heldout9 to heldout31, and
the session 10 logistics and session-talk classes), each tested on new wordings in English and
French; the comment above each test names the set whose failure class it covers."""

from dataclasses import replace

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask, declined


# From heldout9's failure classes (issue 11).
@pytest.mark.parametrize(
    "text",
    [
        "and who is qualified to give it around here?",
        "et comment savoir si mon acupuncteur est membre de l'ordre?",
    ],
)
def test_who_may_give_it_as_a_follow_up_is_the_practitioners(store, text):
    q = ask(text, intent="nlu_fallback", confidence=0.3, context=("acupuncture",), previous_topic="sensation")
    d = route(q, store)
    assert d.kind == "kb" and d.topic == "practitioners"


# From heldout9's failure classes (issue 11).
def test_a_follow_up_comparing_keeps_the_conversations_treatment(store):
    q = ask(
        "ok and is it more painful than IMS?",
        intent="ask_sensation",
        named=("ims",),
        context=("dry_needling",),
        previous_topic="sensation",
    )
    d = route(q, store)
    assert "dry_needling" in d.modalities


# From heldout11's failure classes (issue 11).
@pytest.mark.parametrize("question", ["and those are single use, right?", "elles sont réutilisées?"])
def test_a_short_hygiene_follow_up_after_the_needles_is_answered_from_safety(store, question):
    q = ask(question, intent="nlu_fallback", confidence=0.3)
    q = q.__class__(**{**q.__dict__, "previous_topic": "needles"})
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic in ("safety", "needles")


# From heldout13's failure classes (issue 11).
@pytest.mark.parametrize(
    "message,previous,intent",
    [
        ("and the sessions after that?", "clinic:fees", "ask_aftercare"),
        ("et les suivantes?", "clinic:fees", "ask_treatment_course"),
        ("and Tagalog?", "clinic:languages", "inform_modality"),
        ("et le vietnamien?", "clinic:languages", "inform_modality"),
    ],
)
def test_a_short_follow_up_to_a_clinic_answer_keeps_its_topic(store, message, previous, intent):
    d = route(ask(message, intent=intent, confidence=0.6, previous_topic=previous), store)
    assert (d.kind, d.clinic_topic) == ("clinic", previous.split(":")[1]), d.rule


# From heldout13's failure classes (issue 11).
def test_a_needling_question_after_a_clinic_answer_is_answered(store):
    d = route(
        ask(
            "and does it hurt?",
            intent="ask_sensation",
            confidence=0.9,
            previous_topic="clinic:fees",
            context=["ims"],
        ),
        store,
    )
    assert d.kind == "kb" and d.entry.topic == "sensation"


# From heldout17's failure classes (issue 11).
@pytest.mark.parametrize("message", ["how do they find them", "where do they put them", "do they hurt"])
def test_a_short_follow_up_pointing_back_stays_on_the_last_topic(store, message):
    q = ask(message, intent="ask_technique", confidence=0.4, previous_topic="technique")
    d = route(q, store)
    assert d.kind == "kb", (d.rule, d.reason)


# From heldout28's failure classes (issue 11, tuner UD).
@pytest.mark.parametrize(
    "question",
    [
        "et les marques violettes, c'est grave?",
        "and the big round marks it leaves, are those normal?",
        "et les ronds rouges sur le dos, ça part quand?",
    ],
)
def test_a_follow_up_on_the_marks_of_what_was_declined_stays_declined(store, question):
    declined(store, question, "other_tcm", "ask_aftercare", 0.7, previous_subject="other_tcm")
    # the same words after a needling answer are about the needling
    d = route(ask(question, intent="ask_aftercare", confidence=0.7, previous_topic="aftercare"), store)
    assert d.subject is None or d.subject.id != "other_tcm"


# From heldout28's failure classes (issue 11, tuner UD).
def test_a_follow_up_naming_our_treatment_is_answered(store):
    q = ask("and the bruises after acupuncture, normal?", intent="ask_aftercare", named=["acupuncture"])
    d = route(replace(q, previous_subject="other_tcm"), store)
    assert d.kind == "kb", d.rule


# From heldout29's failure classes (issue 11, tuner UE).
@pytest.mark.parametrize(
    "question",
    [
        # written rule 5: one named plan, asked as a short follow-up after the insurance answer
        "and what about blue cross?",
        "how about manulife specifically?",
        "what about my work plan with canada life",
        "et avec ma mutuelle?",
        "pis la croix bleue?",
    ],
)
def test_a_named_plan_as_a_follow_up_is_declined(store, question):
    for intent in ("ask_insurance", "out_of_scope"):
        declined(store, question, ("named_plan",), intent, 0.5, previous_topic="insurance")


# From heldout29's failure classes (issue 11, tuner UG).
@pytest.mark.parametrize(
    "question",
    [
        "could acupuncture help that or am I too old?",
        "would needling do anything for it at my age, or is 80 too old?",
        "ça pourrait m'aider ou je suis trop vieille pour ça?",
    ],
)
def test_help_asked_for_the_problem_told_the_turn_before_is_answered_whatever_the_age(store, question):
    q = ask(
        question,
        intent="ask_sensation",
        confidence=0.9,
        context_conditions=frozenset({"knee_osteoarthritis"}),
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence"), (
        d.kind,
        d.rule,
        d.entry and d.entry.id,
    )


# From heldout29's failure classes (issue 11, tuner UG).
@pytest.mark.parametrize(
    "question", ["is there an age limit for acupuncture?", "my dad is 90, is he too old for dry needling?"]
)
def test_an_age_limit_asked_alone_is_still_declined(store, question):
    d = route(ask(question, intent="ask_safety", confidence=0.7), store)
    assert (d.kind, d.reason, d.subject.id) == ("fallback", "not_covered", "older_adults")
