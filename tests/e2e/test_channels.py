"""Telegram, SMS and WhatsApp end to end: the real action and Rasa servers, configured for
both messaging apps and pointed at local stand-ins of their APIs (tests/stand_ins).

Webhooks are posted as the platforms send them (a Telegram Update; Twilio's signed form
fields) and the tests check what reaches the stand-in, i.e. what the patient would read.
Telegram runs without TELEGRAM_SECRET_TOKEN, as a clinic that set none: the secret the
assistant generated (beside channels.db) is the one the webhooks must carry. Retries are
shortened through NEEDLE_DELIVERY_* so an outage plays out in about a second.
"""
import json
import random
import sqlite3
import stat
import threading
import time
from pathlib import Path
from typing import Any, Dict, List

import pytest
from twilio.request_validator import RequestValidator

from bot.clinic import load_clinic
from bot.ops.client import send as rest_send
from bot.pseudonym import pseudonym
from tests.helpers.platforms import IDS as _ids
from tests.helpers.platforms import (
    TG_TOKEN,
    TW_SID,
    TW_SMS_NUMBER,
    TW_TOKEN,
    TW_WA_NUMBER,
    TW_WEBHOOK,
    Phone,
    TelegramChat,
    start_servers,
    telegram_env,
    twilio_env,
)
from tests.helpers.platforms import twilio_fields as _twilio_fields

pytestmark = pytest.mark.e2e
CLINIC = load_clinic()

SMS_LIMIT = 240
RETRY_ATTEMPTS = 4


