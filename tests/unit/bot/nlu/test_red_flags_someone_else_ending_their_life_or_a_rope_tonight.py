"""Self-harm told by a relative ("my daughter says she's going to kill herself tonight", "elle va
se tuer ce soir") or as a rope or a gun at hand with a time to do it ("j'ai la corde dans le
garage, je compte le faire ce soir") is an emergency caught by the red-flag phrases alone, in
English and French. A jump rope or a gun club with a time, and pain that "is going to kill me",
stay quiet, and so does a suicide told as work (a paramedic's "suicide call", prevention
training)."""

import pytest

from bot.nlu.safety import red_flag

SOMEONE_ELSE_OR_A_MEANS_AT_HAND = [
    "my son texted that he's going to kill himself and i can't reach him",
    "my wife keeps threatening to end her life, she locked herself in the bathroom",
    "there is a noose in the shed and i'm going to do it tonight",
    "got my dad's rifle out of the safe, gonna end it today",
    "my brother called, he has his shotgun out on the table and says he's done, tonight is the night",
    "mon fils menace de se suicider, il s'est enfermé dans sa chambre",
    "mon chum dit qu'il va se pendre, je sais pas quoi faire",
    "le fusil est dans le garage et je vais le faire cette nuit",
    "jai une corde dans le sous-sol, je pense en finir ce soir",
]

QUIET = [
    "tough shift, two suicide calls this week and I can't switch off. could acupuncture help with stress?",
    "j'ai suivi une formation en prévention du suicide, l'acupuncture aide-t-elle le stress ?",
    "skipping rope warm-up before volleyball, can I do it tonight after dry needling?",
    "battle ropes at the gym tomorrow, is that okay after IMS?",
    "my shoulder is going to kill me if I keep painting, would acupuncture help?",
    "gun range with my brother this weekend, can I go right after needling?",
    "la corde à sauter, je peux en faire ce soir après la séance ?",
    "ce mal de dos va me tuer, l'acupuncture peut aider ?",
    "il va se faire mal au dos s'il continue, le dry needling peut aider ?",
]


@pytest.mark.parametrize("text", SOMEONE_ELSE_OR_A_MEANS_AT_HAND)
def test_self_harm_by_a_relative_or_with_a_means_at_hand_tonight_is_caught(text):
    assert red_flag(text) == "self_harm"


@pytest.mark.parametrize("text", QUIET)
def test_ropes_guns_and_pain_that_will_kill_me_stay_quiet(text):
    assert red_flag(text) is None
