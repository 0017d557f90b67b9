"""The website chat widget in a real browser, against the real servers and model."""
import json
import sqlite3
import time
from pathlib import Path

import pytest

from bot.clinic import load_clinic
from tests.helpers.widget import Widget

pytestmark = pytest.mark.e2e
CLINIC = load_clinic()
ROOT = "[data-needle-guide]"


@pytest.fixture
def widget(context, servers):
    page = context.new_page()
    page.goto(servers.page_url)
    w = Widget(page)
    w.connected()
    return w


def test_page_shows_the_clinic_and_the_widget_answers_with_sources(widget, servers, screenshots):
    page = widget.page
    assert page.locator("#clinic-name").text_content() == CLINIC.name
    assert page.title() == CLINIC.name
    widget.open()
    assert page.evaluate("() => document.activeElement.classList.contains('ng-input')")
    turn = widget.ask("does dry needling hurt?")
    assert turn["contract"]["kind"] == "kb"
    title = turn["contract"]["kb"]["sources"][0]["title"]
    source = page.locator(".ng-meta").last
    source.wait_for()
    assert source.text_content().startswith("Source") and title in source.text_content()
    assert page.locator(".ng-bot", has_text="automated assistant").count() == 1
    assert page.locator(".ng-feedback button").count() == 2

    # a follow-up button shows its title and gets that entry's answer
    reply = page.locator(".ng-reply").first
    reply_title = reply.text_content()
    expected = json.loads("{" + turn["messages"][-1]["quick_replies"][0]["payload"].split("{", 1)[1])["kb_id"]
    reply.click()
    follow = widget.wait_turn(1)
    assert page.locator(".ng-user").last.text_content() == reply_title
    assert follow["contract"]["kind"] == "kb" and follow["contract"]["kb"]["id"] == expected
    page.screenshot(path=str(screenshots / "widget-desktop.png"))
    assert widget.violations == []  # the page, the widget and its socket to Rasa work under the CSP

    # booking: a link to the configured booking page, and the phone as a tel: link
    turn = widget.ask("I'd like to book an appointment for dry needling")
    assert turn["contract"]["kind"] == "booking"
    book = page.locator("a.ng-action.ng-primary").last
    assert book.get_attribute("href") == CLINIC.booking_url_for("dry_needling")
    assert book.get_attribute("target") == "_blank"
    tel = page.locator("a.ng-action[href^='tel:']").last
    assert tel.get_attribute("href") == "tel:" + "".join(c for c in CLINIC.phone if c.isdigit() or c == "+")


def test_feedback_is_recorded_with_the_kb_id(widget, servers):
    widget.open()
    turn = widget.ask("how long is an IMS session")
    kb_id = turn["contract"]["kb"]["id"]
    widget.page.locator(".ng-feedback button", has_text="Not helpful").last.click()
    widget.page.locator(".ng-feedback", has_text="Thanks").last.wait_for()
    db = Path(servers.extra_env["NEEDLE_LOGS_DB"])
    rows = []
    for _ in range(50):
        if db.exists():
            try:
                with sqlite3.connect(db) as conn:
                    rows = conn.execute("select session_id, kb_id, helpful, time from feedback "
                                        "where kb_id = ?", (kb_id,)).fetchall()
            except sqlite3.OperationalError:  # the table is being created
                pass
        if rows:
            break
        time.sleep(0.1)
    assert rows and rows[-1][0] == widget.state()["sessionId"] and rows[-1][2] == 0


def test_emergency_is_an_alert_with_the_number(widget):
    widget.open()
    turn = widget.ask("I can't breathe after my dry needling")
    assert turn["contract"]["kind"] == "emergency"
    alert = widget.page.locator("[role=alert].ng-alert")
    alert.wait_for()
    assert CLINIC.emergency_number in alert.text_content()
    call = alert.locator("a.ng-call")
    assert call.get_attribute("href") == f"tel:{CLINIC.emergency_number}"


def test_conversation_survives_a_reload_in_the_same_session(widget):
    page = widget.page
    widget.open()
    first = widget.ask("what is dry needling")
    assert first["contract"]["kind"] == "kb"
    session = widget.state()["sessionId"]
    page.reload()
    widget.connected()
    widget.open()  # it stays open after a reload
    assert page.locator(".ng-user", has_text="what is dry needling").count() == 1
    assert page.locator(".ng-meta").count() >= 1
    assert widget.state()["sessionId"] == session
    turn = widget.ask("does it hurt?")  # the server remembers the conversation's treatment
    assert turn["contract"]["kind"] == "kb" and "dry_needling" in turn["contract"]["kb"]["modalities"]
    assert page.locator(".ng-user").count() == 2


