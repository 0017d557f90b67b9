"""The widget against a scripted assistant (tests/browser/fake_assistant.py) behind the real
page server: every reply kind of the contract, where a new reply lands on a phone, focus
and Tab with the keyboard, and a server that drops mid-chat. Fixed replies, so these tests
need no model and show exactly the contract the channel sends."""
import time
import pytest

from bot.ops.serve import free_port
from tests.browser.fake_assistant import FakeAssistant
from tests.helpers.widget import Widget

pytestmark = pytest.mark.e2e
PHONE, BOOK = "604-555-0142", "https://booking.example.org/maple-grove"
SAFETY = "If you have trouble breathing, chest pain, bleeding that won't stop or you faint, call 911 now."
SOURCES = [{"id": "s1", "title": "Needling aftercare review", "publisher": "A journal", "date": "2021"}]
FOLLOWUPS = [{"title": "How long does soreness last?", "payload": "/choose_entry{\"kb_id\": \"dn-aftercare\"}"},
             {"title": "Can I exercise afterwards?", "payload": "/choose_entry{\"kb_id\": \"dn-exercise\"}"},
             {"title": "Is bruising normal?", "payload": "/choose_entry{\"kb_id\": \"dn-bruise\"}"}]
LONG = [f"Part {i}: after a session the treated muscle can feel tender, much like after a hard workout. "
        "Gentle movement, warmth and water usually help it settle within a day or two." for i in range(1, 7)]


def kb(texts, kb_id="dn-aftercare", **extra):
    messages = [{"text": t} for t in texts]
    messages[-1]["quick_replies"] = [dict(f, content_type="text") for f in FOLLOWUPS]
    contract = {"kind": "kb", "rule": "kb_specific", "kb": {"id": kb_id, "sources": SOURCES}, **extra}
    return messages + [{"custom": contract}]


def replies(text: str):
    """The scripted assistant: the reply contract of issue 11 for a few fixed questions."""
    t = text.lower()
    if "park" in t:
        return [{"text": "There is free parking behind the building, and street parking nearby."},
                {"custom": {"kind": "clinic", "topic": "parking", "rule": "clinic_answer",
                            "phone": PHONE, "booking_url": BOOK}}]
    if "pregnan" in t:
        return [{"text": "I have no information on needling during pregnancy, so I can't tell you "
                         "whether it suits you. Your doctor or midwife is the right person to ask."},
                {"custom": {"kind": "fallback", "reason": "not_covered", "subject": "pregnancy",
                            "ask": "doctor_or_midwife", "rule": "not_covered", "phone": PHONE,
                            "booking_url": BOOK}}]
    if "bruise" in t or "sore" in t:
        return kb(["A small bruise or a day of soreness is common after needling."],
                  safety_note=SAFETY, rule="classifier_emergency_low")
    if "long" in t or "aftercare" in t:
        return kb(LONG)
    if "newer" in t:  # a kind this widget does not know, named like a property every object has
        return [{"text": "A reply from a newer server.", "quick_replies": [dict(FOLLOWUPS[0], content_type="text")]},
                {"custom": {"kind": "constructor", "rule": "future", "phone": PHONE}}]
    if "delete" in t:
        return [{"text": "Do you want me to delete this whole conversation? Reply YES or NO."},
                {"custom": {"kind": "privacy", "action": "confirm_erase", "reference": "K7QF-2M", "rule": "erase"}}]
    return [{"text": "Happy to help. What would you like to know?"},
            {"custom": {"kind": "smalltalk", "rule": "smalltalk"}}]


@pytest.fixture
def assistant(tmp_path):
    fake = FakeAssistant(free_port(), replies, tmp_path / "logs.db").start()
    yield fake
    fake.close()


def open_widget(ctx, assistant):
    page = ctx.new_page()
    widget = Widget(page)
    page.goto(assistant.url + "/")
    widget.connected()
    widget.open()
    return widget


