"""The decline decision both ways. Subjects no document covers are declined with who can help,
never answered from a nearby entry: hair falling out, the pain shingles leaves (written rule 2),
restless legs, hiccups, an age past which needling stops, the metal of a replaced joint, needles
put in by the patient, which plan is cheapest, which walker or cane to buy. And questions the
entries answer are not declined for a word around them: an illness that is someone else's
(the carer asks about their own back), a heart attack only feared and explained, a faint at a
blood test, a piercing once infected before asking whether the needles are clean, a needle
compared with a blood test's, a child given as the reason to move a visit."""

import pytest

from bot.knowledge.health_words import unknown_health_term
from bot.knowledge.route import route
from tests.helpers.route_questions import ask, declined, split_story

DECLINED = [
    ("my hair keeps coming out in the shower, could acupuncture stop it?", "cosmetic"),
    ("je perds mes cheveux depuis l'automne, l'acupuncture peut aider?", "cosmetic"),
    ("est-ce que les aiguilles marchent contre la chute des cheveux?", "cosmetic"),
    ("nerve pain on my ribs ever since the shingles rash cleared, would needling calm it?", "neurological"),
    ("postherpetic neuralgia on my forehead, can dry needling do anything?", "neurological"),
    ("des douleurs qui restent après un zona, l'acupuncture c'est une option?", "neurological"),
    ("RLS keeps me up every night, could IMS settle my legs?", "neurological"),
    ("le syndrome des jambes sans repos, ça se traite avec l'acupuncture?", "neurological"),
    ("hiccuping on and off all week, is there an acupuncture point for that?", "everyday_complaints"),
    ("un hoquet qui ne passe pas, les aiguilles peuvent le stopper?", "everyday_complaints"),
    ("my grandpa is 93, at what age do they stop doing dry needling?", "older_adults"),
    ("how old is too old for acupuncture?", "older_adults"),
    ("j'ai 88 ans, à partir de quel âge on ne fait plus d'acupuncture?", "older_adults"),
    ("can they needle close to the metal in my hip? it was done in 2015", "joint_replacement"),
    ("saw a tiktok and stuck a couple of needles into my own calf, is that risky?", "self_treatment"),
    ("je me suis planté des aiguilles dans la jambe après une vidéo, c'est dangereux?", "self_treatment"),
    ("which insurer is cheapest for someone who gets acupuncture a lot?", "named_plan"),
    ("quelle assurance complémentaire est la moins chère pour l'acupuncture?", "named_plan"),
    ("which rollator would you recommend for my mum?", "products"),
    ("should I buy a cane or crutches for my bad knee?", "products"),
    ("quelle marchette acheter pour mon père, avec ou sans siège?", "products"),
]


@pytest.mark.parametrize("message,subject", DECLINED)
def test_subject_no_document_covers_is_declined(store, message, subject):
    question, story = split_story(message)
    declined(store, question, subject, "ask_conditions", story=story)


@pytest.mark.parametrize(
    "message",
    [
        "is acupuncture safe for older people? I'm 79",
        "can I bring my walker into the treatment room?",
        "does acupuncture help hip pain? my knee was fine after my replacement talk with the surgeon",
        "are the needles thinner than the ones in a vaccine?",
    ],
)
def test_close_wordings_stay_out_of_those_subjects(store, message):
    d = route(ask(message, intent="ask_safety", confidence=0.7), store)
    assert d.subject is None or d.subject.id not in {"older_adults", "products", "joint_replacement"}, (
        d.subject
    )


SOMEONE_ELSES_ILLNESS = [
    "My wife has had Parkinson's for years and helping her up has wrecked my lower back. Could acupuncture help my back?",
    "I've been caring for my dad since his stroke and lifting him has left my shoulders aching. Would dry needling help?",
    "Depuis l'AVC de mon père je le porte tous les jours, j'ai une douleur dans l'épaule. Le dry needling aiderait?",
    "Ma mère a la maladie de Parkinson et à force de la soulever j'ai mal au dos. L'acupuncture peut m'aider?",
]


@pytest.mark.parametrize("message", SOMEONE_ELSES_ILLNESS)
def test_an_illness_of_someone_else_does_not_decline_the_patients_own_pain(store, message):
    question, story = split_story(message)
    d = route(ask(question, story=story, intent="ask_conditions", confidence=0.7), store)
    assert d.kind == "kb", (d.kind, d.rule, d.subject)


@pytest.mark.parametrize(
    "message",
    [
        "My dad had a stroke last year. Could acupuncture help him walk again?",
        "Since my stroke my shoulder aches. Would dry needling help?",
        "My husband has Parkinson's and his legs are stiff. Would IMS help his legs?",
    ],
)
def test_the_patients_own_illness_or_the_other_persons_treatment_is_still_declined(store, message):
    question, story = split_story(message)
    declined(store, question, "neurological", "ask_conditions", story=story)


ANSWERED = [
    (
        "L'an dernier j'ai cru que je faisais un infarctus, en fait c'était une côte fêlée. "
        "Est-ce que l'acupuncture aide pour le dos?",
        "ask_conditions",
    ),
    (
        "Last year I thought I was having a heart attack, turned out it was just a pulled chest muscle. "
        "Does dry needling help a tight neck?",
        "ask_conditions",
    ),
    (
        "I nearly fainted at a blood draw last year but I'm fine now. Does dry needling hurt a lot?",
        "ask_sensation",
    ),
    (
        "J'ai failli tomber dans les pommes pendant une prise de sang. Les aiguilles font mal?",
        "ask_sensation",
    ),
    (
        "My belly piercing got infected years ago so I'm nervous. Are your needles sterile and single use?",
        "ask_safety",
    ),
    ("Mon tatouage s'est infecté une fois. Les aiguilles sont jetables ou réutilisées?", "ask_safety"),
]


@pytest.mark.parametrize("message,intent", ANSWERED)
def test_a_story_told_as_over_does_not_decline_the_question(store, message, intent):
    question, story = split_story(message)
    d = route(ask(question, story=story, intent=intent, confidence=0.7), store)
    assert d.kind == "kb", (d.kind, d.rule, d.subject)


@pytest.mark.parametrize(
    "message,subject",
    [
        ("i fainted during my acupuncture session last week. will it happen again?", "session_faint"),
        ("can you needle over my new piercing?", "skin"),
        (
            "I have a heart condition and thought I was having a heart attack, it was nothing. Is acupuncture safe?",
            "heart_blood_pressure",
        ),
    ],
)
def test_the_subject_itself_still_declines(store, message, subject):
    declined(store, message, subject, "ask_safety")


@pytest.mark.parametrize(
    "message",
    [
        "how thin are acupuncture needles compard to the ones they use for blood work",
        "are these thinner than the ones for bloodwork?",
        "something came up with my toddler, can I reschedule Friday's visit?",
        "je dois déplacer mon rendez-vous de mardi, mon bébé est malade",
    ],
)
def test_another_needle_or_a_child_moving_a_visit_names_no_health_word(store, message):
    assert unknown_health_term(message, store) is None


def test_a_child_asked_about_after_their_pain_is_still_declined(store):
    message = "My daughter is 9 and her knees ache at night. Do you do acupuncture on children?"
    question, story = split_story(message)
    declined(store, question, "children", "ask_conditions", story=story)
