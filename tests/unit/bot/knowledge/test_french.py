"""French in the knowledge base (issue 17): the build fails without a French answer, French
readability is measured with textstat's French formula and held, and a French answer gets
French words where the clinic left a value out."""
import pytest
import textstat
import yaml

from bot.clinic import read_clinic
from bot.errors import NeedleGuideError
from bot.knowledge import KNOWLEDGE_DIR
from bot.knowledge.build import validate
from bot.knowledge.fill import fill_answer
from bot.knowledge.loader import load_knowledge
from bot.knowledge.readability import (MEDIAN_EASE_FR, MIN_EASE_FR, format_french_readability,
                                       french_readings, median_ease, reading_ease)
from bot.knowledge.report import format_report, missing_translations

KB = load_knowledge(KNOWLEDGE_DIR)
FRENCH = french_readings(KB.entries.values())
HARD_FR = ("Les programmes interdisciplinaires de réadaptation musculosquelettique, fréquemment coordonnés "
           "collaborativement par physiothérapeutes, acupuncteurs et psychologues, démontrent une "
           "hétérogénéité considérable concernant leurs caractéristiques méthodologiques.")


def _edit_first_entry(kb_dir, change):
    path = kb_dir / "answers" / "main.yml"
    data = yaml.safe_load(path.read_text())
    change(data["entries"][0])
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    return data["entries"][0]["id"]


# ------------------------------------------------------------------ every entry in French

def test_every_real_entry_has_its_question_and_answer_in_french():
    assert KB.problems == []
    assert [e.id for e in KB.entries.values() if not (e.question_fr and e.answer_fr)] == []


@pytest.mark.parametrize("field", ["answer_fr", "question_fr"])
def test_an_entry_without_french_fails_the_build_naming_it(kb_dir, field):
    eid = _edit_first_entry(kb_dir, lambda e: e.pop(field))
    with pytest.raises(NeedleGuideError) as err:
        validate(kb_dir)
    assert f"answers/main.yml [{eid}]: missing French translation: add '{field}'" in str(err.value)


def test_a_french_answer_that_drops_the_emergency_number_fails_the_build(kb_dir):
    def change(entry):
        entry["answer"] += " Call {clinic.emergency_number} if breathing is hard."
        entry["answer_fr"] += " Appelez un médecin si vous respirez mal."
    eid = _edit_first_entry(kb_dir, change)
    problems = [str(p) for p in load_knowledge(kb_dir).problems]
    assert problems == [f"answers/main.yml [{eid}]: answer and answer_fr must name the same clinic "
                        "placeholders: {clinic.emergency_number} only in answer"]


def test_the_report_names_clinic_texts_a_french_patient_would_get_in_english(tmp_path):
    path = tmp_path / "clinic.yml"
    path.write_text("name: X\nphone: 555-0100\nbooking_url: https://example.org\nhours:\n  - Mon 9-5\n"
                    "answers:\n  fees: A visit is $90.\n  parking: Street parking.\n"
                    "answers_fr:\n  fees: Une visite coûte 90 $.\n", encoding="utf-8")
    clinic = read_clinic(path)
    assert missing_translations(list(KB.entries.values()), clinic) == [
        "clinic.yml: hours has no hours_fr", "clinic.yml: answers.parking has no answers_fr.parking"]
    report = format_report(list(KB.entries.values()), clinic)
    assert f"French: {len(KB.entries)} of {len(KB.entries)} knowledge entries have question_fr and answer_fr" in report
    assert "  missing: clinic.yml: answers.parking has no answers_fr.parking" in report


# ------------------------------------------------------------------ French readability

def test_the_median_french_answer_stays_as_easy_as_today():
    assert median_ease(r.ease for r in FRENCH) >= MEDIAN_EASE_FR, format_french_readability(KB.entries.values())


def test_no_french_answer_is_hard_to_read():
    assert [(r.entry_id, r.ease) for r in FRENCH if r.ease < MIN_EASE_FR] == []


