"""Clinic placeholders in answers: checked at build time, filled from clinic.yml at reply time,
and the clinic's region and regulators read (strictly) from clinic.yml."""
import pytest
import yaml

from bot.clinic import ClinicConfigError, Regulator, load_clinic, read_clinic
from bot.knowledge.fill import fill_answer, placeholder_problems
from bot.knowledge.loader import load_knowledge

BASE = "name: X\nphone: 555-0100\nbooking_url: https://example.org\n"


def _clinic(tmp_path, extra=""):
    path = tmp_path / "clinic.yml"
    path.write_text(BASE + extra)
    return read_clinic(path)


def test_a_lung_answer_tells_this_clinics_patient_whom_to_call(tmp_path):
    text = "Call {clinic.emergency_number} now if breathing is hard. To ask us, call {clinic.phone}."
    c = _clinic(tmp_path, 'emergency_number: "112"\n')
    assert fill_answer(text, c) == "Call 112 now if breathing is hard. To ask us, call 555-0100."


def test_the_demo_clinic_names_the_british_columbia_colleges_and_their_registers():
    c = load_clinic()
    assert c.region == "British Columbia, Canada"
    text = fill_answer("Check the register: {clinic.regulator.acupuncturists}.", c)
    assert text == ("Check the register: College of Complementary Health Professionals of British Columbia "
                    "(https://cchpbc.ca).")
    assert "College of Health and Care Professionals" in fill_answer("{clinic.regulator.physiotherapists}", c)


def test_a_clinic_without_region_or_regulator_gets_neutral_words_never_braces(tmp_path):
    c = _clinic(tmp_path)
    text = fill_answer("In {clinic.region}, ask {clinic.regulator.physiotherapists}. {clinic.nonsense}Book at "
                       "{clinic.booking_url}.", c)
    assert text == ("In your area, ask the regulator for physiotherapists where you live. Book at "
                    "https://example.org.")
    assert "{" not in text and "}" not in text


def test_plain_text_is_returned_unchanged():
    text = "Dry needling uses thin needles.  It is not acupuncture."
    assert fill_answer(text, object()) == text


def test_unknown_placeholders_and_stray_braces_are_named_at_build_time(kb_dir):
    assert placeholder_problems("Call {clinic.phone} or {clinic.emergency_number}.") == []
    [problem] = placeholder_problems("Call {clinic.phon}.")
    assert "unknown placeholder '{clinic.phon}'" in problem and "{clinic.phone}" in problem
    assert placeholder_problems("Call {clinic.phone.") != []
    path = kb_dir / "answers" / "main.yml"
    data = yaml.safe_load(path.read_text())
    data["entries"][0]["answer"] += " Call {clinic.emergency} now."
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    problems = [str(p) for p in load_knowledge(kb_dir).problems]
    assert any("unknown placeholder '{clinic.emergency}'" in p for p in problems)


def test_history_notes_are_kept_and_an_unknown_field_still_fails(kb_dir):
    path = kb_dir / "answers" / "main.yml"
    data = yaml.safe_load(path.read_text())
    data["entries"][0]["history"] = ["2026-11: kept 'may' because the source says may"]
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    kb = load_knowledge(kb_dir)
    assert kb.problems == []
    assert kb.entries[data["entries"][0]["id"]].history == ("2026-11: kept 'may' because the source says may",)
    data["entries"][0]["histroy"] = ["typo"]
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    assert any("unknown field(s) histroy" in str(p) for p in load_knowledge(kb_dir).problems)


def test_regulators_are_read_strictly_with_their_lines(tmp_path):
    c = _clinic(tmp_path, "region: Ontario, Canada\nregulators:\n  Physiotherapists:\n"
                          "    name: College of Physiotherapists of Ontario\n    register: https://collegept.org\n")
    assert c.regulators == {"physiotherapists": Regulator("College of Physiotherapists of Ontario",
                                                          "https://collegept.org")}
    with pytest.raises(ClinicConfigError) as caught:
        _clinic(tmp_path, "regulators:\n  acupuncturist:\n    name: A College\n"
                          "  physiotherapists:\n    register: collegept.org\n    phone: 1\n")
    found = caught.value.problems
    assert "line 5: regulators: unknown profession 'acupuncturist'. Did you mean acupuncturists?" in found[0]
    assert any("line 8: regulators: physiotherapists: register 'collegept.org' is not a web address" in p
               for p in found)
    assert any("line 9: regulators: physiotherapists: unknown setting 'phone'" in p for p in found)
    assert any("line 7: regulators: physiotherapists needs a name" in p for p in found)
