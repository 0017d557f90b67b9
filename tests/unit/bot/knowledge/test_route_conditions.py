"""Which conditions route() answers and which it declines: a named one-area musculoskeletal problem or
a symptom the entries answer (a clenched jaw, headaches after a concussion, stress with teeth
grinding, an illness that only holds the body part asked about) gets the condition entries, advice
about a body complaint is answered whatever hand-off the classifier guessed, while conditions the
documents never discuss (eye conditions, tetanus, concussion recovery itself, teeth and the mouth,
a toothache, osteoporosis, a broken bone mending, movement and circulation disorders) are declined
plainly with who can help, and their near neighbours stay answered.

Why: an entry about a nearby condition would read as a promise the documents never make.

The tests come from the failure classes of issue 11's held-out sets (heldout9 to heldout31, and
the session 10 logistics and session-talk classes), each tested on new wordings in English and
French; the comment above each test names the set whose failure class it covers."""

from dataclasses import replace

import pytest

from bot.knowledge import subjects
from bot.knowledge.route import _condition_only_inside, route
from bot.knowledge.subjects import not_covered_subject
from tests.helpers.route_questions import ask, declined, declined_as_insurance, declined_as_safety


# From heldout10's failure classes (issue 11).
@pytest.mark.parametrize(
    "story,question,intent,condition",
    [
        (
            "Lifting boxes all week, my lower back aches every evening.",
            "What would you suggest?",
            "ask_hours",
            "low_back_pain",
        ),
        ("My neck has been stiff since I started a new job.", "Any advice?", "ask_contact", "neck_pain"),
        (
            "Je jardine beaucoup et mon épaule me fait mal depuis l'été.",
            "Vous me conseillez quoi?",
            "ask_hours",
            "rotator_cuff",
        ),
    ],
)
def test_advice_about_a_body_complaint_is_answered_not_handed_off(store, story, question, intent, condition):
    d = route(ask(question, story, intent=intent, confidence=0.5, conditions=[condition]), store)
    assert d.rule == "personal_advice" and d.kind == "kb" and d.booking_offer
    assert d.entry.topic in ("conditions", "evidence")


# From heldout10's failure classes (issue 11).
@pytest.mark.parametrize(
    "text",
    [
        "my physio says it's jaw muscle tension from grinding. could dry needling loosen it?",
        "podiatrist diagnosed plantar fasciitis, how many IMS sessions would it take?",
    ],
)
def test_musculoskeletal_diagnoses_and_age_as_context_are_not_declined(text):
    assert not_covered_subject(text) is None


