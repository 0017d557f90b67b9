"""What to do around a session (written rule 9) asked of someone else ("can my wife go to her aquafit
class right after her IMS?", "il peut reprendre le vélo le lendemain?"), on the days of the sessions,
planned right after and asked "is that ok?", and flying, working a flight or a trip soon after a
session, the session left unsaid in a follow-up ("can I work a flight the next morning?"). All are
declined (the practitioner can say); what to expect afterwards, a visit booked for someone, and a job
told with a pain asked about stay answered.

Why: the documents give no advice on activities or travel around a session, for the patient or anyone
else; a nearby after-care or course entry would pretend they do. Session 16 (tuner tb), from
heldout68-71's tai chi on session days, a brisk walk right after and flying the next day; new
wordings in English and French."""

import pytest

from bot.knowledge.subjects import not_covered_subject
from tests.helpers.route_questions import declined_as_aftercare

AROUND_A_SESSION = [
    ("can my wife go to her aquafit class right after her IMS?", "aftercare_actions"),
    ("should he rest the day after his acupuncture or is golf fine?", "aftercare_actions"),
    ("can she swim the same day as her acupuncture?", "aftercare_actions"),
    ("should my dad skip his morning walk on the days he gets acupuncture?", "aftercare_actions"),
    ("is my spin class ok on treatment days?", "aftercare_actions"),
    ("elle peut aller à son cours de danse juste après la séance?", "aftercare_actions"),
    ("mon père peut-il reprendre le vélo le lendemain de son acupuncture?", "aftercare_actions"),
    ("est-ce qu'il peut faire sa marche le même jour que l'IMS?", "aftercare_actions"),
    ("ma mère fait du yoga chaque matin, doit-elle arrêter les jours d'acupuncture?", "aftercare_actions"),
    ("planning to paddle right after my session, is that ok?", "aftercare_actions"),
    ("je vais nager juste après la séance, c'est correct?", "aftercare_actions"),
    ("can I fly the same afternoon as my dry needling?", "travel_after"),
    ("am I ok to fly tomorrow?", "travel_after"),
    ("cabin crew here, can I work a flight the next morning?", "travel_after"),
    ("est-ce que je peux reprendre l'avion juste après l'acupuncture?", "travel_after"),
    ("je peux voler le lendemain? je suis agente de bord", "travel_after"),
    ("going on a cruise two days after my acupuncture, is that ok?", "travel_after"),
    ("road trip the weekend after my IMS, is that fine?", "travel_after"),
    ("un voyage une semaine après ma séance, c'est correct?", "travel_after"),
    ("should my mom skip aquafit on her acupuncture days?", "aftercare_actions"),
    ("my husband has hockey the evening of his needling, should he sit out?", "aftercare_actions"),
    ("je suis pilote, est-ce que je peux voler le jour même de l'acupuncture?", "travel_after"),
    ("does a hot bath help after?", "aftercare_actions"),
    ("would a nap help after IMS?", "aftercare_actions"),
    ("un bain chaud aide après la séance ?", "aftercare_actions"),
]


@pytest.mark.parametrize(("text", "subject"), AROUND_A_SESSION)
def test_an_activity_or_a_flight_around_a_session_is_declined(store, text, subject):
    declined_as_aftercare(store, text, subject)


@pytest.mark.parametrize(
    "text",
    [
        "what should my dad expect after his first acupuncture?",
        "will she be sore after dry needling?",
        "can my mom book a session after 5 pm?",
        "can she come in after school on thursday?",
        "what days do you have acupuncture?",
        "I'm a flight attendant with neck pain, can IMS help?",
        "elle peut prendre rendez-vous après le travail?",
        "est-ce qu'il peut me donner un reçu après la séance?",
        "going on holiday a week after my session, can I book the next one for when I'm back?",
        "I'm going to be sore right after, is that ok?",
        "do the stretches help after?",
        "can she do IMS the same day as acupuncture?",
        "elle peut faire les deux le même jour?",
        "je peux faire l'IMS le même jour que l'acupuncture?",
    ],
)
def test_what_to_expect_a_visit_a_pain_or_both_treatments_is_no_activity_asked(text):
    s = not_covered_subject(text)
    assert s is None or s.id not in ("aftercare_actions", "travel_after"), s
