"""The messaging-app pieces that need no server: credentials from the environment,
rendering a turn, splitting long replies, the remembered numbered options."""
import stat

import pytest
import yaml

from bot.channels.config import TELEGRAM_CLASS, TWILIO_CLASS, build_credentials, channel_summary, write_credentials
from bot.channels.options import OptionStore
from bot.channels.render import chosen_number, numbered_options, render_turn, split_text

TWILIO_ENV = {"TWILIO_ACCOUNT_SID": "AC1", "TWILIO_AUTH_TOKEN": "tok",
              "TWILIO_WEBHOOK_URL": "https://x.example/webhooks/twilio/webhook"}


def test_no_variables_means_only_rest_and_socketio():
    creds = build_credentials({})
    assert set(creds) == {"bot.channels.rest.ClinicRestInput", "bot.channels.socketio.ClinicSocketIOInput"}
    assert all("off" in line for line in channel_summary({}))


def test_telegram_and_twilio_are_on_when_configured():
    env = {"TELEGRAM_TOKEN": "1:abc", "TELEGRAM_SECRET_TOKEN": "s", "TELEGRAM_API_URL": "http://127.0.0.1:1",
           **TWILIO_ENV, "TWILIO_WHATSAPP_NUMBER": "whatsapp:+14155238886"}
    creds = build_credentials(env)
    assert creds[TELEGRAM_CLASS]["access_token"] == "1:abc" and creds[TELEGRAM_CLASS]["secret_token"] == "s"
    assert creds[TELEGRAM_CLASS]["api_url"] == "http://127.0.0.1:1"
    assert creds[TWILIO_CLASS]["whatsapp_number"] == "+14155238886" and creds[TWILIO_CLASS]["sms_number"] is None
    summary = "\n".join(channel_summary(env))
    assert "Telegram:  on" in summary and "WhatsApp:  on" in summary and "SMS:       off" in summary


