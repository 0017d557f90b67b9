"""The website widget through the load balancer, in Chromium (issue 18): the cluster's demo
page (bot/web.py, its widget pointed at HAProxy) is opened as a patient would; the
conversation survives a reload and the loss of the Rasa server its socket was on.

The cluster is the session's (tests/cluster/conftest.py), skipped with the reason where
PostgreSQL, Redis or HAProxy cannot be installed or started; Chromium is Debian's
(tests/conftest.py's `browser`)."""

import json
import os
import signal
import time
import urllib.error
import urllib.request
from typing import Optional

import pytest

from tests.helpers.widget import Widget

pytestmark = pytest.mark.e2e


def socket_replica(c) -> Optional[str]:
    """Which Rasa server HAProxy gives this machine's socket.io connections (`balance
    source`: the browser here and this request come from the same address)."""
    req = urllib.request.Request(f"{c.front_url}/socket.io/?EIO=4&transport=polling")
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.headers.get("X-Served-By")
    except urllib.error.HTTPError as exc:
        return exc.headers.get("X-Served-By")
    except (urllib.error.URLError, OSError):
        return None


def user_events(c, sender: str):
    import psycopg2

    conn = psycopg2.connect(**c.dsn())
    try:
        with conn.cursor() as cur:
            cur.execute(
                "SELECT data FROM events WHERE sender_id = %s AND type_name = 'user' ORDER BY id", (sender,)
            )
            return [json.loads(d).get("text") for (d,) in cur.fetchall()]
    finally:
        conn.close()


def feedback_rows(c, kb_id: str):
    """The widget's feedback in the shared PostgreSQL (bot/review/pg_tables.py)."""
    import psycopg2

    for _ in range(50):
        conn = psycopg2.connect(**c.dsn())
        try:
            with conn.cursor() as cur:
                cur.execute("SELECT to_regclass('feedback') IS NOT NULL")
                if cur.fetchone()[0]:
                    cur.execute(
                        "SELECT session_id, helpful FROM feedback WHERE kb_id = %s ORDER BY id", (kb_id,)
                    )
                    rows = cur.fetchall()
                    if rows:
                        return rows
        finally:
            conn.close()
        time.sleep(0.1)
    return []


@pytest.fixture
def page(cluster, browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    ctx.set_default_timeout(30_000)
    yield ctx.new_page()
    ctx.close()


def test_the_widget_through_haproxy_survives_a_reload_and_a_lost_replica(cluster, page):
    assert cluster.web_port, "the cluster has no page server"
    confirms = []  # each session_confirm the widget receives: it (re)joined a server
    page.on(
        "websocket",
        lambda ws: ws.on(
            "framereceived", lambda frame: confirms.append(1) if "session_confirm" in str(frame) else None
        ),
    )
    page.goto(cluster.page_url)
    widget = Widget(page)
    widget.connected()
    widget.open()
    first = widget.ask("what is dry needling")
    assert first["contract"]["kind"] == "kb", first
    session = widget.state()["sessionId"]

    # the page's feedback goes to the shared PostgreSQL, where make review copies it from
    page.locator(".ng-feedback button", has_text="Not helpful").last.click()
    page.locator(".ng-feedback", has_text="Thanks").last.wait_for()
    rows = feedback_rows(cluster, first["contract"]["kb"]["id"])
    assert rows and rows[-1] == (session, 0), f"feedback not in PostgreSQL: {rows}"

    # a reload: the same session, the earlier messages shown, the context kept
    page.reload()
    widget.connected()
    widget.open()
    assert page.locator(".ng-user", has_text="what is dry needling").count() == 1
    assert widget.state()["sessionId"] == session
    turn = widget.ask("does it hurt?")
    assert turn["contract"]["kind"] == "kb" and "dry_needling" in turn["contract"]["kb"]["modalities"], turn

    # the Rasa server holding the widget's socket dies
    served = socket_replica(cluster)
    assert served in ("rasa1", "rasa2"), f"HAProxy did not say which server holds the socket: {served}"
    victim = cluster.servers[int(served[-1]) - 1]
    joined = len(confirms)
    os.killpg(victim.procs[1].pid, signal.SIGKILL)
    # the widget reconnects through HAProxy to the other server, which accepts its session
    # token (one NEEDLE_SESSION_SECRET for all servers) and has its tracker (PostgreSQL).
    # (A message sent in the second the socket is dying is lost: the widget then says "No
    # reply yet. Please try again"; so the patient's next question comes once it is back.)
    deadline = time.monotonic() + 60
    while len(confirms) == joined and time.monotonic() < deadline:
        page.wait_for_timeout(200)
    assert len(confirms) > joined, "the widget did not reconnect through HAProxy within 60 s"
    turn = widget.ask("how many sessions will I need?")
    assert turn["contract"]["kind"] == "kb" and "dry_needling" in turn["contract"]["kb"]["modalities"], turn
    assert widget.state()["sessionId"] == session, "the widget got a new conversation after the failover"
    other = socket_replica(cluster)
    assert other and other != served, f"the socket is still given to the dead server {served}"
    assert page.locator(".ng-user").count() == 3
    assert user_events(cluster, session) == [
        "what is dry needling",
        "does it hurt?",
        "how many sessions will I need?",
    ]
