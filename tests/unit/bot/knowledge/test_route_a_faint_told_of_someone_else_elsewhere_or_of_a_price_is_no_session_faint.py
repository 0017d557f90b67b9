"""Issue 11, session 16: a faint told as the story's news, someone else's and somewhere else ("a guy
fainted on the bus this morning", "une collègue a fait un malaise au bureau"), with no faint of the
patient's own, is no faint at a session: the question after it (needling for a sore elbow) is
answered. So is a faint as a figure of speech for a price ("almost passed out when he saw the
price"): a fees question. A faint at a session, the patient's or anyone's, stays declined
(knowledge/not_covered.yml `session_faint`). "Ça se soigne par l'acupuncture ?", "can that be
treated with dry needling?" ask whether needling helps (bot/knowledge/wording.py asks_help)."""

import pytest

from bot.knowledge.route import route
from bot.knowledge.subjects import not_covered_subjects
from bot.nlu.focus import sentences
from tests.unit.bot.knowledge.test_route import ask


def _ids(text):
    return [s.id for s in not_covered_subjects(text)]


def as_nlu_reads(message, intent, named, conditions=()):
    told = sentences(message)
    return ask(
        told[-1],
        intent=intent,
        confidence=0.45,
        named=named,
        conditions=conditions,
        asked=(),
        full_text=message,
        ranking=[(intent, 0.45), ("ask_safety", 0.3)],
    )


@pytest.mark.parametrize(
    "message, named, conditions",
    [
        (
            "A guy fainted on the bus this morning, the driver called 911. Anyway my elbow has tennis elbow "
            "from lifting boxes. Can that be treated with dry needling?",
            ["dry_needling"],
            ["tendinopathy"],
        ),
        (
            "La semaine passée une collègue a fait un malaise au bureau, elle va mieux. Moi j'ai une "
            "tendinite au coude depuis des mois. Ça se soigne par l'acupuncture ?",
            ["acupuncture"],
            ["tendinopathy"],
        ),
    ],
)
def test_someone_elses_faint_elsewhere_is_the_storys_news(store, message, named, conditions):
    assert "session_faint" not in _ids(message)
    d = route(as_nlu_reads(message, "nlu_fallback", named, conditions), store)
    assert d.kind == "kb", (d.rule, d.reason, d.subject)


@pytest.mark.parametrize(
    "message",
    [
        "my husband almost passed out when he saw the price at the other clinic lol. what do you charge per session?",
        "j'ai failli m'évanouir en voyant la facture de mon ancien kiné, c'est combien une séance chez vous?",
    ],
)
def test_a_price_that_nearly_floored_someone_is_a_fees_question(store, message):
    assert "session_faint" not in _ids(message)
    d = route(ask(message, intent="ask_insurance", confidence=0.9), store)
    assert (d.kind, d.clinic_topic) == ("clinic", "fees"), (d.rule, d.kind, d.subject)


@pytest.mark.parametrize(
    "message",
    [
        "my sister fainted during her dry needling session, is that common?",
        "a coworker passed out at work. I also fainted during my acupuncture yesterday, is that normal?",
        "mon mari a fait un malaise la dernière fois, il peut refaire de l'IMS?",
        "ma fille s'est évanouie pendant sa séance d'acupuncture, c'est normal?",
    ],
)
def test_a_faint_at_a_session_is_still_declined(message):
    assert "session_faint" in _ids(message)


@pytest.mark.parametrize(
    "message, named",
    [
        (
            "My neighbour fainted during her IMS two years ago, she's totally fine now. Is IMS dangerous?",
            ["ims"],
        ),
        (
            "L'été passé mon collègue a fait un malaise pendant sa séance, lui va très bien maintenant. Est-ce "
            "que c'est risqué, la puncture sèche?",
            ["dry_needling"],
        ),
    ],
)
def test_someone_elses_old_faint_at_a_session_before_is_it_safe_is_the_safety_entry(store, message, named):
    d = route(as_nlu_reads(message, "ask_safety", named), store)
    assert d.kind == "kb" and d.entry.topic == "safety", (d.rule, d.subject)


@pytest.mark.parametrize(
    "message, named",
    [
        (
            "My neighbour fainted during her IMS two years ago, she's totally fine now. Is fainting common with IMS?",
            ["ims"],
        ),
        (
            "L'été passé mon collègue a fait un malaise pendant sa séance, lui va très bien maintenant. Est-ce "
            "que ça peut m'arriver?",
            ["dry_needling"],
        ),
    ],
)
def test_asked_about_the_faint_itself_or_whether_it_could_happen_to_the_patient_it_stays_declined(
    store, message, named
):
    d = route(as_nlu_reads(message, "ask_safety", named), store)
    assert (d.kind, d.reason) == ("fallback", "not_covered"), (d.rule, d.entry and d.entry.id)
