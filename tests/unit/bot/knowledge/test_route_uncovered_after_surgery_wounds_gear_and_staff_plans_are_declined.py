"""Questions the five documents do not cover are declined with who can help, never answered from a
nearby entry, the clinic's fees or the unsure reply: needling over metal left in by a surgeon
(screws and rods, in French too), over a joint with a metal replacement, around staples, pain after a
spinal fusion (FR), an operation paid for privately; a burn or a wound asked to heal; frostbite;
Lyme disease; a shovel or snow blower to buy; moving a heavy load without hurting one's back; a
group health plan to set up for one's staff; swimming after a session when the rehab is in a pool;
going back to an activity right after (FR); dizziness on getting up off the table.

Why: written rules 2, 5, 6 and 9 (tests/real_questions/README.md). Each case is a wording of our own,
in English and French; the questions beside them that the entries answer stay answered."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask, declined


@pytest.mark.parametrize(
    "message, subject, intent",
    [
        (
            "I have titanium screws in my ankle from a fracture, is dry needling ok there?",
            "implants",
            "ask_safety",
        ),
        (
            "j'ai une plaque et des vis dans le poignet, on peut mettre des aiguilles là?",
            "implants",
            "ask_safety",
        ),
        ("des tiges en métal dans le cou depuis l'accident, l'IMS est possible?", "implants", "ask_safety"),
        ("is it ok to needle a hip that has an artificial joint?", "joint_replacement", "ask_safety"),
        (
            "my shoulder has a metal replacement now, can the physio still do IMS on it?",
            "joint_replacement",
            "ask_safety",
        ),
        (
            "the surgeon left the staples in for two weeks, can they needle near them?",
            "surgery",
            "ask_safety",
        ),
        ("on peut piquer près des agrafes de ma cicatrice au genou?", ("surgery", "skin"), "ask_safety"),
        ("est-ce que l'IMS aide après une laminectomie?", "surgery", "ask_conditions"),
        (
            "should I pay to have my knee replaced privately or stay on the surgery wait list?",
            ("surgery", "joint_replacement"),
            "ask_fees",
        ),
    ],
)
def test_needling_around_an_operation_is_declined(store, message, subject, intent):
    declined(store, message, subject, intent)


@pytest.mark.parametrize(
    "message, subject, intent",
    [
        (
            "burned my hand on the stove last month, would acupuncture speed up healing of the burn?",
            "skin",
            "ask_conditions",
        ),
        ("une brûlure d'huile sur le bras, l'acupuncture aide à guérir?", "skin", "ask_conditions"),
        ("the wound on my shin won't heal, could needling help it close?", "skin", "ask_conditions"),
        (
            "got frostbite on my toes snowmobiling, could acupuncture help the nerves come back?",
            "other_complaints",
            "ask_conditions",
        ),
        (
            "mes doigts ont eu des gelures l'hiver passé, les aiguilles peuvent aider?",
            ("other_complaints", "heart_blood_pressure"),
            "ask_conditions",
        ),
        ("does acupuncture do anything for lyme disease joint pain", "respiratory_immune", "ask_conditions"),
        (
            "j'ai la maladie de Lyme depuis l'été, est-ce que l'acupuncture peut aider?",
            "respiratory_immune",
            "ask_conditions",
        ),
    ],
)
def test_burns_wounds_frostbite_and_lyme_are_declined(store, message, subject, intent):
    declined(store, message, subject, intent)


@pytest.mark.parametrize(
    "message, subject, intent",
    [
        ("which snowblower is easiest on a bad back?", "products", "ask_choosing"),
        ("quelle pelle à neige est la meilleure pour le dos?", "products", "ask_choosing"),
        (
            "tips for hauling a canoe onto the truck without hurting my back?",
            "exercise_advice",
            "out_of_scope",
        ),
        (
            "des trucs pour sortir un orignal du bois sans me faire mal au dos?",
            "exercise_advice",
            "out_of_scope",
        ),
        (
            "I run a small shop with 5 employees, how do I set up a group benefits plan for them?",
            ("named_plan", "other_payers"),
            "ask_insurance",
        ),
        (
            "je veux offrir une assurance collective à mes employés, par où commencer?",
            ("named_plan", "other_payers"),
            "ask_insurance",
        ),
    ],
)
def test_gear_loads_and_a_staff_plan_are_declined(store, message, subject, intent):
    declined(store, message, subject, intent)


@pytest.mark.parametrize(
    "message, subject, intent",
    [
        (
            "can I go for a swim after my acupuncture tonight? I do aqua therapy for rehab at the pool",
            "aftercare_actions",
            "ask_aftercare",
        ),
        ("est-ce que je peux retourner nager juste après la séance?", "aftercare_actions", "ask_aftercare"),
        ("je peux remonter sur ma moto juste après?", "aftercare_actions", "ask_aftercare"),
        (
            "got a bit light-headed getting up off the table yesterday, why does that happen?",
            "session_faint",
            "ask_sensation",
        ),
        (
            "la tête qui tourne en descendant de la table après l'IMS, c'est pourquoi?",
            "session_faint",
            "ask_sensation",
        ),
    ],
)
def test_activities_right_after_and_dizziness_off_the_table_are_declined(store, message, subject, intent):
    declined(store, message, subject, intent)


@pytest.mark.parametrize(
    "message, intent",
    [
        ("does my group health plan cover acupuncture?", "ask_insurance"),
        ("can I do my rehab exercises after dry needling?", "ask_aftercare"),
        ("je peux faire mes exercices juste après la séance?", "ask_aftercare"),
        ("does it burn when the needle goes in?", "ask_sensation"),
        ("does acupuncture look at my whole health or just my sore knee?", "ask_evidence"),
        ("I work at Staples and my neck is sore, would acupuncture help?", "ask_conditions"),
        ("does dry needling help a calf strain heal faster?", "ask_conditions"),
        ("do you use disposable needles? I picked up an infection after my shoulder operation", "ask_safety"),
        ("vos aiguilles sont-elles jetables? infection après mon arthrodèse l'an passé", "ask_safety"),
    ],
)
def test_the_questions_beside_them_stay_answered(store, message, intent):
    d = route(ask(message, intent=intent, confidence=0.9), store)
    assert (d.kind, d.reason) != ("fallback", "not_covered"), d.subject
