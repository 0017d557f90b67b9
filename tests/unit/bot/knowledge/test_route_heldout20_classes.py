"""Issue 11, heldout20's failure classes, tested on new wordings (EN and FR).

Declined as not covered (written rules 2 and 5): what a named workers' board or public plan pays
(WorkSafeBC, WCB, CNESST, Travail sécuritaire NB, an ACC claim), losing a belly or a gut (weight
loss, "perdre ma bedaine"), and needling with osteoporosis or brittle bones. Answered from the
right entry: soreness from a race or a workout asked whether needling helps (conditions, not the
soreness a session leaves), sessions kept up as a tune-up with nothing wrong (treatment course),
needles placed away from the pain asked why (technique), a needle going into a lung (safety).
"""

from dataclasses import replace

import pytest

from bot.knowledge import subjects
from bot.knowledge.route import question_topic, route
from tests.helpers.route_questions import ask, declined


def _declined(store, message, subject, intent="ask_insurance", **kw):
    return declined(store, message, subject, intent, **kw)


@pytest.mark.parametrize(
    "message",
    [
        "will WorkSafeBC pay for my IMS after my shoulder injury at work?",
        "does the WCB cover acupuncture in Alberta?",
        "est-ce que la CNESST rembourse la puncture sèche?",
        "Travail sécuritaire NB couvre les traitements d'acupuncture?",
        "hurt my back on the job, does the workers compensation board pay for dry needling?",
        "will my ACC claim cover acupuncture?",
    ],
)
def test_a_named_workers_board_or_public_plan_is_declined(store, message):
    _declined(store, message, "other_payers")


@pytest.mark.parametrize(
    "message",
    [
        "can acupuncture help me lose my beer belly?",
        "can dry needling help me get rid of my gut?",
        "would acupuncture help shed the love handles?",
        "l'acupuncture peut m'aider à perdre ma bedaine?",
        "est-ce que ça aide à faire fondre le ventre?",
    ],
)
def test_losing_a_belly_is_weight_loss(store, message):
    _declined(store, message, "weight_loss", intent="ask_conditions")


@pytest.mark.parametrize(
    "message",
    [
        "diagnosed with osteoporosis last year, is dry needling in my back safe?",
        "my mom has brittle bones, can she get acupuncture?",
        "osteopenia here, can IMS be done near my hips?",
        "j'ai de l'ostéoporose, est-ce que les aiguilles sont sans danger pour moi?",
    ],
)
def test_osteoporosis_is_declined(store, message):
    _declined(store, message, "bone_disease", intent="ask_safety")


@pytest.mark.parametrize(
    "message",
    [
        "my gut pain comes and goes, can acupuncture help digestion?",
        "is acupuncture covered by insurance?",
        "my belly button area was sore after acupuncture, is that normal?",
    ],
)
def test_nearby_answerable_questions_are_not_declined_by_these(message):
    ids = {s.id for s in subjects.not_covered_subjects(message)}
    assert not ids & {"weight_loss", "bone_disease", "other_payers"}, ids


@pytest.mark.parametrize(
    "story, question, intent",
    [
        ("ran a half marathon saturday, quads are shot.", "would IMS help with that?", "ask_aftercare"),
        ("legs are dead after leg day.", "can dry needling help that kind of soreness?", "ask_sensation"),
        ("courbatures après mon marathon.", "est-ce que la puncture sèche peut aider?", "ask_aftercare"),
    ],
)
def test_soreness_from_exercise_asked_whether_needling_helps_is_conditions(story, question, intent):
    q = ask(question, story=story, intent=intent, confidence=0.5, named=["dry_needling"])
    assert question_topic(q) == "conditions"


def test_soreness_after_a_session_stays_after_care():
    q = ask(
        "does ice help with that soreness?",
        story="had dry needling after my run yesterday.",
        intent="ask_aftercare",
        confidence=0.6,
        named=["dry_needling"],
    )
    assert question_topic(q) == "aftercare"


