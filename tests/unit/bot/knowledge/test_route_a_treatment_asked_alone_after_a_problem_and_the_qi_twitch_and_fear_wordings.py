"""Issue 11 (held-out class: answerable questions given the wrong entry), on other wordings.

A problem told, then only a treatment asked ("tennis elbow for months. dry needling?", "acupuncture
for jaw pain?"): whether it helps (conditions), whatever the classifier guessed. The needle that
made a muscle jump in French ("a fait sauter ma cuisse") is the twitch (technique). French "méridiens et de
qi" is the qi theory, not the "de qi" feeling at a needle. "Needles scare me / freak me out" is a
fear of needles: how it feels (sensation), not the safety entry for a faint told."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


def _routed(store, question, story, intent, named):
    return route(ask(question, story=story, intent=intent, confidence=0.6, named=named), store)


@pytest.mark.parametrize(
    "story,question,named",
    [
        ("tennis elbow from typing, 5 months now.", "dry needling?", ["dry_needling"]),
        ("I grind my teeth at night and my jaw clicks.", "acupuncture for jaw pain?", ["acupuncture"]),
        ("plantar fasciitis since the summer.", "what about IMS?", ["ims"]),
        ("tendinite au coude depuis 3 mois.", "l'acupuncture?", ["acupuncture"]),
    ],
)
@pytest.mark.parametrize("intent", ["ask_treatment_course", "ask_session_length", "ask_difference"])
def test_a_treatment_asked_alone_after_a_problem_is_whether_it_helps(store, story, question, named, intent):
    d = _routed(store, question, story, intent, named)
    assert d.kind == "kb" and d.entry.topic == "conditions", (d.rule, d.entry)


def test_a_treatment_asked_alone_with_no_problem_keeps_the_guess(store):
    d = _routed(store, "and IMS?", "how long is a session?", "ask_session_length", [])
    assert d.kind == "kb" and d.entry.topic == "session_length", (d.rule, d.entry)


@pytest.mark.parametrize(
    "question",
    [
        "l'aiguille a fait sauter ma cuisse, c'est normal?",
        "l'aiguille faisait tressauter mon mollet, c'est normal?",
    ],
)
@pytest.mark.parametrize("intent", ["ask_aftercare", "ask_needles"])
def test_the_needle_made_a_muscle_jump_is_the_twitch(store, question, intent):
    d = _routed(store, question, "", intent, [])
    assert d.kind == "kb" and d.entry.topic == "technique", (d.rule, d.entry)


@pytest.mark.parametrize(
    "question",
    [
        "mon grand-père parlait de qi et de méridiens, c'est quoi?",
        "on m'a parlé de méridiens et de qi, ça veut dire quoi?",
    ],
)
def test_meridians_and_qi_in_french_are_the_qi_theory(store, question):
    d = _routed(store, question, "", "ask_origins", ["acupuncture"])
    assert d.kind == "kb" and d.entry.topic == "origins", (d.rule, d.entry)


@pytest.mark.parametrize(
    "story,question,named",
    [
        (
            "I passed out at a vaccine as a kid, fine since, but needles scare me.",
            "anything I should know before dry needling?",
            ["dry_needling"],
        ),
        (
            "blacked out once getting bloods years ago, needles still freak me out.",
            "what should I know before acupuncture?",
            ["acupuncture"],
        ),
        (
            "je me suis évanoui une fois, les aiguilles me stressent.",
            "je devrais essayer l'acupuncture?",
            ["acupuncture"],
        ),
    ],
)
def test_needles_scare_me_with_a_faint_told_is_how_it_feels(store, story, question, named):
    d = _routed(store, question, story, "ask_choosing", named)
    assert d.kind == "kb" and d.entry.topic == "sensation", (d.rule, d.entry)
