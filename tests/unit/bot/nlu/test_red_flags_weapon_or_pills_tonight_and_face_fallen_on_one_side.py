"""Red-flag phrases alone (without the classifier) for three classes heldout47-50 showed missing
(issue 11): a gun out at hand with no hope left, and pills to be taken all at once tonight, told
without the word "suicide" (the crisis line); the face fallen on one side, or words coming out
jumbled (a stroke, the emergency number). English and French; the same objects or words told as
a routine, a chronic habit or long past stay quiet."""

import pytest

from bot.nlu.safety import red_flag

WEAPON_AT_HAND = [
    "lost the farm, the shotgun is loaded next to me and i can't do this anymore",
    "my dad's pistol is in my hand right now, what's the point",
    "i can't go on. there's a gun in front of me",
    "j'en peux plus, le fusil est sorti sur la table",
    "je vois plus l'interet de rien, la carabine est chargée à côté de moi",
]
PILLS_ALL_TONIGHT = [
    "got a jar of sleeping pills, gonna swallow every one of them tonight",
    "i have a box of my dad's painkillers and im going to take the whole box tonight",
    "j'ai une bouteille de pilules, je vais toutes les prendre ce soir",
    "mes cachets sont là, je vais les avaler tous d'un coup",
]
FACE_FALLEN_OR_WORDS_JUMBLED = [
    "his face suddenly slumped on the left side and he can't smile",
    "one side of her mouth is hanging and she's not making sense",
    "dad's speech is all jumbled and his arm is weak",
    "one side of her face just dropped and she can't lift her arm",
    "ses mots sortent tout mélangés depuis dix minutes",
    "il mélange ses mots d'un coup, ça a commencé y a 10 minutes",
]
QUIET = [
    "i keep my hunting rifle in the truck, can i still get needling on my shoulder?",
    "the gun range is out for me since my shoulder surgery, can IMS help?",
    "i have a bottle of ibuprofen, should i take all of them before acupuncture?",
    "my doctor gave me a pack of antibiotics, I'm going to take all of them as told",
    "got 3 stretches from the physio, going to do all of them tonight",
    "my words come out jumbled when i'm nervous, is that anxiety?",
    "my face dropped on one side 5 years ago with bell's palsy, can acupuncture help what's left?",
    "j'ai eu une paralysie faciale il y a 3 ans, le visage tombait d'un côté, l'acupuncture peut aider?",
    "je mélange mes mots quand je suis fatigué",
    "acupuncture for bell's palsy? half my face fell on one side two weeks ago, the doctor saw me",
    "one side of my face has dropped since my palsy in march, can needling help",
]


@pytest.mark.parametrize("message", WEAPON_AT_HAND + PILLS_ALL_TONIGHT)
def test_a_weapon_or_pills_at_hand_with_no_hope_gets_the_crisis_line(message):
    assert red_flag(message) == "self_harm"


@pytest.mark.parametrize("message", FACE_FALLEN_OR_WORDS_JUMBLED)
def test_a_face_fallen_on_one_side_or_jumbled_words_now_alarm(message):
    assert red_flag(message) == "medical"


@pytest.mark.parametrize("message", QUIET)
def test_the_same_objects_or_words_as_routine_habit_or_past_stay_quiet(message):
    assert red_flag(message) is None
