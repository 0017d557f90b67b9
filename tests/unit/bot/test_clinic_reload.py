"""A running assistant re-reads clinic.yml on change, and a broken edit never silences it:
the last good version stays in use and the problem is logged once."""
import logging
import os

import pytest

from bot.clinic import load_clinic
from bot.errors import NeedleGuideError

GOOD = "name: Maple\nphone: 604-555-0142\nbooking_url: https://example.org/book\n"


def write(path, text, tick=[0]):
    """A new version of the file, with a new mtime even on coarse-clock file systems."""
    path.write_text(text)
    tick[0] += 1
    os.utime(path, ns=(10**18 + tick[0] * 10**9,) * 2)


def errors(caplog):
    return [r for r in caplog.records if r.levelno >= logging.ERROR and r.name == "bot.clinic"]


@pytest.mark.parametrize("slip,expected", [("parking: Free parking behind the building\n", "line 4: unknown"),
                                           ("answers:\n  fees: Cost: $95\n", "line 5: not valid YAML"),
                                           (None, "clinic file not found")])  # deleted
def test_a_broken_edit_keeps_the_last_good_clinic_and_is_logged_once(tmp_path, caplog, slip, expected):
    path = tmp_path / "clinic.yml"
    write(path, GOOD + "answers:\n  parking: Park on the street.\n")
    good = load_clinic(path)
    if slip is None:
        path.unlink()
    else:
        write(path, GOOD + slip)
    with caplog.at_level(logging.ERROR, logger="bot.clinic"):
        for _ in range(5):  # one load per patient message
            assert load_clinic(path) is good
    assert good.answer("parking") == "Park on the street."
    [record] = errors(caplog)
    assert expected in record.getMessage() and "keeps the last good version" in record.getMessage()


def test_each_new_broken_version_is_logged_and_a_fix_takes_effect(tmp_path, caplog):
    path = tmp_path / "clinic.yml"
    write(path, GOOD)
    assert load_clinic(path).answer("fees") is None
    with caplog.at_level(logging.ERROR, logger="bot.clinic"):
        write(path, GOOD + "parking: Behind\n")
        load_clinic(path), load_clinic(path)
        write(path, GOOD + "fees: $95\n")
        load_clinic(path), load_clinic(path)
    assert ["unknown setting 'parking'" in r.getMessage() for r in errors(caplog)] == [True, False]
    assert "unknown setting 'fees'" in errors(caplog)[1].getMessage()
    write(path, GOOD.replace("604-555-0142", "604-555-0199") + "answers:\n  fees: A visit is $95.\n")
    c = load_clinic(path)  # no restart, no retraining
    assert c.phone == "604-555-0199" and c.answer("fees") == "A visit is $95."


def test_a_file_that_was_never_good_is_an_error(tmp_path, caplog):
    path = tmp_path / "clinic.yml"
    write(path, "name: Maple\nparking: Behind\n")
    with caplog.at_level(logging.ERROR, logger="bot.clinic"):
        for _ in range(3):
            with pytest.raises(NeedleGuideError, match="unknown setting 'parking'"):
                load_clinic(path)
    assert len(errors(caplog)) == 1
    with pytest.raises(NeedleGuideError, match="clinic file not found"):
        load_clinic(tmp_path / "nothing.yml")
    write(path, GOOD)
    assert load_clinic(path).name == "Maple"

