"""A symptom the entries name, told as left by long COVID, a post-viral fatigue or the menopause (daily
headaches, poor sleep, arthritis in the joints), asked as "can acupuncture help ...?" is answered
(written rules 1 and 3), also when the question names nothing after "help" and the complaint is the
story's. The illness itself, whether needling is safe with it, or hot flushes stay declined (rule 2)."""

from dataclasses import replace

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask, declined


@pytest.mark.parametrize(
    "story, question, conditions, asked, named",
    [
        (
            "ever since the post-covid thing I wake at 3am every night.",
            "would acupuncture help with the insomnia?",
            ["insomnia"],
            ["insomnia"],
            ["acupuncture"],
        ),
        (
            "depuis mon covid long j'ai la migraine trois fois par semaine.",
            "est-ce que l'acupuncture soulage les migraines?",
            ["migraine_headache"],
            ["migraine_headache"],
            ["acupuncture"],
        ),
        (
            "my hips started aching in perimenopause, x-ray shows arthritis.",
            "does acupuncture help hip arthritis?",
            ["hip_osteoarthritis"],
            ["hip_osteoarthritis"],
            ["acupuncture"],
        ),
        (
            "arthrose dans les deux genoux depuis ma ménopause.",
            "l'acupuncture pourrait aider?",
            ["knee_osteoarthritis"],
            [],
            ["acupuncture"],
        ),
        (
            "osteoarthritis flared in my knees right around menopause.",
            "can dry needling help?",
            ["knee_osteoarthritis"],
            [],
            ["dry_needling"],
        ),
    ],
)
def test_a_symptom_the_entries_name_after_the_illness_is_answered(
    store, story, question, conditions, asked, named
):
    q = replace(
        ask(
            question, story=story, intent="ask_conditions", confidence=0.8, conditions=conditions, named=named
        ),
        asked_conditions=frozenset(asked),
    )
    d = route(q, store)
    assert d.kind == "kb", (d.rule, d.reason, getattr(d.subject, "id", None))


@pytest.mark.parametrize(
    "message, subject, conditions",
    [
        ("is acupuncture safe if you have long covid?", "respiratory_immune", []),
        ("post-covid fatigue for a year. can acupuncture help?", "respiratory_immune", []),
        ("est-ce que l'acupuncture guérit le covid long?", "respiratory_immune", []),
        (
            "je suis en ménopause avec des bouffées de chaleur. l'acupuncture peut aider?",
            "menopause_hormones",
            [],
        ),
        ("is acupuncture ok with menopause HRT?", "menopause_hormones", []),
        ("I'm in menopause. can acupuncture help?", "menopause_hormones", []),
    ],
)
def test_the_illness_itself_stays_declined(store, message, subject, conditions):
    declined(store, message, subject, "ask_conditions", conditions=conditions, named=["acupuncture"])
