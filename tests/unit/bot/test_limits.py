"""Rate limits and size limits a channel checks before a message reaches the NLU
(bot/limits.py), and the replies a patient gets instead of silence."""
import pytest

from bot.limits import (NO_REPLY, RATE_LIMITED, TOO_LONG, UNAVAILABLE, MessageLimits, RateLimiter,
                        is_loopback, parse_rate, refusal)


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_a_sender_over_the_rate_is_refused_and_gets_messages_again_later():
    clock = Clock()
    limits = MessageLimits((3, 60), None, clock=clock)
    assert [limits.check("patient", "203.0.113.5", "hi") for _ in range(4)] == [None, None, None, RATE_LIMITED]
    assert limits.check("someone-else", "203.0.113.5", "hi") is None  # other patients unaffected
    clock.now += 20  # one message's worth of time (3 per 60 s)
    assert limits.check("patient", "203.0.113.5", "hi") is None
    assert limits.check("patient", "203.0.113.5", "hi") == RATE_LIMITED


def test_many_senders_from_one_address_are_limited_by_the_address():
    limits = MessageLimits((100, 60), (5, 60), clock=Clock())
    results = [limits.check(f"made-up-{i}", "198.51.100.7", "hi") for i in range(6)]
    assert results[:5] == [None] * 5 and results[5] == RATE_LIMITED
    assert limits.check("made-up-99", "198.51.100.8", "hi") is None  # another address is fine


def test_loopback_callers_are_not_limited_unless_asked():
    assert MessageLimits((1, 60), (1, 60)).check("a", "127.0.0.1", "x") is None
    free = MessageLimits((1, 60), (1, 60))
    assert [free.check("a", "::1", "x") for _ in range(5)] == [None] * 5
    strict = MessageLimits((1, 60), None, limit_loopback=True)
    assert [strict.check("a", "127.0.0.1", "x") for _ in range(2)] == [None, RATE_LIMITED]
    assert is_loopback("127.0.0.1") and is_loopback("::1") and not is_loopback("10.0.0.1")
    assert not is_loopback("") and not is_loopback(None) and not is_loopback("not an address")


def test_a_message_over_the_size_limit_is_too_long():
    limits = MessageLimits(None, None, max_chars=100)
    assert limits.check("a", "203.0.113.5", "x" * 100) is None
    assert limits.check("a", "203.0.113.5", "x" * 101) == TOO_LONG


def test_rates_from_the_environment(monkeypatch):
    assert parse_rate("20/60") == (20, 60.0) and parse_rate("5") == (5, 60.0)
    assert parse_rate("0") is None and parse_rate("off") is None
    with pytest.raises(ValueError):
        parse_rate("-1/60")
    monkeypatch.setenv("NEEDLE_RATE_SENDER", "2/60")
    monkeypatch.setenv("NEEDLE_RATE_ADDRESS", "0")
    monkeypatch.setenv("NEEDLE_MAX_MESSAGE_CHARS", "50")
    limits = MessageLimits.from_env()
    assert limits.addresses is None and limits.max_chars == 50
    assert [limits.check("a", "203.0.113.5", "x") for _ in range(3)] == [None, None, RATE_LIMITED]
    monkeypatch.setenv("NEEDLE_RATE_SENDER", "lots")  # a typo keeps the default, logged
    assert MessageLimits.from_env().senders.capacity == 20


def test_buckets_kept_are_bounded():
    limiter = RateLimiter(1, 60, max_keys=100)
    for i in range(1000):
        limiter.allow(f"sender-{i}")
    assert len(limiter._buckets) == 100


@pytest.mark.parametrize("reason", [RATE_LIMITED, TOO_LONG, UNAVAILABLE, NO_REPLY])
def test_every_refusal_names_the_clinic_phone_and_carries_a_fallback_contract(reason):
    from bot.clinic import load_clinic
    phone = load_clinic().phone
    text, custom = refusal(reason)
    assert phone in text["text"] and "<" not in text["text"]
    contract = custom["custom"]
    assert contract["kind"] == "fallback" and contract["phone"] == phone and contract["rule"]
    assert contract["reason"] == (UNAVAILABLE if reason == NO_REPLY else reason)
    assert "911" in contract["safety_note"]


def test_a_refusal_still_comes_when_the_clinic_file_is_broken(monkeypatch):
    import bot.clinic

    def broken(*args, **kwargs):
        raise bot.clinic.ClinicConfigError(["clinic.yml line 3: phone is missing"])
    monkeypatch.setattr(bot.clinic, "load_clinic", broken)
    text, custom = refusal(UNAVAILABLE)
    assert "try again" in text["text"] and custom["custom"]["reason"] == UNAVAILABLE
    assert "911" in custom["custom"]["safety_note"]


def test_the_client_address_is_the_one_a_proxy_reports_when_sanic_is_told():
    from types import SimpleNamespace
    from bot.limits import client_address
    assert client_address(SimpleNamespace(remote_addr="203.0.113.9", ip="127.0.0.1")) == "203.0.113.9"
    assert client_address(SimpleNamespace(remote_addr="", ip="198.51.100.4")) == "198.51.100.4"
    assert client_address(None) == ""


@pytest.mark.parametrize("reason", [RATE_LIMITED, TOO_LONG])
def test_an_emergency_refused_for_rate_or_length_still_gets_the_emergency_number(reason):
    messages = refusal(reason, text="I had dry needling and now I cannot breathe" + " please" * 5000)
    texts = [m["text"] for m in messages if m.get("text")]
    contract = messages[-1]["custom"]
    assert contract["kind"] == "emergency" and texts[0].startswith(f"Call {contract['number']}")
    assert contract["rule"] == f"red_flag_{reason}"
    assert refusal(reason, text="does it hurt?")[1]["custom"]["kind"] == "fallback"


def test_a_refusal_speaks_the_conversations_language():
    """The widget's French toggle (metadata lang) or a clearly French message gets the
    "please wait" reply in French, with the clinic's phone and the emergency line."""
    from bot.limits import RATE_LIMITED, UNAVAILABLE, refusal
    texts = lambda messages: " ".join(m.get("text", "") for m in messages)  # noqa: E731
    chosen = refusal(RATE_LIMITED, text="ok", lang="fr")
    assert "Attendez un instant" in texts(chosen) and chosen[-1]["custom"]["lang"] == "fr"
    assert "urgence" in chosen[-1]["custom"]["safety_note"]
    written = refusal(RATE_LIMITED, text="est-ce que la puncture sèche fait mal au dos")
    assert "Attendez un instant" in texts(written)
    english = refusal(UNAVAILABLE, text="does dry needling hurt my back")
    assert "try again in a minute" in texts(english) and english[-1]["custom"]["lang"] == "en"


def test_an_emergency_in_a_refused_french_message_gets_the_french_emergency_reply():
    from bot.limits import TOO_LONG, refusal
    reply = refusal(TOO_LONG, text="je n'arrive plus à respirer depuis ma séance d'aiguilles " + "x" * 3000)
    assert reply[-1]["custom"]["kind"] == "emergency" and reply[-1]["custom"]["lang"] == "fr"
