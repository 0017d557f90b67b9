"""Issue 11: answerable questions declined by mistake, tested on new wordings (EN and FR).

A patient's own job told as the background of the question (a dentist with a sore shoulder, a
vet with a bad back, a midwife, a hairdresser) is no health subject: the question is answered. The
same word naming somebody else ("my dentist is pulling a tooth") still can be the subject. A fear
of needles told with the other needles the patient knows (bloodwork, a tattoo, vaccines) is
answered from how it feels. An animal's complaint asked about with needling is for a vet."""

import pytest

from bot.knowledge.health_words import unknown_health_term
from bot.knowledge.occupations import without_own_job
from bot.knowledge.route import route
from bot.knowledge.subjects import not_covered_subject, not_covered_subjects
from tests.helpers.route_questions import ask

OWN_JOB = [
    ("I'm a dentist and my neck is always stiff. does dry needling help neck pain?", ["dry_needling"]),
    ("I work as a dental hygienist and my forearms ache. can acupuncture help?", ["acupuncture"]),
    ("dental hygenist, lower back tight 24/7. how many needles would IMS use?", ["ims"]),
    (
        "I'm a vet and my back hurts from lifting all day. does dry needling work for back pain?",
        ["dry_needling"],
    ),
    ("retired midwife here, my knees ache. would acupuncture help?", ["acupuncture"]),
    (
        "I'm an osteopath myself, how is dry needling different from acupuncture?",
        ["dry_needling", "acupuncture"],
    ),
    ("As a tattoo artist I hunch all day and my upper back is wrecked. is IMS safe?", ["ims"]),
    ("hairstylist 15 yrs, shoulders always knotted. can dry needling help?", ["dry_needling"]),
    ("je suis dentiste et j'ai mal à l'épaule. est-ce que le dry needling peut aider?", ["dry_needling"]),
    ("je suis sage-femme et j'ai mal au dos. l'acupuncture aide pour le mal de dos?", ["acupuncture"]),
    ("je suis vétérinaire, mon dos me fait souffrir. l'IMS peut aider?", ["ims"]),
    (
        "en tant qu'hygiéniste dentaire j'ai le cou tendu. combien d'aiguilles en acupuncture?",
        ["acupuncture"],
    ),
    (
        "je travaille dans une clinique vétérinaire, j'ai mal au dos. le dry needling peut aider?",
        ["dry_needling"],
    ),
]


@pytest.mark.parametrize("question,named", OWN_JOB)
def test_a_patients_own_job_declines_nothing(store, question, named):
    assert not_covered_subject(question) is None, question
    assert unknown_health_term(question, store) is None, question
    d = route(ask(question, intent="ask_conditions", confidence=0.8, named=named), store)
    assert d.kind == "kb", (d.rule, d.subject)


@pytest.mark.parametrize(
    "question,subject",
    [
        ("my dentist is pulling a tooth next week, can acupuncture help the tooth pain?", "dental"),
        ("I'm at the dentist tomorrow for a bad tooth, can acupuncture help the pain?", "dental"),
        ("my vet suggested acupuncture for my old dog's hips, does it work?", "animals"),
        ("ma sage-femme m'a parlé d'acupuncture pour le bébé en siège", "pregnancy"),
        ("I'm a nurse and 20 weeks pregnant, is acupuncture safe?", "pregnancy"),
    ],
)
def test_the_same_words_about_someone_else_or_with_the_subject_still_decline(question, subject):
    assert subject in [s.id for s in not_covered_subjects(question)]


def test_only_the_job_is_replaced_not_the_rest_of_the_story():
    assert without_own_job("i'm a nurse and my back hurts") == "i'm a worker and my back hurts"
    assert without_own_job("i'm nursing my baby") == "i'm nursing my baby"
    assert without_own_job("je suis chez le dentiste") == "je suis chez le dentiste"


FEAR_STORIES = [
    (
        "terrified of needles, fainted at a blood draw once as a kid. anything to know before acupuncture?",
        ["acupuncture"],
        "ask_treatment_course",
    ),
    (
        "im terrified of needles, i sweat through my shirt at bloodwork. should i even try this?",
        [],
        "ask_aftercare",
    ),
    (
        "been scared of needles forever, somehow survived a tattoo. what should i know before dry needling?",
        ["dry_needling"],
        "ask_choosing",
    ),
    (
        "I hate needles, I cry at every flu shot. could someone like me handle IMS?",
        ["ims"],
        "ask_treatment_course",
    ),
    (
        "j'ai une peur bleue des aiguilles, pourtant j'ai un tatouage. l'acupuncture ça fait mal?",
        ["acupuncture"],
        "ask_sensation",
    ),
    (
        "j'ai la phobie des aiguilles, je transpire à chaque prise de sang. je devrais essayer l'acupuncture?",
        ["acupuncture"],
        "ask_aftercare",
    ),
]


@pytest.mark.parametrize("question,named,intent", FEAR_STORIES)
def test_a_fear_of_needles_told_with_other_needles_is_answered_from_how_it_feels(
    store, question, named, intent
):
    d = route(ask(question, intent=intent, confidence=0.6, named=named), store)
    assert d.kind == "kb" and d.entry.topic == "sensation", (d.rule, d.reason, d.entry)


@pytest.mark.parametrize(
    "question",
    [
        "scared of needles, can you needle right over my tattoo?",
        "terrified of needles and I have psoriasis on my arms, is acupuncture ok?",
    ],
)
def test_needling_over_a_tattoo_or_a_skin_condition_still_declines(question):
    found = not_covered_subject(question)
    assert found is not None and found.id == "skin", found


ANIMALS = [
    "my cat has arthritis, is there such a thing as cat acupuncture?",
    "my dog has hip dysplasia, would dry needling work on dogs?",
    "is there dog acupuncture near here? my lab has a bad back",
    "our old horse has stiff hips, does anyone do equine acupuncture?",
    "mon chat a de l'arthrose, est-ce que l'acupuncture existe pour les chats?",
]


@pytest.mark.parametrize("question", ANIMALS)
@pytest.mark.parametrize("intent", ["out_of_scope", "ask_conditions"])
def test_an_animals_complaint_with_needling_is_for_a_vet(store, question, intent):
    d = route(ask(question, intent=intent, confidence=0.65, named=["acupuncture"]), store)
    assert d.kind == "fallback" and d.subject is not None and d.subject.id == "animals", (d.rule, d.entry)


def test_a_dog_in_the_patients_own_story_is_no_animal_patient():
    assert not_covered_subject("I walk my dog every day and my knee aches, would acupuncture help?") is None
