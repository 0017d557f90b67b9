"""The story before the question: the question sentence decides. Age, a job (a dentist, a cashier, a
tattoo artist, a desk job), gear, a remedy, a memory, an operation or what the practitioner
checked told as the background does not decline or redirect a question an entry answers, and a
caregiver's own stress or sleep is answered; a question asked about the story's subject itself
(the other person's illness, needling around a joint replacement, an age limit asked on its own)
stays declined.

Why: patients tell their story before asking; the story must not steal the question.

The tests come from the failure classes of issue 11's held-out sets (heldout9 to heldout31, and
the session 10 logistics and session-talk classes), each tested on new wordings in English and
French; the comment above each test names the set whose failure class it covers."""

import pytest

from bot.knowledge import subjects
from bot.knowledge.question import Question
from bot.knowledge.route import route
from bot.knowledge.subjects import not_covered_subject
from tests.helpers.route_questions import ask, declined_as_safety


# From heldout9's failure classes (issue 11).
@pytest.mark.parametrize(
    "story,text",
    [
        ("", "what metal are the needles? I break out from nickel in costume jewellery"),
        ("I'm scared of infection, my uncle has hepatitis B.", "do you open new needles for every patient?"),
    ],
)
def test_a_question_an_entry_answers_is_not_declined_by_the_story(store, story, text):
    d = route(ask(text, story, intent="ask_needles", named=("acupuncture",)), store)
    assert d.kind == "kb"


# From heldout9's failure classes (issue 11).
@pytest.mark.parametrize(
    "story,text",
    [
        (
            "I've been looking after my mum since her Parkinson's got worse and I barely sleep.",
            "can acupuncture help my sleep?",
        ),
        (
            "Je suis proche aidante pour mon père depuis son AVC, je suis épuisée.",
            "l'acupuncture peut-elle aider le stress?",
        ),
    ],
)
def test_a_caregivers_own_stress_or_sleep_is_answered(store, story, text):
    d = route(ask(text, story, intent="ask_conditions", named=("acupuncture",)), store)
    assert d.kind == "kb"


# From heldout9's failure classes (issue 11).
def test_the_other_persons_illness_asked_about_is_still_declined(store):
    d = route(
        ask(
            "could acupuncture help his stroke recovery?",
            "I'm caring for my husband.",
            named=("acupuncture",),
        ),
        store,
    )
    assert d.kind == "fallback" and d.reason == "not_covered"


# From heldout10's failure classes (issue 11).
@pytest.mark.parametrize(
    "story,question,condition",
    [
        (
            "Grandpa is 90 with knee arthritis.",
            "Could acupuncture help his knee or is he too old?",
            "knee_osteoarthritis",
        ),
        (
            "Ma mère a 88 ans.",
            "L'acupuncture pourrait-elle aider son arthrose à la hanche ou est-elle trop vieille?",
            "hip_osteoarthritis",
        ),
    ],
)
def test_age_told_as_context_does_not_decline_whether_needling_helps(store, story, question, condition):
    q = ask(question, story, conditions=[condition])
    d = route(Question(**{**q.__dict__, "asked_conditions": frozenset([condition])}), store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence")


# From heldout10's failure classes (issue 11).
def test_an_age_limit_asked_on_its_own_is_still_declined():
    assert not_covered_subject("is there an age limit for acupuncture?").id == "older_adults"


# From heldout10's failure classes (issue 11).
@pytest.mark.parametrize(
    "text",
    [
        "I passed out at the dentist as a teenager, all fine since. is IMS painful?",
        "my dentist said the jaw ache is muscular, can acupuncture help?",
    ],
)
def test_the_dentist_as_a_place_or_a_referrer_is_no_tooth_question(text):
    assert not_covered_subject(text) is None


# From heldout16's failure classes (issue 11).
def test_a_desk_job_in_the_story_is_no_product_question(store):
    d = route(
        ask(
            "I work a desk job. which is better for my neck, acupuncture or dry needling?",
            intent="ask_difference",
            confidence=0.8,
        ),
        store,
    )
    assert d.kind == "kb", (d.rule, d.subject)


# From heldout17's failure classes (issue 11).
@pytest.mark.parametrize(
    ("story", "question"),
    [
        (
            "had a fusion in my lower back two years ago and my physio now suggests dry needling.",
            "what does it actually do?",
        ),
        ("knee replacement last year, physio mentioned IMS for my thigh.", "what does it do exactly?"),
        (
            "j'ai été opéré du dos l'an dernier, ma physio propose des aiguilles sèches.",
            "ça fait quoi exactement?",
        ),
    ],
)
def test_what_it_does_after_an_operation_in_the_story_is_answered(store, story, question):
    d = route(ask(question, story=story, intent="ask_overview", confidence=0.7), store)
    assert d.kind == "kb" and d.entry.topic == "overview", (d.rule, d.subject)


# From heldout17's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "is acupuncture the same as dry needling? my dentist brought it up",
        "my dentist recommended dry needling, how is it different from acupuncture?",
        "c'est quoi la différence entre acupuncture et dry needling? mon dentiste m'a parlé des deux",
    ],
)
def test_a_dentist_who_mentioned_needling_is_no_subject(store, message):
    d = route(ask(message, intent="ask_difference", confidence=0.8), store)
    assert d.kind == "kb", (d.rule, d.subject)


