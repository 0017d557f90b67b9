"""Session 16: whether needling helps a problem told, asked in more words ("ça marche-tu pour ça?",
"help or not?", "an option for that?", "would X be a thing?", "do runners use it for calves like mine?",
"something people use for...", "something it gets used for?"), is what it is used for or the research,
whatever aspect the classifier guessed; "what kind of needles are used for it?" is still the needles."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "question, story, intent, named, conditions",
    [
        (
            "ça marche-tu l'acupuncture pour ça?",
            "mes genoux me tuent après le chantier.",
            "ask_aftercare",
            ("acupuncture",),
            ("knee_osteoarthritis",),
        ),
        (
            "acupuncture help or not?",
            "sore wrists from the keyboard all day.",
            "ask_treatment_course",
            ("acupuncture",),
            ("tendinopathy",),
        ),
        (
            "is needling an option for that?",
            "my knees ache after netball.",
            "ask_needles",
            ("dry_needling",),
            ("knee_osteoarthritis",),
        ),
        (
            "would IMS on my back be a thing?",
            "my lower back is stiff from the forklift.",
            "ask_technique",
            ("ims",),
            ("low_back_pain",),
        ),
        (
            "do runners use dry needling for tight calves like mine?",
            "",
            "ask_practitioners",
            ("dry_needling",),
            ("myofascial_pain",),
        ),
        (
            "is acupuncture something people use for tennis elbow?",
            "",
            "ask_safety",
            ("acupuncture",),
            ("tendinopathy",),
        ),
        (
            "is that something dry needling gets used for?",
            "my elbow aches from the mouse.",
            "ask_aftercare",
            ("dry_needling",),
            ("tendinopathy",),
        ),
    ],
)
def test_whether_it_helps_is_the_research(store, question, story, intent, named, conditions):
    q = ask(question, story=story, intent=intent, named=named, conditions=conditions)
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence"), (d.rule, d.entry and d.entry.id)


def test_the_kind_of_needles_used_is_the_needles(store):
    d = route(
        ask("what kind of needles are used for dry needling?", intent="ask_needles", named=("dry_needling",)),
        store,
    )
    assert d.kind == "kb" and d.entry.topic == "needles", (d.rule, d.entry and d.entry.id)
