"""What to do just after a session (written rule 9) asked in more shapes: the session named with "mon" or
"le" in French, the activity first and "right after" next, a "good idea" tonight, playing or running
the same day with the time told anywhere, back to work or a day off after, an activity done and "was
that dumb?", flying right after the session told first. All are declined (the practitioner can say);
a pain after an outing with no session, and what to expect afterwards, are not.

Why: the documents give no advice on activities around a session; a nearby after-care entry would
pretend they do. Session 13 (tuner TF), from the failure classes of a spent set's hockey tonight after
IMS and its relatives; new wordings in English and French."""

import pytest

from bot.knowledge.subjects import not_covered_subject
from tests.helpers.route_questions import declined_as_aftercare


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("je peux aller patiner ce soir après mon IMS?", "aftercare_actions"),
        ("est-ce que je peux faire du vélo après le dry needling?", "aftercare_actions"),
        ("is a sauna straight after going to be ok?", "aftercare_actions"),
        ("soccer game this evening after my dry needling this morning, bad idea?", "aftercare_actions"),
        ("had acupuncture on my shoulder today. can I still climb later?", "aftercare_actions"),
        ("can i do my long ride the same day as my IMS?", "aftercare_actions"),
        (
            "should i book the afternoon off after acupuncture or can i go back to work after?",
            "aftercare_actions",
        ),
        ("dois-je retourner au travail juste après ma séance?", ("aftercare_actions", "driving_after")),
        ("got needled then played two hours of squash. was that a mistake?", "aftercare_actions"),
        ("IMS on my calf this morning and I fly out tonight. is flying right after fine?", "travel_after"),
    ],
)
def test_an_activity_around_a_session_is_declined(store, text, subject):
    declined_as_aftercare(store, text, subject)


@pytest.mark.parametrize(
    "text",
    [
        "my back is really sore after the hockey tournament, can I book in this week?",
        "je peux m'attendre à quoi après mon IMS?",
        "how long do the needles stay in? i have to get back to work after",
    ],
)
def test_a_pain_after_an_outing_or_what_to_expect_is_no_activity_asked(text):
    s = not_covered_subject(text)
    assert s is None or s.id not in ("aftercare_actions", "travel_after"), s
