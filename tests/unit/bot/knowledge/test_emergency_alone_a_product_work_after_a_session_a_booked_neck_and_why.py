"""The classifier alone raised the emergency reply on four ordinary questions (heldout77, 79, 81,
issue 11): which product or brand to buy for a pain, whether an activity may be taken up again right
after a session, a booking request naming the neck as where to treat, and why a sign has lingered
on and off since a session days ago. Other wordings than those cases, both languages; a danger
word or a sign going on now keeps the alarm."""

import pytest

from bot.knowledge.route import route
from bot.knowledge.store import get_store
from tests.helpers.route_questions import read_as_emergency

NO_ALARM = [
    "which brand of wrist brace should I buy for my carpal tunnel? velcro vs lace",
    "what's the best kind of ergonomic keyboard for forearm pain?",
    "quelle marque de coussin lombaire pour mon mal de dos?",
    "can I go straight back to work on the ward after my IMS at noon?",
    "if I have acupuncture before my shift can I return to heavy lifting right after?",
    "est-ce que je peux retourner travailler tout de suite après ma séance?",
    "need to book in, neck and shoulders, anything thursday?",
    "je voudrais un rdv pour ma nuque, jeudi soir?",
    "my hand has been tingling off and on since the needling two days ago, why?",
    "ça pique dans mon pied depuis la séance d'hier, pourquoi?",
]
STILL_ALARM = [
    "which brand of pulse oximeter should I buy? I'm vomiting and my chest is tight",
    "can I return to work after IMS, my arm is weak and numb",
    "book me in, stiff neck and a fever of 39",
    "my foot went numb and cold since yesterday's needling and now it's getting worse, why?",
]


@pytest.mark.parametrize("question", NO_ALARM)
def test_a_product_work_after_a_session_a_booked_neck_or_why_it_lingers_gets_no_alarm(question):
    assert route(read_as_emergency(question), get_store()).kind != "emergency"


@pytest.mark.parametrize("question", STILL_ALARM)
def test_the_same_with_a_danger_word_or_a_sign_now_keeps_the_alarm(question):
    assert route(read_as_emergency(question), get_store()).kind == "emergency"
