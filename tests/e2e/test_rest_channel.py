"""The real action and Rasa servers, spoken to over the public REST channel."""

import json
import urllib.error
import urllib.request
import uuid

import pytest

from bot.clinic import load_clinic
from bot.ops.client import Turn, send

pytestmark = pytest.mark.e2e
CLINIC = load_clinic()


class Patient:
    """One conversation with the assistant."""

    def __init__(self, servers):
        self.url = servers.rest_url
        self.sender = f"test-{uuid.uuid4().hex[:10]}"

    def say(self, text: str) -> Turn:
        turn = send(self.url, self.sender, text)
        assert len(turn.contracts) == 1, f"{text!r}: expected one contract, got {turn.contracts}"
        assert turn.texts, f"{text!r}: no text for the patient"
        return turn


@pytest.fixture
def patient(servers):
    return Patient(servers)


def test_first_reply_is_the_disclaimer_then_an_answer_with_sources(patient):
    turn = patient.say("does dry needling hurt?")
    assert "automated assistant" in turn.texts[0] and CLINIC.phone in turn.texts[0]
    kb = turn.contract["kb"]
    assert turn.kind == "kb" and kb["topic"] in ("sensation", "aftercare")
    assert "dry_needling" in kb["modalities"]
    assert kb["sources"] and all(s["title"] for s in kb["sources"])
    assert 1 <= len(turn.buttons) <= 3
    again = patient.say("is it safe?")
    assert not any("not medical advice" in t for t in again.texts)


def test_follow_ups_carry_modality_and_topic(patient):
    assert patient.say("what is dry needling").contract["kb"]["topic"] == "overview"
    turn = patient.say("does it hurt?")
    assert turn.contract["kb"]["topic"] == "sensation" and "dry_needling" in turn.contract["kb"]["modalities"]
    turn = patient.say("and acupuncture?")
    assert turn.contract["kb"]["topic"] == "sensation" and "acupuncture" in turn.contract["kb"]["modalities"]


def test_follow_up_button_answers_that_question(patient):
    first = patient.say("how long is an IMS session")
    button = first.buttons[0]
    turn = patient.say(button["payload"])
    assert turn.kind == "kb"
    assert turn.contract["kb"]["id"] == json.loads("{" + button["payload"].split("{", 1)[1])["kb_id"]


def test_comparison_question_gets_a_comparison_entry(patient):
    turn = patient.say("what's the difference between dry needling and acupuncture?")
    assert turn.kind == "kb"
    assert {"acupuncture", "dry_needling"} <= set(turn.contract["kb"]["modalities"])


def test_booking_links_to_the_configured_page_with_phone(patient):
    turn = patient.say("i'd like to book an appointment for IMS")
    assert turn.kind == "booking"
    assert turn.contract["booking_url"] == CLINIC.booking_url_for("ims")
    assert CLINIC.booking_url_for("ims") in turn.text and CLINIC.phone in turn.text


@pytest.mark.parametrize(
    "text",
    [
        "I can't breathe after my dry needling appointment",
        "my chest really hurts since the IMS session this morning",
        "the needle spot keeps bleeding and won't stop",
        "my wife fainted during acupuncture and isn't waking up",
        "chest pain after needling!!! what do i do",
    ],
)
def test_medical_emergency_gets_the_number_first(patient, text):
    turn = patient.say(text)
    assert turn.kind == "emergency" and turn.contract["number"] == CLINIC.emergency_number
    assert CLINIC.emergency_number in turn.texts[0]


def test_emergency_mid_conversation_wins_over_context(patient):
    patient.say("does acupuncture hurt")
    turn = patient.say("i had it an hour ago and now its hard to breathe")
    assert turn.kind == "emergency" and CLINIC.emergency_number in turn.texts[0]


def test_self_harm_gets_the_crisis_line(patient):
    turn = patient.say("honestly i just want to end my life")
    assert turn.kind == "emergency" and turn.contract["number"] == CLINIC.crisis_line
    assert CLINIC.crisis_line in turn.texts[0]


@pytest.mark.parametrize(
    "text,reason",
    [
        ("", "empty"),
        ("    ", "empty"),
        ("👍🙂🙏", "no_words"),
        ("x" * 5000, "too_long"),
        ("<img src=x onerror=alert(1)>", "empty"),
        ("¿Duele la acupuntura? Me da miedo", "other_language"),
    ],
)
def test_odd_input_gets_a_friendly_reply(patient, text, reason):
    turn = patient.say(text)
    assert turn.kind == "fallback" and turn.contract["reason"] == reason
    assert CLINIC.phone in turn.text
    assert "<img" not in turn.text and "Traceback" not in turn.text