@pytest.mark.parametrize("missing", ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_WEBHOOK_URL"])
def test_twilio_is_off_without_a_required_variable(missing):
    env = {**TWILIO_ENV, "TWILIO_SMS_NUMBER": "+16045550100"}
    del env[missing]
    assert TWILIO_CLASS not in build_credentials(env)


def test_twilio_limit_never_exceeds_1600():
    env = {**TWILIO_ENV, "TWILIO_SMS_NUMBER": "+1", "TWILIO_SMS_MAX_CHARS": "5000"}
    assert build_credentials(env)[TWILIO_CLASS]["sms_max_chars"] == 1600


def test_written_credentials_are_private_and_loadable(tmp_path):
    path = write_credentials(tmp_path / "credentials.yml", {"TELEGRAM_TOKEN": "1:abc"})
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    creds = yaml.safe_load(path.read_text())
    assert "bot.channels.rest.ClinicRestInput" in creds and creds[TELEGRAM_CLASS]["access_token"] == "1:abc"
    assert "${" not in path.read_text()


def test_kb_turn_gets_a_source_line_and_no_json():
    turn = render_turn([
        {"text": "Dry needling feels like a twitch."},
        {"text": "More?", "buttons": [{"title": "Is it safe?", "payload": "/choose_entry{\"kb_id\": \"dn-safety\"}"}]},
        {"custom": {"kind": "kb", "kb": {"sources": [{"id": "s1", "title": "A review"}]}, "followups": []}},
    ])
    assert turn.texts == ["Dry needling feels like a twitch.", "More?"]
    assert turn.extras == ["Source: A review"] and turn.kind == "kb"
    assert turn.buttons[0]["title"] == "Is it safe?"


def test_booking_and_emergency_lines_only_when_missing():
    turn = render_turn([{"text": "Book at https://b.example"},
                        {"custom": {"kind": "booking", "booking_url": "https://b.example", "phone": "555"}}])
    assert turn.extras == ["Or call: 555"]
    turn = render_turn([{"text": "Please get help."}, {"custom": {"kind": "emergency", "number": "911"}}])
    assert turn.texts[0] == "Call 911 now."


SAFETY = "If you have trouble breathing, chest pain or you faint, call 911 now."


def test_safety_note_is_one_extra_line_right_after_the_texts():
    turn = render_turn([
        {"text": "Soreness can last a day or two."},
        {"custom": {"kind": "kb", "rule": "classifier_emergency_low", "safety_note": SAFETY,
                    "kb": {"sources": [{"title": "A review"}]}}},
    ])
    assert turn.texts == ["Soreness can last a day or two."]
    assert turn.extras == [SAFETY, "Source: A review"]
    assert not any("classifier_emergency_low" in line for line in turn.texts + turn.extras)


def test_safety_note_is_not_repeated_when_the_text_says_it():
    turn = render_turn([{"text": "Bruising fades. " + SAFETY},
                        {"custom": {"kind": "kb", "safety_note": SAFETY, "kb": {"sources": []}}}])
    assert turn.extras == []
    turn = render_turn([{"text": "Call 911 now."},
                        {"custom": {"kind": "emergency", "number": "911", "safety_note": SAFETY}}])
    assert SAFETY not in turn.texts + turn.extras


def test_clinic_answer_gets_booking_link_and_phone_unless_said():
    contract = {"kind": "clinic", "topic": "parking", "rule": "clinic_answer",
                "phone": "604-555-0100", "booking_url": "https://book.example/clinic"}
    turn = render_turn([{"text": "Free parking is behind the building."}, {"custom": dict(contract)}])
    assert turn.kind == "clinic"
    assert turn.extras == ["Book online: https://book.example/clinic", "Or call: 604-555-0100"]
    turn = render_turn([{"text": "Call us at (604) 555 0100 or book at https://book.example/clinic."},
                        {"custom": dict(contract)}])
    assert turn.extras == []


def test_not_covered_fallback_says_who_to_call():
    contract = {"kind": "fallback", "reason": "not_covered", "subject": "pregnancy",
                "ask": "doctor_or_midwife", "phone": "604-555-0100", "booking_url": "https://b.example"}
    turn = render_turn([{"text": "I have no information on needling in pregnancy. "
                                 "Your doctor or midwife can help."}, {"custom": contract}])
    assert turn.kind == "fallback" and turn.extras == ["Call: 604-555-0100"]
    assert turn.buttons == []
    said = render_turn([{"text": "Please ask your doctor, or call us at 604 555 0100."},
                        {"custom": contract}])
    assert said.extras == []


@pytest.mark.parametrize("reason", ["rate_limited", "too_long"])
def test_other_fallbacks_show_the_phone_once(reason):
    turn = render_turn([{"text": "Please wait a moment before sending more."},
                        {"custom": {"kind": "fallback", "reason": reason, "phone": "555 0100"}}])
    assert turn.extras == ["Call: 555 0100"]


CLINIC_TURN = [{"text": "We direct bill most insurers."},
               {"custom": {"kind": "clinic", "topic": "direct_billing", "safety_note": SAFETY,
                           "rule": "clinic_answer", "phone": "604-555-0100",
                           "booking_url": "https://b.example"}}]


def test_sms_body_carries_the_clinic_lines_and_the_safety_note_once():
    from bot.channels.twilio import ClinicTwilioOutput
    out = ClinicTwilioOutput("AC1", "tok", "+15550000000")
    body = out.body("sms:+1", [dict(m) for m in CLINIC_TURN])
    assert body.startswith("We direct bill most insurers.")
    assert body.count(SAFETY) == 1 and "Book online: https://b.example" in body
    assert "Or call: 604-555-0100" in body
    assert "{" not in body and "clinic_answer" not in body


def test_telegram_message_carries_the_not_covered_call_line():
    import asyncio
    from bot.channels.telegram import ClinicTelegramOutput
    out = ClinicTelegramOutput("123456:ABCdef")
    sent = []

    async def send_message(chat, text, **kwargs):
        sent.append((chat, text))
    out.send_message = send_message
    for message in [{"text": "I have no information on that. A pharmacist can help."},
                    {"custom": {"kind": "fallback", "reason": "not_covered", "subject": "medications",
                                "ask": "pharmacist", "phone": "604-555-0100", "booking_url": "https://b"}}]:
        asyncio.run(out.send_response("telegram:7", message))
    asyncio.run(out.flush())
    assert sent == [("7", "I have no information on that. A pharmacist can help.\n\nCall: 604-555-0100")]


def test_numbered_options_and_choices():
    text = numbered_options([{"title": "Does it hurt?", "payload": "/a"}, {"title": "Is it safe?", "payload": "/b"}])
    assert text == "Reply 1 for: Does it hurt?\nReply 2 for: Is it safe?"
    assert [chosen_number(t) for t in ("1", " 2. ", "#3", "1)", "10")] == [1, 2, 3, 1, 10]
    assert [chosen_number(t) for t in ("one", "1 please", "", None, "123")] == [None] * 5


def test_option_store_remembers_per_channel_and_sender(tmp_path):
    store = OptionStore(str(tmp_path / "channels.db"))
    store.remember("twilio_sms", "sms:+1", [{"title": "A", "payload": "/a"}, {"title": "B", "payload": "/b"}])
    assert store.payload_for("twilio_sms", "sms:+1", 2) == "/b"
    assert store.payload_for("twilio_whatsapp", "whatsapp:+1", 1) is None
    assert store.payload_for("twilio_sms", "sms:+1", 3) is None
    assert OptionStore(str(tmp_path / "channels.db")).payload_for("twilio_sms", "sms:+1", 1) == "/a"  # persisted
    store.remember("twilio_sms", "sms:+1", [])
    assert store.payload_for("twilio_sms", "sms:+1", 1) is None


@pytest.mark.parametrize("limit", [40, 100, 1600])
def test_split_keeps_words_whole_and_under_the_limit(limit):
    text = ("Dry needling uses thin needles in trigger points. " * 12 + "\n\n" +
            "Reply 1 for: Does it hurt?\nReply 2 for: Is it safe?")
    parts = split_text(text, limit)
    assert all(0 < len(p) <= limit for p in parts)
    assert " ".join(parts).split() == text.split()
    if len(text) > limit:
        assert len(parts) > 1


def test_split_prefers_paragraphs_and_cuts_only_overlong_words():
    assert split_text("one two\n\nthree four", 9) == ["one two", "three", "four"]
    assert split_text("a" * 10, 4) == ["aaaa", "aaaa", "aa"]
    assert split_text("", 10) == [] and split_text("short", 10) == ["short"]


def test_telegram_limit_4096():
    parts = split_text("word " * 2000, 4096)
    assert len(parts) == 3 and all(len(p) <= 4096 for p in parts)


def test_telegram_keyboard_uses_a_short_key_for_long_payloads(tmp_path):
    from bot.channels.telegram import ClinicTelegramInput, ClinicTelegramOutput
    store = OptionStore(str(tmp_path / "channels.db"))
    out = ClinicTelegramOutput("123456:ABCdef", store=store)
    long_payload = "/choose_entry" + '{"kb_id": "' + "x" * 60 + '"}'
    markup = out.keyboard("telegram:7", [{"title": "Short", "payload": "/greet"},
                                         {"title": "Long", "payload": long_payload}])
    data = [row[0].callback_data for row in markup.inline_keyboard]
    assert data == ["/greet", "#2"]
    channel = ClinicTelegramInput("123456:ABCdef", None, None, options_db=str(tmp_path / "channels.db"))
    assert channel._resolve("telegram:7", "#2") == long_payload
    assert channel._resolve("telegram:7", "/start") == "/greet"
