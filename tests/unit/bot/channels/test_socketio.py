"""socket.io sessions belong to the server: ids it issued, tokens that prove them, and
messages only from the socket that owns the session (issue 13, finding 5)."""
import asyncio
import logging
import stat

import pytest

from bot.channels.socketio import MAX_PACKET, ClinicSocketIOInput, SessionRegistry, client_address, session_secret
from bot.limits import MessageLimits


class Channel:
    """The channel's real socket.io handlers, with the network replaced by lists."""

    def __init__(self, monkeypatch):
        monkeypatch.setenv("NEEDLE_SESSION_SECRET", "test-secret-" + "x" * 32)
        unlimited = MessageLimits(None, None)  # the rate tests set their own
        monkeypatch.setattr("bot.channels.socketio.default_limits", lambda: unlimited)
        self.input = ClinicSocketIOInput.from_credentials({"session_persistence": True})
        self.received = []

        async def on_new_message(message):
            self.received.append(message)
        self.input.blueprint(on_new_message)
        sio = self.sio = self.input.sio
        self.emitted, self.rooms = [], {}

        async def emit(event, data=None, room=None, **kwargs):
            self.emitted.append((event, data, room))

        async def enter_room(sid, room, namespace=None):
            self.rooms.setdefault(room, set()).add(sid)

        async def leave_room(sid, room, namespace=None):
            self.rooms.get(room, set()).discard(sid)
        sio.emit, sio.enter_room, sio.leave_room = emit, enter_room, leave_room
        self.handlers = sio.handlers["/"]

    def run(self, event, *args):
        return asyncio.run(self.handlers[event](*args))

    def session(self, sid, **proposal):
        self.run("session_request", sid, proposal)
        event, data, room = self.emitted[-1]
        assert event == "session_confirm" and room == sid
        return data

    def say(self, sid, session_id, text="does it hurt?"):
        before = len(self.received)
        self.run("user_uttered", sid, {"message": text, "session_id": session_id})
        return self.received[before:]


@pytest.fixture
def channel(monkeypatch):
    return Channel(monkeypatch)


def test_the_server_issues_long_random_ids(channel):
    first, second = channel.session("sid-a"), channel.session("sid-b")
    assert first["session_id"] != second["session_id"]
    assert len(first["session_id"]) >= 22  # token_urlsafe(24): 192 bits, at least 128
    assert first["token"] and first["token"] != first["session_id"]
    assert channel.rooms[first["session_id"]] == {"sid-a"}


@pytest.mark.parametrize("guess", ["1", "victim", None, 42, "x" * 500])
def test_a_chosen_or_guessed_id_without_token_gets_a_fresh_session(channel, guess):
    issued = channel.session("sid-a", session_id=guess)
    assert issued["session_id"] != guess


def test_another_patients_id_is_not_joined_even_with_a_forged_token(channel):
    victim = channel.session("victim-sid")
    altered = victim["token"][:-1] + ("B" if victim["token"].endswith("A") else "A")  # one character off
    for token in (None, "", "forged", altered, channel.input.sessions.token("other")):
        attacker = channel.session("attacker-sid", session_id=victim["session_id"], token=token)
        assert attacker["session_id"] != victim["session_id"]
        assert "attacker-sid" not in channel.rooms[victim["session_id"]]  # never gets the victim's replies


def test_a_message_claiming_someone_elses_session_is_refused_and_logged(channel, caplog):
    victim = channel.session("victim-sid")
    channel.session("attacker-sid")
    with caplog.at_level(logging.WARNING, logger="bot.channels.socketio"):
        assert channel.say("attacker-sid", victim["session_id"], "I want to cancel everything") == []
    assert "refused" in caplog.text and victim["session_id"] not in caplog.text
    assert channel.say("never-asked-sid", victim["session_id"]) == []
    [message] = channel.say("victim-sid", victim["session_id"])
    assert message.sender_id == victim["session_id"] and message.text == "does it hurt?"