def test_html_around_a_question_is_ignored(patient):
    turn = patient.say("<b>does IMS hurt?</b>")
    assert turn.kind == "kb" and "ims" in turn.contract["kb"]["modalities"]


def test_out_of_scope_offers_the_phone(patient):
    turn = patient.say("how much ibuprofen can I take for my back")
    assert turn.kind == "fallback" and CLINIC.phone in turn.text


def test_http_api_is_not_exposed_without_a_token(servers):
    for path, data in (
        ("/status", None),
        ("/model/parse", b'{"text": "hi"}'),
        ("/conversations/x/tracker", None),
    ):
        req = urllib.request.Request(
            servers.url + path, data=data, headers={"Content-Type": "application/json"}
        )
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(req, timeout=10)
        assert err.value.code in (401, 403, 404, 405)


def _cors_header(servers, origin):
    req = urllib.request.Request(
        servers.rest_url,
        method="OPTIONS",
        headers={"Origin": origin, "Access-Control-Request-Method": "POST"},
    )
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.headers.get("Access-Control-Allow-Origin")
    except urllib.error.HTTPError as err:
        return err.headers.get("Access-Control-Allow-Origin")


def test_cors_allows_only_the_clinic_origins(servers):
    assert _cors_header(servers, CLINIC.allowed_origins[0]) == CLINIC.allowed_origins[0]
    assert _cors_header(servers, "https://evil.example.com") in (None, "")


# --- issue 11: understanding real patients ---


def test_a_story_before_the_question_gets_the_question_answered(patient):
    turn = patient.say(
        "I coach volleyball and my knee has ached since the season started. "
        "My physio mentioned IMS. I have no idea what that even is?"
    )
    assert turn.kind == "kb" and turn.contract["kb"]["id"] == "ims-overview", turn.contract


def test_a_price_question_gets_the_clinic_answer(patient):
    turn = patient.say("how much does a dry needling appointment cost?")
    assert (
        turn.kind == "clinic"
        and turn.contract["topic"] == "fees"
        and turn.contract["rule"] == "clinic_answer"
    )
    assert CLINIC.answer("fees") in " ".join(turn.texts)
    assert turn.contract["phone"] == CLINIC.phone and turn.contract["booking_url"] == CLINIC.booking_url


def test_a_reschedule_request_gets_the_policy_the_booking_link_and_the_phone(patient):
    turn = patient.say("can I move my appointment on friday to next week?")
    text = " ".join(turn.texts)
    assert turn.kind == "clinic" and turn.contract["topic"] == "cancellation"
    assert CLINIC.booking_url in text and CLINIC.phone in text


def test_pregnancy_is_declined_honestly_never_answered_with_the_general_safety_entry(patient):
    turn = patient.say("I'm 20 weeks pregnant, is acupuncture safe for my back pain?")
    assert turn.kind == "fallback" and turn.contract["reason"] == "not_covered", turn.contract
    assert turn.contract["subject"] == "pregnancy" and turn.contract["ask"] == "doctor_or_midwife"
    assert "midwife" in " ".join(turn.texts) and "kb" not in turn.contract


@pytest.mark.parametrize(
    "text",
    [
        "the IMS hurt like crazy yesterday, is that normal?",
        "got a bruise from dry needling last week and it's still purple, will it fade?",
        "how much is it? my back is killing me",
    ],
)
def test_an_ordinary_pain_story_is_not_an_emergency(patient, text):
    reply = patient.say(text)
    assert reply.kind != "emergency", reply.contract


def test_every_reply_names_the_rule_that_decided_it(patient):
    for text in ("does IMS hurt?", "what's the weather tomorrow", "i can't breathe after dry needling"):
        assert patient.say(text).contract.get("rule"), text


def test_a_short_follow_up_keeps_the_clinic_topic(patient):
    patient.say("how much does acupuncture cost?")
    turn = patient.say("and for dry needling?")
    assert turn.kind == "clinic" and turn.contract["topic"] == "fees"


def test_answers_speak_as_the_clinic_with_its_numbers_never_placeholders(patient):
    turn = patient.say("can dry needling puncture a lung?")
    text = " ".join(turn.texts)
    assert turn.kind == "kb" and "{" not in text and "}" not in text
    assert CLINIC.emergency_number in text, "a serious risk ends with what to do: the emergency number"
