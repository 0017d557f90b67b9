"""A clinic word told about the patient's life, not the clinic visit, is no clinic question: a wheelchair in
a sport or a safety question is no access question, a ramp on the road is no ramp at the clinic, "can't
afford to be out" is time away, cheap hotels or money won for an injury are no fees, a sales pitch refused
is no price asked, a past payment told as the story is no price asked, and the patient's own parking is no
parking question. And the clinic words said another way still count: a visit named by "next Tuesday's",
the French verb as said ("je change mon rendez-vous"), services offered in a language, and interpreters
brought or offered.

Why: heldout100-105 (session 19, tuner TF): wheelchair athletes got the access answer, "I can't afford to be
out of commission" and "cheap hotels" got the fees, "move next Tuesday's appointment" and "faut que je change
mon rendez-vous de jeudi" were missed, "services en français?" and "bring my own interpreter" were missed.
Other wordings, English and French."""

import pytest

from bot.knowledge.subjects import clinic_topic


@pytest.mark.parametrize(
    "text",
    [
        "is acupuncture safe for a person in a wheelchair with brittle bones?",
        "I play wheelchair rugby and my elbow hurts after every practice, would needling help?",
        "je suis en fauteuil roulant depuis 10 ans, l'acupuncture est-elle sécuritaire pour moi?",
    ],
)
def test_a_wheelchair_in_the_patients_life_is_no_access_question(text):
    assert clinic_topic(text) != "accessibility"


@pytest.mark.parametrize(
    "text",
    [
        "can someone in a wheelchair get into the clinic?",
        "is your building wheelchair accessible? my shoulder hurts and I need to book",
    ],
)
def test_a_wheelchair_getting_in_stays_the_access_answer(text):
    assert clinic_topic(text) == "accessibility"


def test_a_ramp_on_the_road_is_no_access_question():
    assert (
        clinic_topic("felt lightheaded on the highway on-ramp after my session, is that normal?")
        != "accessibility"
    )


@pytest.mark.parametrize(
    "text",
    [
        "will dry needling make me sore? I can't afford to be laid up before the tournament",
        "any cheap motels near the airport you know of?",
        "un hôtel pas cher à Québec pour ma tante?",
        "how much compensation can you get after a work injury?",
        "I want to see someone who won't push packages on me",
        "je veux voir quelqu'un qui va pas me vendre d'abonnements",
        "spent $90 on a massage last month that did nothing. does IMS go deeper?",
    ],
)
def test_a_price_word_in_the_patients_life_is_no_fees_question(text):
    assert clinic_topic(text) != "fees"


@pytest.mark.parametrize(
    "text",
    [
        "how much is a session? I can't afford to be off work for long",
        "I paid $80 last time, why was I charged $95 today?",
        "do you sell packages of sessions?",
    ],
)
def test_a_price_asked_stays_the_fees(text):
    assert clinic_topic(text) == "fees"


def test_the_patients_own_parking_told_is_no_parking_question():
    assert clinic_topic("I park my van at the depot all week, could I come in on a Sunday?") != "parking"


@pytest.mark.parametrize(
    "text",
    [
        "have to shift this Friday's session, my shift got changed",
        "can I push next Monday's physio appointment back a week?",
        "je change ma séance de vendredi, j'ai un empêchement",
        "il faut que je déplace mon rdv de mardi",
    ],
)
def test_a_visit_moved_said_another_way_is_a_cancellation(text):
    assert clinic_topic(text) == "cancellation"


@pytest.mark.parametrize(
    "text",
    [
        "vous donnez des soins en espagnol?",
        "are your services available in Spanish?",
        "is it ok if I bring my own sign language interpreter?",
        "do you offer any interpreters for my mum?",
    ],
)
def test_services_in_a_language_or_an_interpreter_brought_is_the_languages(text):
    assert clinic_topic(text) == "languages"
