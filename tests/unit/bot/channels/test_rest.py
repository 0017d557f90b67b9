"""The REST channel (bot/channels/rest.py) on a real Sanic server with a stand-in assistant:
wrong shapes get a clear 400, oversized bodies a 413, floods and huge messages a friendly
reply, and nothing of that reaches the assistant. Rasa's own channel answered an empty,
null or array body with a 500, and a message that was a number with an empty 200."""
import asyncio
import json
import socket
import uuid
from types import SimpleNamespace
from typing import Any, Dict, List, Tuple

import aiohttp
import pytest
from rasa.core.channels.channel import register
import sanic.response
from sanic import Sanic

import bot.limits
from bot.channels.rest import ClinicRestInput, parse_message

URL = "/webhooks/rest/webhook"


class StandIn:
    """The assistant: answers "echo: <text>", or nothing, or fails, as a test asks."""

    def __init__(self, mode: str = "echo"):
        self.mode, self.seen = mode, []

    async def handle_message(self, message) -> None:
        self.seen.append(message.text)
        if self.mode == "fail":
            raise RuntimeError("the tracker store is locked")
        if self.mode == "echo":
            await message.output_channel.send_text_message(message.sender_id, f"echo: {message.text}")


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(requests, mode: str = "echo", path: str = URL, **headers) -> Tuple[List[Tuple[int, Any]], StandIn]:
    """Start the channel on a free port, send `requests` (bytes bodies, or (bytes, headers)
    pairs) one after another, return [(status, json)] and the stand-in."""
    Sanic.test_mode = True
    app = Sanic(f"rest_test_{uuid.uuid4().hex[:8]}", configure_logging=False)
    assistant = StandIn(mode)
    app.ctx.agent = assistant
    register([ClinicRestInput()], app, route="/webhooks/")

    async def other(request):  # another route of the same server (socket.io polling, webhooks)
        return sanic.response.json({"bytes": len(request.body)})
    app.add_route(other, "/other", methods=["POST"])
    port = _port()

    async def main():
        server = await app.create_server(host="127.0.0.1", port=port, return_asyncio_server=True)
        await server.startup()
        await server.before_start()
        results = []
        try:
            async with aiohttp.ClientSession() as session:
                for item in requests:
                    body, extra = item if isinstance(item, tuple) else (item, {})
                    body = body() if callable(body) else body
                    async with session.post(f"http://127.0.0.1:{port}{path}", data=body,
                                            headers={"Content-Type": "application/json", **headers, **extra}) as r:
                        text = await r.text()
                        results.append((r.status, json.loads(text) if text else None))
        finally:
            server.close()
            await server.wait_closed()
        return results
    return asyncio.run(main()), assistant


def msg(sender: Any = "p1", message: Any = "does it hurt?") -> bytes:
    return json.dumps({"sender": sender, "message": message}).encode()


