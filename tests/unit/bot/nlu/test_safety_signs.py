"""Emergency signs the classifier used to catch alone (issue 11: red flags are the rule, with
100% recall), and questions about a past reaction that must not alarm."""

import pytest

from bot.nlu.safety import red_flag

MEDICAL_NOW = [
    # a spreading infection after needling, with fever
    "the spot where they needled me is hot, swollen and red down to my knee and I have a fever of 39",
    "since my acupuncture ive got a fever and the shakes and the spot on my back is leaking pus",
    "le point de piqûre est tout enflé et rouge, et j'ai de la fièvre depuis hier soir",
    # a spreading infection told by red streaks climbing a limb, or shivering, without "fever"
    "a red line is creeping up my forearm from where they needled my wrist",
    "got needled on thursday, the calf is hot and puffy now and I keep shivering",
    "des traînées rouges remontent vers le coude depuis le point de piqûre",
    "la rougeur monte le long de ma jambe depuis l'aiguille d'hier",
    # numb legs and retention after needling the lower back
    "I can't feel my legs properly and I haven't been able to pee all day",
    "my back got worse after the needling and now i cant control my bladder",
    "je sens plus mes jambes depuis l'IMS au bas du dos",
    "depuis hier je suis pas capable d'uriner et mon dos empire",
    # the worst headache of one's life
    "worst headache of my life just hit out of nowhere",
    "c'est le pire mal de tête de ma vie, ça vient de commencer",
    # someone collapsed who does not respond
    "she collapsed at the gym, she's breathing but she isn't responding to us",
    "he went grey and slumped over in the chair, hes not answering us",
    "mon chum respire bizarre pis répond plus",
    # stroke signs
    "suddenly my whole left arm and leg went numb and weak",
    "I can't get my words out properly",
    # a seizure told by a bystander, and a broken needle still in the body (heldout7, spent)
    "my wife fainted on the table and now she's shaking all over like a seizure, what do we do",
    "I think he's having a seizure on the treatment table",
    "elle tremble de partout, comme une crise d'épilepsie",
    "a needle snapped and part of it is still inside my belly, what do I do",
    "un morceau d'aiguille est resté coincé dans mon ventre",
    # heart and lungs
    "my chest is crushing and my left arm is numb",
    "i cant take a full breath, sharp stabbing pain on the right when i breathe in",
]
SELF_HARM_NOW = [
    "nothing helps my pain anymore and ive been thinking about ending it tonight",
    # the same wish with "things" or "everything", or as a wish to be dead (heldout11 missed one)
    "my back has hurt for ten years and lately i keep thinking about ending things",
    "I want to end everything, nobody can fix this pain",
    "some nights i wish i was dead, the pain is that bad",
    "there's no point in living like this anymore",
]
NOT_NOW = [
    # a faint told as past, with a question about next time
    "I went white and nearly passed out at my last acupuncture. Will that happen again next time?",
    # questions about a risk, not a sign happening now
    "can acupuncture cause an infection?",
    "peut-on faire une réaction allergique au dry needling",
    "is it normal for the needle spot to be a bit red the next day?",
    "my physio treated me yesterday and the spot is a little red. Is that ok?",
    "do u guys bill pacific blue cross direct or do i have to send in the receipts myself",
    "I'm thinking about ending it with my old physio and trying acupuncture",
    "I'm thinking about ending things with my old clinic and booking with you",
    "we're ending things early at work today, can I come at 4?",
    # what a sign would feel like, asked as a hypothetical (heldout12 rc-025)
    "what would it feel like if a needle ever punctured my lung? nothing wrong, just curious",
    # whether needles can break, or twitches compared with a seizure: questions, not signs
    "can a needle break off inside you?",
    "what if a needle breaks in my back?",
    "my leg twitched like a seizure during IMS lol is that normal",
    "can acupuncture help seizures?",
    # red marks or shivers that are no spreading infection
    "the red lines on my back from cupping, how long do they last?",
    "I was shivering in the waiting room, can you turn the heat up?",
    "j'ai des lignes rouges sur le dos après les ventouses, c'est normal?",
]


@pytest.mark.parametrize("message", MEDICAL_NOW)
def test_a_sign_happening_now_gets_the_emergency_reply(message):
    assert red_flag(message) == "medical"


@pytest.mark.parametrize("message", SELF_HARM_NOW)
def test_thoughts_of_ending_it_get_the_crisis_line(message):
    assert red_flag(message) == "self_harm"


@pytest.mark.parametrize("message", NOT_NOW)
def test_a_past_reaction_or_a_question_about_a_risk_does_not_alarm(message):
    assert red_flag(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "I sit slumped over a laptop all day and my neck is wrecked. would IMS help?",
        "my shoulder isn't responding to physio, she's not responding to the treatment either",
        "I can't feel my feet properly, diabetic neuropathy. is acupuncture ok for me?",
    ],
)
def test_ordinary_stories_with_words_of_those_signs_do_not_alarm(message):
    assert red_flag(message) is None