# From heldout12's failure classes (issue 11).
@pytest.mark.parametrize(
    "question,story",
    [
        ("could IMS relax the jaw muscles?", "I grind and clench so hard my dentist gave me a night guard."),
        ("l'acupuncture pourrait détendre ma mâchoire?", "Mon dentiste dit que je serre les dents la nuit."),
    ],
)
def test_a_clenched_jaw_the_dentist_noticed_is_musculoskeletal(store, question, story):
    d = route(ask(question, story, intent="ask_conditions", named=["ims"]), store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence"), (d.rule, d.reason)


# From heldout12's failure classes (issue 11).
@pytest.mark.parametrize(
    "question",
    [
        "my wisdom tooth aches, would acupuncture help the toothache?",
        "can they needle inside my mouth for jaw pain?",
    ],
)
def test_teeth_and_needling_inside_the_mouth_stay_declined(store, question):
    d = route(ask(question, intent="ask_conditions", named=["acupuncture"]), store)
    assert (d.kind, d.reason, d.subject.id) == ("fallback", "not_covered", "dental")


# From heldout13's failure classes (issue 11).
@pytest.mark.parametrize(
    "question,story,condition",
    [
        (
            "should I try acupuncture?",
            "Since my concussion in March I get headaches nearly every day.",
            "migraine_headache",
        ),
        (
            "could dry needling do anything for the neck pain?",
            "Got concussed playing rugby, neck stiff ever since.",
            "neck_pain",
        ),
    ],
)
def test_headaches_or_neck_pain_after_a_concussion_are_answered(store, question, story, condition):
    q = ask(question, story, intent="ask_conditions", named=["acupuncture"], conditions=[condition])
    d = route(replace(q, asked_conditions=frozenset([condition])), store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence"), (d.rule, d.subject)


# From heldout13's failure classes (issue 11).
def test_recovery_from_a_concussion_itself_is_still_declined(store):
    d = route(
        ask("is acupuncture safe while I'm still recovering from a concussion?", intent="ask_safety"), store
    )
    assert (d.kind, d.subject.id) == ("fallback", "head_injury")


# From heldout17's failure classes (issue 11).
def test_a_toothache_is_still_declined(store):
    d = route(ask("my dentist said acupuncture might help my toothache, does it?"), store)
    assert d.kind == "fallback" and d.subject.id == "dental"


# From heldout18's failure classes (issue 11).
@pytest.mark.parametrize(
    "message",
    [
        "does acupuncture help a fractured wrist heal faster?",
        "can dry needling help my broken ankle mend quicker?",
        "est-ce que l'acupuncture aide une fracture à guérir plus vite?",
    ],
)
def test_a_broken_bone_mending_is_declined(store, message):
    declined_as_safety(store, message, "bone_healing", intent="ask_conditions")


# From heldout18's failure classes (issue 11).
def test_stiffness_after_a_fracture_healed_is_not_bone_healing():
    message = "my wrist fracture healed last year but it's still stiff, would dry needling help?"
    assert "bone_healing" not in {s.id for s in subjects.not_covered_subjects(message)}


# From heldout19's failure classes (issue 11).
@pytest.mark.parametrize(
    "message, subject",
    [
        ("can IMS help focal dystonia in my hand?", "neurological"),
        ("would acupuncture do anything for essential tremor?", "neurological"),
        ("est-ce que l'acupuncture aide la dystonie?", "neurological"),
        ("does dry needling help writer's cramp? my hand seizes when i write", "neurological"),
        ("can acupuncture help raynaud's? my toes go white in winter", "heart_blood_pressure"),
        ("is acupuncture good for chilblains?", "heart_blood_pressure"),
        ("l'acupuncture peut aider le syndrome de raynaud?", "heart_blood_pressure"),
    ],
)
def test_movement_and_circulation_disorders_are_declined(store, message, subject):
    declined_as_safety(store, message, subject, intent="ask_conditions")


# From heldout20's failure classes (issue 11).
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
    declined_as_insurance(store, message, "weight_loss", intent="ask_conditions")


# From heldout20's failure classes (issue 11).
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
    declined_as_insurance(store, message, "bone_disease", intent="ask_safety")


# From heldout20's failure classes (issue 11).
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


# From heldout21's failure classes (issue 11).
@pytest.mark.parametrize(
    "story, question, only_inside",
    [
        ("restless legs every night, drives me mad.", "does acupuncture help with that?", True),
        ("j'ai le syndrome des jambes sans repos.", "ça peut aider?", False),
        ("my calves ache and i have restless legs.", "can it help with that?", False),
        ("nearly passed out at a blood test once.", "how do i get past the fear for my back?", False),
    ],
)
def test_an_illness_holding_the_only_body_part(story, question, only_inside):
    q = ask(question, story=story)
    term = "restless legs" if "restless" in story else "blood test"
    assert _condition_only_inside(q, term) is only_inside


# From heldout30's failure classes (issue 11, tuner UH).
@pytest.mark.parametrize(
    "question",
    [
        "could acupuncture help my anxiety? I'm grinding my teeth at night and sleeping badly",
        "l'acupuncture aide contre le stress ? je grince des dents et je dors mal avec le travail",
        "does acupuncture help stress? work has me gnashing my teeth",
    ],
)
def test_stress_told_with_teeth_grinding_is_answered(store, question):
    d = route(ask(question, intent="ask_conditions", confidence=0.8, named=["acupuncture"]), store)
    assert d.kind == "kb" and d.entry.topic in ("conditions", "evidence"), (d.kind, d.rule)


# From heldout30's failure classes (issue 11, tuner UH).
def test_a_toothache_stays_declined(store):
    declined(
        store, "can acupuncture help a toothache?", "dental", "ask_conditions", 0.8, named=["acupuncture"]
    )
