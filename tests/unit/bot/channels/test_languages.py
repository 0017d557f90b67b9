"""Telegram, SMS and WhatsApp in English and French: the lines the channel adds follow the
reply's language, and the patient's language (a keyword, Telegram's app language) reaches
Rasa as message metadata `lang`."""
import asyncio
from types import SimpleNamespace

import pytest
from aiogram.types import Update

from bot.channels.render import language_keyword, numbered_options, render_turn
from bot.pseudonym import ReplyAddresses

SOURCES = [{"title": "Revue sur la puncture sèche"}, {"title": "Guide de l'ordre"}]
BUTTONS = [{"title": "Est-ce que ça fait mal?", "payload": "/a"}, {"title": "Est-ce sécuritaire?", "payload": "/b"}]


def test_added_lines_are_french_when_the_reply_is():
    turn = render_turn([{"text": "La puncture sèche utilise de fines aiguilles."},
                        {"custom": {"kind": "kb", "lang": "fr", "kb": {"id": "x", "sources": SOURCES}}}])
    assert turn.lang == "fr"
    assert turn.extras == ["Sources : Revue sur la puncture sèche; Guide de l'ordre"]
    turn = render_turn([{"text": "Nous facturons directement la plupart des assureurs."},
                        {"custom": {"kind": "clinic", "lang": "fr", "phone": "604-555-0100",
                                    "booking_url": "https://b.example"}}])
    assert turn.extras == ["Réservez en ligne : https://b.example", "Ou appelez le 604-555-0100"]
    turn = render_turn([{"text": "Je ne peux pas répondre à cette question."},
                        {"custom": {"kind": "fallback", "lang": "fr", "phone": "604-555-0100"}}])
    assert turn.extras == ["Téléphone : 604-555-0100"]
    turn = render_turn([{"text": "Ceci semble urgent."}, {"custom": {"kind": "emergency", "lang": "fr", "number": "911"}}])
    assert turn.texts[0] == "Composez le 911 maintenant."


def test_added_lines_stay_english_without_a_lang():
    turn = render_turn([{"text": "Thin needles."}, {"custom": {"kind": "kb", "kb": {"sources": SOURCES[:1]}}}])
    assert turn.lang == "en" and turn.extras == ["Source: Revue sur la puncture sèche"]
    assert numbered_options(BUTTONS[:1]) == "Reply 1 for: Est-ce que ça fait mal?"


def test_sms_numbered_options_in_french():
    from bot.channels.twilio import ClinicTwilioOutput
    out = ClinicTwilioOutput("AC1", "tok", "+15550000000")
    body = out.body("sms:+1", [{"text": "Une légère douleur est courante.", "buttons": BUTTONS},
                               {"custom": {"kind": "kb", "lang": "fr", "kb": {"id": "x", "sources": SOURCES[:1]}}}])
    assert body == ("Une légère douleur est courante.\n\nSource : Revue sur la puncture sèche\n\n"
                    "Répondez 1 pour : Est-ce que ça fait mal?\nRépondez 2 pour : Est-ce sécuritaire?")
    assert "Reply" not in body


def test_telegram_adds_french_lines_to_a_french_reply():
    from bot.channels.telegram import ClinicTelegramOutput
    out = ClinicTelegramOutput("123456:ABCdef")
    for message in [{"text": "Je n'ai pas d'information là-dessus. Un pharmacien peut vous aider."},
                    {"custom": {"kind": "fallback", "reason": "not_covered", "lang": "fr", "phone": "604-555-0100"}}]:
        asyncio.run(out.send_response("telegram:7", message))
    parts = out.prepare()["telegram:7"]
    assert [p.text for p in parts] == ["Je n'ai pas d'information là-dessus. Un pharmacien peut vous aider."
                                       "\n\nTéléphone : 604-555-0100"]


@pytest.mark.parametrize("text,lang", [("FRANCAIS", "fr"), ("Français", "fr"), ("français!", "fr"), ("FR", "fr"),
                                       (" fr. ", "fr"), ("/fr", "fr"), ("ENGLISH", "en"), ("en", "en"),
                                       ("English.", "en")])
def test_language_keywords(text, lang):
    assert language_keyword(text) == lang


@pytest.mark.parametrize("text", ["en français svp, est-ce que ça fait mal?", "french fries", "1", "", None,
                                  "enfant", "free"])
def test_a_message_that_says_more_is_not_a_keyword(text):
    assert language_keyword(text) is None


class Received:
    """Stands in for Rasa: records what each message would have been handled as."""

    def __init__(self):
        self.messages = []

    async def __call__(self, message):
        self.messages.append(message)