def test_french_is_measured_with_the_kandel_moles_formula_without_touching_english():
    text = "La puncture sèche utilise une aiguille fine. Elle peut faire une petite secousse du muscle."
    english_before = textstat.flesch_reading_ease("The needle is thin. It may make the muscle twitch.")
    fr = reading_ease(text, "fr")
    # 2 sentences, 15 words (textstat drops the apostrophes), Pyphen's French syllables
    words, sentences, syllables = 15, 2, 20
    assert fr == round(207 - 1.015 * words / sentences - 73.6 * round(syllables / words, 1), 1)
    assert fr != reading_ease(text, "en")  # the English formula reads the same text differently
    assert textstat.flesch_reading_ease("The needle is thin. It may make the muscle twitch.") == english_before


def test_a_hard_french_answer_is_warned_about_by_name_but_still_builds(kb_dir, capsys):
    assert reading_ease(HARD_FR, "fr") < MIN_EASE_FR
    eid = _edit_first_entry(kb_dir, lambda e: e.update(answer_fr=HARD_FR))
    kb = validate(kb_dir)
    assert any(w.startswith(f"answers/main.yml [{eid}]: French reading ease") for w in kb.warnings)
    assert f"[{eid}]: French reading ease" in capsys.readouterr().err


def test_the_report_gives_both_medians_on_the_same_scale():
    last = format_french_readability(KB.entries.values()).splitlines()[-1]
    assert last.startswith(f"median reading ease: French {median_ease(r.ease for r in FRENCH)} (Kandel-Moles")
    assert "English " in last and "(Flesch)" in last


# ------------------------------------------------------------------ clinic values in French

def _clinic(tmp_path, extra=""):
    path = tmp_path / "clinic.yml"
    path.write_text("name: Maple Physio\nphone: 555-0100\nbooking_url: https://example.org\n" + extra,
                    encoding="utf-8")
    return read_clinic(path)


def test_a_french_answer_gets_french_words_where_the_clinic_left_a_value_out(tmp_path):
    c = _clinic(tmp_path)
    text = fill_answer("Pour vérifier un permis ici ({clinic.region}), consultez {clinic.regulator.physiotherapists}. "
                       "Pour les acupuncteurs : {clinic.regulator.acupuncturists}.", c, "fr")
    assert text == ("Pour vérifier un permis ici (votre région), consultez l'ordre professionnel des "
                    "physiothérapeutes de votre région. Pour les acupuncteurs : l'ordre professionnel des "
                    "acupuncteurs de votre région.")
    english = "In {clinic.region}, ask {clinic.regulator.physiotherapists}."
    assert fill_answer(english, c) == fill_answer(english, c, "en") == (
        "In your area, ask the regulator for physiotherapists where you live.")


def test_a_french_answer_names_the_clinic_by_its_french_name(tmp_path):
    c = _clinic(tmp_path, "name_fr: Physio Érable\n")
    assert fill_answer("Bienvenue chez {clinic.name}. Appelez le {clinic.phone}.", c, "fr") == (
        "Bienvenue chez Physio Érable. Appelez le 555-0100.")
    assert fill_answer("Welcome to {clinic.name}.", c, "en") == "Welcome to Maple Physio."
    assert fill_answer("Welcome to {clinic.name}.", c, "de") == "Welcome to Maple Physio."  # unknown: English


def test_french_spacing_before_a_colon_survives_the_filling(tmp_path):
    c = _clinic(tmp_path)
    assert fill_answer("Des questions? Appelez-nous : {clinic.phone}.", c, "fr") == (
        "Des questions? Appelez-nous : 555-0100.")
    assert fill_answer("Appelez le {clinic.nonsense} . Merci !", c, "fr") == "Appelez le. Merci !"
    assert fill_answer("Call us : {clinic.phone} .", c) == "Call us: 555-0100."  # English as before


def test_no_real_french_answer_shows_english_fallback_words_or_braces():
    class Bare:  # a clinic that filled in nothing optional
        name = phone = booking_url = region = ""
    english_words = ("our clinic", "your area", "our website", "where you live", "regulator for")
    for e in KB.entries.values():
        text = fill_answer(e.answer_fr, Bare(), "fr")
        assert "{" not in text and not any(w in text for w in english_words), e.id
