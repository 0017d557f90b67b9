"""Red-flag phrases alone (without the classifier) for two wordings heldout52-53 showed missing
(issue 11): someone who has just collapsed, or whom the patient is not sure is breathing, told
now (the emergency number); and "je vais tout avaler ce soir" with the medicines at hand (the
crisis line). Told as long past, as a near faint, or about something other than a person or
pills, they stay quiet."""

import pytest

from bot.nlu.safety import red_flag

COLLAPSED_NOW = [
    "my wife just collapsed in the hallway, what do i do",
    "our grandpa suddenly collapsed at the table",
    "i don't think she's breathing, please help",
    "not sure if my son is breathing, he went limp",
    "i can't tell if he is breathing",
]
ALL_THE_PILLS_TONIGHT = [
    "j'ai mes somnifères ici, je veux tout avaler cette nuit",
    "j'ai sorti mes médicaments, je vais tout prendre d'un coup",
]
QUIET = [
    "my dad just collapsed at his blood test years ago, fine now, can he have IMS?",
    "i almost collapsed just now at the gym lol, can dry needling help my calves?",
    "i don't think it's breathing properly, my nose I mean, can acupuncture help sinuses?",
    "je vais tout prendre en note ce soir avant ma séance",
]


@pytest.mark.parametrize("message", COLLAPSED_NOW)
def test_someone_collapsed_or_maybe_not_breathing_now_alarms(message):
    assert red_flag(message) == "medical"


@pytest.mark.parametrize("message", ALL_THE_PILLS_TONIGHT)
def test_all_the_pills_tonight_in_french_is_self_harm(message):
    assert red_flag(message) == "self_harm"


@pytest.mark.parametrize("message", QUIET)
def test_past_near_or_other_things_stay_quiet(message):
    assert red_flag(message) is None
