"""Issue 11, heldout18's failure classes, tested on new wordings (EN and FR).

Subjects no document covers are declined with who can help, not answered from a nearby entry:
needling around a joint replacement asked as "around it" / "autour", feeling too drowsy to drive,
a supplement or sleep aid taken with treatment, electricity on the needles, a medicine that might
"cancel out" treatment (no cancelled visit), feeling anxious or on edge afterwards (written rule 6),
a drug test, a broken bone mending. Buying boots and coaching lifting form are declined too.
Logistics: what to wear when coming from work, a receipt asked for in French go to the clinic.
Answerable ones stay answered: needles compared with a flu shot's, safety for an older person,
a cashier's sore feet, a needle-fearing patient's "what should I know".
"""

import pytest

from bot.knowledge import subjects
from bot.knowledge.route import route
from tests.helpers.route_questions import ask, declined


def _declined(store, message, subject, intent="ask_safety", **kw):
    return declined(store, message, subject, intent, **kw)


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
    _declined(store, question, "joint_replacement", story=story)


@pytest.mark.parametrize(
    "message",
    [
        "will acupuncture make me too sleepy to drive safely?",
        "i have to drive a forklift straight after my session, will dry needling make me drowsy?",
        "est-ce que je vais être trop somnolente pour conduire après l'acupuncture?",
        "will IMS leave me groggy behind the wheel?",
    ],
)
def test_drowsy_before_driving_is_declined(store, message):
    _declined(store, message, "driving_after")


@pytest.mark.parametrize(
    "message",
    [
        "i take melatonin every night, is that fine with acupuncture?",
        "can i keep taking my magnesium supplements while doing dry needling?",
        "je prends de la mélatonine pour dormir, c'est correct avec l'acupuncture?",
        "is it ok to use a sleep aid the night after IMS?",
    ],
)
def test_a_supplement_or_sleep_aid_with_treatment_goes_to_the_pharmacist(store, message):
    d = _declined(store, message, "medication")
    assert d.subject.ask == "pharmacist"


@pytest.mark.parametrize(
    "message",
    [
        "et avec l'électricité sur les aiguilles, ça donne quoi?",
        "what does running a current through the needles do?",
        "le courant branché aux aiguilles, c'est pour quoi?",
    ],
)
def test_electricity_on_the_needles_is_declined(store, message):
    _declined(store, message, "electroacupuncture", intent="ask_technique")


@pytest.mark.parametrize(
    "message",
    [
        "will tylenol cancel out the dry needling?",
        "does ibuprofen cancel the benefits of acupuncture?",
        "est-ce que l'advil annule les effets de l'IMS?",
    ],
)
def test_a_medicine_cancelling_out_treatment_is_no_cancelled_visit(store, message):
    assert subjects.clinic_topic(message) is None
    d = _declined(store, message, "medication", intent="ask_aftercare")
    assert d.kind != "clinic"


def test_cancelling_a_visit_is_still_a_cancellation():
    assert subjects.clinic_topic("i need to cancel my appointment tomorrow") == "cancellation"
    assert subjects.clinic_topic("je dois annuler mon rendez-vous") == "cancellation"


@pytest.mark.parametrize(
    "message",
    [
        "i was jittery and wired all night after my acupuncture session, is that normal?",
        "felt really on edge after IMS yesterday, why?",
        "je me sentais anxieuse toute la soirée après ma séance, c'est normal?",
    ],
)
def test_feeling_anxious_after_a_session_is_declined_rule_6(store, message):
    d = _declined(store, message, "session_mood", intent="ask_aftercare")
    assert d.subject.ask == "clinic"


@pytest.mark.parametrize(
    "message",
    [
        "i'm anxious about needles before my first session, what does it feel like?",
        "i felt calmer and less anxious after acupuncture, is that common?",
    ],
)
def test_anxiety_before_or_eased_is_not_an_after_effect(message):
    assert "session_mood" not in {s.id for s in subjects.not_covered_subjects(message)}


@pytest.mark.parametrize(
    "message",
    [
        "could acupuncture make me fail a drug test?",
        "will IMS show up on a urine screen at work?",
        "l'acupuncture peut-elle fausser un test de dépistage de drogues?",
        "on a des tests antidrogue au travail, l'acupuncture peut-elle poser problème?",
    ],
)
def test_a_drug_test_is_declined(store, message):
    _declined(store, message, "drug_test")


