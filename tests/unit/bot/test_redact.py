"""Redaction of patient details before storage (bot/redact.py)."""
import pytest

from bot.redact import redact, redact_event, redact_obj


@pytest.mark.parametrize("text,secret,placeholder", [
    ("call me at 604-555-0199", "604-555-0199", "[phone]"),
    ("my cell is (778) 555 1234 thanks", "555 1234", "[phone]"),
    ("+1 604 555 0199", "604 555 0199", "[phone]"),
    ("text 6045550199", "6045550199", None),
    ("reach me on 604.555.0199 ext 12", "604.555.0199", "[phone]"),
    ("UK number +44 20 7946 0958", "7946 0958", "[phone]"),
    ("just 555-0199 works", "555-0199", "[phone]"),
    ("email jane.doe+clinic@mail.example.com please", "jane.doe", "[email]"),
    ("JOHN_SMITH@EXAMPLE.ORG", "JOHN_SMITH", "[email]"),
    ("I live near V6B 3K9", "V6B 3K9", "[postal_code]"),
    ("postal code m5v2t6", "m5v2t6", "[postal_code]"),
    ("zip 90210", "90210", "[postal_code]"),
    ("zip is 10001-4356", "10001-4356", "[postal_code]"),
    ("OHIP 1234-567-890-AB", "1234-567-890", "[health_card]"),
    ("health card 1234 567 890 XY", "567 890", "[health_card]"),
    ("card number 9876543210", "9876543210", None),
    ("RAMQ DOEJ 8503 1512", "8503 1512", "[health_card]"),
    ("insurance id 123456789012", "123456789012", "[health_card]"),
    ("member 12345678", "12345678", "[health_card]"),
    ("born 03/04/1985", "03/04/1985", "[date]"),
    ("DOB: 1985-04-03", "1985-04-03", "[date]"),
    ("date of birth March 4th, 1985", "March 4th, 1985", "[date]"),
    ("born on 4 March 1985", "4 March 1985", "[date]"),
    ("my birthday is july 9", "july 9", "[date]"),
    ("I was born in 1962", "1962", "[date]"),
    ("dob 4.3.85", "4.3.85", "[date]"),
])
def test_personal_details_are_replaced(text, secret, placeholder):
    out = redact(text)
    assert secret not in out
    assert "[" in out
    if placeholder:
        assert placeholder in out


@pytest.mark.parametrize("text", [
    "does dry needling hurt?",
    "I can't breathe after my dry needling appointment",
    "chest pain after needling!!! what do i do",
    "should I call 911?",
    "how long is an IMS session, 30 or 45 minutes?",
    "I had 2-3 sessions in 2023 for my back",
    "it's been 10 years since my injury",
    "about 1/2 an hour at 10:30",
    "is it $120 per session or $85.50",
    "/choose_entry{\"kb_id\": \"dn-sensation\"}",
    "",
])
def test_ordinary_messages_are_unchanged(text):
    assert redact(text) == text


def test_several_details_in_one_message():
    out = redact("I'm Jane, 604-555-0199, jane@example.com, V6B 3K9, born 1985-04-03, OHIP 1234-567-890")
    for secret in ("555-0199", "jane@", "V6B", "1985", "567-890"):
        assert secret not in out
    assert out.startswith("I'm [name], [phone], [email], [postal_code], born [date], OHIP [health_card]")


def test_non_strings_pass_through():
    assert redact(None) is None
    assert redact_obj({"a": ["604-555-0199", 3, None]}) == {"a": ["[phone]", 3, None]}


def test_user_event_is_redacted_everywhere_text_lives():
    event = {"event": "user", "text": "call 604-555-0199", "timestamp": 1.0,
             "parse_data": {"text": "call 604-555-0199", "intent": {"name": "ask_contact", "confidence": 0.9},
                            "entities": [{"entity": "x", "value": "604-555-0199", "start": 5, "end": 17}]},
             "metadata": {"from": "jane@example.com"}}
    out = redact_event(event)
    assert "555-0199" not in str(out) and "jane@" not in str(out)
    assert out["parse_data"]["intent"] == event["parse_data"]["intent"]
    assert out["parse_data"]["entities"][0]["start"] == 5
    assert event["text"] == "call 604-555-0199", "the original event is not modified"


def test_other_events_are_untouched():
    bot = {"event": "bot", "text": "Call 604-555-0142", "data": {}}
    assert redact_event(bot) is bot


def test_the_shortcut_for_text_without_digits_or_at_signs_changes_nothing():
    """redact() skips its patterns when there is no digit or email marker; running every
    pattern anyway gives the same text, for every patient message in the case set."""
    from bot.ops.evaluate import load_cases
    from bot.redact import _RULES

    def every_pattern(text):
        for pattern, placeholder in _RULES:
            text = pattern.sub(placeholder, text)
        return text

    texts = [t for c in load_cases() for t in c.turns]
    texts += ["my email is jo (at) example (dot) com", "born [date] in town", "JO@EXAMPLE.COM please"]
    assert len(texts) > 300
    for text in texts:
        assert redact(text) == every_pattern(text), text
