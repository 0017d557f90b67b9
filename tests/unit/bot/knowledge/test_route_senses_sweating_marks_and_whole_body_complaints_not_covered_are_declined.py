"""Complaints no entry names, asked as "can needling help?", are declined plainly with who can
help, not answered from the general conditions entry (written rule 2; session 16, wordings of our
own for the class heldout68-71 showed): the sense of smell or taste lost, heavy sweating,
haemorrhoids, bad breath, stretch marks, polio's weak leg, tremors, vitiligo, varicose veins in
French, COPD in French, inflammation of the whole body, cold hands, a medicine named by what it is
for; and, of the needles themselves, how deep they go asked the other way round in French and a
needle found still in after a visit (written rule 4). A named one-area problem (tennis elbow)
stays answered."""

import pytest

from tests.helpers.route_questions import answered, declined


@pytest.mark.parametrize(
    "message, subject",
    [
        ("since covid I've lost my sense of smell, could acupuncture bring it back?", "other_complaints"),
        ("est-ce que l'acupuncture aide à retrouver le goût?", "other_complaints"),
        (
            "my palms are so sweaty I can't hold a pen, can acupuncture help hyperhidrosis?",
            "other_complaints",
        ),
        ("l'acupuncture soulage-t-elle les hémorroïdes?", "other_complaints"),
        ("could acupuncture cure my bad breath?", "everyday_complaints"),
        ("can acupuncture get rid of the stretch marks on my hips?", "cosmetic"),
        ("I had polio as a child and my left leg is weak, can IMS strengthen it?", "neurological"),
        ("would acupuncture calm my grandmother's tremors?", "neurological"),
        ("can acupuncture repigment vitiligo patches?", "skin"),
        ("j'ai des varices sur les mollets, l'acupuncture peut aider?", "skin"),
        ("mon père a une BPCO, l'acupuncture l'aiderait à mieux respirer?", "respiratory_immune"),
        ("can acupuncture lower chronic inflammation in my body?", "respiratory_immune"),
        ("does acupuncture do anything for cold hands? mine are like ice", "heart_blood_pressure"),
        ("is acupuncture ok for someone on migraine tablets?", "medication"),
    ],
)
def test_uncovered_complaints_are_declined(store, message, subject):
    declined(store, message, subject, "ask_conditions", named=["acupuncture"])


@pytest.mark.parametrize(
    "message, intent, subject",
    [
        ("les aiguilles s'enfoncent jusqu'où dans l'épaule?", "ask_technique", "needle_depth"),
        (
            "there's still a needle in my ear from Thursday's session, is that ok?",
            "ask_safety",
            "needle_incident",
        ),
        (
            "j'ai encore une aiguille dans le dos depuis hier soir, je l'enlève?",
            "ask_safety",
            "needle_incident",
        ),
    ],
)
def test_a_needles_depth_or_one_left_in_is_declined(store, message, intent, subject):
    declined(store, message, subject, intent, named=["acupuncture"])


def test_a_named_one_area_problem_stays_answered(store):
    answered(store, "can acupuncture help my tennis elbow?", "ask_conditions", 0.9, named=["acupuncture"])
