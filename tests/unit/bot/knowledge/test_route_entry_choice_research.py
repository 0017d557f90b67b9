"""The research entries: whether needling helps, reduces or would speed up a problem told, whether
people get relief, whether it is worth trying, what to make of a study, proof for an employer and
the sceptics' questions are answered from the evidence for that condition, whatever unsure
hand-off or booking guess the classifier made; asking to book for the problem stays a booking.

Why: "does it work for me?" is the question most patients come with.

The tests come from the failure classes of issue 11's held-out sets (heldout9 to heldout31, and
the session 10 logistics and session-talk classes), each tested on new wordings in English and
French; the comment above each test names the set whose failure class it covers."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask


# From heldout9's failure classes (issue 11).
@pytest.mark.parametrize(
    "text",
    [
        "is dry needling just a fancy placebo?",
        "faut-il y croire pour que l'acupuncture marche?",
        "isn't this all woo?",
    ],
)
def test_sceptics_get_the_evidence(store, text):
    d = route(ask(text, intent="nlu_fallback", confidence=0.3), store)
    assert d.kind == "kb" and d.topic == "evidence"


# From heldout10's failure classes (issue 11).
@pytest.mark.parametrize(
    "story,question,named,condition",
    [
        (
            "J'ai des maux de tête depuis des mois.",
            "Est-ce que l'IMS pourrait réduire les épisodes?",
            "ims",
            "migraine_headache",
        ),
        (
            "Migraines every week for years.",
            "Could acupuncture reduce the attacks?",
            "acupuncture",
            "migraine_headache",
        ),
    ],
)
def test_asking_whether_needling_reduces_a_told_condition_is_the_research(
    store, story, question, named, condition
):
    d = route(
        ask(question, story, intent="ask_safety", confidence=0.55, named=[named], conditions=[condition]),
        store,
    )
    assert d.kind == "kb" and d.entry.topic in ("evidence", "conditions")


# From heldout11's failure classes (issue 11).
@pytest.mark.parametrize(
    "story,question,named",
    [
        (
            "My grandad is 84 with osteoarthritis in his knee, the stairs are getting hard.",
            "Would dry needling ease it at his age?",
            ["dry_needling"],
        ),
        (
            "Ma mère a 79 ans et de l'arthrose à la hanche.",
            "L'acupuncture pourrait la soulager?",
            ["acupuncture"],
        ),
    ],
)
def test_an_unsure_handoff_guess_does_not_override_asking_whether_needling_helps(
    store, story, question, named
):
    q = ask(
        question,
        story,
        intent="human_handoff",
        confidence=0.4,
        named=named,
        conditions=["knee_osteoarthritis", "hip_osteoarthritis"],
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence")


# From heldout12's failure classes (issue 11).
@pytest.mark.parametrize(
    "question,story,condition",
    [
        (
            "do people actually get relief from dry needling for it?",
            "Tennis elbow for a year.",
            "tendinopathy",
        ),
        ("would IMS make it better or worse?", "Fibro for 5 years.", "fibromyalgia"),
    ],
)
def test_asking_whether_people_get_relief_is_about_the_research(store, question, story, condition):
    q = ask(question, story, intent="ask_choosing", named=["dry_needling"], conditions=[condition])
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence"), (d.rule, d.entry)


# From heldout12's failure classes (issue 11).
@pytest.mark.parametrize(
    "question,story",
    [
        ("is that true?", "I read a recent study saying IMS barely beats fake needling."),
        ("qu'en pensez-vous?", "Une nouvelle étude dit que l'acupuncture ne marche pas pour le dos."),
    ],
)
def test_what_to_make_of_a_study_told_before_is_the_research(store, question, story):
    d = route(ask(question, story, intent="ask_origins", named=["ims"]), store)
    assert d.kind == "kb" and d.entry.topic == "evidence"


# From heldout12's failure classes (issue 11).
def test_asking_whether_needling_would_speed_things_up_is_about_the_research(store):
    q = ask(
        "would dry needling speed things up?",
        "Golfer's elbow for 3 months.",
        intent="ask_treatment_course",
        named=["dry_needling"],
        conditions=["tendinopathy"],
    )
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence"), (d.rule, d.entry)


# From heldout13's failure classes (issue 11).
@pytest.mark.parametrize(
    "question,story,condition",
    [
        (
            "should I give acupuncture a go?",
            "Ever since my concussion last fall I get pounding headaches.",
            "migraine_headache",
        ),
        (
            "would dry needling sort it instead?",
            "Achilles tendon sore for months, the doctor suggested a PRP shot.",
            "tendinopathy",
        ),
    ],
)
def test_one_treatment_tried_for_the_problem_told_asks_whether_it_helps(store, question, story, condition):
    named = ["dry_needling"] if "dry needling" in question else ["acupuncture"]
    q = ask(question, story, intent="ask_choosing", confidence=0.6, named=named, conditions=[condition])
    d = route(q, store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence"), (
        d.rule,
        d.subject,
        d.entry and d.entry.id,
    )


WORTH_TRYING = [
    ("golfer's elbow keeps flaring up every season.", "is IMS worth a try for it?", ["ims"]),
    ("achilles tendinitis since the marathon.", "would dry needling even help?", ["dry_needling"]),
    ("tendinite au coude depuis l'été.", "ça vaut le coup d'essayer l'acupuncture pour ça?", ["acupuncture"]),
]


# From heldout29's failure classes (issue 11, tuner UF).
@pytest.mark.parametrize("story,question,named", WORTH_TRYING)
def test_worth_trying_needling_for_a_problem_is_the_research_not_a_booking(store, story, question, named):
    q = ask(question, story=story, intent="book", confidence=0.9, named=named, conditions=["tendinopathy"])
    d = route(q, store)
    assert d.kind == "kb" and d.topic in ("conditions", "evidence"), (d.kind, d.rule, d.topic)


# From heldout29's failure classes (issue 11, tuner UF).
def test_asking_to_book_for_the_problem_stays_a_booking(store):
    q = ask(
        "can i book dry needling for it next week?",
        story="achilles tendinitis since the marathon.",
        intent="book",
        named=["dry_needling"],
        conditions=["tendinopathy"],
    )
    assert route(q, store).kind == "booking"


# From heldout29's failure classes (issue 11, tuner UF).
@pytest.mark.parametrize(
    "question",
    [
        "my boss wants proof acupuncture works before the plan pays, is there any?",
        "mon patron veut une preuve que l'acupuncture marche, il y a des études?",
    ],
)
def test_proof_that_needling_works_for_an_employer_is_the_research(store, question):
    d = route(ask(question, intent="ask_evidence", confidence=0.8, named=["acupuncture"]), store)
    assert d.kind == "kb" and d.topic == "evidence", (d.kind, d.rule, d.topic)