def test_a_reconnect_with_the_token_resumes_the_same_session(channel):
    first = channel.session("old-sid")
    channel.run("disconnect", "old-sid", "transport close")
    assert channel.say("old-sid", first["session_id"]) == []  # a closed socket owns nothing
    again = channel.session("new-sid", session_id=first["session_id"], token=first["token"])
    assert again == first
    assert "new-sid" in channel.rooms[first["session_id"]]
    [message] = channel.say("new-sid", first["session_id"])
    assert message.sender_id == first["session_id"]


def test_a_socket_that_asks_again_leaves_its_old_session(channel):
    first = channel.session("sid-a")
    second = channel.session("sid-a")
    assert "sid-a" not in channel.rooms[first["session_id"]]
    assert channel.say("sid-a", first["session_id"]) == []
    assert len(channel.say("sid-a", second["session_id"])) == 1


def refusals(channel, session_id):
    return [data for event, data, room in channel.emitted if event == "bot_uttered" and room == session_id]


def test_a_huge_message_gets_the_too_long_reply_and_never_reaches_rasa(channel, monkeypatch):
    monkeypatch.setattr("bot.channels.socketio.default_limits", lambda: MessageLimits(None, None, 20_000))
    session = channel.session("sid-a")
    assert channel.say("sid-a", session["session_id"], "pain " * 5_000) == []
    text, contract = refusals(channel, session["session_id"])
    assert "too long" in text["text"] and contract["custom"]["reason"] == "too_long"
    assert channel.sio.eio.max_http_buffer_size == MAX_PACKET <= 64 * 1024
    assert len(channel.say("sid-a", session["session_id"], "pain " * 1_000)) == 1  # the pipeline's own guard


def test_a_session_sending_too_fast_is_told_to_wait(channel, monkeypatch):
    limits = MessageLimits((3, 60), None, 20_000)
    monkeypatch.setattr("bot.channels.socketio.default_limits", lambda: limits)
    session = channel.session("sid-a")
    answered = [bool(channel.say("sid-a", session["session_id"], f"question {i}")) for i in range(5)]
    assert answered == [True, True, True, False, False]
    replies = refusals(channel, session["session_id"])
    assert replies[-1]["custom"]["reason"] == "rate_limited" and "wait" in replies[-2]["text"]
    other = channel.session("sid-b")
    assert channel.say("sid-b", other["session_id"])  # another patient is not held up


def test_the_address_is_the_one_sanic_saw():
    class Request:
        remote_addr, ip = "", "203.0.113.7"
    assert client_address({"sanic.request": Request(), "REMOTE_ADDR": "127.0.0.1"}) == "203.0.113.7"
    assert client_address(None) is None


def test_malformed_messages_are_ignored(channel):
    session = channel.session("sid-a")
    for data in (None, [], "text", {"message": "hi"}, {"message": "hi", "session_id": ["x"]}):
        channel.run("user_uttered", "sid-a", data)
    assert channel.received == []
    channel.run("user_uttered", "sid-a", {"message": 5, "session_id": session["session_id"], "metadata": "[1]"})
    assert channel.received[-1].text == "" and channel.received[-1].metadata == {}


def test_tokens_depend_on_the_secret():
    a, b = SessionRegistry(b"a" * 32), SessionRegistry(b"b" * 32)
    assert a.valid("s1", a.token("s1")) and not b.valid("s1", a.token("s1"))
    assert not a.valid("s2", a.token("s1"))


def test_secret_from_the_environment_or_a_private_file(tmp_path):
    assert session_secret({"NEEDLE_SESSION_SECRET": "abc"}, tmp_path / "unused") == b"abc"
    path = tmp_path / "var" / "session_secret"
    first = session_secret({}, path)
    assert len(first) >= 32 and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert session_secret({}, path) == first  # kept: sessions survive a restart
    path.write_text("short")
    assert session_secret({}, path) not in (first, b"short")
