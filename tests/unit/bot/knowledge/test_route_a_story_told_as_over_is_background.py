"""A subject told only in the story as past and over ("broke my wrist 2 years ago, all healed now",
a relative's illness "she's fine now"), or a payer told only as background ("car accident last
month"), before a question about the treatment that names no subject and does not point back at
it, is background: the question is answered. Asked whether the patient may have it after their own
illness, or for the person told, or about paying, it is still declined."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "story, question, named, intent",
    [
        (
            "broke my wrist 2 years ago, all healed now.",
            "how long does a dry needling session take?",
            ["dry_needling"],
            "ask_session_length",
        ),
        (
            "my uncle had a heart attack years ago and he's totally fine now.",
            "does acupuncture hurt?",
            ["acupuncture"],
            "ask_sensation",
        ),
        (
            "ma soeur a fait un AVC il y a 5 ans, elle va bien maintenant.",
            "est-ce que l'acupuncture fait mal?",
            ["acupuncture"],
            "ask_sensation",
        ),
        (
            "had shingles on my side 2 yrs ago, fully healed now.",
            "how many IMS sessions do people need?",
            ["ims"],
            "ask_treatment_course",
        ),
        (
            "j'ai eu un accident de la route il y a deux mois.",
            "combien de séances d'acupuncture faut-il?",
            ["acupuncture"],
            "ask_treatment_course",
        ),
        (
            "",  # the faint in the question's own sentence group, as the focus reader may keep it
            "passed out when a car hit my bike 2 years back, totally fine now. what does IMS feel like?",
            ["ims"],
            "ask_sensation",
        ),
        (
            "we're on the NHS list for my knee.",
            "what actually happens in a dry needling session?",
            ["dry_needling"],
            "ask_technique",
        ),
    ],
)
def test_a_story_told_as_over_is_answered(store, story, question, named, intent):
    d = route(ask(question, story=story, intent=intent, confidence=0.8, named=named), store)
    assert d.kind == "kb", (d.rule, d.reason, getattr(d.subject, "id", None), d.term)


@pytest.mark.parametrize(
    "story, question, named, intent",
    [
        # the patient's own past illness, asked whether they may have it
        (
            "I had a stroke 2 years ago, fully recovered now.",
            "Is acupuncture safe?",
            ["acupuncture"],
            "ask_safety",
        ),
        (
            "j'ai eu un cancer il y a 4 ans, guérie maintenant.",
            "est-ce que je peux faire de l'acupuncture?",
            ["acupuncture"],
            "ask_safety",
        ),
        # asked for the person told of
        (
            "my mom had a heart attack last year, she's ok now.",
            "is dry needling safe for her?",
            ["dry_needling"],
            "ask_safety",
        ),
        # still going on
        (
            "had a stroke last year, fine now but still numb in my hand.",
            "does acupuncture hurt?",
            ["acupuncture"],
            "ask_sensation",
        ),
        # the question asks about paying
        (
            "car accident last month.",
            "will my car insurance pay for acupuncture?",
            ["acupuncture"],
            "ask_insurance",
        ),
        (
            "accident de voiture il y a 3 semaines.",
            "est-ce que la SAAQ rembourse l'acupuncture?",
            ["acupuncture"],
            "ask_insurance",
        ),
    ],
)
def test_still_declined_when_the_question_is_about_what_was_told(store, story, question, named, intent):
    d = route(ask(question, story=story, intent=intent, confidence=0.8, named=named), store)
    assert d.kind == "fallback", (d.rule, d.entry.id if d.entry else None)
