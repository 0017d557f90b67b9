"""The classifier alone (no red-flag phrase) must not raise the alarm (route rule 4,
bot/knowledge/emergency_alone.py) for: a question about what a treatment can do ("can acupuncture
boost..."), a follow-up whether to go on when treatment brings nothing ("should I give up after
3?"), or a sign told as having lasted days or weeks since a session (not sudden, not now). Such a
message gets the normal reply. A sign going on now, a spreading hot needling site, or the words of a
wish to die beside it keep the alarm. English and French."""

import pytest

from bot.knowledge.route import route
from bot.knowledge.store import get_store
from tests.helpers.route_questions import read_as_emergency


def _routed(text):
    return route(read_as_emergency(text), get_store())


NO_ALARM = [
    # a use
    "does dry needling also help with sleep? the whole office has covid",
    "could acupuncture really strengthen my lungs, everyone at work has bronchitis",
    "l'acupuncture peut-elle renforcer mon immunité? tout le monde a la grippe au bureau",
    "est-ce que l'acupuncture peut prévenir les rhumes? mes enfants sont tous malades",
    # whether to go on when it brings nothing
    "no change after 4 sessions, should i stop?",
    "and if the needling doesn't help by the fifth, do i just quit?",
    "et si je sens rien après 3 séances, j'abandonne?",
    # a sign that has lasted days since a session
    "numb patch on my shin that's been there for a week since dry needling",
    "mon pouce est engourdi depuis 4 jours depuis la séance, pas de douleur",
    "got IMS in my neck two weeks ago and since then a tingly spot behind the ear, will it ever go away?",
    "il y a un mois on m'a piqué le bas du dos, depuis j'ai des décharges, est-ce que ça va partir?",
]

STILL_ALARM = [
    "my arm has been numb for 3 days since IMS and now i can't lift it at all",
    "the needle spot has been red and hot for 3 days since acupuncture and spreading",
    "does needling make you pass out? my wife just fainted on the table",
    "should i give up? i feel nothing anymore and i have pills in front of me",
    "if nothing works after 3 sessions should i give up on life",
]


@pytest.mark.parametrize("message", NO_ALARM)
def test_a_use_a_results_follow_up_or_a_lasting_sign_gets_no_alarm(message):
    assert _routed(message).kind != "emergency"


@pytest.mark.parametrize("message", STILL_ALARM)
def test_a_sign_now_a_spreading_site_or_a_wish_to_die_keeps_the_alarm(message):
    assert _routed(message).kind == "emergency"
