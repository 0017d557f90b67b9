"""Subjects the five documents do not cover, asked in words that sit beside an entry, get the
honest not-covered decline (who can help) instead of the nearby entry, a booking or a hand-off:
ear seeds and ear seeding, a face's glow, face lifting by needles and face rollers, memory and
concentration for study, mononucleosis, a desk or a chair judged for the back, tape worn after a
session, bone density and its scan, night sweats, how long to wait after an injection told in the
story, a place in a care home, a guide dog, phantom limb pain, a spinal cord injury by its other
names (paraplegia, "a para", the injury level, spasticity), a child with a word before its age,
pressure wristbands for travel sickness.

Why: written rules 2 and 5 and knowledge/not_covered.yml; heldout60-64 had such questions answered
from the conditions, evidence, practitioners or after-care entries, booked or handed off. Every
wording here is our own, in both languages. What the entries do answer stays answered: stress
and sleep, how acupuncturists are trained, nausea asked by someone who gets seasick, a bruise."""

import pytest

from bot.knowledge.subjects import not_covered_subject
from tests.helpers.route_questions import declined


@pytest.mark.parametrize(
    "message, subject, intent",
    [
        ("do ear seeds actually calm anxiety or is it all hype?", "ear_acupuncture", "ask_conditions"),
        ("my friend swears by ear seeding for cravings, legit?", "ear_acupuncture", "ask_evidence"),
        ("des graines sur les oreilles pour dormir, ça vaut la peine?", "ear_acupuncture", "ask_conditions"),
        ("les billes d'oreille aident-elles vraiment contre l'anxiété?", "ear_acupuncture", "ask_evidence"),
        ("could needles give my skin that healthy glow everyone posts about?", "cosmetic", "ask_conditions"),
        ("l'acu-lifting, est-ce que ça raffermit vraiment les joues?", "cosmetic", "ask_conditions"),
        ("is a rose quartz roller any good for puffiness?", "cosmetic", "ask_conditions"),
        ("un rouleau en quartz, c'est mieux que le jade pour la peau?", "cosmetic", "ask_conditions"),
        ("will acupuncture help me focus when I study?", "performance_boost", "ask_conditions"),
        (
            "l'acupuncture peut-elle m'aider à mieux mémoriser pour mes examens?",
            "performance_boost",
            "ask_conditions",
        ),
        ("can needling speed up getting over mononucleosis?", "respiratory_immune", "ask_conditions"),
        (
            "j'ai la mononucléose depuis trois semaines, l'acupuncture peut aider?",
            "respiratory_immune",
            "ask_conditions",
        ),
        (
            "is a kneeling chair better for lower back pain than my office chair?",
            "products",
            "ask_conditions",
        ),
        ("un bureau assis-debout, c'est vraiment mieux pour le dos?", "products", "ask_conditions"),
        ("is it ok to put rocktape on my calf after IMS?", "aftercare_actions", "ask_aftercare"),
        ("je peux mettre du taping sur mon épaule après la séance?", "aftercare_actions", "ask_aftercare"),
        ("my doctor wants a DEXA scan, should I do it before acupuncture?", "bone_disease", "ask_safety"),
        ("l'acupuncture aide-t-elle la densité osseuse après 60 ans?", "bone_disease", "ask_conditions"),
        (
            "I wake up drenched from night sweating, could acupuncture stop it?",
            "menopause_hormones",
            "ask_conditions",
        ),
        (
            "je transpire toutes les nuits, l'acupuncture peut régler ça?",
            "menopause_hormones",
            "ask_conditions",
        ),
        ("how do we get dad onto the long-term care waiting list?", "other_trades", "ask_booking"),
        (
            "ma mère attend une place en CHSLD depuis un an, vous savez comment accélérer?",
            "other_trades",
            "ask_booking",
        ),
        ("who trains service dogs and how do I get one?", "other_trades", "ask_contact"),
        ("la liste d'attente pour un chien-guide Mira est de combien?", "other_trades", "ask_contact"),
        ("do needles do anything for phantom pains after an amputation?", "neurological", "ask_conditions"),
        ("les douleurs fantômes du bras, l'acupuncture peut soulager?", "neurological", "ask_conditions"),
        ("I'm tetraplegic with spasms in my legs, would IMS help?", "neurological", "ask_conditions"),
        (
            "mon mari est tétraplégique, l'acupuncture aide pour les douleurs?",
            "neurological",
            "ask_conditions",
        ),
        ("are sea bands worth it for car sickness?", "self_treatment", "ask_conditions"),
        (
            "les bracelets anti-nausée marchent pour le mal des transports?",
            "self_treatment",
            "ask_conditions",
        ),
        ("ma fille anxieuse a 12 ans, l'acupuncture pourrait l'aider?", "children", "ask_conditions"),
        ("my deaf daughter is 8, can she have acupuncture for headaches?", "children", "ask_conditions"),
    ],
)
def test_uncovered_subject_beside_an_entry_is_declined(store, message, subject, intent):
    declined(store, message, subject, intent, confidence=0.8)


@pytest.mark.parametrize(
    "story, question",
    [
        ("Had a steroid injection in my hip on Tuesday.", "Can I get dry needling Friday or should I wait?"),
        ("Infiltration au genou lundi.", "Je peux avoir de l'IMS jeudi ou il faut attendre?"),
    ],
)
def test_waiting_after_an_injection_told_in_the_story_is_declined(store, story, question):
    declined(store, question, "injections", "ask_safety", confidence=0.8, story=story)


@pytest.mark.parametrize(
    "message",
    [
        "how long do acupuncturists train before they can practise?",
        "what training does your physio have for dry needling?",
        "can acupuncture help my stress before exams?",
        "l'acupuncture aide-t-elle pour le sommeil?",
        "does dry needling help with focus on the muscle knot or the whole area?",
        "can I bring my guide dog to my appointment?",
        "will I bruise on my face after needling for TMJ?",
        "is my acupuncturist trained to become certified in dry needling?",
    ],
)
def test_answered_questions_near_these_subjects_name_none(message):
    assert not_covered_subject(message) is None