def test_every_new_reply_kind_renders(context, assistant, screenshots):
    widget = open_widget(context, assistant)
    page = widget.page
    panel = page.locator(".ng-panel")

    turn = widget.ask("where can I park?")
    assert turn["contract"]["kind"] == "clinic"
    page.locator(".ng-bot", has_text="free parking").wait_for()
    actions = page.locator(".ng-actions").last
    assert actions.locator("a.ng-primary").get_attribute("href") == BOOK
    assert actions.locator("a.ng-primary").text_content() == "Book online"
    assert actions.locator("a[href^='tel:']").get_attribute("href") == "tel:6045550142"
    assert actions.locator("a[href^='tel:']").text_content() == f"Call {PHONE}"

    turn = widget.ask("is acupuncture ok when pregnant?")
    assert turn["contract"]["reason"] == "not_covered"
    page.locator(".ng-bot", has_text="doctor or midwife").wait_for()
    last = page.locator(".ng-actions").last
    assert last.locator("a[href^='tel:']").text_content() == f"Call {PHONE}"
    assert last.locator("a.ng-primary").count() == 0
    assert page.locator(".ng-feedback").count() == 0  # no "helpful?" on a fallback

    widget.ask("I have a bruise after dry needling")
    note = page.locator("[role=note].ng-safety")
    note.wait_for()
    assert note.count() == 1 and note.text_content() == SAFETY
    assert panel.text_content().count(SAFETY) == 1  # shown once
    # under the answer, before its source, and visibly not a chat bubble
    order = page.evaluate("""() => [...document.querySelectorAll('.ng-log > *')].map(e => e.className)""")
    i = order.index("ng-safety")
    assert order[i - 1] == "ng-msg ng-bot" and order[i + 1] == "ng-meta"
    style = page.evaluate("""() => { const s = getComputedStyle(document.querySelector('.ng-safety'));
                                     return [s.borderLeftWidth, s.backgroundColor]; }""")
    assert style[0] == "6px" and style[1] != "rgba(0, 0, 0, 0)"
    for staff_only in ("clinic_answer", "not_covered", "classifier_emergency_low", "kb_specific"):
        assert staff_only not in panel.text_content()
    page.screenshot(path=str(screenshots / "widget-kinds-desktop.png"))
    assert widget.violations == []  # the page and the widget work under the CSP


def test_a_reply_of_a_kind_the_widget_does_not_know_still_shows_its_text_and_buttons(context, assistant):
    widget = open_widget(context, assistant)
    page = widget.page
    widget.ask("a reply from a newer server please")
    page.locator(".ng-bot", has_text="A reply from a newer server.").wait_for()
    assert page.locator(".ng-reply").all_text_contents() == [FOLLOWUPS[0]["title"]]
    assert page.locator(".ng-actions").count() == 0 and page.locator(".ng-feedback").count() == 0
    widget.ask("delete")  # a privacy reply: its text and nothing else
    page.locator(".ng-bot", has_text="Reply YES or NO").wait_for()
    assert page.locator(".ng-actions, .ng-meta, .ng-feedback, .ng-alert").count() == 0
    assert widget.violations == []


def test_phone_shows_the_kinds_and_a_reply_from_its_start(phone_context, assistant, screenshots):
    widget = open_widget(phone_context, assistant)
    page = widget.page
    widget.ask("where can I park?")
    widget.ask("I'm sore after needling")
    page.locator(".ng-safety").wait_for()
    page.screenshot(path=str(screenshots / "widget-kinds-phone.png"))
    widget.ask("tell me about aftercare, the long version")
    page.locator(".ng-bot", has_text="Part 6").wait_for()
    page.wait_for_timeout(100)
    where = page.evaluate("""() => {
        const log = document.querySelector('.ng-log').getBoundingClientRect();
        const start = [...document.querySelectorAll('.ng-bot')].find(e => e.textContent.startsWith('Part 1'));
        const el = document.querySelector('.ng-log');
        return {top: start.getBoundingClientRect().top - log.top, canScroll: el.scrollHeight - el.clientHeight - el.scrollTop};
    }""")
    assert 0 <= where["top"] <= 24, where  # the answer's first line is at the top of the chat
    assert where["canScroll"] > 50  # sources and buttons are below, not what the patient lands on
    page.screenshot(path=str(screenshots / "widget-phone-reply-start.png"))


