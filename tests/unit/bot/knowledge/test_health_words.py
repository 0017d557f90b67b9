"""The guard for health words the knowledge base never uses (bot/knowledge/health_words.py).

A patient who names an illness, a drug, an implant, an operation, a pregnancy, a product used
in a session or an after-effect the documents never mention is told the assistant has no
information on it, in English and in French, instead of getting the nearest entry as if it
covered them. Health words that are only a figure of speech, a comparison, something the
patient does not have, or told in the story before a question the documents answer, are not.
"""

import pytest

from bot.knowledge.health_words import unknown_health_term
from bot.knowledge.route import route
from tests.helpers.route_questions import ask


@pytest.mark.parametrize(
    "text",
    [
        # illnesses of organs and whole-body conditions
        "does acupuncture help with high blood pressure",
        "does acupunture help with high blood presure",
        "my dad had a stoke last year, would acupuncture help his arm",
        "can dry needling help the ringing in my ears",
        "is IMS ok if I have a heart condition",
        "l'acupuncture aide-t-elle pour l'hypertension artérielle?",
        "est-ce que l'acupuncture soulage les acouphènes?",
        "mon père a fait un AVC, est-ce que l'acupuncture peut l'aider?",
        # drug names and classes
        "is it safe to get dry needling while on eliquis",
        "I take statins and an SSRI, can I still have acupuncture",
        "can I do acupuncture while on prozac",
        "I'm diabetic on insulin, anything to know before IMS?",
        "je prends du sintrom, est-ce que je peux faire des aiguilles sèches?",
        "je suis sous antidépresseurs, l'acupuncture est-elle possible?",
        "je prends de l'insuline, y a-t-il un risque avec l'acupuncture?",
        # implants and devices
        "I have a pacemaker, is acupuncture ok for me?",
        "can you needle near the rods in my back",
        "is it safe to needle over breast implants",
        "I wear an insulin pump, will the needles be a problem",
        "j'ai un stimulateur cardiaque, l'acupuncture est-elle sans danger?",
        "j'ai une prothèse de hanche, peut-on piquer autour?",
        "est-ce qu'on peut faire de l'acupuncture avec un stérilet?",
        # procedures and surgeries
        "how soon after my shoulder surgery can I get dry needling",
        "can I have acupuncture the week before a colonoscopy",
        "combien de temps après ma chirurgie puis-je faire de l'IMS?",
        "j'ai eu une césarienne il y a 2 mois, l'acupuncture est possible?",
        # pregnancy, fertility and children
        "im 14 weeks pregant, is acupuncture ok",
        "is dry needling safe in the first trimester",
        "je suis enceinte de 5 mois, est-ce que je peux faire de l'acupuncture?",
        "est-ce qu'on peut faire de l'IMS pendant l'allaitement?",
        # products and adjuncts used in a session
        "do they numb the skin with cream before dry needling",
        "what does the infrared heat lamp do during acupuncture",
        "should I put kinesio tape on after IMS",
        "is it ok to use essential oils after my session",
        "à quoi sert la lampe chauffante pendant l'acupuncture?",
        "est-ce que je peux mettre des huiles essentielles après la séance?",
        "ils m'ont posé des ventouses, c'est normal les marques?",
        # after-effects the documents never name
        "why am I so wiped out after acupuncture",
        "got an itchy rash where the needles went in, is that normal",
        "I had a fever the day after dry needling, is that normal",
        "my foot still tingles a week after dry needling, will that go away",
        "can u get dry needling if u bruise super easy",
        "après ma séance j'ai eu des démangeaisons partout, c'est normal?",
        "je me suis sentie épuisée après l'acupuncture, c'est normal?",
        "j'ai pleuré pendant la séance, est-ce que c'est courant?",
        "j'ai de la fièvre depuis ma séance d'IMS, est-ce normal?",
    ],
)
def test_a_health_word_the_documents_never_name_is_caught(store, text):
    assert unknown_health_term(text, store)


@pytest.mark.parametrize(
    "text",
    [
        # a word the patient says they do not have
        "leg aches since dry needling, not swollen or anything just sore. how long does it last",
        "super achy but no swelling, how long does the soreness last",
        "pas de fièvre, juste des courbatures, combien de temps ça dure?",
        # another needle the patient compares ours with
        "are dry needling needles as thick as the ones for a flu shot?",
        "is IMS more painful than getting a flu shot",
        "les aiguilles sont-elles plus fines que celles des prises de sang?",
        # tears that only say how much a session hurt
        "the second session hurt so much I was in tears. is it meant to hurt like that",
        "so sore I teared up in the car after IMS. did they overdo it",
        # an operation the patient hopes to put off
        "knee arthritis, dont want surgery yet. does needling do anything for that",
        "the surgeon wants to replace her knee. could acupuncture help her put off the surgery?",
        "j'aimerais éviter la chirurgie pour mon genou, l'acupuncture peut aider?",
        "l'IMS c'est pire qu'une prise de sang?",
        "c'est comme une prise de sang ou un vaccin?",
        "are the needles like the ones for a flu shot or a blood test?",
        "je m'évanouis quand je vois une aiguille, l'acupuncture est-elle pour moi?",
        # a fear of needles or of fainting, and tiredness as a figure of speech
        "worried I might pass out during IMS, is that a thing?",
        "scared I'll faint on the table, does that happen?",
        "j'ai peur de tomber dans les pommes pendant la séance",
        "i get woozy just looking at needles, is IMS gonna be rough for me",
        "I'm sick and tired of this back pain, can acupuncture help",
        "je suis fatiguée de mes douleurs au dos, l'acupuncture peut aider?",
        # health words the documents use
        "I have a rotator cuff tear, can dry needling help?",
        "does acupuncture help with hay fever",
    ],
)
def test_a_health_word_the_patient_does_not_ask_about_is_no_reason_to_decline(store, text):
    assert unknown_health_term(text, store) is None


@pytest.mark.parametrize(
    "story, question, intent",
    [
        ("I have rods in my back and I take statins.", "are the needles single use?", "ask_needles"),
        ("I had my knee replaced and I take statins.", "how long does a session take?", "ask_session_length"),
        (
            "I felt wiped out after my massage last week.",
            "how long does a session take?",
            "ask_session_length",
        ),
        (
            "j'ai une prothèse de genou et je prends des statines.",
            "les aiguilles sont-elles à usage unique?",
            "ask_needles",
        ),
        ("j'ai des tiges dans le dos.", "combien de temps dure une séance?", "ask_session_length"),
        ("je me sens épuisée ces temps-ci.", "combien de temps dure une séance?", "ask_session_length"),
    ],
)
def test_health_words_told_only_in_the_story_do_not_decline_the_question(store, story, question, intent):
    d = route(ask(question, story=story, intent=intent, named=["acupuncture"]), store)
    assert d.rule != "unknown_health_term" and d.kind == "kb"


@pytest.mark.parametrize(
    "text, intent",
    [
        ("I have a pacemaker, can I still get electro-acupuncture?", "ask_safety"),
        ("j'ai une pompe à insuline, l'acupuncture est-elle sans danger?", "ask_safety"),
        ("got an itchy rash where the needles were, is that normal?", "ask_aftercare"),
        ("j'ai des démangeaisons là où on m'a piqué, c'est normal?", "ask_aftercare"),
    ],
)
def test_the_assistant_says_it_has_no_information_rather_than_answering_nearby(store, text, intent):
    d = route(ask(text, intent=intent, named=["acupuncture"]), store)
    assert (d.kind, d.reason) == ("fallback", "not_covered")
