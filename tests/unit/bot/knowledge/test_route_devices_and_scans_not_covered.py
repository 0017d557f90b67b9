"""Shock-wave or ultrasound therapy, and a scan (an ultrasound, an X-ray, an MRI) asked for before or
with needling, are another subject the documents don't cover: declined, never the evidence or choosing
entry. A scan told only as the background ("the MRI showed a tear. could IMS help?") or brought to the
visit declines nothing.

Why: the documents say nothing of these devices or of imaging before needling; the practitioner who
assesses the problem can. Session 13 (tuner TF), from the failure classes of an echography before dry
needling and shock waves asked in a follow-up; new wordings in English and French."""

import pytest

from bot.knowledge.route import route
from bot.knowledge.subjects import clinic_topic, not_covered_subject
from tests.helpers.route_questions import ask, declined


@pytest.mark.parametrize(
    "text",
    [
        "do i have to get an ultrasound scan first before IMS on my achilles?",
        "will the physio do shockwave therapy after the dry needling?",
        "faut-il faire une radiographie avant de commencer l'IMS?",
        "et les ondes de choc, c'est mieux que les aiguilles?",
        "is ultrasound-guided dry needling safer?",
    ],
)
def test_devices_and_scans_are_declined(store, text):
    # compared with needling, it may be declined as another therapy compared
    declined(store, text, ("devices_and_scans", "other_therapies"), "ask_evidence")


def test_a_scan_told_as_background_declines_nothing(store):
    d = route(
        ask(
            "could dry needling help it?",
            story="The MRI showed a small tear in my rotator cuff.",
            intent="ask_conditions",
            named=["dry_needling"],
            conditions=["shoulder_pain"],
        ),
        store,
    )
    assert d.reason != "not_covered" or d.subject is None or d.subject.id != "devices_and_scans"


def test_bringing_a_scan_to_the_visit_is_what_to_bring():
    assert not_covered_subject("do I need to bring my x-ray before the first visit?") is None
    assert clinic_topic("should I bring my MRI images to the appointment?") == "what_to_bring"
