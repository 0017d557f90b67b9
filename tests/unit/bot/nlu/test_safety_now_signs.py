"""Danger going on now, during or just after a session (issue 11, recall must be 100%): a heart
pounding or racing, an arm or the face going numb, a faint coming on. Told in any wording, in
English or French, it gets the emergency reply before any rule about after-effects can speak.
A fear of the needles before a visit, or a scare told as over, is no alarm."""

import pytest

from bot.nlu.safety import red_flag

NOW = [
    "the needles are still in and my heart's racing, i feel like i'm going to faint",
    "my heart keeps racing since she put the needle in my chest, should I call someone",
    "heart rate is through the roof after the session and I feel awful",
    "I feel like I'm about to pass out, the acupuncturist stepped out of the room",
    "im gonna faint i think, still on the table",
    "my left arm is getting numb and weak right now after the neck needles",
    "one side of my face is going numb, help",
    "my face suddenly went numb on the drive home from acupuncture",
    "lying here with needles in, pounding heart and my arm feels numb",
    "mon coeur bat super vite et j'ai le bras gauche qui s'engourdit, je suis encore sur la table",
    "je sens que je vais tomber dans les pommes, les aiguilles sont encore dedans",
    "j'ai l'impression que je vais m'évanouir là maintenant",
    "mon visage devient tout engourdi depuis 5 minutes",
    "le coeur qui s'emballe et je me sens partir, j'ai des palpitations et un malaise",
    "my heart won't slow down since the session ended 10 minutes ago",
    "palpitations and dizzy right now on the table",
    "I feel really faint right now",
    "im really lightheaded and about to pass out",
    "my face feels numb on one side",
    "I can't feel my left arm",
    "tight chest after needling near my ribs",
    "heart pounding, sweating, feel sick",
    "i feel like i might faint",
    "j'ai des palpitations et je me sens faible",
    "je me sens partir",
    "j'ai la tête qui tourne et je vais tomber",
    "j'ai le visage engourdi d'un côté",
    "j'ai le coeur qui bat à 200",
    "je sens mon coeur battre super vite et mon bras est engourdi",
    "my arm is numb right now, is that normal?",
    "still on the table and feeling really dizzy, the practitioner left",
    "needles are still in and my chest feels weird",
    "j'ai le bras engourdi en ce moment, les aiguilles sont encore dedans",
    "je suis encore sur la table et j'ai la tête qui tourne",
]

NOT_NOW = [
    "My heart was pounding during my first session, pretty sure it was just nerves. Is that common?",
    "my heart races just thinking about needles, can I still do acupuncture?",
    "scared I'm going to faint when I see the needles, any tips?",
    "i'm so nervous my heart is racing, first session tomorrow",
    "I passed out at a blood test once, will I faint during acupuncture?",
    "my hand was numb for a day after, is that normal",
    "does acupuncture make your heart race?",
    "j'ai peur de m'évanouir en voyant les aiguilles, des conseils?",
    "mon coeur bat la chamade quand je pense aux aiguilles",
    "mon coeur battait fort pendant la séance, c'est normal?",
    "I was so nervous I felt like I was about to pass out before my first session, is that common?",
    "I get palpitations sometimes, can acupuncture help anxiety?",
    "does acupuncture help with palpitations?",
    "I felt faint after the session yesterday, is that normal?",
    "scared I might faint, any tips?",
    "j'ai eu des palpitations il y a des années, est-ce que l'acupuncture aide le stress?",
    "I always get a tight chest when I'm stressed, can acupuncture help anxiety?",
    "right now I'm just curious, is it normal to feel numb after acupuncture?",
    "I'm scared right now, what happens if I feel faint?",
    "je me demande, en ce moment, si c'est normal d'être étourdi après",
]


@pytest.mark.parametrize("message", NOW)
def test_a_sign_going_on_now_raises_the_alarm(message):
    assert red_flag(message) == "medical"


@pytest.mark.parametrize("message", NOT_NOW)
def test_a_fear_before_a_visit_or_a_scare_that_is_over_does_not(message):
    assert red_flag(message) is None