@pytest.mark.parametrize(
    "message",
    [
        "does acupuncture help a fractured wrist heal faster?",
        "can dry needling help my broken ankle mend quicker?",
        "est-ce que l'acupuncture aide une fracture à guérir plus vite?",
    ],
)
def test_a_broken_bone_mending_is_declined(store, message):
    _declined(store, message, "bone_healing", intent="ask_conditions")


def test_stiffness_after_a_fracture_healed_is_not_bone_healing():
    message = "my wrist fracture healed last year but it's still stiff, would dry needling help?"
    assert "bone_healing" not in {s.id for s in subjects.not_covered_subjects(message)}


@pytest.mark.parametrize(
    "message, subject",
    [
        ("which steel toe boots are best for standing all day?", "products"),
        ("quelles bottes de travail sont les meilleures pour mes pieds?", "products"),
        ("how can i improve my deadlift technique?", "exercise_advice"),
        ("how do i stop my knees caving in when i squat?", "exercise_advice"),
        ("comment corriger ma technique de squat?", "exercise_advice"),
    ],
)
def test_product_advice_and_exercise_coaching_are_declined(message, subject):
    assert subject in {s.id for s in subjects.not_covered_subjects(message)}


@pytest.mark.parametrize(
    "message",
    [
        "what shoud i wear for IMS? i'm coming straight from work",
        "i'll be coming from work in my scrubs, is that ok?",
        "je viens directement du travail en jupe, c'est correct?",
        "je viens du bureau en tailleur, ça va pour la séance?",
    ],
)
def test_what_to_wear_coming_from_work_is_the_clinics_answer(message):
    assert subjects.clinic_topic(message) == "what_to_bring"


def test_working_in_a_suit_is_no_question_about_what_to_wear():
    assert subjects.clinic_topic("i work in a suit, can acupuncture help my back?") is None


@pytest.mark.parametrize(
    "message",
    [
        "pouvez-vous me faire un reçu pour mes impôts?",
        "vous pouvez me fournir une facture pour mes impôts?",
    ],
)
def test_a_receipt_for_taxes_asked_in_french_goes_to_the_front_desk(store, message):
    d = route(ask(message, intent="ask_insurance", confidence=0.7), store)
    assert d.kind == "contact", (d.rule, d.subject)


@pytest.mark.parametrize(
    "message",
    [
        "are acupuncture needles anything like the ones for flu shots?",
        "are the needles thinner than a blood test needle?",
        "les aiguilles sont-elles comme celles des vaccins?",
    ],
)
def test_needles_compared_with_a_shot_are_answered(store, message):
    d = route(ask(message, intent="ask_needles", confidence=0.7), store)
    assert d.kind == "kb", (d.rule, d.subject)


@pytest.mark.parametrize(
    "message",
    ["is acupuncture safe for an elderly person?", "est-ce sécuritaire pour une personne âgée?"],
)
def test_safety_for_an_older_person_is_answered(store, message):
    d = route(ask(message, intent="ask_safety", confidence=0.8, named=["acupuncture"]), store)
    assert d.kind == "kb", (d.rule, d.subject)


def test_an_age_limit_is_still_declined(store):
    _declined(store, "y a-t-il une limite d'âge pour l'acupuncture?", "older_adults")


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


@pytest.mark.parametrize(
    "story",
    [
        "i get shaky just thinking about needles.",
        "i cried at my last flu shot.",
        "je tremble rien qu'à penser aux aiguilles.",
    ],
)
def test_a_needle_fear_told_then_a_general_question_is_about_how_it_feels(store, story):
    d = route(
        ask("what should i know before i go?", story=story, intent="ask_choosing", confidence=0.6), store
    )
    assert d.kind == "kb" and d.topic == "sensation", (d.rule, d.topic)


@pytest.mark.parametrize(
    "message, subject",
    [
        ("felt an electric zap down my leg when the needle went in, is that normal?", "electroacupuncture"),
        (
            "ça fait comme une décharge électrique quand l'aiguille rentre, c'est normal?",
            "electroacupuncture",
        ),
        ("my current physio uses needles on my back, is that acupuncture?", "electroacupuncture"),
        ("i'm sleepy all day and drive for work, would acupuncture help?", "driving_after"),
        ("i feel anxious after my therapy appointments, can acupuncture help with that?", "session_mood"),
        ("do the needles inject anything? like cortisone or vitamins?", "medication"),
        ("fractured my wrist last year, it healed but still aches, would needling help?", "bone_healing"),
    ],
)
def test_near_neighbours_of_the_new_subjects_are_not_declined_by_them(message, subject):
    assert subject not in {s.id for s in subjects.not_covered_subjects(message)}
