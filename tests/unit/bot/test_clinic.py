"""clinic.yml: the one place clinic details come from, and a slip in it is named with its line."""
import re

import pytest

from bot import PROJECT_ROOT
from bot.ops.cli import main
from bot.clinic import ANSWER_TOPICS, ClinicConfigError, check_clinic, load_clinic, read_clinic
from bot.errors import NeedleGuideError

BASE = "name: X\nphone: 555-0100\nbooking_url: https://example.org\n"


def problems(tmp_path, text):
    path = tmp_path / "clinic.yml"
    path.write_text(text)
    with pytest.raises(ClinicConfigError) as caught:
        read_clinic(path)
    return caught.value.problems


def test_demo_clinic_is_fictional_and_complete():
    c = load_clinic()
    assert "555-01" in c.phone
    assert "example.org" in c.booking_url
    assert c.emergency_number == "911" and c.crisis_line == "988"
    assert c.booking_url_for("ims").endswith("/ims")
    assert c.booking_url_for(None) == c.booking_url


def test_demo_clinic_answers_every_topic_briefly():
    c = load_clinic()
    assert set(c.answers) == set(ANSWER_TOPICS)
    for topic in ANSWER_TOPICS:
        text = c.answer(topic)
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if s]
        assert 1 <= len(sentences) <= 3 and len(text) < 200, topic
        assert all(len(s.split()) <= 25 for s in sentences), topic  # short sentences, plain words
    assert "24 hours" in c.answer("cancellation")
    assert "$" in c.answer("fees")
    assert "# The demo answers below use made-up prices" in (PROJECT_ROOT / "clinic.yml").read_text()


def test_answers_are_optional_and_read_as_written(tmp_path):
    path = tmp_path / "clinic.yml"
    path.write_text(BASE)
    assert load_clinic(path).answers == {} and load_clinic(path).answer("fees") is None
    path.write_text(BASE + "answers:\n  Direct billing: We bill most plans.\n  parking: >\n"
                           "    Park behind\n    the building.\n  fees:\n")
    c = read_clinic(path)
    assert c.answer("direct_billing") == "We bill most plans."
    assert c.answer("parking") == "Park behind the building."
    assert c.answer("fees") is None  # left empty: the patient gets the contact hand-off
    assert c.answer("opening_day") is None


def test_defaults_and_forgiving_shapes(tmp_path):
    path = tmp_path / "clinic.yml"
    path.write_text(BASE)
    c = read_clinic(path)
    assert (c.emergency_number, c.crisis_line, c.retention_days) == ("911", "988", 90)
    path.write_text("name: X\nphone: 0604 555 0100\nbooking_url: https://example.org\n"
                    "hours: Monday to Friday, 9 to 5\nmodalities: [Dry needling, IMS]\n"
                    "retention_days: 30 days\nallowed_origins: https://clinic.example/\n")
    c = read_clinic(path)
    assert c.phone == "0604 555 0100"  # kept as typed, not read as a number
    assert c.hours == ["Monday to Friday, 9 to 5"]
    assert c.modalities == ["dry_needling", "ims"] and c.retention_days == 30
    assert c.allowed_origins == ["https://clinic.example"]
    path.write_text(BASE + "hours:\n  - Monday: 8:00 to 5:00\n  - Sunday closed\n")
    assert read_clinic(path).hours == ["Monday: 8:00 to 5:00", "Sunday closed"]


def test_a_stray_setting_names_its_line_and_where_it_belongs(tmp_path):
    text = (PROJECT_ROOT / "clinic.yml").read_text() + "parking: Free parking behind the building\n"
    line = text.count("\n")
    [problem] = problems(tmp_path, text)
    assert problem.startswith(f"{tmp_path / 'clinic.yml'} line {line}: unknown setting 'parking'.")
    assert "Did you mean answers: parking?" in problem and "Allowed: name, phone, booking_url" in problem
    [problem] = problems(tmp_path, BASE + "bookingurl: https://example.org/book\n")
    assert "line 4: unknown setting 'bookingurl'. Did you mean booking_url?" in problem


