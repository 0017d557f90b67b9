"""The staff review interface in Debian's Chromium (Playwright): anonymous visitors are
refused; a logged-in staff member finds a message just sent among the unanswered ones,
labels it, and the export turns the label into a training example (in a temporary file).
Who looked at what is in the access log; logout is in the menu."""
import subprocess
import sys
import time
import uuid

import pytest

import yaml

from bot.ops.client import send
from tests.helpers.review_server import http_status, review_server

pytestmark = pytest.mark.e2e
USER, PASSWORD = "alice", "a long test password"


_status = http_status


@pytest.fixture(scope="module")
def review(servers, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("review")
    with review_server(servers.review_db(), tmp, {USER: (PASSWORD, {})}) as url:
        yield {"url": url, "tmp": tmp}


def test_anonymous_visitors_see_nothing(review, browser):
    page = browser.new_page()
    for path in ("/", "/logs", "/logs/turns", "/logs/unanswered", "/logs/unanswered.csv", "/logs?sql=select+1"):
        response = page.goto(review["url"] + path)
        assert response.status == 403, path
    page.close()


def test_staff_label_an_unanswered_message_and_export_it(review, browser, servers):
    word = f"zorblax{uuid.uuid4().hex[:6]}"
    sender = f"ui-{uuid.uuid4().hex[:8]}"
    for message in (f"how much ibuprofen should i take with {word}", f"{word} flumph quibbet grommle",
                    f"what is the weather like on {word} today"):
        if send(servers.rest_url, sender, message).kind == "fallback":
            break
    else:
        pytest.fail("none of the unanswerable messages got a fallback")

    page = browser.new_page()
    page.goto(review["url"] + "/-/login")
    page.fill("#id_username", USER)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_load_state()

    # The message is among the unanswered within 5 seconds (fallback or low confidence).
    deadline = time.monotonic() + 5
    while True:
        page.goto(review["url"] + "/logs/unanswered")
        if message in page.content() or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    assert message in page.content(), "the message just sent is not among the unanswered"
    row = page.locator("tr", has_text=message).first
    turn_id = row.locator("td.col-turn_id").inner_text().strip()
    assert turn_id.isdigit()

    # CSV export of a canned query, with the session's cookie
    csv = page.request.get(review["url"] + "/logs/unanswered.csv")
    assert csv.status == 200 and message in csv.text() and csv.text().startswith("message,times")

    # Arbitrary SQL is for administrators only
    assert page.goto(review["url"] + "/logs?sql=select+1").status == 403

    # Label it by choosing a readable intent from a list (no free text)
    page.goto(review["url"] + f"/-/label?turn={turn_id}")
    page.select_option("select[name=intent]", "ask_conditions")
    page.click("input[type=submit]")
    page.wait_for_load_state()
    assert "Label saved" in page.content()
    page.goto(review["url"] + "/logs/labels_review")
    labelled = page.locator("tr", has_text=message).first.inner_text()
    assert USER in labelled and "ask_conditions" in labelled

    # Staff access is logged with the account's name; the menu offers a way out
    assert _status(review["url"] + "/logs/turns") == 403
    log = (review["tmp"] / "state" / "access.log").read_text()
    assert f"login {USER} " in log and f"request {USER} 127.0.0.1 GET /logs/unanswered 200" in log
    assert "request - 127.0.0.1 GET /logs/turns 403" in log  # the anonymous visits too
    assert page.locator("details.nav-menu a", has_text="Log out").count() == 1
    page.close()

    # The export turns it into a training example (a temporary file, never data/nlu here)
    out = review["tmp"] / "reviewed.yml"
    result = subprocess.run([sys.executable, "-m", "bot", "review", "export", "--output", str(out),
                             "--logs-db", str(servers.review_db())], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    data = yaml.safe_load(out.read_text())
    blocks = {b["intent"]: b["examples"] for b in data["nlu"]}
    assert f"- {message}" in blocks["ask_conditions"]
