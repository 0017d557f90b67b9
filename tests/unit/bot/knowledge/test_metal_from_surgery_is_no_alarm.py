"""Metal from a surgery told as still in place ("I still have the plate and screws in") is a
condition to needle around: when the classifier alone reads it as an emergency, route() gives the
normal reply with the safety note (rule 4, bot/knowledge/emergency_alone.py). A sign at the site
(bleeding, swelling, a screw coming through) or any sign going on now keeps the alarm."""

import pytest

from bot.knowledge import emergency_alone
from tests.helpers.route_questions import ask

METAL_IN_PLACE = [
    "i still have the plate and screws in my ankle from the break",
    "there's a metal rod in my femur since the accident",
    "j'ai toujours les vis dans le tibia",
    "y'a encore une plaque dans mon avant-bras",
]
METAL_WITH_A_SIGN = [
    "i still have the plate in my wrist and now it's swollen and hot",
    "there's a screw in my ankle and it's poking through the skin",
    "j'ai encore la plaque dans le poignet pis ça saigne",
    "i still have pins in my leg and suddenly can't breathe",
]


@pytest.mark.parametrize("message", METAL_IN_PLACE)
def test_metal_told_as_still_in_place_is_no_alarm(message):
    assert emergency_alone.not_an_alarm(ask(message, intent="emergency", confidence=0.95))


@pytest.mark.parametrize("message", METAL_WITH_A_SIGN)
def test_metal_with_a_sign_keeps_the_alarm(message):
    assert not emergency_alone.not_an_alarm(ask(message, intent="emergency", confidence=0.95))
