"""A church named only as where something happened ("fainted at church years ago, fine since") is no
question about faith, and "what happens during a treatment, step by step?" asks no effect of needling,
so someone else's memory problem told beside it is background (heldout93, issue 11). Other wordings;
a belief asked about, or the help asked for the illness, still decline.

Why: declining the question actually asked for a word in the story hides the answer."""

from bot.knowledge.route import route
from bot.knowledge.store import get_store
from bot.knowledge.subjects import not_covered_subjects
from tests.helpers.route_questions import ask


def test_a_church_as_a_place_is_no_faith_question():
    ids = {
        s.id
        for s in not_covered_subjects(
            "Dad slipped on the ice outside church, his hip is sore, would needling help?"
        )
    }
    assert "faith" not in ids
    ids = {s.id for s in not_covered_subjects("my back aches after standing through church on Sundays")}
    assert "faith" not in ids


def test_a_belief_asked_about_is_still_faith():
    ids = {s.id for s in not_covered_subjects("does my church allow acupuncture? I go to church every week")}
    assert "faith" in ids


def test_a_session_walked_through_for_someone_with_memory_trouble_is_answered():
    q = ask(
        "how does an acupuncture treatment go, from arriving to leaving?",
        "my dad has memory problems and copes better when he knows what's coming.",
        intent="ask_technique",
        confidence=0.95,
    )
    d = route(q, get_store())
    assert d.kind == "kb", (d.kind, d.rule, getattr(d.subject, "id", None))
