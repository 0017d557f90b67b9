"""What to do or avoid around a session (written rule 9) is declined as not covered whoever it is
for and however it is put: a relative's sport or walk right after ("can he go skating the same
day as his acupuncture?", "elle peut retourner nager tout de suite après la séance?"), an
activity to skip on the days of a session, an activity told first and then asked about ("a
long hike the morning after dry needling, would that be ok?"), a trip or a flight soon after
("going on a cruise a few days after my acupuncture", "reprendre l'avion le lendemain").
Session 16, heldout68-71's misses (and heldout56-58's), on wordings of our own.

What to expect afterwards, soreness right after, the physio's exercises, and a setback told
after a holiday stay answered from the entries."""

import pytest

from tests.helpers.route_questions import answered, declined


@pytest.mark.parametrize(
    "message, intent, subject",
    [
        ("can he go skating the same day as his acupuncture?", "ask_aftercare", "aftercare_actions"),
        ("could they play a full match right after dry needling?", "ask_aftercare", "aftercare_actions"),
        ("elle peut retourner nager tout de suite après la séance?", "ask_aftercare", "aftercare_actions"),
        ("should he skip his weights on the days he has IMS?", "ask_aftercare", "aftercare_actions"),
        (
            "planning a long hike the morning after dry needling, would that be ok?",
            "ask_aftercare",
            "aftercare_actions",
        ),
        (
            "I'm going on a cruise a few days after my acupuncture, is that ok?",
            "ask_aftercare",
            "travel_after",
        ),
        (
            "on part en camping la semaine après ma séance d'acupuncture, c'est correct?",
            "ask_aftercare",
            "travel_after",
        ),
        (
            "je dois reprendre l'avion le lendemain de mon IMS, est-ce un problème?",
            "ask_aftercare",
            "travel_after",
        ),
    ],
)
def test_an_activity_or_a_trip_around_a_session_is_declined(store, message, intent, subject):
    declined(store, message, subject, intent, named=["dry_needling"])


@pytest.mark.parametrize(
    "message",
    [
        "my shoulder was sore right after the session, is that ok?",
        "should she skip her exercises on the days she has dry needling?",
        "my daughter had dry needling, can she do her stretches after?",
        "was on holiday after my sessions and my back got worse, is that ok?",
        "what should he expect after his first IMS?",
    ],
)
def test_what_the_entries_say_of_afterwards_stays_answered(store, message):
    answered(store, message, "ask_aftercare", 0.9, named=["dry_needling"])