def test_wrong_types_are_each_named_with_their_line(tmp_path):
    found = problems(tmp_path, "name: X\nphone: [604-555-0142, 604-555-0143]\nbooking_url: www.example.org\n"
                               "modalities: [acupuncture, reiki]\nretention_days: 0\nanswers: [fees]\n"
                               "emergency_number: call us\n")
    assert len(found) == 6
    assert "line 2: phone should be one value" in found[0] and "not a list" in found[0]
    assert "line 3: booking_url 'www.example.org' is not a web address" in found[1]
    assert "line 4: modalities: unknown modality 'reiki'" in found[2]
    assert "line 5: retention_days should be a whole number of days above 0" in found[3]
    assert "line 6: answers should be indented" in found[4]
    assert "line 7: emergency_number 'call us' is not a phone number" in found[5]
    found = problems(tmp_path, BASE + "booking_urls:\n  reiki: https://example.org/r\n  ims: ftp://example.org\n")
    assert "line 5: booking_urls: unknown modality 'reiki'" in found[0]
    assert "line 6: booking_urls: ims 'ftp://example.org' is not a web address" in found[1]


def test_answer_topics_are_checked(tmp_path):
    found = problems(tmp_path, BASE + "answers:\n  price: $95 a visit.\n  parking:\n    - behind\n")
    assert "line 5: answers: unknown topic 'price'. Did you mean fees? Allowed: fees, direct_billing" in found[0]
    assert "line 7: answers: parking should be text" in found[1]


def test_missing_empty_duplicate_and_broken_yaml(tmp_path):
    assert problems(tmp_path, "name: X\n") == [f"{tmp_path / 'clinic.yml'}: missing phone, booking_url "
                                                "(every clinic needs name, phone, booking_url)"]
    assert "line 2: phone is empty" in problems(tmp_path, "name: X\nphone:\nbooking_url: https://e.org\n")[0]
    assert "line 4: phone is set twice (also on line 2)" in problems(tmp_path, BASE + "phone: 555-0101\n")[0]
    [problem] = problems(tmp_path, BASE + "answers:\n  fees: Cost: $95\n")
    assert "line 5: not valid YAML" in problem and "double quotes" in problem
    [problem] = problems(tmp_path, BASE + "\taddress: 1 Road\n")
    assert "line 4: not valid YAML" in problem and "spaces, not tabs" in problem


def test_build_fails_on_a_broken_clinic_file_with_one_line_per_problem(tmp_path, monkeypatch, capsys):
    path = tmp_path / "clinic.yml"
    path.write_text(BASE + "parking: Behind the building\nretention_days: soon\n")
    monkeypatch.setenv("NEEDLE_CLINIC", str(path))
    monkeypatch.setenv("NEEDLE_KB_DB", str(tmp_path / "kb.db"))
    assert main(["build", "--report"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and "Traceback" not in capsys.readouterr().err
    assert err[0].startswith("error: ") and "line 4: unknown setting 'parking'" in err[0]
    assert "line 5: retention_days" in err[1]
    assert not (tmp_path / "kb.db").exists()  # stopped before building anything
    with pytest.raises(NeedleGuideError, match="unknown setting 'parking'"):
        check_clinic()


def test_a_blank_setting_keeps_its_default_and_problems_come_in_file_order(tmp_path):
    path = tmp_path / "clinic.yml"
    path.write_text(BASE + "modalities:\nhours:\n")
    assert read_clinic(path).modalities == ["acupuncture", "dry_needling", "ims"]
    found = problems(tmp_path, "name:\nphone: 1-555-0100\nbooking_url: mailto:x@example.org\n")
    assert [p.split(": ")[0][-6:] for p in found] == ["line 1", "line 3"]
