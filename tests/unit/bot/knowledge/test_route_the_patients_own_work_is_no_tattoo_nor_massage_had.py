"""Issue 11, session 16: the patient's own work told as such, the job unnamed ("I tattoo full time",
"ten-hour tattoo sessions", "des journées de tatouage", "I give massages for a living"), is the
work that wears their body out: no tattoo on their skin (the skin subject), no massage they get
(another therapy), no unknown health word. The question about needling for the pain is answered.
A tattoo on the body (fresh, new, over or near it, inked) is still the skin subject, and a tremor
by its name is the neurological one (bot/knowledge/occupations.py, knowledge/not_covered.yml)."""

import pytest

from bot.knowledge.health_words import unknown_health_term
from bot.knowledge.occupations import without_own_job
from bot.knowledge.route import route
from bot.knowledge.subjects import not_covered_subjects
from tests.helpers.route_questions import ask

OWN_WORK = [
    ("my upper back is shot after ten-hour tattoo sessions. can dry needling help?", ["dry_needling"]),
    ("i tattoo full time and my wrist aches every night, would acupuncture help?", ["acupuncture"]),
    ("years of tattoo work have wrecked my neck, is IMS worth a try for neck pain?", ["ims"]),
    ("des journées de tatouage de 10h, j'ai le bas du dos en compote. l'IMS peut aider?", ["ims"]),
    (
        "je fais du tatouage depuis 15 ans pis mes épaules sont raides, la puncture sèche ça aide?",
        ["dry_needling"],
    ),
    (
        "je fais des massages toute la journée et j'ai mal aux pouces, l'acupuncture peut aider?",
        ["acupuncture"],
    ),
]


@pytest.mark.parametrize("message,named", OWN_WORK)
def test_the_patients_own_work_names_no_subject(store, message, named):
    assert not_covered_subjects(message) == [], message
    assert unknown_health_term(message, store) is None, message
    d = route(ask(message, intent="ask_conditions", confidence=0.8, named=named), store)
    assert d.kind == "kb", (d.rule, d.subject)


@pytest.mark.parametrize(
    "message",
    [
        "got a fresh tattoo on my calf last week after long tattoo sessions, can they needle next to it?",
        "je me suis fait faire un tatouage sur l'épaule, on peut piquer à côté?",
        "I tattoo for a living and just got my own forearm inked. can they needle near the new ink?",
        "can you do acupuncture over a tattoo that is still healing?",
    ],
)
def test_a_tattoo_on_the_body_is_still_the_skin_subject(message):
    assert "skin" in [s.id for s in not_covered_subjects(message)], message


@pytest.mark.parametrize(
    "message",
    [
        "my hands get a tremor after a long day at the shop. can acupuncture settle it?",
        "des tremblements aux mains depuis un an, l'acupuncture peut aider?",
    ],
)
def test_a_tremor_by_its_name_is_the_neurological_subject(message):
    assert "neurological" in [s.id for s in not_covered_subjects(message)], message


def test_only_the_work_word_is_replaced():
    assert without_own_job("i tattoo for a living") == "i work for a living"
    assert without_own_job("apres 9h de tatouage") == "apres 9h de travail"
    assert (
        without_own_job("a new tattoo after long tattoo sessions")
        == "a new tattoo after long tattoo sessions"
    )