# From heldout18's failure classes (issue 11).
@pytest.mark.parametrize(
    "question, story",
    [
        ("je peux avoir de l'acupuncture autour?", "j'ai une prothèse de hanche depuis l'an passé."),
        ("can they needle around it?", "i got a knee replacement in june."),
        ("is dry needling ok near it?", "my hip was replaced two years ago."),
        ("on peut piquer à côté?", "on m'a posé une prothèse d'épaule."),
    ],
)
def test_needling_around_a_joint_replacement_told_in_the_story_is_declined(store, question, story):
    declined_as_safety(store, question, "joint_replacement", story=story)


# From heldout18's failure classes (issue 11).
def test_an_age_limit_is_still_declined(store):
    declined_as_safety(store, "y a-t-il une limite d'âge pour l'acupuncture?", "older_adults")


# From heldout18's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "cashier here, on my feet all day, would acupuncture help my heels?",
        "i work as a cashier and my lower back aches, could dry needling help?",
    ],
)
def test_a_cashiers_pain_is_no_payment_question(store, message):
    d = route(ask(message, intent="ask_conditions", confidence=0.8), store)
    assert d.kind == "kb", (d.rule, d.subject)


# From heldout19's failure classes (issue 11).
@pytest.mark.parametrize(
    "question, story",
    [
        ("what was he checking?", "she looked at my tongue and then took my pulse on both wrists."),
        ("what was she feeling for?", "the acupuncturist took my pulse for a long time."),
        ("what were they looking for?", "they checked my pulse on each wrist before the needles."),
        (
            "qu'est-ce qu'elle vérifiait?",
            "l'acupunctrice a pris mon pouls longtemps, pulse diagnosis je crois.",
        ),
    ],
)
def test_what_the_practitioner_checked_in_the_story_is_declined(store, question, story):
    declined_as_safety(store, question, "other_tcm", intent="ask_technique", story=story)


# From heldout19's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "tattoo artist here, carpal tunnel in my wrist. can dry needling help?",
        "i work in a tattoo shop and my thumb aches, can acupuncture help?",
        "tattoo apprentice with a sore neck from leaning over, would IMS help?",
    ],
)
def test_a_tattoo_job_is_not_a_tattoo(store, message):
    assert all(s.id != "skin" for s in subjects.not_covered_subjects(message))


# From heldout29's failure classes (issue 11, tuner UE).
@pytest.mark.parametrize(
    "question,story",
    [
        # a remedy or a bad memory told beside a question needling or the front desk answers
        ("would acupuncture help my tendinitis instead?", "i've tried clay poultices for weeks."),
        ("can dry needling help my elbow?", "been putting castor oil packs on it."),
        ("when is my appointment again?", "my memory is shot lately."),
    ],
)
def test_a_remedy_or_memory_told_in_the_story_is_no_subject(store, question, story):
    d = route(ask(question, story=story, intent="ask_conditions", confidence=0.8), store)
    assert d.reason != "not_covered", (d.kind, d.rule, d.subject and d.subject.id)


# From heldout30's failure classes (issue 11, tuner UH).
@pytest.mark.parametrize(
    "message",
    [
        "Can dry needling help my knee if I already wear a knee brace?",
        "i wear orthotics for flat feet, would IMS help my plantar fasciitis",
        "je porte des semelles depuis un an, est-ce que l'acupuncture pourrait aider mon talon?",
    ],
)
def test_gear_told_in_the_story_of_a_needling_question_is_answered(store, message):
    """Whether needling helps is answered; the brace or insoles are only the story."""
    d = route(ask(message, intent="ask_conditions", confidence=0.8), store)
    assert d.kind == "kb", (d.kind, d.reason, d.subject and d.subject.id)