def twilio_channel(tmp_path):
    from bot.channels.twilio import ClinicTwilioInput
    channel = ClinicTwilioInput("AC1", "tok", "+15550000000", options_db=str(tmp_path / "channels.db"))
    channel.reply_addresses = ReplyAddresses(str(tmp_path / "channels.db"), secret=b"k" * 32)
    channel.outbox = SimpleNamespace(sent=[], submit=lambda key, send: channel.outbox.sent.append(key))
    return channel


@pytest.mark.parametrize("body,lang", [("FRANÇAIS", "fr"), ("Francais", "fr"), ("FR", "fr"), ("ENGLISH", "en"), ("en", "en")])
def test_sms_keyword_sends_the_language_to_rasa(tmp_path, body, lang):
    channel, rasa = twilio_channel(tmp_path), Received()
    asyncio.run(channel._handle(None, {"Body": body}, "+16045550199", rasa))
    (message,) = rasa.messages
    assert message.text == "/greet"  # answered with a greeting in the chosen language
    assert message.metadata == {"lang": lang, "lang_source": "keyword"}
    assert message.sender_id.startswith("sms:") and "6045550199" not in message.sender_id


def test_an_ordinary_sms_goes_unchanged_without_a_language(tmp_path):
    channel, rasa = twilio_channel(tmp_path), Received()
    asyncio.run(channel._handle(None, {"Body": "Est-ce que ça fait mal?"}, "+16045550199", rasa))
    (message,) = rasa.messages
    assert message.text == "Est-ce que ça fait mal?" and message.metadata == {}


def telegram_channel(tmp_path):
    from bot.channels.telegram import ClinicTelegramInput
    channel = ClinicTelegramInput("123456:ABCdef", None, None, secret_token="s",
                                  options_db=str(tmp_path / "channels.db"))
    channel.addresses = ReplyAddresses(str(tmp_path / "channels.db"), secret=b"k" * 32)
    channel.outbox = SimpleNamespace(turns=[], submit=lambda key, send: channel.outbox.turns.append(send.args[0]))
    return channel


def update(text=None, language_code=None, photo=False):
    sender = {"id": 42, "is_bot": False, "first_name": "A"}
    if language_code:
        sender["language_code"] = language_code
    message = {"message_id": 1, "date": 0, "chat": {"id": 42, "type": "private"}, "from": sender}
    if text is not None:
        message["text"] = text
    if photo:
        message["photo"] = [{"file_id": "f", "file_unique_id": "u", "width": 1, "height": 1}]
    return Update(**{"update_id": 9, "message": message})


def handle_telegram(tmp_path, upd):
    channel, rasa = telegram_channel(tmp_path), Received()
    asyncio.run(channel._handle(*channel.parse(upd), None, rasa))
    return channel, rasa


@pytest.mark.parametrize("code,lang", [("fr", "fr"), ("fr-CA", "fr"), ("en", "en"), ("en-GB", "en")])
def test_telegram_app_language_starts_the_conversation(tmp_path, code, lang):
    channel, rasa = handle_telegram(tmp_path, update("est-ce que ça fait mal?", code))
    (message,) = rasa.messages
    assert message.text == "est-ce que ça fait mal?"
    assert message.metadata == {"lang": lang, "lang_source": "telegram"}
    # later messages leave the language to the conversation (it follows what the patient writes)
    asyncio.run(channel._handle(*channel.parse(update("and does it hurt after?", code)), None, rasa))
    assert rasa.messages[1].metadata == {}


@pytest.mark.parametrize("code", [None, "de", "es"])
def test_telegram_other_app_languages_send_no_language(tmp_path, code):
    _, rasa = handle_telegram(tmp_path, update("does it hurt?", code))
    assert rasa.messages[0].metadata == {}


def test_telegram_keyword_wins_over_the_app_language(tmp_path):
    channel, rasa = handle_telegram(tmp_path, update("Français", "en"))
    assert rasa.messages[0].text == "/greet"
    assert rasa.messages[0].metadata == {"lang": "fr", "lang_source": "keyword"}
    asyncio.run(channel._handle(*channel.parse(update("/en", "fr")), None, rasa))  # not only the first message
    assert rasa.messages[1].metadata == {"lang": "en", "lang_source": "keyword"}


def test_telegram_please_type_follows_the_app_language(tmp_path):
    from bot.clinic import load_clinic
    channel, rasa = handle_telegram(tmp_path, update(language_code="fr-ca", photo=True))
    assert rasa.messages == []
    (turn,) = channel.outbox.turns
    (part,) = next(iter(turn.values()))
    assert part.text.startswith("Je ne peux lire que les messages écrits. Écrivez votre question")
    assert load_clinic().phone in part.text
