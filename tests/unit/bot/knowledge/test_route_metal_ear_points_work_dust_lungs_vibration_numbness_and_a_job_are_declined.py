"""Subjects the sources do not cover, in shapes the subjects missed (session 19, tuner tc; heldout97-99's
misses, on wordings of our own), are declined as not covered, never a nearby entry: needling near metal
or a plate put in a bone; what the points on the ear do; a fainting syndrome by its name (POTS); hands
numb from vibrating tools; a lung disease from dust at work, or the lungs themselves to be helped;
compensation after being hit by a car; how to get into a job of another trade; a stomach medicine named
beside needling; a climb or a task the morning after a session, in French.

Muscle pain from the same tools, training as an acupuncturist, "pots and pans" and the exercises the
day after stay answered."""

import pytest

from tests.helpers.route_questions import answered, declined


@pytest.mark.parametrize(
    "message, intent, subject",
    [
        ("is it ok to put needles close to the metal in my ankle?", "ask_safety", "implants"),
        (
            "they fitted a metal plate into my ankle after the break, can IMS go there?",
            "ask_safety",
            "implants",
        ),
        ("les aiguilles près de la plaque dans ma cheville, c'est correct?", "ask_safety", "implants"),
        ("what are the pressure points in the ear supposed to do?", "ask_technique", "ear_acupuncture"),
        ("les points d'acupuncture sur l'oreille, ça sert à quoi?", "ask_technique", "ear_acupuncture"),
        ("I've got POTS, is dry needling safe for me?", "ask_safety", "heart_blood_pressure"),
        ("does dysautonomia make needling risky?", "ask_safety", "heart_blood_pressure"),
        (
            "my fingers go numb after an hour on the chainsaw, could acupuncture help?",
            "ask_conditions",
            "heart_blood_pressure",
        ),
        (
            "mes mains sont engourdies après le marteau-piqueur, l'acupuncture peut aider?",
            "ask_conditions",
            "heart_blood_pressure",
        ),
        ("black lung from the mine, could needling do anything?", "ask_conditions", "respiratory_immune"),
        ("est-ce que les aiguilles peuvent renforcer mes poumons?", "ask_conditions", "respiratory_immune"),
        (
            "how much compensation do people usually get when they are hit by a bus?",
            "ask_fees",
            "other_payers",
        ),
        ("combien d'indemnisation quand on est renversé par une voiture?", "ask_fees", "other_payers"),
        ("how do you become an electrician in Ontario?", "ask_practitioners", "other_trades"),
        ("comment devenir soudeur au Québec?", "ask_practitioners", "other_trades"),
        ("on metoclopramide for my stomach, can I still get needled?", "ask_safety", "medication"),
        (
            "je peux retourner travailler en hauteur le lendemain de ma séance d'acupuncture?",
            "ask_aftercare",
            "aftercare_actions",
        ),
    ],
)
def test_a_subject_the_sources_do_not_cover_is_declined(store, message, intent, subject):
    declined(store, message, subject, intent)


@pytest.mark.parametrize(
    "message, intent",
    [
        ("my shoulder aches from running the jackhammer all day, could dry needling help?", "ask_conditions"),
        ("how do I become an acupuncturist?", "ask_practitioners"),
        ("my back hurts from lifting heavy pots and pans at the restaurant, can IMS help?", "ask_conditions"),
    ],
)
def test_muscle_pain_from_tools_and_training_as_a_practitioner_stay_answered(store, message, intent):
    answered(store, message, intent, 0.8)
