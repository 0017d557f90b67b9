"""Subjects the sources do not cover, asked in shapes the subjects missed (session 18, tuner tx;
heldout94-96's misses, on wordings of our own), are declined as not covered, never a nearby entry:
an activity the same night as a session, or needles had then straight back to a task or home to
sleep (written rule 9); a session while fasting for a religious fast; stopping one's work during a
course of treatment; what a named point does; a travel or study-abroad insurer named (written rule
5); low iron or a cauliflower ear; what a movement method is; a stomach rumbling on the table; a
claim told that needling helps an illness, asked whether it is true.

Everyday questions with none of ours in them are declined too, whatever the classifier guessed: a
doctor of another kind or a place for a sport to find (a language asked of them is no question
about the clinic's languages), a government number or a bank account to get.

Being sore the same night, the exercises after a session, and a claim with no illness in it, stay
answered."""

import pytest

from tests.helpers.route_questions import answered, declined, route_as


@pytest.mark.parametrize(
    "message, intent, subject",
    [
        (
            "boxing the same evening as dry needling, fine or a bad idea?",
            "ask_difference",
            "aftercare_actions",
        ),
        (
            "le judo le soir même de ma séance d'acupuncture, c'est correct?",
            "ask_aftercare",
            "aftercare_actions",
        ),
        (
            "can I get needled at 9 and go right back to the office for a meeting at 10?",
            "ask_sensation",
            "aftercare_actions",
        ),
        (
            "is it ok to have IMS then drive home and nap before work?",
            "ask_treatment_course",
            "aftercare_actions",
        ),
        ("can I have acupuncture while fasting for Yom Kippur?", "ask_aftercare", "aftercare_actions"),
        ("pendant le ramadan, je peux venir à ma séance le midi?", "ask_aftercare", "aftercare_actions"),
        (
            "do I need to stop doing deliveries while I'm having needling for my elbow?",
            "ask_fees",
            "activity_change",
        ),
        ("they used LI4 and liver 3 on me, what do those points do?", "ask_technique", "other_tcm"),
        ("le point gros intestin 4, il sert à quoi?", "ask_technique", "other_tcm"),
        (
            "my exchange student insurance is GeoBlue. will they pay for acupuncture?",
            "ask_insurance",
            "named_plan",
        ),
        ("could needling sort out my anaemia?", "inform_modality", "other_complaints"),
        (
            "mon oreille en chou-fleur depuis la lutte, les aiguilles peuvent aider?",
            "ask_safety",
            "other_complaints",
        ),
        ("what is the alexander technique, is it like what you do?", "bot_identity", "other_therapies"),
        ("why does my tummy rumble so loud during acupuncture?", "out_of_scope", "session_reaction"),
        (
            "mon ventre gargouillait pendant toute la séance, c'est normal?",
            "ask_aftercare",
            "session_reaction",
        ),
        (
            "my uncle swears acupuncture cured his asthma. is that true?",
            "ask_overview",
            "respiratory_immune",
        ),
    ],
)
def test_a_subject_the_sources_do_not_cover_is_declined(store, message, intent, subject):
    declined(store, message, subject, intent, named=["acupuncture"])


@pytest.mark.parametrize(
    "message, intent",
    [
        ("where can I find a GP who takes new patients and speaks Spanish?", "ask_languages"),
        ("où trouver un médecin de famille qui parle anglais à Laval?", "ask_languages"),
        ("a good climbing gym near downtown?", "ask_evidence"),
        ("une bonne école de danse à Longueuil?", "ask_evidence"),
        ("how do I apply for a health card as a new resident?", "inform_modality"),
        ("comment obtenir mon NAS et ouvrir un compte bancaire?", "ask_fees"),
    ],
)
def test_an_everyday_question_is_declined(store, message, intent):
    d = route_as(store, message, intent)
    assert d.kind == "fallback" and d.reason in ("out_of_scope", "not_covered"), (d.rule, d.entry)


@pytest.mark.parametrize(
    "message, intent",
    [
        ("will I be sore the same night after acupuncture?", "ask_aftercare"),
        ("can I do my exercises after dry needling and then go for a walk?", "ask_aftercare"),
        ("my friend said acupuncture is thousands of years old. is that true?", "ask_origins"),
        ("couldn't stop twitching during the treatment, my calf jumped a lot. why?", "ask_sensation"),
    ],
)
def test_what_the_entries_answer_stays_answered(store, message, intent):
    answered(store, message, intent, 0.8, named=["acupuncture"])
