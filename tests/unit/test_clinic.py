"""clinic.yml: the one place clinic details come from."""
import pytest

from bot.clinic import load_clinic
from bot.errors import NeedleGuideError


def test_demo_clinic_is_fictional_and_complete():
    c = load_clinic()
    assert "555-01" in c.phone
    assert "example.org" in c.booking_url
    assert c.emergency_number == "911" and c.crisis_line == "988"
    assert c.booking_url_for("ims").endswith("/ims")
    assert c.booking_url_for(None) == c.booking_url


def test_defaults_and_validation(tmp_path):
    path = tmp_path / "clinic.yml"
    path.write_text("name: X\nphone: 555-0100\nbooking_url: https://example.org\n")
    c = load_clinic(path)
    assert (c.emergency_number, c.crisis_line) == ("911", "988")
    path.write_text("name: X\nphone: 1\nbooking_url: u\nmodalities: [reiki]\n")
    with pytest.raises(NeedleGuideError, match="unknown modality 'reiki'"):
        load_clinic(path)
    path.write_text("name: X\n")
    with pytest.raises(NeedleGuideError, match="missing phone, booking_url"):
        load_clinic(path)
