"""A word in the story does not decline an answerable question (issue 11, session 24, tuner xd): a
fright told as a heart attack in French ("j'ai failli faire une crise cardiaque quand...") or as "had" at
a sight with a laugh is no heart condition; fainting at the mere sight of another needle is how afraid the
patient is; someone else's faint told as past and over, before a question on the treatment's side effects
or whether it hurts, is their story. Quiet controls: a real heart condition, the patient's own event, or
the faint itself asked about still decline."""

import pytest

from bot.knowledge import subjects as subject_rules
from bot.knowledge.health_words import unknown_health_term
from bot.knowledge.question import Question
from bot.knowledge.route import _not_covered
from bot.knowledge.store import get_store


def _q(text, intent="ask_needles", confidence=0.9, named=()):
    return Question(
        text=text,
        intent=intent,
        confidence=confidence,
        topics=[],
        named=list(named),
        context=[],
        full_text=text,
    )


@pytest.mark.parametrize(
    "text",
    [
        "j'ai failli faire une crise cardiaque quand le chien du voisin a sauté sur la clôture. depuis j'ai le cou"
        " bloqué, l'acupuncture ça marche pour le cou?",
        "j'ai quasiment fait une crise cardiaque en voyant le prix de l'essence lol. c'est combien une séance?",
        "J'ai presque fait une crise de coeur quand le chat a sauté derrière moi, depuis j'ai mal au dos. les"
        " aiguilles peuvent aider?",
        "had a heart attack when i saw what the place down the street charges 😂 how much is a session here?",
        "I had a heart attack when I opened the invoice lol. do you direct bill?",
    ],
)
def test_a_fright_told_as_a_heart_attack_is_no_heart_condition(text):
    assert "heart_blood_pressure" not in {s.id for s in subject_rules.not_covered_subjects(text)}
    assert unknown_health_term(text, get_store()) is None


@pytest.mark.parametrize(
    "text",
    [
        "j'ai fait une crise cardiaque l'an passé, est-ce sécuritaire?",
        "j'ai failli faire une crise cardiaque l'an dernier, mon cardiologue me suit. l'acupuncture est sûre?",
        "j'ai de l'hypertension et j'ai failli faire une crise cardiaque quand j'ai vu la facture. c'est sûr?",
        "my dad had a heart attack when he saw the news. is acupuncture safe for him?",
        "I had a heart attack last year. is acupuncture safe?",
        "had a heart attack when i saw the bill lol but i do have angina. is needling safe?",
    ],
)
def test_a_heart_attack_or_heart_condition_still_declines(text):
    assert "heart_blood_pressure" in {s.id for s in subject_rules.not_covered_subjects(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Im the person who goes pale and faints at the sight of a blood test. what should I know before IMS?",
        "I pass out at the very sight of a flu shot lol. does acupuncture hurt?",
        "je tombe dans les pommes à la vue d'une prise de sang. l'acupuncture ça fait mal?",
    ],
)
def test_fainting_at_the_sight_of_another_needle_is_no_health_word(text):
    assert unknown_health_term(text, get_store()) is None


@pytest.mark.parametrize(
    "text",
    [
        "I faint at the sight of blood because of my anemia. is acupuncture safe?",
        "I have a blood clotting disorder. is acupuncture safe?",
    ],
)
def test_a_health_word_beside_it_still_counts(text):
    assert unknown_health_term(text, get_store()) is not None


@pytest.mark.parametrize(
    "text",
    [
        "ma cousine a fait un malaise pendant une séance l'an dernier, elle va très bien. Les effets secondaires"
        " graves c'est fréquent?",
        "my friend fainted during an acupuncture session last year, she's fine now. are serious side effects"
        " common?",
        "une amie a fait un malaise pendant une séance l'an passé, elle va très bien. est-ce que ça fait mal,"
        " l'acupuncture?",
    ],
)
def test_someone_elses_faint_told_as_over_before_a_general_question_is_their_story(text):
    assert _not_covered(_q(text, named=["acupuncture"])) is None


@pytest.mark.parametrize(
    "text",
    [
        # the faint itself, to the patient or again
        "ma cousine a fait un malaise pendant une séance l'an dernier, elle va très bien. ça peut m'arriver?",
        "my friend fainted during acupuncture last year, she's fine now. is fainting a common side effect?",
        # the patient's own faint
        "I fainted during my acupuncture session last month, fine since. are side effects common?",
        # still going on
        "ma cousine a fait un malaise pendant une séance hier et elle est encore étourdie. ça fait mal?",
    ],
)
def test_the_faint_asked_about_or_the_patients_own_still_declines(text):
    assert _not_covered(_q(text, named=["acupuncture"])) is not None


@pytest.mark.parametrize(
    "text",
    [
        "ma tante a fait un malaise chez un acupuncteur l'an passé, elle va très bien maintenant, mais c'est"
        " dangereux l'acupuncture?",
        "my friend fainted at her acupuncture appointment last year, she's fine now, but is acupuncture actually"
        " safe?",
    ],
)
def test_one_sentence_story_then_but_asked_is_read_as_story_and_question(text):
    assert _not_covered(_q(text, named=["acupuncture"])) is None


@pytest.mark.parametrize(
    "text",
    [
        "ma tante a fait un malaise chez un acupuncteur l'an passé, elle va très bien maintenant, mais ça peut"
        " m'arriver?",
        "I fainted at my acupuncture appointment last year, fine now, but is acupuncture safe for me?",
        "my friend fainted at her acupuncture appointment yesterday, but is acupuncture safe?",
    ],
)
def test_one_sentence_with_the_event_asked_or_not_over_still_declines(text):
    assert _not_covered(_q(text, named=["acupuncture"])) is not None


def test_rule_13_reads_the_one_sentence_story_the_same_way():
    from bot.knowledge.route import _term_in_someone_elses_story_told_as_over

    told = "ma tante a fait un malaise chez un acupuncteur l'an passé, elle va très bien maintenant, mais c'est dangereux l'acupuncture?"
    assert _term_in_someone_elses_story_told_as_over(_q(told, named=["acupuncture"]), "malaise")
    mine = "j'ai fait un malaise chez un acupuncteur hier, mais c'est dangereux l'acupuncture?"
    assert not _term_in_someone_elses_story_told_as_over(_q(mine, named=["acupuncture"]), "malaise")
