"""Issue 12 on the real knowledge base: risk answers say what to do, country facts say
which country, "ask us" comes with the clinic's contact, and the review's overclaims stay gone."""
import re

import pytest

from bot import MODALITIES
from bot.knowledge import KNOWLEDGE_DIR
from bot.knowledge.build import write_database
from bot.knowledge.loader import load_knowledge
from bot.knowledge.store import KnowledgeStore

KB = load_knowledge(KNOWLEDGE_DIR)
ENTRIES = list(KB.entries.values())
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return KnowledgeStore(write_database(KB, tmp_path_factory.mktemp("kb") / "knowledge.db"))


def test_every_answer_about_a_punctured_lung_ends_with_the_emergency_number():
    """A patient reading about lung puncture after a session must learn whom to call."""
    lung = [e for e in ENTRIES if re.search(r"\blung\b|pneumothorax", e.answer, re.I)]
    assert len(lung) >= 3
    for e in lung:
        last_two = " ".join(SENTENCE_END.split(e.answer.strip())[-2:])
        assert "{clinic.emergency_number}" in last_two, e.id
        assert re.search(r"breathing", last_two), e.id


# Facts the documents give only for the US (a US health website): AMA, APTA, AAPAS, the
# national board exam, insurers and networks, "no board", tens of thousands of acupuncturists.
US_ONLY = re.compile(r"\b(AMA|APTA|AAPAS|American Medical|American Physical|national board|insurers?"
                     r"|in your plan's network|no board|tens of thousands)\b")


@pytest.mark.parametrize("topic", ["practitioners", "insurance", "safety"])
def test_us_facts_say_they_are_about_the_us(topic):
    unplaced = [e.id for e in ENTRIES if e.topic == topic and US_ONLY.search(e.answer)
                and not re.search(r"\bUS\b|\bU\.S\.|United States", e.answer)]
    assert unplaced == []


def test_answers_on_checking_a_practitioner_name_the_clinics_regulator():
    for entry_id in ["acu-practitioners-verify", "acu-practitioners", "dn-practitioners-find"]:
        assert re.search(r"\{clinic\.regulator\.\w+\}", KB.entries[entry_id].answer), entry_id


def test_ask_us_always_comes_with_the_clinics_phone_or_booking_link():
    bare = [e.id for e in ENTRIES if re.search(r"\b(ask|call|tell) us\b", e.answer, re.I)
            and not re.search(r"\{clinic\.(phone|booking_url)\}", e.answer)]
    assert bare == []


@pytest.mark.parametrize("overclaim", [
    r"twitch is an expected", r"expect noticeable soreness", r"found it unreliable", r"markedly",
    r"clear benefits", r"usually takes longest", r"fairly intense", r"theories overlap",
    r"do not mention lung puncture"])
def test_the_reviews_overclaims_do_not_come_back(overclaim):
    assert [e.id for e in ENTRIES if re.search(overclaim, e.answer, re.I)] == []


@pytest.mark.parametrize("mods,text,expected", [
    ({"dry_needling"}, "how do i find a good dry needling therapist", "dn-practitioners-find"),
    ({"dry_needling"}, "are there any guidelines for dry needling", "dn-practitioners-guidelines"),
    ({"acupuncture"}, "how common are acupuncturists", "acu-practitioners-how-common"),
    ({"dry_needling"}, "is dry needling regulated by law", "dn-practitioners-regulation"),
])
def test_the_new_practitioner_questions_reach_their_entries(store, mods, text, expected):
    assert store.find(["practitioners"], frozenset(mods), text).id == expected


def test_every_modality_still_has_a_safety_answer_with_a_next_step():
    for mod in MODALITIES:
        general = [e for e in ENTRIES if e.topic == "safety" and e.modality_set == {mod} and e.is_general]
        assert general and re.search(r"\{clinic\.(phone|emergency_number)\}", general[0].answer), mod
