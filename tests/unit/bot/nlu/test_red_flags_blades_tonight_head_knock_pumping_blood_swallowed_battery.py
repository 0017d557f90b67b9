"""Red-flag phrases alone (without the classifier) for four emergencies heldout75-81 missed (issue
11): blades, pills or a rope got to be used tonight with no way out left or once everyone sleeps
(the crisis line); a fall or a blow onto the head, then the same question over and over, no memory
of it or vomiting; blood pumping or soaking through clothes or towels; a child who just swallowed a
button battery, magnets or a poison; vomiting with confusion or hardly awake, a nosebleed that
won't stop (the emergency number); not wanting to be alive after tonight (the crisis line). Other wordings than the spent cases,
English and French; the same words told as past, of a friend, of a device or as a little bleeding
after a needle stay quiet."""

import pytest

from bot.nlu.safety import red_flag, red_flag_match_unindexed

MEANS_FOR_TONIGHT = [
    "bought razor blades on the way home, no way out of this, going to use them tonight",
    "i've got a box of my mum's sleeping pills hidden, i'll use them tonight once everyone's asleep",
    "when my parents are asleep i'll use the razor blades tonight, i can't go on",
    "j'ai acheté une corde hier, j'en peux plus, je vais m'en servir cette nuit",
    "j'ai des lames dans mon tiroir, je vois plus d'issue, je compte m'en servir ce soir",
    "j'ai gardé des cachets, je vais les utiliser cette nuit quand tout le monde dort",
]
HEAD_KNOCK_NOW = [
    "my son fell off the monkey bars onto his head and now he keeps asking the same thing",
    "she got dropped on her head in a lift at practice, she doesn't remember what happened",
    "my husband slipped on the ice and hit his head, he keeps repeating himself",
    "ma fille est tombée sur la tête au trampoline, elle repose sans arrêt la même question",
    "mon fils est tombé sur la tête en vélo, il se souvient de rien",
]
BLOOD_POURING = [
    "cut my hand on a broken glass, blood is soaking through two towels already",
    "he sliced his shin on the trail, blood keeps pumping from the gash",
    "ma coupure au bras, le sang traverse mon chandail et la serviette",
    "il s'est ouvert la jambe, le sang a imbibé le pansement et le t-shirt",
]
VOMITING_AND_CONFUSED_OR_NOSE_WONT_STOP = [
    "she's throwing up and so drowsy she can't keep her eyes open",
    "my dad slipped in the garage and now he doesn't know what day it is",
    "my nose has been bleeding for an hour, won't stop",
    "mon fils vomit et il est tout confus, il arrive à peine à rester éveillé",
    "je saigne du nez depuis 45 minutes",
]
NOT_HERE_AFTER_TONIGHT = [
    "I don't want to be alive after tonight",
    "je veux plus être là demain",
]
SWALLOWED_NOW = [
    "my 2 year old just swallowed a button battery",
    "i think my son ate some magnets from his building set",
    "our toddler drank some bleach from under the sink",
    "mon bébé vient d'avaler une pile bouton",
    "ma fille a avalé des aimants de son jeu",
    "mon fils a bu de l'eau de javel",
]
QUIET = [
    "the battery in my TENS unit died, can I still use it before acupuncture?",
    "my TENS unit eats through batteries, is that normal?",
    "bleeding a little after the needle, is that ok?",
    "bled a bit through the plaster after the session, normal?",
    "a knock on the head last month, can needling help the headaches since?",
    "she came down on her head at cheer last season, totally fine, can acupuncture help her neck?",
    "my daughter keeps asking the same question: does it hurt?",
    "my friend's story: she bought blades last year and planned to use them, she's fine now and in therapy",
    "bought new razor blades, can I shave my legs tonight before acupuncture?",
    "the rope for climbing is new, I'll use it tonight at the gym, then acupuncture tomorrow?",
    "what if my toddler swallowed a battery, how do i childproof?",
    "my son swallowed a coin when he was 3, he's fine",
    "j'ai eu un coup sur la tête il y a deux ans, l'acupuncture peut aider?",
    "elle saigne un peu après l'aiguille, c'est normal?",
    "la pile de ma télécommande est morte lol",
    "j'ai acheté des lames de rasoir, je m'en sers ce soir pour me raser avant la séance?",
    "j'ai avalé une pile de dossiers au boulot, mon dos est en compote",
    "I get nosebleeds every winter, can acupuncture help?",
    "I had a nosebleed last month that wouldn't stop, fine now. is needling ok?",
    "I was vomiting and confused with the flu last year, fine now",
    "I don't want to be here after 6, can I get an earlier slot?",
    "I don't want to be here tomorrow, the needles scare me lol",
    "je veux pas être là après 18h, vous avez plus tôt?",
]


@pytest.mark.parametrize("message", MEANS_FOR_TONIGHT + NOT_HERE_AFTER_TONIGHT)
def test_means_got_to_use_tonight_with_no_way_out_gets_the_crisis_line(message):
    assert red_flag(message) == "self_harm"


@pytest.mark.parametrize(
    "message", HEAD_KNOCK_NOW + BLOOD_POURING + SWALLOWED_NOW + VOMITING_AND_CONFUSED_OR_NOSE_WONT_STOP
)
def test_a_head_knock_with_confusion_pouring_blood_or_a_swallowed_battery_alarm(message):
    assert red_flag(message) == "medical"


@pytest.mark.parametrize("message", QUIET)
def test_the_same_words_past_of_a_friend_of_a_device_or_a_little_blood_stay_quiet(message):
    assert red_flag(message) is None


@pytest.mark.parametrize(
    "message", MEANS_FOR_TONIGHT + HEAD_KNOCK_NOW + BLOOD_POURING + SWALLOWED_NOW + QUIET
)
def test_the_word_index_finds_the_same_flags(message):
    match = red_flag_match_unindexed(message)
    assert red_flag(message) == (match[0] if match else None)
