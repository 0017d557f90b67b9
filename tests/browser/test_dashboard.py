"""The staff dashboard in Debian's Chromium (Playwright), over the review log the real
assistant writes, with three weeks of earlier conversations added: a staff member logs in
and lands on charts that have data, opens an emergency transcript from the dashboard,
downloads the weekly summary, labels a miss from a list of readable names. Anonymous
visitors see none of it. Screenshots go to reports/screenshots/."""

import re
import time
import uuid

import pytest

from bot import PROJECT_ROOT
from bot.ops.client import send
from bot.review.store import connect
from tests.helpers.review_server import http_status, review_server

pytestmark = pytest.mark.e2e
USER, PASSWORD = "dana", "a long dashboard password"
SCREENSHOTS = PROJECT_ROOT / "reports" / "screenshots"
CHARTS = (
    "trend",
    "daily",
    "fallback_trend",
    "handoff_trend",
    "channels",
    "topics",
    "not_covered",
    "unanswered",
)


_status = http_status


def seed_history(path):
    """Three weeks of conversations on every channel: answers, misses of each kind, hand-offs."""
    db = connect(path)
    now, n = time.time(), 0
    plan = [
        ("socketio", [("kb", None, "sensation", "does dry needling hurt", 0.9)]),
        ("telegram", [("clinic", None, "fees", "how much is a visit", 0.8)]),
        ("sms", [("fallback", "not_covered", "pregnancy", "can i have it while pregnant", 0.7)]),
        (
            "whatsapp",
            [("kb", None, "safety", "is ims safe", 0.9), ("booking", None, "book", "book me in", 0.9)],
        ),
        ("socketio", [(None, None, None, "seeded message that got no reply", 0.4)]),
        ("socketio", [("kb", None, "aftercare", "seeded answer marked not helpful", 0.9)]),
        ("telegram", [("kb", None, "safety", "seeded shaky answer", 0.52)]),
        ("socketio", [("fallback", "out_of_scope", None, "what's the weather", 0.8)]),
    ]
    with db.conn:
        for day in range(21):
            for i, (channel, turns) in enumerate(plan):
                if (day + i) % 3:
                    continue
                cid = f"seed-{day}-{i}"
                for kind, reason, topic, message, confidence in turns:
                    n += 1
                    ts = now - (day + 1) * 86400 + i * 600 + n
                    db["turns"].insert(
                        dict(
                            event_key=f"{cid}:{n}",
                            conversation_id=cid,
                            channel=channel,
                            timestamp=ts,
                            time=time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(ts)),
                            message=message,
                            intent="ask_safety",
                            confidence=confidence,
                            kind=kind,
                            topic=topic,
                            reason=reason,
                            kb_id=f"seed-{topic}" if kind == "kb" else None,
                            rule=kind and f"seed_{kind}",
                            reply="seeded reply" if kind else "",
                            fallback=int(kind == "fallback"),
                            booking=int(kind == "booking"),
                            contact=0,
                            emergency=0,
                            low_confidence=int(confidence < 0.5),
                            safety_note=0,
                        )
                    )
                if "not helpful" in turns[0][3]:
                    db["feedback"].insert(
                        {
                            "time": time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(now - day * 86400)),
                            "session_id": cid,
                            "kb_id": "seed-aftercare",
                            "helpful": 0,
                        }
                    )
    db.close()