def test_html_from_the_patient_is_shown_as_text(widget):
    page = widget.page
    widget.open()
    payload = "<img src=x onerror=alert(1)>"
    widget.ask(payload)
    widget.ask("<script>alert(2)</script> does IMS hurt?")
    assert page.locator(".ng-user").first.text_content() == payload
    assert page.locator(f"{ROOT} img, {ROOT} script").count() == 0
    page.wait_for_timeout(300)
    assert widget.dialogs == []


def test_keyboard_only(widget):
    page = widget.page
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.classList.contains('ng-launcher')"):
            break
    else:
        pytest.fail("Tab never reached the chat launcher")
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "no visible focus on the launcher"
    page.keyboard.press("Enter")
    page.locator(".ng-panel").wait_for(state="visible")
    assert page.evaluate("() => document.activeElement.id") == "ng-input"
    before = widget.turns()
    page.keyboard.type("is acupuncture safe?")
    page.keyboard.press("Enter")
    turn = widget.wait_turn(before)
    assert turn["contract"]["kind"] in ("kb", "clarify")
    page.keyboard.press("Escape")
    page.locator(".ng-panel").wait_for(state="hidden")
    assert page.evaluate("() => document.activeElement.classList.contains('ng-launcher')")
    assert page.locator(".ng-launcher").get_attribute("aria-expanded") == "false"
    log = page.locator("[role=log]")
    assert log.get_attribute("aria-live") == "polite"


def test_phone_layout(phone_context, servers, screenshots):
    page = phone_context.new_page()
    page.goto(servers.page_url)
    widget = Widget(page)
    widget.connected()
    widget.open()
    widget.ask("does dry needling hurt?")
    page.locator(".ng-meta").last.wait_for()
    page.screenshot(path=str(screenshots / "widget-phone.png"))
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 375
    panel = page.locator(".ng-panel").bounding_box()
    assert panel["x"] >= 0 and panel["x"] + panel["width"] <= 375
    small = page.evaluate("""() => [...document.querySelectorAll(
        '[data-needle-guide] button, [data-needle-guide] input, [data-needle-guide] a.ng-action, [data-needle-guide] a.ng-call')]
        .filter(e => e.offsetParent !== null)
        .map(e => [e.textContent || e.id, e.getBoundingClientRect()])
        .filter(([_, r]) => r.width < 44 || r.height < 44).map(([t, r]) => `${t}: ${r.width}x${r.height}`)""")
    assert small == []
    page.locator(".ng-close").click()
    page.screenshot(path=str(screenshots / "widget-phone-closed.png"))
    assert page.evaluate("() => document.activeElement.classList.contains('ng-launcher')")


def test_unreachable_server_is_said_and_retried(context, servers):
    from bot.ops.serve import free_port
    dead = f"http://127.0.0.1:{free_port()}"
    url = servers.page_url + "offline-test"
    html = (f'<!doctype html><html lang="en"><title>t</title><body>'
            f'<script src="/widget/needle-guide.js" data-server="{dead}" data-clinic="Test"></script></body></html>')
    page = context.new_page()
    page.route(url, lambda route: route.fulfill(status=200, content_type="text/html", body=html))
    page.goto(url)
    widget = Widget(page)
    widget.open()
    status = page.locator(".ng-status")
    page.wait_for_function("() => document.querySelector('.ng-status').textContent.includes(\"Can't reach\")")
    page.locator(".ng-input").fill("hello")
    page.locator(".ng-input").press("Enter")
    page.wait_for_function("() => document.querySelector('.ng-status').textContent.includes('will be sent')",
                           timeout=10_000)
    assert "Trying again" in status.text_content() or "Reconnecting" in status.text_content()
    assert page.locator(".ng-user", has_text="hello").count() == 1


def test_socket_refuses_other_websites(servers):
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    import websockets

    async def first_frame(origin):
        url = servers.url.replace("http", "ws") + "/socket.io/?EIO=4&transport=websocket"
        try:
            async with websockets.connect(url, origin=origin, open_timeout=10) as ws:
                return await asyncio.wait_for(ws.recv(), 10)
        except Exception as exc:  # refused handshake or closed socket
            return f"refused: {exc.__class__.__name__}"

    with ThreadPoolExecutor(1) as pool:  # Playwright's loop runs in this thread
        allowed = pool.submit(asyncio.run, first_frame(CLINIC.allowed_origins[0])).result()
        refused = pool.submit(asyncio.run, first_frame("https://evil.example.com")).result()
    assert allowed.startswith("0{")
    assert not refused.startswith("0{")
