"""Issue 11, heldout31's classes (tuner UI), tested on other wordings in English and French.

Declined plainly, with who can help: running or sport the same evening asked as "peut-on"
(written rule 9); feeling buzzy, as after coffee, after a session (written rule 6); needling oneself at
home or with a kit bought online. Answered: a fear of needles told with feeling faint at
pictures or videos, tears at the moment the needle found the knot (how it feels), and the
French name of a trigger point asked with a filler word."""

import pytest

from bot.knowledge.route import route
from tests.helpers.route_questions import ask

INTENTS = [("ask_aftercare", 0.6), ("ask_treatment_course", 0.5), ("out_of_scope", 0.9)]


@pytest.mark.parametrize("intent,confidence", INTENTS)
@pytest.mark.parametrize(
    "question,subject",
    [
        # sport the same evening, asked as "peut-on" / "pourrait-on" (written rule 9)
        ("peut-on nager le soir même après l'acupuncture ?", "aftercare_actions"),
        ("pourrait-on jouer au soccer le même jour après une séance d'IMS ?", "aftercare_actions"),
        ("est-il possible de faire du vélo le soir même après la puncture ?", "aftercare_actions"),
        # wired or buzzy after a session (written rule 6)
        ("after my dry needling I was buzzing all evening, does that happen?", "session_reaction"),
        (
            "felt odd after acupuncture today, like I'd downed three coffees, weird?",
            "session_reaction",
        ),
        (
            "après ma séance d'acupuncture j'étais survoltée toute la soirée, c'est connu ?",
            "session_reaction",
        ),
        # needling oneself, at home or with a kit
        ("could I practice needling on myself if I watch videos?", "self_treatment"),
        ("there are dry needling kits on amazon, are they safe to use?", "self_treatment"),
        ("j'ai vu des kits en ligne, est-ce que je peux me piquer à la maison ?", "self_treatment"),
        ("j'ai vu ça sur amazon, je peux me piquer chez moi ?", "self_treatment"),
    ],
)
def test_the_subject_the_documents_do_not_cover_is_declined(store, question, subject, intent, confidence):
    d = route(ask(question, intent=intent, confidence=confidence), store)
    assert (d.kind, d.reason) == ("fallback", "not_covered"), (d.kind, d.rule, d.entry and d.entry.id)
    assert d.subject.id == subject, d.subject.id


@pytest.mark.parametrize(
    "question",
    [
        "needles scare me, I feel dizzy just watching videos of acupuncture. what should I know?",
        "terrified of needles, I feel woozy looking at pics online. what should I know?",
        "j'ai la tête qui tourne rien qu'en regardant des vidéos, j'ai peur des aiguilles. des conseils ?",
    ],
)
def test_a_fear_of_needles_told_with_faintness_at_pictures_is_answered(store, question):
    d = route(ask(question, intent="ask_sensation", confidence=0.7), store)
    assert d.kind == "kb", (d.kind, d.rule, d.reason)


@pytest.mark.parametrize(
    "question",
    [
        "I almost cried when the needle hit the spot in my shoulder, is it always like that?",
        "I was nearly crying when she hit the trigger point in my hip, does it always hurt like that?",
        "j'ai presque pleuré quand il a touché le point dans ma fesse, c'est toujours aussi fort ?",
    ],
)
def test_tears_when_the_needle_found_the_knot_is_how_it_feels(store, question):
    d = route(ask(question, intent="ask_sensation", confidence=0.7), store)
    assert d.kind == "kb", (d.kind, d.rule, d.reason)


@pytest.mark.parametrize(
    "question",
    ["un point gâchette, ça veut dire quoi exactement ?", "c'est quoi au fond les points gâchettes"],
)
def test_the_french_trigger_point_asked_unsure_is_answered(store, question):
    d = route(ask(question, intent="ask_technique", confidence=0.3), store)
    assert d.kind == "kb", (d.kind, d.rule, d.reason)


@pytest.mark.parametrize(
    "question",
    [
        "my hockey team's trainer says he can send me over to you, or do I need my GP?",
        "is it fine if my massage therapist sends me over?",
        "mon ostéo peut m'envoyer chez vous ou faut-il que ce soit un médecin ?",
    ],
)
def test_another_professional_sending_the_patient_is_the_referral_answer(store, question):
    d = route(ask(question, intent="out_of_scope", confidence=0.8), store)
    assert (d.kind, d.clinic_topic) == ("clinic", "referral"), (d.kind, d.rule)


def test_who_may_do_the_needling_is_no_referral(store):
    d = route(
        ask("does it have to be a doctor who does the needling?", intent="out_of_scope", confidence=0.8),
        store,
    )
    assert d.clinic_topic != "referral", (d.kind, d.rule)


@pytest.mark.parametrize(
    "question",
    [
        "can the needle reach the lung? he worked on my upper back",
        "les aiguilles pourraient-elles toucher un poumon ? il a piqué entre mes omoplates",
        "could it puncture the lung if they needle my traps?",
    ],
)
def test_whether_the_needle_can_reach_the_lung_is_safety_with_a_body_part_told(store, question):
    d = route(ask(question, intent="ask_conditions", confidence=0.6, conditions=["back_pain"]), store)
    assert d.kind == "kb" and d.entry.topic == "safety", (d.kind, d.rule, d.entry and d.entry.topic)