@pytest.fixture(scope="module")
def review(servers, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("dashboard")
    emergency_sender = f"dash-{uuid.uuid4().hex[:8]}"
    assert send(servers.rest_url, emergency_sender, "I can't breathe and my chest hurts").kind == "emergency"
    kb_sender = f"dash-kb-{uuid.uuid4().hex[:8]}"
    for message in ("hi", "does dry needling hurt?"):
        reply = send(servers.rest_url, kb_sender, message)
    assert reply.kind == "kb"
    seed_history(servers.review_db())
    with review_server(servers.review_db(), tmp, {USER: (PASSWORD, {})}) as url:
        yield {
            "url": url,
            "tmp": tmp,
            "emergency": emergency_sender,
            "kb": kb_sender,
            "db": servers.review_db(),
        }


@pytest.fixture
def staff(review, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    context.set_default_timeout(30_000)
    page = context.new_page()
    page.goto(review["url"] + "/-/login")
    page.fill("#id_username", USER)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_load_state()
    yield page
    context.close()


def test_anonymous_visitors_see_no_dashboard(review):
    for path in (
        "/",
        "/-/dashboards/overview",
        "/-/weekly-summary",
        "/-/weekly-summary?download=1",
        "/-/weekly-summary?download=pdf",
        "/-/dashboards/overview/trend",
        "/-/what-next",
        f"/-/transcript?id={review['emergency']}",
        "/-/label?turn=1",
        "/-/messages?ids=1",
        "/logs/figure_resolution.json",
        "/logs/emergency_replies",
    ):
        assert _status(review["url"] + path) == 403, path


def test_staff_land_on_charts_with_data_and_open_an_emergency_transcript(staff, review):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page = staff
    page.goto(review["url"] + "/")
    assert page.url.endswith("/-/dashboards/overview")
    for chart in CHARTS:  # every chart drew marks from rows of its figure view
        page.wait_for_selector(f"#chart-{chart}[data-rows] svg path")
        assert int(page.get_attribute(f"#chart-{chart}", "data-rows")) > 0, chart
    assert page.locator("#chart-daily svg g.mark-rect path").count() >= 10  # a bar per day and channel
    assert re.fullmatch(r"\d+%", page.locator("#chart-resolution .metric-value").inner_text())
    assert re.fullmatch(r"\d+%", page.locator("#chart-fallback_rate .metric-value").inner_text())
    assert "to booking" in page.locator("#chart-handoffs").inner_text()
    assert "America/Vancouver" in page.content()  # clinic.yml's time zone
    legend = page.locator("#chart-daily").inner_text()
    assert all(name in legend for name in ("Website", "Telegram", "SMS", "WhatsApp"))
    page.wait_for_selector("#chart-what_next a")
    assert "pregnan" in page.locator("#chart-what_next").inner_text()
    page.screenshot(path=str(SCREENSHOTS / "dashboard.png"), full_page=True)

    link = page.locator("#chart-emergencies a", has_text=review["emergency"])
    link.click()
    page.wait_for_load_state()
    assert "/-/transcript" in page.url
    reply = page.locator(".assistant[data-kind=emergency]")
    assert reply.count() == 1 and "Emergency" in reply.inner_text() and "red_flag" in reply.inner_text()
    assert "I can't breathe" in page.locator(".patient").first.inner_text()
    page.screenshot(path=str(SCREENSHOTS / "transcript-emergency.png"), full_page=True)


def test_the_weekly_summary_downloads_as_one_page(staff, review, tmp_path):
    page = staff
    page.goto(review["url"] + "/-/weekly-summary")
    assert page.locator("#resolution .value").inner_text().endswith("%")
    assert page.locator("#chart rect").count() == 14  # 7 days, conversations and resolved
    assert page.locator("#gaps li").count() <= 5
    page.screenshot(path=str(SCREENSHOTS / "weekly-summary.png"), full_page=True)
    with page.expect_download() as download:
        page.click("#download")
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert re.fullmatch(r"needle-guide-week-\d{4}-\d{2}-\d{2}\.html", saved.name)
    html = saved.read_text()
    assert "Resolution rate" in html and "<svg" in html and "Top five gaps" in html
    assert "<script" not in html and 'id="download"' not in html  # self-contained, prints as it is
    assert review["emergency"] in html  # the week's emergency, to follow up
    with page.expect_download(timeout=90_000) as download:
        page.click("#download-pdf")
    pdf = tmp_path / download.value.suggested_filename
    download.value.save_as(pdf)
    assert pdf.name.endswith(".pdf") and pdf.read_bytes().startswith(b"%PDF")
    assert pdf.read_bytes().count(b"/Type /Page") - pdf.read_bytes().count(b"/Type /Pages") == 1  # one page


def test_a_week_without_ratings_or_turns_shows_dashes_not_an_error(staff, review):
    """On a Monday morning the latest week has turns but no rating yet: the summary showed
    Datasette's error 500 (a missing figure) instead of a dash."""
    page = staff
    response = page.goto(review["url"] + "/-/weekly-summary?week=2020-01-06")
    assert response.status == 200
    assert page.locator("#resolution .value").inner_text() == "–"
    assert "Error 500" not in page.content()


def test_staff_label_a_miss_from_readable_names_and_unknown_turns_are_refused(staff, review):
    page = staff
    page.goto(review["url"] + "/logs/unanswered")
    for message in (
        "seeded message that got no reply",
        "seeded answer marked not helpful",
        "seeded shaky answer",
        "can i have it while pregnant",
    ):
        assert message in page.content(), message
    row = page.locator("tr", has_text="seeded message that got no reply").first
    row.locator("td.col-turn_id a").click()
    page.wait_for_load_state()
    assert page.locator("input[name=intent]").count() == 0  # no free text
    page.select_option("select[name=intent]", label="Does it hurt / how it feels")
    page.click("input[type=submit]")
    page.wait_for_load_state()
    assert "Label saved." in page.content() and "Does it hurt / how it feels (dana" in page.content()

    token = page.locator("input[name=csrftoken]").get_attribute("value")
    refused = page.request.post(
        review["url"] + "/-/label", form={"turn": "99999999", "intent": "ask_sensation", "csrftoken": token}
    )
    assert refused.status == 400 and "no message with that turn id" in refused.text()
    import sqlite3

    with sqlite3.connect(review["db"]) as conn:
        labels = conn.execute(
            "SELECT l.intent, l.actor, t.message FROM labels l JOIN turns t ON t.id = l.turn_id "
            "WHERE l.actor = ?",
            [USER],
        ).fetchall()
    assert labels == [("ask_sensation", USER, "seeded message that got no reply")]


def test_search_with_an_empty_box_and_sql_hidden_from_staff(staff, review):
    page = staff
    response = page.goto(review["url"] + "/logs/search?q=")
    assert response.status == 200 and page.locator(".message-error").count() == 0
    assert "fts5" not in page.content().lower() and "syntax error" not in page.content().lower()
    page.goto(review["url"] + "/logs/search?q=pregnant")
    assert "can i have it while pregnant" in page.content()
    assert page.locator("textarea, .show-hide-sql, pre.wrapped-sql").count() == 0


def test_a_booking_click_in_the_widget_reaches_the_dashboard(review, browser, servers, staff):
    import sqlite3

    def clicks():
        with sqlite3.connect(review["db"]) as conn:
            return conn.execute(
                "SELECT count(*) FROM widget_events WHERE event = 'booking_click'"
            ).fetchone()[0]

    before = clicks()
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.set_default_timeout(60_000)
    context.route("https://booking.example.org/**", lambda route: route.fulfill(status=200, body="booking"))
    posted = []
    page = context.new_page()
    page.on("request", lambda r: posted.append(r.post_data) if r.url.endswith("/api/event") else None)
    page.goto(servers.page_url)
    page.locator(".ng-launcher").click()
    page.locator(".ng-input").fill("I'd like to book an appointment")
    page.locator(".ng-input").press("Enter")
    book = page.locator("a.ng-primary", has_text="Book online").last
    book.wait_for()
    with context.expect_page():
        book.click()
    deadline = time.monotonic() + 10
    while clicks() == before and time.monotonic() < deadline:
        time.sleep(0.2)
    context.close()
    assert clicks() == before + 1
    assert posted == ['{"event":"booking_click"}']  # nothing about the patient

    staff.goto(review["url"] + "/-/dashboards/overview")
    staff.wait_for_selector("#chart-booking_clicks .metric-value")
    assert int(staff.locator("#chart-booking_clicks .metric-value").inner_text()) >= 1


def test_a_transcript_reads_as_a_chat_with_kinds_sources_and_rules(staff, review):
    page = staff
    page.goto(review["url"] + "/logs/transcript?conversation_id=" + review["kb"])
    page.locator("td.col-turn_id").first.wait_for()
    page.goto(review["url"] + "/-/transcript?id=" + review["kb"])
    patient = page.locator(".patient .text")
    assert [patient.nth(i).inner_text() for i in range(patient.count())] == ["hi", "does dry needling hurt?"]
    answer = page.locator(".assistant[data-kind=kb]")
    text = answer.inner_text()
    assert answer.count() == 1 and "Answer" in text and "rule: kb_" in text and "source: " in text
    assert page.locator(".assistant[data-kind=smalltalk] .badge").inner_text() == "Small talk"
    assert re.search(
        r"\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}", page.locator(".patient .meta").first.inner_text()
    )
