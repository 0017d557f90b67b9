"""Issue 11, session 20, from heldout112. A snake or scorpion bite with swelling fast,
dizziness or vomiting, told as now, gets the emergency reply by the phrase alone (vg-145 was
missed: the assistant gave the opening hours). A chest ache told as there for months or years,
with nothing of the heart, the arm or the breath, is no emergency (vg-005 got the emergency
reply); told with those signs or "right now", it still is."""

import pytest

from bot.nlu.safety import red_flag


@pytest.mark.parametrize(
    "text",
    [
        "I was bitten by a snake on the trail 20 min ago, my leg is swelling up and I feel faint",
        "a scorpion stung my foot in the tent, its swelling fast and im throwing up",
        "copperhead bit my son's ankle at the creek, he's dizzy and it's puffing up",
        "une vipère m'a mordu la cheville, ça enfle vite et j'ai la tête qui tourne",
        "mordu par un serpent au chalet, je vomis et ma main est toute gonflée",
    ],
)
def test_a_venomous_bite_with_signs_now_is_an_emergency(text):
    assert red_flag(text) == "medical"


@pytest.mark.parametrize(
    "text",
    [
        "got bitten by a rattlesnake 5 years ago, my hand still gets numb, can acupuncture help?",
        "what if a snake bites me on a dig and my arm swells, what do I do?",
        "do you treat snake bite scars? it swelled a lot when it happened as a kid",
        "il y a deux ans une vipère m'a mordu, la jambe avait enflé, est-ce que l'acupuncture aide les cicatrices?",
    ],
)
def test_a_bite_long_past_or_imagined_is_no_emergency(text):
    assert red_flag(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "I've had pain in my chest for months from a rib injury, can dry needling help?",
        "still get chest aches months after covid, no energy either. would acupuncture help?",
    ],
)
def test_a_chest_ache_there_for_months_is_no_emergency(text):
    assert red_flag(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "chest pain for months but now it's suddenly crushing and going down my arm",
        "pain in my chest for years, now crushing and spreading",
        "had chest aches for months and now I can't catch my breath",
    ],
)
def test_a_long_chest_ache_with_signs_of_the_heart_or_breath_still_alarms(text):
    assert red_flag(text) == "medical"
