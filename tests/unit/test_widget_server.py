"""The socket.io channel's reply contract, the allowed origins and the page server."""
import asyncio
import sqlite3

from bot.channels.socketio import ClinicSocketIOInput, ClinicSocketIOOutput
from bot.clinic import allowed_origins, load_clinic
from bot.web import parse_feedback, record_feedback, render_page


class FakeSio:
    def __init__(self):
        self.emitted = []

    async def emit(self, event, data=None, room=None, **kwargs):
        self.emitted.append((event, data, room, kwargs))


def test_custom_contract_is_sent_as_a_custom_payload():
    sio = FakeSio()
    contract = {"kind": "kb", "kb": {"id": "dn-sensation", "sources": []}}
    asyncio.run(ClinicSocketIOOutput(sio, "bot_uttered").send_custom_json("session-1", dict(contract)))
    assert sio.emitted == [("bot_uttered", {"custom": contract}, "session-1", {})]


def test_input_channel_keeps_rasa_settings_and_uses_our_output():
    channel = ClinicSocketIOInput.from_credentials({"session_persistence": True})
    assert channel.session_persistence and channel.name() == "socketio"
    channel.sio = FakeSio()
    assert isinstance(channel.get_output_channel(), ClinicSocketIOOutput)


def test_extra_origins_come_from_the_environment():
    clinic = load_clinic()
    origins = allowed_origins(clinic, {"NEEDLE_EXTRA_ORIGINS": "http://127.0.0.1:9999/, http://a.example"})
    assert origins[:len(clinic.allowed_origins)] == clinic.allowed_origins
    assert origins[len(clinic.allowed_origins):] == ["http://127.0.0.1:9999", "http://a.example"]
    assert allowed_origins(clinic, {}) == clinic.allowed_origins


def test_page_escapes_the_clinic_name():
    from dataclasses import replace
    clinic = replace(load_clinic(), name='Dr. "X" <script>alert(1)</script> & Co')
    page = render_page("<h1>{{clinic}}</h1><script data-clinic=\"{{clinic}}\" data-server=\"{{server}}\">",
                       clinic, "http://127.0.0.1:5005")
    assert "<script>alert" not in page and "&lt;script&gt;" in page and "&quot;X&quot;" in page
    assert 'data-server="http://127.0.0.1:5005"' in page


def test_feedback_is_validated_and_stored(tmp_path):
    assert parse_feedback({"kb_id": "dn-sensation", "helpful": False, "session_id": "abc123"})
    for bad in (None, [], {"kb_id": "x"}, {"kb_id": "<b>", "helpful": True},
                {"kb_id": "a", "helpful": "yes"}, {"kb_id": "a", "helpful": True, "session_id": "a b"}):
        assert parse_feedback(bad) is None
    db = tmp_path / "logs.db"
    record_feedback(db, session_id="abc123", kb_id="dn-sensation", helpful=False)
    with sqlite3.connect(db) as conn:
        assert conn.execute("select session_id, kb_id, helpful from feedback").fetchall() == [
            ("abc123", "dn-sensation", 0)]