@pytest.fixture(scope="module")
def channel_servers(stand_in, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("channels")
    env = {
        **telegram_env(stand_in),
        "TELEGRAM_WEBHOOK_URL": "https://clinic.example.org/webhooks/telegram/webhook",
        **twilio_env(stand_in),
        "TWILIO_WHATSAPP_NUMBER": f"whatsapp:{TW_WA_NUMBER}", "TWILIO_SMS_MAX_CHARS": str(SMS_LIMIT),
        "NEEDLE_CHANNEL_DB": str(tmp / "channels.db"),
        "NEEDLE_DELIVERY_ATTEMPTS": str(RETRY_ATTEMPTS), "NEEDLE_DELIVERY_BACKOFF": "0.05",
        "NEEDLE_DELIVERY_MAX_BACKOFF": "0.2",
    }
    srv = start_servers(tmp, env)
    yield srv
    srv.stop()


def _sid(kind: str, address: Any) -> str:
    """The conversation id the assistant gives a number or chat: its keyed pseudonym."""
    return f"{kind}:{pseudonym(str(address))}"


def _last_answer(rest_url: str, payload: str) -> str:
    """What the REST channel answers to `payload` (a new conversation): the last text."""
    return rest_send(rest_url, f"ref-{next(_ids)}-{random.randrange(10**6)}", payload).texts[-1]


# --- Telegram ----------------------------------------------------------------------------

def _keyboard(message: Dict[str, Any]) -> List[Dict[str, str]]:
    markup = message.get("reply_markup")
    if not markup:
        return []
    markup = json.loads(markup) if isinstance(markup, str) else markup
    return [button for row in markup["inline_keyboard"] for button in row]


@pytest.fixture
def telegram(channel_servers, stand_in):
    return TelegramChat(channel_servers, stand_in)


def test_telegram_without_a_configured_secret_generates_one_and_registers_it(channel_servers, stand_in):
    deadline = time.monotonic() + 30  # registered by a start-up task, maybe after readiness
    while not stand_in.recorded("telegram", "setWebhook") and time.monotonic() < deadline:
        time.sleep(0.2)
    calls = stand_in.recorded("telegram", "setWebhook")
    assert calls, "setWebhook was not called at start-up"
    params = calls[-1]["params"]
    assert params["url"] == "https://clinic.example.org/webhooks/telegram/webhook"
    assert calls[-1]["token"] == TG_TOKEN
    secret_file = Path(channel_servers.extra_env["NEEDLE_CHANNEL_DB"]).with_name("telegram-secret")
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600, "the generated secret is readable by others"
    assert len(channel_servers.telegram_secret) >= 32
    assert params["secret_token"] == channel_servers.telegram_secret


def test_telegram_answer_with_source_line_and_keyboard(telegram, channel_servers):
    sent = telegram.say("does dry needling hurt?")
    texts = [m["text"] for m in sent]
    assert "automated assistant" in texts[0] and CLINIC.phone in texts[0]
    answer = sent[-1]
    assert "Source: " in answer["text"] or "Sources: " in answer["text"]
    assert not any('"kind"' in t or "{" in t for t in texts), "the reply contract leaked as JSON"
    buttons = _keyboard(answer)
    assert 1 <= len(buttons) <= 3 and all(b["text"] and b["callback_data"].startswith("/") for b in buttons)
    assert not any(_keyboard(m) for m in sent[:-1]), "the keyboard belongs on the last message only"

    # tapping a follow-up answers that follow-up
    tapped = telegram.tap(buttons[0]["callback_data"])
    expected = _last_answer(channel_servers.rest_url, buttons[0]["callback_data"])
    assert tapped[-1]["text"].startswith(expected)
    assert "automated assistant" not in tapped[0]["text"]


def test_telegram_emergency_gives_the_number_first(telegram):
    sent = telegram.say("I can't breathe after dry needling")
    assert CLINIC.emergency_number in sent[0]["text"] or CLINIC.emergency_number in sent[1]["text"]
    first_after_disclaimer = [m for m in sent if "automated assistant" not in m["text"]][0]
    assert CLINIC.emergency_number in first_after_disclaimer["text"]


def test_telegram_booking_link_as_text(telegram):
    sent = telegram.say("i'd like to book an appointment for IMS")
    joined = "\n".join(m["text"] for m in sent)
    assert CLINIC.booking_url_for("ims") in joined and CLINIC.phone in joined


@pytest.mark.parametrize("content", [
    {"photo": [{"file_id": "AgAD1", "file_unique_id": "u1", "width": 90, "height": 90}]},
    {"sticker": {"file_id": "CAAD2", "file_unique_id": "u2", "width": 512, "height": 512,
                 "is_animated": False, "is_video": False, "type": "regular"}},
])
def test_telegram_photo_or_sticker_without_text_gets_please_type(telegram, content):
    before = len(telegram.sent())
    status, _ = telegram.post(telegram.update(message=telegram.message(**content)))
    assert status == 200
    telegram.stand_in.wait_for(lambda c: len(telegram.sent()) > before, "telegram", "sendMessage")
    reply = telegram.sent()[before:]
    assert len(reply) == 1 and "type your question" in reply[0]["text"] and CLINIC.phone in reply[0]["text"]


def test_telegram_start_command_is_a_greeting(telegram):
    sent = telegram.say("/start")
    assert "automated assistant" in sent[0]["text"]
    assert "/start" not in "\n".join(m["text"] for m in sent)


def test_telegram_empty_text_gets_a_friendly_reply(telegram):
    sent = telegram.say("")
    joined = "\n".join(m["text"] for m in sent)
    assert CLINIC.phone in joined and "Traceback" not in joined


def _tracker_senders(servers) -> Dict[str, set]:
    with sqlite3.connect(servers.tracker_db) as db:
        rows = db.execute("SELECT sender_id, data FROM events WHERE type_name = 'user'").fetchall()
    senders: Dict[str, set] = {}
    for sender, data in rows:
        senders.setdefault(sender, set()).add(json.loads(data).get("input_channel"))
    return senders


@pytest.mark.parametrize("secret", [None, "wrong-secret"])
def test_telegram_without_the_secret_is_refused(telegram, channel_servers, secret):
    status, _ = telegram.post(telegram.update(message=telegram.message(text="does IMS hurt?")), secret=secret)
    assert status == 403
    assert telegram.sent() == []
    assert _sid("telegram", telegram.chat_id) not in _tracker_senders(channel_servers)


@pytest.mark.parametrize("raw", [b"{not json", b"[1, 2, 3]", b"", json.dumps({"update_id": 1, "message": "x"}).encode()])
def test_telegram_malformed_update_is_a_client_error(telegram, channel_servers, raw):
    status, _ = telegram.post(None, raw=raw)
    assert 400 <= status < 500
    assert telegram.say("is acupuncture safe?")  # and the server is still fine


# --- Twilio: SMS and WhatsApp ------------------------------------------------------------

@pytest.fixture
def sms(channel_servers, stand_in):
    return Phone(channel_servers, stand_in)


@pytest.fixture
def whatsapp(channel_servers, stand_in):
    return Phone(channel_servers, stand_in, whatsapp=True)


def test_sms_is_sent_from_the_clinic_number_with_the_account_credentials(sms, stand_in):
    sms.say("what is IMS?")
    call = [c for c in stand_in.recorded("twilio") if c["params"].get("To") == sms.number][-1]
    assert call["params"]["From"] == TW_SMS_NUMBER and call["sid"] == TW_SID
    assert call["auth"].startswith("Basic ")


def test_sms_numbered_follow_ups_and_a_reply_of_1(sms, channel_servers):
    body = "\n".join(sms.say("how long is an IMS session"))
    assert "automated assistant" in body and ("Source: " in body or "Sources: " in body)
    assert '"kind"' not in body and "{" not in body, "the reply contract leaked as JSON"
    options = [line for line in body.splitlines() if line.startswith("Reply ")]
    assert options and options[0].startswith("Reply 1 for: ")
    # the same conversation on REST shows which follow-up "1" is
    rest = rest_send(channel_servers.rest_url, f"ref-{next(_ids)}", "how long is an IMS session")
    assert options[0] == f"Reply 1 for: {rest.buttons[0]['title']}"

    answer = "\n".join(sms.say("1"))
    expected = _last_answer(channel_servers.rest_url, rest.buttons[0]["payload"])
    assert " ".join(expected.split()) in " ".join(answer.split())
    assert "automated assistant" not in answer


def test_long_sms_is_split_between_words_under_the_limit(channel_servers, stand_in):
    question = "what's the difference between dry needling and acupuncture?"
    number = f"+1778{random.randrange(10**6, 10**7)}"
    parts = Phone(channel_servers, stand_in, number=number).say(question)
    whole = "\n\n".join(Phone(channel_servers, stand_in, whatsapp=True, number=number).say(question))
    assert len(parts) > 1 and all(0 < len(p) <= SMS_LIMIT for p in parts)
    assert len(whole) > SMS_LIMIT
    assert " ".join(parts).split() == whole.split(), "SMS parts are not the whole reply cut between words"


def test_sms_booking_has_the_link_and_phone_as_text(sms):
    body = "\n".join(sms.say("i'd like to book an appointment for IMS"))
    assert CLINIC.booking_url_for("ims") in body and CLINIC.phone in body


def test_whatsapp_emergency_gives_the_number(whatsapp, stand_in):
    body = "\n".join(whatsapp.say("I can't breathe after dry needling"))
    assert CLINIC.emergency_number in body
    call = [c for c in stand_in.recorded("twilio") if c["params"].get("To") == whatsapp.address][-1]
    assert call["params"]["From"] == f"whatsapp:{TW_WA_NUMBER}"


def test_sms_and_whatsapp_from_one_number_are_separate_conversations(channel_servers, stand_in):
    number = f"+1250{random.randrange(10**6, 10**7)}"
    sms_phone = Phone(channel_servers, stand_in, number=number)
    wa_phone = Phone(channel_servers, stand_in, whatsapp=True, number=number)
    assert "automated assistant" in "\n".join(sms_phone.say("does IMS hurt?"))
    assert "automated assistant" in "\n".join(wa_phone.say("does IMS hurt?")), "WhatsApp reused the SMS conversation"
    senders = _tracker_senders(channel_servers)
    assert senders[_sid("sms", number)] == {"twilio_sms"}
    assert senders[_sid("whatsapp", number)] == {"twilio_whatsapp"}
    assert not [s for s in senders if number[1:] in s], "a phone number is a conversation id"


def test_mms_without_text_and_empty_sms_get_a_friendly_reply(sms, whatsapp):
    body = "\n".join(whatsapp.say("", NumMedia="1", MediaUrl0="https://api.twilio.com/media/1",
                                  MediaContentType0="image/jpeg"))
    assert "type your question" in body and CLINIC.phone in body
    body = "\n".join(sms.say(""))
    assert CLINIC.phone in body and "Traceback" not in body


@pytest.mark.parametrize("signature", [None, "", "bm90IHRoZSBzaWduYXR1cmU=", "tampered"])
def test_twilio_without_a_valid_signature_is_refused(sms, channel_servers, signature):
    fields = _twilio_fields(sms.address, "does IMS hurt?", whatsapp=False)
    if signature == "tampered":  # signed, then the body changed
        signature = RequestValidator(TW_TOKEN).compute_signature(TW_WEBHOOK, fields)
        fields["Body"] = "something else"
    status, _ = sms.post(fields, signature=signature)
    assert status == 403
    assert sms.sent() == []
    assert _sid("sms", sms.number) not in _tracker_senders(channel_servers)


def test_twilio_signed_for_another_url_is_refused(sms):
    fields = _twilio_fields(sms.address, "does IMS hurt?", whatsapp=False)
    signature = RequestValidator(TW_TOKEN).compute_signature("https://evil.example.com/webhooks/twilio/webhook", fields)
    assert sms.post(fields, signature=signature)[0] == 403 and sms.sent() == []


def test_twilio_malformed_form_is_a_client_error(sms):
    # signed, but without a sender
    fields = {"Body": "does IMS hurt?", "AccountSid": TW_SID}
    assert sms.post(fields)[0] == 400
    # not form data at all
    status, _ = sms.post({}, raw=b'{"From": "+16045551234", "Body": "hi"}')
    assert 400 <= status < 500
    assert sms.sent() == []
    assert sms.say("is dry needling safe?")  # and the server is still fine


# --- Deliveries: once each, retried while the provider is down, failures visible ------------

def _user_turns(servers, sender: str) -> int:
    with sqlite3.connect(servers.tracker_db) as db:
        return db.execute("SELECT count(*) FROM events WHERE type_name = 'user' AND sender_id = ?",
                          [sender]).fetchone()[0]


def _delivery_failures(servers, timeout: float = 30.0, expected: int = 1) -> List[Dict[str, Any]]:
    """Rows of delivery_failures in the review database, waiting until `expected` are there."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with sqlite3.connect(servers.review_db()) as db:
                db.row_factory = sqlite3.Row
                rows = [dict(r) for r in db.execute("SELECT * FROM delivery_failures ORDER BY id")]
        except sqlite3.OperationalError:  # no failure recorded yet: no table
            rows = []
        if len(rows) >= expected or time.monotonic() > deadline:
            return rows
        time.sleep(0.2)


def test_telegram_update_delivered_twice_is_answered_once(telegram, channel_servers):
    update = telegram.update(message=telegram.message(text="does dry needling hurt?"))
    assert telegram.post(update)[0] == 200
    telegram.stand_in.wait_for(lambda calls: len(telegram.sent()) > 0, "telegram", "sendMessage")
    answered = len(telegram.sent())
    # Telegram delivers it again (it missed our 200), twice at once for good measure
    results: List[int] = []
    posts = [threading.Thread(target=lambda: results.append(telegram.post(update)[0])) for _ in range(2)]
    [t.start() for t in posts]
    [t.join() for t in posts]
    assert results == [200, 200], "a repeated delivery must be acknowledged, or Telegram keeps sending it"
    time.sleep(2)
    assert len(telegram.sent()) == answered, "the repeated update was answered again"
    assert _user_turns(channel_servers, _sid("telegram", telegram.chat_id)) == 1, "the repeated update was stored again"
    assert telegram.say("is it safe?")  # the next update is answered as usual


def test_twilio_message_delivered_twice_is_answered_once(sms, channel_servers):
    fields = _twilio_fields(sms.address, "what is IMS?", whatsapp=False)
    assert sms.post(fields)[0] == 200
    sms.stand_in.wait_for(lambda calls: len(sms.sent()) > 0, "twilio", "Messages")
    answered = len(sms.sent())
    status, body = sms.post(fields)  # Twilio retries the same MessageSid
    assert status == 200 and "<Response></Response>" in body
    time.sleep(2)
    assert len(sms.sent()) == answered, "the repeated MessageSid was answered again"
    assert _user_turns(channel_servers, _sid("sms", sms.number)) == 1


def test_telegram_reply_arrives_after_two_server_errors(telegram, stand_in):
    stand_in.fail("telegram", telegram.chat_id, times=2)
    sent = telegram.say("does dry needling hurt?")
    failed = [c for c in stand_in.recorded("telegram", "sendMessage", failed=True)
              if str(c["params"].get("chat_id")) == str(telegram.chat_id)]
    assert len(failed) == 2, "the reply was not retried after the server errors"
    texts = [m["text"] for m in sent]
    assert "automated assistant" in texts[0] and len(texts) == len(set(texts)), "a message was lost or doubled"
    assert "Source: " in texts[-1] or "Sources: " in texts[-1]


def test_sms_reply_arrives_after_two_server_errors(sms, stand_in):
    stand_in.fail("twilio", sms.address, times=2)
    body = "\n".join(sms.say("does IMS hurt?"))
    assert "automated assistant" in body
    assert len([c for c in stand_in.recorded("twilio", failed=True) if c["params"].get("To") == sms.address]) == 2


def test_provider_down_for_good_is_recorded_for_staff_and_others_are_still_answered(
        channel_servers, stand_in):
    down = TelegramChat(channel_servers, stand_in)
    stand_in.fail("telegram", down.chat_id)  # every send to this chat fails, for good
    try:
        before = len(_delivery_failures(channel_servers, timeout=0))
        started = time.monotonic()
        status, _ = down.post(down.update(message=down.message(text="I had dry needling and my arm is sore")))
        assert status == 200 and time.monotonic() - started < 20, "the webhook waited for the outage"
        # another patient is answered meanwhile
        assert TelegramChat(channel_servers, stand_in).say("is acupuncture safe?")
        rows = [r for r in _delivery_failures(channel_servers, expected=before + 1)
                if r["conversation_id"] == _sid("telegram", down.chat_id)]
        assert rows, "the lost reply is not where staff can see it"
        assert rows[-1]["channel"] == "telegram" and rows[-1]["attempts"] == RETRY_ATTEMPTS
        assert rows[-1]["reply"] and "Internal Server Error" in rows[-1]["error"]
        assert down.sent() == []
        log = (Path(channel_servers.log_dir) / "rasa.log").read_text(errors="replace")
        assert f"{_sid('telegram', down.chat_id)} was NOT delivered" in log and "ERROR" in log
    finally:
        stand_in.heal()
    assert down.say("is acupuncture safe?"), "the patient is answered once Telegram is back"


def test_sms_provider_down_for_good_is_recorded_without_the_phone_number(channel_servers, stand_in):
    phone = Phone(channel_servers, stand_in)
    stand_in.fail("twilio", phone.address)
    try:
        before = len(_delivery_failures(channel_servers, timeout=0))
        assert phone.post(_twilio_fields(phone.address, "how long is an IMS session", whatsapp=False))[0] == 200
        rows = _delivery_failures(channel_servers, expected=before + 1)[before:]
        assert [r["channel"] for r in rows] == ["twilio_sms"]
        assert phone.number[1:] not in json.dumps(rows), "a phone number reached the review database"
    finally:
        stand_in.heal()


# --- issue 11: the clinic's own answers and honest declines, as each app shows them ---

def test_telegram_price_question_gets_the_clinic_fees_with_booking_and_phone(telegram):
    joined = "\n".join(m["text"] for m in telegram.say("how much does an IMS session cost?"))
    assert CLINIC.answer("fees") in joined
    assert CLINIC.booking_url in joined and CLINIC.phone in joined


def test_sms_not_covered_subject_says_so_and_who_to_ask(sms):
    body = "\n".join(sms.say("is acupuncture safe when you're pregnant?"))
    assert "don't have information" in body and "midwife" in body and CLINIC.phone in body
    assert "Source" not in body, "no knowledge-base entry offered as if it answered"


# --- French on the messaging apps (issue 17) ------------------------------------------------

def test_sms_keyword_francais_then_a_french_conversation_with_numbered_options(sms):
    """A patient texts FRANÇAIS, then asks in French: the answer, the channel's own lines
    ("Répondez 1 pour : ...") and the follow-up chosen by "1" are all in French."""
    greeting = "\n".join(sms.say("FRANÇAIS"))
    assert "assistant automatisé" in greeting and "automated assistant" not in greeting
    body = "\n".join(sms.say("est-ce que la puncture sèche fait mal?"))
    assert "Source : " in body or "Sources : " in body
    options = [line for line in body.splitlines() if line.startswith("Répondez ")]
    assert options and options[0].startswith("Répondez 1 pour : ")
    assert "Reply 1" not in body
    answer = "\n".join(sms.say("1"))
    assert "Source : " in answer or "Sources : " in answer
    back = "\n".join(sms.say("ENGLISH"))
    assert "automated assistant" in back or "Hi" in back or "Hello" in back


def test_telegram_app_in_french_starts_the_conversation_in_french(telegram):
    chat = telegram
    before = len(chat.sent())
    status, _ = chat.post(chat.update(message=chat.message(
        text="la puncture sèche ça fait mal?",
        **{"from": {"id": chat.chat_id, "is_bot": False, "first_name": "Pat", "language_code": "fr-CA"}})))
    assert status == 200
    chat.stand_in.wait_for(lambda calls: len(chat.sent()) > before, "telegram", "sendMessage")
    sent = chat.sent()[before:]
    assert "assistant automatisé" in sent[0]["text"]
    assert "Source : " in sent[-1]["text"] or "Sources : " in sent[-1]["text"]
    emergency = chat.say("je n'arrive plus à respirer depuis mes aiguilles")
    assert any(CLINIC.emergency_number in m["text"] for m in emergency)
    assert any("Composez le" in m["text"] or "appelez" in m["text"].lower() for m in emergency)
