"""After-effects no document names, told with the needled place or a time (written rule 6), are
declined as not covered instead of getting a general entry: a lump under the skin days later, a
limb on the other side gone cold or hot and red, the heartbeat felt in a needle, needing to pee
more often, being exhausted all afternoon. The ones the entries name stay answered, and
tiredness alone never raises the alarm."""

import pytest

from bot.knowledge import emergency_alone
from bot.knowledge.route import route
from bot.knowledge.store import get_store
from tests.helpers.route_questions import ask, declined


@pytest.fixture(scope="module")
def store():
    return get_store()


UNNAMED = [
    "there's a pea sized lump under the skin on my calf since the dry needling 5 days ago. what is it?",
    "since the dry needling I have a little lump on my neck, should I get it checked",
    "j'ai une petite boule dure sous la peau là où on m'a piqué l'épaule, ça fait une semaine",
    "after acupuncture on my right knee my left knee went red and hot. why?",
    "they needled my right arm and my other hand turned ice cold for an hour, how come?",
    "après les aiguilles dans le pied gauche, ma jambe droite est devenue toute froide",
    "I could feel my pulse in the needle in my wrist, what does that mean?",
    "the needle in my chest was bobbing with my heartbeat, is that weird?",
    "depuis la séance d'IMS je dois uriner tout le temps, c'est lié?",
    "been weeing constantly since my acupuncture yesterday, is that from the needles?",
]


@pytest.mark.parametrize("message", UNNAMED)
def test_an_after_effect_no_entry_names_is_declined(store, message):
    declined(store, message, "unnamed_after_effect", "ask_aftercare")


TIRED = [
    "got acupuncture at lunch and been nodding off at my desk all afternoon, this wiped out normal?",
    "had dry needling over lunch and now I'm falling asleep at work, so exhausted",
    "j'ai eu de l'acupuncture ce matin et je m'endors au bureau toute la journée, je suis épuisée",
]


@pytest.mark.parametrize("message", TIRED)
def test_exhausted_all_afternoon_is_declined_and_never_alarms(store, message):
    declined(store, message, "session_reaction", "ask_aftercare")
    assert emergency_alone.not_an_alarm(ask(message, intent="emergency"))


@pytest.mark.parametrize(
    "message",
    [
        "after IMS I am so exhausted and now I can't breathe properly",
        "my husband had acupuncture and now he is so drowsy he won't wake up",
    ],
)
def test_tiredness_with_a_sign_still_alarms(message):
    assert not emergency_alone.not_an_alarm(ask(message, intent="emergency"))


NAMED = [
    "my shoulder felt warm where the needle went in, normal?",
    "a little bruise where they needled my calf, normal?",
    "I was so relaxed I fell asleep on the table during acupuncture, is that normal?",
    "getting bony lumps on my finger joints, osteoarthritis the doctor says. worth trying acupuncture?",
    "there's a hard knot in my trapezius, can dry needling release it?",
]


@pytest.mark.parametrize("message", NAMED)
def test_named_after_effects_and_lumps_to_treat_stay_answered(store, message):
    d = route(ask(message, intent="ask_aftercare", confidence=0.7), store)
    assert not (d.kind == "fallback" and d.reason == "not_covered"), (d.rule, d.subject)
