"""The socket.io channel's reply contract, the allowed origins and the page server."""
import asyncio
import sqlite3

from bot.channels.socketio import ClinicSocketIOInput, ClinicSocketIOOutput
from bot.clinic import allowed_origins, load_clinic
from bot.web import parse_feedback, render_page, save_feedback
from tests.helpers.web import serve


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
    save_feedback(db, session_id="abc123", kb_id="dn-sensation", helpful=False)
    with sqlite3.connect(db) as conn:
        assert conn.execute("select session_id, kb_id, helpful from feedback").fetchall() == [
            ("abc123", "dn-sensation", 0)]


# ---------------------------------------------------------------- web hardening (issue 13)

def feedback_rows(tmp_path):
    db = tmp_path / "logs.db"
    if not db.exists():
        return []
    with sqlite3.connect(db) as conn:
        return conn.execute("select kb_id, helpful from feedback").fetchall()


def test_every_response_carries_the_security_headers(tmp_path, monkeypatch, fixture_store):
    monkeypatch.delenv("NEEDLE_FRAME_ANCESTORS", raising=False)

    async def check(client):
        out = {}
        for path in ("/", "/widget/needle-guide.js", "/no-such-page"):
            resp = await client.get(path)
            out[path] = (resp.status, dict(resp.headers))
        resp = await client.post("/api/feedback", json={"kb_id": "dn-sensation", "helpful": True})
        out["feedback"] = (resp.status, dict(resp.headers))
        return out
    for path, (status, headers) in serve(check, tmp_path).items():
        csp = headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
        assert "connect-src 'self' http://127.0.0.1:5005 ws://127.0.0.1:5005" in csp
        assert "frame-ancestors 'self'" in csp and "object-src 'none'" in csp, path
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "no-referrer"
        assert headers["X-Frame-Options"] == "SAMEORIGIN"


def test_the_demo_page_has_no_inline_script(tmp_path, fixture_store):
    async def page(client):
        return await (await client.get("/")).text()
    text = serve(page, tmp_path)
    import re
    scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", text, re.S)
    assert scripts and all('src="/widget/' in attrs and not body.strip() for attrs, body in scripts)
    assert " on" not in " ".join(re.findall(r"<[^>]+>", text)).lower().replace(" one", "")


def test_frame_ancestors_are_configurable_and_checked(monkeypatch):
    from bot.web import frame_ancestors, security_headers
    assert frame_ancestors(None) == "'self'"
    assert frame_ancestors("self, https://maplegrove.example https://*.clinic.example/") == \
        "'self' https://maplegrove.example https://*.clinic.example"
    assert frame_ancestors("none https://a.example") == "'none'"
    assert frame_ancestors("https://a.example; script-src *") == "'self'"  # nothing injected
    assert frame_ancestors("javascript:alert(1) *") == "'self'"
    headers = security_headers("https://bot.example/", {"NEEDLE_FRAME_ANCESTORS": "https://www.clinic.example"})
    assert "frame-ancestors https://www.clinic.example" in headers["Content-Security-Policy"]
    assert "wss://bot.example" in headers["Content-Security-Policy"]
    assert "X-Frame-Options" not in headers  # it cannot name another site


def test_feedback_only_for_entries_that_exist(tmp_path, fixture_store):
    async def post(client):
        statuses = []
        for kb_id in ("dn-sensation", "made-up-entry", "acu-evidence"):
            resp = await client.post("/api/feedback", json={"kb_id": kb_id, "helpful": False, "session_id": "s1"})
            statuses.append(resp.status)
        return statuses
    assert serve(post, tmp_path) == [200, 400, 200]
    assert feedback_rows(tmp_path) == [("dn-sensation", 0), ("acu-evidence", 0)]


def test_feedback_is_rate_limited_per_address(tmp_path, monkeypatch, fixture_store):
    monkeypatch.setenv("NEEDLE_RATE_FEEDBACK", "5/60")

    async def flood(client):
        statuses = []
        for _ in range(8):
            resp = await client.post("/api/feedback", json={"kb_id": "dn-sensation", "helpful": True})
            statuses.append((resp.status, resp.headers.get("Retry-After")))
        return statuses
    statuses = serve(flood, tmp_path)
    assert [s for s, _ in statuses] == [200] * 5 + [429] * 3 and statuses[-1][1]
    assert len(feedback_rows(tmp_path)) == 5
