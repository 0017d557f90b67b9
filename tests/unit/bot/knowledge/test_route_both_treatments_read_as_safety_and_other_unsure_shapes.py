"""Session 17: having both treatments in one plan read as a safety question with no risk asked ("is it
fine to do both in the same care plan?") is choosing (the having-both entry), while "is it safe to
combine them?" stays safety; a question naming an entry word of the classifier's close second guess
("will i bruise??" guessed as the course of treatment, after-care close behind) is that topic; "how is
dry needling supposed to work in scientific terms?" with the classifier unsure is how it works."""

from bot.knowledge.route import route
from tests.helpers.route_questions import ask

BOTH = ("acupuncture", "dry_needling")


def test_both_in_one_care_plan_read_as_safety_is_choosing(store):
    d = route(
        ask("is it fine to do both in the same care plan?", intent="ask_safety", confidence=0.5, named=BOTH),
        store,
    )
    assert d.kind == "kb" and d.entry.topic == "choosing", (d.rule, d.entry and d.entry.id)


def test_a_risk_asked_of_both_stays_safety(store):
    d = route(
        ask("is it safe to have both at the same time?", intent="ask_safety", confidence=0.5, named=BOTH),
        store,
    )
    assert d.kind == "kb" and d.entry.topic == "safety", (d.rule, d.entry and d.entry.id)


def test_an_entry_word_of_the_close_second_guess_decides(store):
    q = ask(
        "am i going to bruise? wedding on saturday",
        intent="ask_treatment_course",
        confidence=0.33,
        ranking=[("ask_treatment_course", 0.33), ("ask_aftercare", 0.3), ("ask_contact", 0.2)],
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "aftercare", (d.rule, d.entry and d.entry.id)


def test_a_far_second_guess_stays_unsure(store):
    q = ask(
        "am i going to bruise? wedding on saturday",
        intent="ask_treatment_course",
        confidence=0.5,
        ranking=[("ask_treatment_course", 0.5), ("ask_aftercare", 0.2)],
    )
    d = route(q, store)
    assert d.kind == "fallback", (d.rule, d.entry and d.entry.id)


def test_how_it_works_in_scientific_terms_unsure_is_the_overview(store):
    q = ask(
        "how is dry needling supposed to work in scientific terms?",
        intent="nlu_fallback",
        confidence=0.3,
        named=("dry_needling",),
        ranking=[("nlu_fallback", 0.3), ("ask_safety", 0.25), ("human_handoff", 0.2)],
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic == "overview", (d.rule, d.entry and d.entry.id)
