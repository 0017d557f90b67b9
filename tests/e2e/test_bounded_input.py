"""Oversized, malformed and flooding requests against real servers of their own, with
small rate limits and client addresses told by X-Forwarded-For (as behind a proxy).
Before: a 100,000-character message held every other patient for 40 s, a 1.5 MB body
stopped all answers for minutes, bad bodies got a 500, and there was no rate limit."""
import json
import threading
import time
import urllib.error
import urllib.request
import uuid

import pytest

from bot.ops.client import parse_turn
from bot.ops.serve import Servers, free_port
from tests.helpers import trained_model

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    model = trained_model()
    tmp = tmp_path_factory.mktemp("bounded")
    srv = Servers(model=model, rasa_port=free_port(), action_port=free_port(), tracker_db=tmp / "tracker.db",
                  log_dir=tmp / "logs", extra_env={
                      "NEEDLE_LOGS_DB": str(tmp / "logs.db"),
                      "NEEDLE_RATE_SENDER": "4/60", "NEEDLE_RATE_ADDRESS": "8/60",
                      "SANIC_PROXIES_COUNT": "1"})  # the client address from X-Forwarded-For
    srv.start()
    yield srv
    srv.stop()


def post(servers, body: bytes, address: str = "203.0.113.10", timeout: float = 60):
    """(status, parsed JSON body)."""
    req = urllib.request.Request(servers.rest_url, data=body, headers={
        "Content-Type": "application/json", "X-Forwarded-For": address})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null")


def message(sender: str, text) -> bytes:
    return json.dumps({"sender": sender, "message": text}).encode()


def new_sender(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


@pytest.mark.parametrize("body", [b"", b"null", b"[]", b'[{"sender": "a", "message": "hi"}]',
                                  message("p", 42), message("p", ["does it hurt?"]),
                                  message("p", {"text": "does it hurt?"}), message("", "hi"),
                                  message(None, "hi")])
def test_a_wrong_shape_gets_a_clear_400(servers, body):
    status, data = post(servers, body, address=f"198.51.100.{len(body) % 250}")
    assert status == 400 and isinstance(data, dict) and data["error"]


def test_an_oversized_body_is_refused_quickly_and_others_are_still_answered(servers):
    started = time.monotonic()
    status, data = post(servers, message(new_sender("big"), "x" * 1_500_000), address="203.0.113.20")
    assert status == 413 and "too large" in data["error"]
    assert time.monotonic() - started < 10
    status, data = post(servers, message(new_sender("after-big"), "does dry needling hurt?"), address="203.0.113.21")
    assert status == 200 and parse_turn(data).kind == "kb"


def test_a_flood_is_rate_limited_and_other_patients_are_answered(servers):
    flooder = new_sender("flood")
    turns = [parse_turn(post(servers, message(flooder, "does it hurt?"), address="203.0.113.30")[1])
             for _ in range(6)]
    assert all(t.kind != "fallback" or t.contract["reason"] != "rate_limited" for t in turns[:4])
    for t in turns[4:]:
        assert t.kind == "fallback" and t.contract["reason"] == "rate_limited"
        assert t.contract["rule"] == "rate_limited" and "very quickly" in t.text and t.contract["phone"] in t.text
    other = parse_turn(post(servers, message(new_sender("calm"), "does dry needling hurt?"), address="203.0.113.31")[1])
    assert other.kind == "kb"
    # Over the limit, an emergency still gets the emergency number.
    emergency = parse_turn(post(servers, message(flooder, "I had dry needling and now I cannot breathe"),
                                address="203.0.113.30")[1])
    assert emergency.kind == "emergency" and emergency.contract["number"] in emergency.texts[0]


def test_many_made_up_senders_from_one_address_are_limited_by_address(servers):
    turns = [parse_turn(post(servers, message(new_sender("spray"), "hi"), address="203.0.113.40")[1])
             for _ in range(10)]
    limited = [t.kind == "fallback" and t.contract.get("reason") == "rate_limited" for t in turns]
    assert limited[:8] == [False] * 8 and limited[8:] == [True, True]


def test_another_patient_is_answered_while_a_huge_message_is_handled(servers):
    results = {}

    def huge():
        results["huge"] = post(servers, message(new_sender("huge"), "my back hurts " * 7200), address="203.0.113.50")
    thread = threading.Thread(target=huge)
    thread.start()
    started = time.monotonic()
    status, data = post(servers, message(new_sender("other"), "does dry needling hurt?"), address="203.0.113.51")
    other_waited = time.monotonic() - started
    thread.join(timeout=60)
    assert status == 200 and parse_turn(data).kind == "kb"
    assert other_waited < 10
    status, data = results["huge"]
    turn = parse_turn(data)
    assert status == 200 and turn.kind == "fallback" and turn.contract["reason"] == "too_long"
    assert "too long" in turn.text and turn.contract["phone"] in turn.text