@pytest.mark.parametrize(
    "story, question",
    [
        ("I'd like acupuncture once a month as a tune-up.", "do people do that?"),
        ("nothing hurts right now.", "can I do acupuncture for maintenance when I'm not injured?"),
        ("tout va bien en ce moment.", "est-ce que je peux faire des séances d'entretien même sans douleur?"),
    ],
)
def test_a_tune_up_with_nothing_wrong_is_the_treatment_course(story, question):
    q = ask(question, story=story, intent="ask_technique", confidence=0.5, named=["acupuncture"])
    assert question_topic(q) == "treatment_course"


@pytest.mark.parametrize(
    "story, question",
    [
        ("my physio wants to dry needle my calf not my foot.", "why the calf when it's my heel that hurts?"),
        ("she needled my hip, not my knee.", "why the hip if it's my knee that hurts?"),
        ("il pique le mollet.", "pourquoi le mollet alors que c'est le talon qui me fait mal?"),
    ],
)
def test_needles_away_from_the_pain_asked_why_is_technique(story, question):
    q = ask(question, story=story, intent="ask_sensation", confidence=0.5, named=["dry_needling"])
    assert question_topic(q) == "technique"


@pytest.mark.parametrize(
    "question",
    [
        "what if the needle went into my lung? would I even know?",
        "could a needle slip into my lung during IMS on my upper back?",
        "et si l'aiguille allait jusqu'au poumon?",
    ],
)
def test_a_needle_into_a_lung_is_safety(question):
    q = ask(question, intent="ask_technique", confidence=0.5, named=["ims"])
    assert question_topic(q) == "safety"


@pytest.mark.parametrize(
    "message",
    [
        "sore foot. the acupuncturist put needles in my hand for it?? how is that supposed to work",
        "my knee hurts and he stuck needles in my wrist for it, why?",
    ],
)
def test_needles_put_elsewhere_after_naming_a_treatment_is_technique(store, message):
    story, question = message.rsplit(". ", 1) if ". " in message else ("", message)
    d = route(
        ask(question, story=story, intent="inform_modality", confidence=0.8, named=["acupuncture"]), store
    )
    assert d.kind == "kb" and d.entry.topic in ("technique", "overview"), (d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "story, question",
    [
        (
            "my heart was pounding just from seeing the needles on the tray.",
            "I'm terrified of them. can I still do this?",
        ),
        (
            "my pulse was racing just looking at the needles.",
            "honestly I'm scared of them, could I go through with it?",
        ),
        ("the needles freak me out.", "I'm petrified of them. is this even for me?"),
    ],
)
def test_a_fear_of_the_needles_told_with_them_is_how_it_feels(store, story, question):
    ranking = [("nlu_fallback", 0.3), ("ask_contact", 0.33), ("ask_sensation", 0.32)]
    q = ask(question, story=story, intent="nlu_fallback", confidence=0.3, ranking=ranking)
    d = route(replace(q, topics=["contact", "sensation"]), store)
    assert d.kind == "kb" and d.entry.topic == "sensation", (d.rule, d.entry and d.entry.id)


@pytest.mark.parametrize(
    "message, named",
    [
        (
            "cranky knee. honestly what's the difference between IMS and plain dry needling?",
            ["ims", "dry_needling"],
        ),
        ("my knee is bad. is acupuncture different from dry needling?", ["acupuncture", "dry_needling"]),
        ("j'ai mal au genou. c'est quoi la différence entre l'IMS et l'acupuncture?", ["ims", "acupuncture"]),
    ],
)
def test_the_difference_asked_with_a_condition_told_is_the_difference(store, message, named):
    q = ask(
        message, intent="ask_difference", confidence=0.95, named=named, conditions={"knee_osteoarthritis"}
    )
    d = route(replace(q, asked_conditions=frozenset({"knee_osteoarthritis"})), store)
    assert d.kind == "kb" and d.entry.topic == "difference", (d.rule, d.entry and d.entry.id)