def test_focus_stays_in_the_chat_after_a_suggestion_and_feedback(context, assistant):
    widget = open_widget(context, assistant)
    page = widget.page
    widget.ask("aftercare please")
    reply = page.locator(".ng-reply").first
    reply.focus()
    before = widget.turns()
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "ng-input"
    widget.wait_turn(before)
    fb = page.locator(".ng-feedback button", has_text="Not helpful").last
    fb.focus()
    page.keyboard.press("Enter")
    page.locator(".ng-feedback", has_text="Thanks").last.wait_for()
    assert page.evaluate("() => document.activeElement.id") == "ng-input"
    page.keyboard.press("Escape")
    page.locator(".ng-panel").wait_for(state="hidden")
    assert page.evaluate("() => document.activeElement.classList.contains('ng-launcher')")


def test_escape_closes_even_when_focus_was_lost(context, assistant):
    widget = open_widget(context, assistant)
    page = widget.page
    page.evaluate("() => document.activeElement.blur()")
    page.keyboard.press("Escape")
    page.locator(".ng-panel").wait_for(state="hidden")


def test_tab_stays_inside_the_full_screen_chat_on_a_phone(phone_context, assistant):
    widget = open_widget(phone_context, assistant)
    page = widget.page
    widget.ask("aftercare")
    assert page.locator(".ng-panel").get_attribute("aria-modal") == "true"
    inside = "() => document.querySelector('.ng-panel').contains(document.activeElement)"
    seen = set()
    for _ in range(25):
        page.keyboard.press("Tab")
        assert page.evaluate(inside), "Tab left the chat for the page behind it"
        seen.add(page.evaluate("() => document.activeElement.className || document.activeElement.id"))
    assert {"ng-close", "ng-input"} <= seen
    for _ in range(25):
        page.keyboard.press("Shift+Tab")
        assert page.evaluate(inside), "Shift+Tab left the chat"


def test_desktop_chat_does_not_trap_tab(context, assistant):
    widget = open_widget(context, assistant)
    page = widget.page
    assert page.locator(".ng-panel").get_attribute("aria-modal") is None
    page.locator(".ng-send").focus()
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.classList.contains('ng-launcher')")


def test_reconnects_when_the_server_drops_mid_chat(context, assistant):
    widget = open_widget(context, assistant)
    page = widget.page
    widget.ask("hello")
    first = widget.state()
    assistant.stop()
    page.wait_for_function("() => document.querySelector('.ng-status').textContent.includes(\"Can't reach\")")
    before = widget.turns()
    page.locator(".ng-input").fill("where can I park?")
    page.locator(".ng-input").press("Enter")
    page.wait_for_function("() => document.querySelector('.ng-status').textContent.includes('will be sent')")
    assistant.start()
    turn = widget.wait_turn(before)  # sent on reconnection, and answered
    assert turn["contract"]["kind"] == "clinic"
    page.wait_for_function("() => document.querySelector('.ng-status').textContent === ''")
    # the widget proved its session with the server's token, so the conversation carried on
    assert assistant.session_requests[-1] == {"session_id": first["sessionId"], "token": first["token"]}
    assert widget.state()["sessionId"] == first["sessionId"]
    assert [m["message"] for m in assistant.received] == ["hello", "where can I park?"]
    assert page.locator(".ng-user").count() == 2


def test_a_message_the_server_never_answered_is_sent_again_after_reconnecting(context, assistant):
    """A replica that dies between receiving a message and answering it: the widget sends the
    message again once it has reconnected, instead of "No reply yet" after 30 s."""
    widget = open_widget(context, assistant)
    page = widget.page
    widget.ask("hello")
    before = widget.turns()
    assistant.swallow.add("where can I park?")
    page.locator(".ng-input").fill("where can I park?")
    page.locator(".ng-input").press("Enter")
    page.wait_for_function("() => true")
    deadline = time.monotonic() + 10
    while len(assistant.received) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assistant.stop()
    assistant.start()
    turn = widget.wait_turn(before)
    assert turn["contract"]["kind"] == "clinic"
    assert [m["message"] for m in assistant.received] == ["hello", "where can I park?", "where can I park?"]
    assert page.locator(".ng-user").count() == 2, "the patient's message is shown once"