@pytest.fixture(autouse=True)
def fresh_limits(monkeypatch):
    monkeypatch.setattr(bot.limits, "_default", None)
    for name in ("NEEDLE_RATE_SENDER", "NEEDLE_RATE_ADDRESS", "NEEDLE_RATE_LOOPBACK",
                 "NEEDLE_MAX_MESSAGE_CHARS", "NEEDLE_MAX_REQUEST_BYTES"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("body", [b"", b"null", b"[]", b"[1, 2]", b'"hello"', b"42", b"{not json",
                                  b"\xff\xfe", b"[" * 5000 + b"]" * 5000])
def test_a_body_that_is_not_an_object_gets_a_clear_400(body):
    [(status, data)], assistant = run([body])
    assert status == 400 and "JSON object" in data["error"] and "sender" in data["error"]
    assert assistant.seen == []


@pytest.mark.parametrize("message", [42, 3.5, True, None, ["does it hurt?"], {"text": "does it hurt?"}])
def test_a_message_that_is_not_a_string_gets_a_400_naming_the_field(message):
    [(status, data)], assistant = run([msg(message=message)])
    assert status == 400 and '"message" must be a string' in data["error"]
    assert assistant.seen == []


@pytest.mark.parametrize("sender", [None, "", "   ", 7, ["p1"], {"id": "p1"}, "x" * 129])
def test_a_missing_or_malformed_sender_gets_a_400(sender):
    [(status, data)], assistant = run([msg(sender=sender)])
    assert status == 400 and '"sender"' in data["error"]
    assert assistant.seen == []


def test_metadata_must_be_an_object_when_given():
    body = json.dumps({"sender": "p1", "message": "hi", "metadata": "x"}).encode()
    [(status, data)], _ = run([body])
    assert status == 400 and "metadata" in data["error"]


def test_a_well_formed_message_is_answered():
    [(status, data)], assistant = run([msg(message="does it hurt?")])
    assert status == 200 and data == [{"recipient_id": "p1", "text": "echo: does it hurt?"}]
    assert assistant.seen == ["does it hurt?"]
    ok, problem = parse_message(msg())
    assert problem is None and ok["sender"] == "p1" and ok["metadata"] is None


def test_an_oversized_body_gets_a_413_and_never_reaches_the_assistant(monkeypatch):
    monkeypatch.setenv("NEEDLE_MAX_REQUEST_BYTES", "4096")

    async def chunks():  # no Content-Length: the limit is enforced while reading
        for _ in range(10):
            yield b"x" * 1000
    results, assistant = run([msg(message="x" * 5000), (b'{"sender": "p1"' + b" " * 5000 + b"}", {}),
                              (chunks, {}), msg(message="short")])
    assert [s for s, _ in results] == [413, 413, 413, 200]
    assert "too large" in results[0][1]["error"]
    assert assistant.seen == ["short"]


def test_a_huge_message_gets_the_too_long_reply_without_reaching_the_assistant():
    [(status, data)], assistant = run([msg(message="ouch " * 20_000)])
    assert status == 200 and assistant.seen == []
    assert "too long" in data[0]["text"] and data[1]["custom"]["reason"] == "too_long"
    assert data[1]["custom"]["rule"] == "too_long" and data[1]["custom"]["phone"] in data[0]["text"]


def test_a_flood_gets_the_rate_limited_reply_and_other_patients_are_answered(monkeypatch):
    monkeypatch.setenv("NEEDLE_RATE_SENDER", "3/60")
    monkeypatch.setenv("NEEDLE_RATE_LOOPBACK", "1")  # the test client is on 127.0.0.1
    results, assistant = run([msg("flood", f"hi {i}") for i in range(5)] + [msg("calm", "hello")])
    assert [len(d) for _, d in results[:3]] == [1, 1, 1]
    for status, data in results[3:5]:
        assert status == 200 and "very quickly" in data[0]["text"]
        assert data[1]["custom"]["kind"] == "fallback" and data[1]["custom"]["reason"] == "rate_limited"
    assert results[5][1] == [{"recipient_id": "calm", "text": "echo: hello"}]
    assert assistant.seen == ["hi 0", "hi 1", "hi 2", "hello"]


@pytest.mark.parametrize("mode", ["silent", "fail"])
def test_a_turn_with_no_reply_gets_an_apology_with_the_phone(mode):
    [(status, data)], assistant = run([msg(message="does it hurt?")], mode=mode)
    assert status == 200 and assistant.seen == ["does it hurt?"]
    assert "Sorry" in data[0]["text"] and data[1]["custom"]["phone"] in data[0]["text"]
    assert data[1]["custom"]["kind"] == "fallback" and data[1]["custom"]["reason"] == "unavailable"


def test_the_other_routes_of_the_server_refuse_bodies_over_a_megabyte():
    results, _ = run([b"x" * 1000, b"x" * 2_000_000], path="/other")
    assert results[0] == (200, {"bytes": 1000}) and results[1][0] == 413


def test_a_phone_number_as_sender_is_stored_only_as_a_keyed_pseudonym(monkeypatch):
    from bot.channels.rest import stored_sender
    monkeypatch.setenv("NEEDLE_PSEUDONYM_KEY", "k" * 32)
    stored = stored_sender("+1 604 555 0199")
    assert stored.startswith("phone:") and not any(c.isdigit() for c in stored.split(":", 1)[1])
    assert stored_sender("+16045550199") == stored, "the same number keeps its conversation"
    assert stored_sender("widget-abc123") == "widget-abc123"
