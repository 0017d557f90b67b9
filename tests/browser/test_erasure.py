"""Erasure, export and the audit log end to end (issue 15): the real servers (SMS pointed at
the local Twilio stand-in, the widget's page server), every file they write in one folder,
the review interface in Chromium.

- By SMS, "DELETE" asks to confirm and "YES" erases: afterwards no file in the folder, -wal
  and journal files included, holds the conversation's words, its pseudonym or the number.
- Through the widget's API (the session's token, never a bare id): the patient downloads
  their transcript, then erases it; the same byte search finds nothing.
- In the review interface: a staff member logs in, opens a transcript, exports it; the audit
  log has all three, readable by an administrator and not by them; an account allowed to
  erase erases a conversation from its transcript page, with a confirmation.
"""
import json
import random
import secrets
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest

from bot.channels.session_tokens import token
from bot.ops.client import send
from bot.privacy import reference
from bot.pseudonym import key, pseudonym
from bot.review import audit
from tests.helpers.platforms import Phone, start_servers, twilio_env
from tests.helpers.review_server import http_status, review_server, wait_for_review_turns

pytestmark = pytest.mark.e2e
SESSION_SECRET = "e2e-erasure-session-secret-" + "s" * 20
ACCOUNTS = {"ada": ("ada's long password", {"admin": True}), "eve": ("eve's long password", {"erase": True}),
            "sam": ("sam's long password", {})}


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    data = tmp_path_factory.mktemp("erasure-var")
    key_file = tmp_path_factory.mktemp("erasure-keys") / "pseudonym.key"
    return data, key_file


@pytest.fixture(scope="module")
def servers(stand_in, setup):
    from bot.ops.serve import free_port
    data, key_file = setup
    web_port = free_port()
    env = {**twilio_env(stand_in),
           "NEEDLE_CHANNEL_DB": str(data / "channels.db"), "NEEDLE_PSEUDONYM_KEY_FILE": str(key_file),
           "NEEDLE_SESSION_SECRET": SESSION_SECRET, "NEEDLE_EXTRA_ORIGINS": f"http://127.0.0.1:{web_port}",
           "NEEDLE_DELIVERY_ATTEMPTS": "2", "NEEDLE_DELIVERY_BACKOFF": "0.05"}
    srv = start_servers(data, env, web_port=web_port)
    yield srv
    srv.stop()


def _holding(folder: Path, needles) -> list:
    """(file, needle) for every file under `folder` whose bytes hold a needle (any case)."""
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            blob = path.read_bytes().lower()
            found += [(str(path.relative_to(folder)), n) for n in needles
                      if n.lower().encode() in blob or n.lower().encode("utf-16-le") in blob]
    return found


def _audit(data: Path):
    return [(r["actor"], r["action"], r["reference"]) for r in audit.read(data / "review" / "audit.db")]


def _word() -> str:
    """A word no file holds by chance; letters only (a run of digits would be redacted as a
    number before it is stored, and the test would find nothing to erase)."""
    return "zq" + uuid.uuid4().hex[:10].translate(str.maketrans("0123456789", "ghijklmnop"))


def test_sms_delete_then_yes_erases_the_conversation_from_every_file(servers, stand_in, setup):
    data, key_file = setup
    number = f"+1604{random.randrange(10**6, 10**7)}"
    phone = Phone(servers, stand_in, number=number)
    words = [_word(), _word()]
    assert phone.say(f"does IMS hurt? asking about my {words[0]} shoulder")
    assert phone.say(f"is acupuncture safe near {words[1]}")
    name = pseudonym(number, key({"NEEDLE_PSEUDONYM_KEY_FILE": str(key_file)}))
    sender = f"sms:{name}"
    assert wait_for_review_turns(servers, sender, 2) == 2
    needles = words + [name, number[1:], number[-7:]]
    assert _holding(data, words), "the conversation should be on disk before the erasure"

    asked = "\n".join(phone.say("DELETE"))
    assert "Reply YES" in asked and reference(sender) in asked
    assert _holding(data, words), "asking is not erasing"
    done = "\n".join(phone.say("YES"))
    assert "deleted" in done and reference(sender) in done, "the patient gets a confirmation"
    assert _holding(data, needles) == [], "the conversation is still readable on disk"
    assert ("patient", "erase", reference(sender)) in _audit(data)

    # the number can write again: a new conversation, answered as usual
    assert "automated assistant" in "\n".join(phone.say("what is dry needling?"))
    assert _holding(data, words) == []


def _post(url, body):
    req = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()


def test_the_widget_api_downloads_then_erases_the_patients_own_conversation(servers, setup):
    data, _ = setup
    session = secrets.token_urlsafe(24)
    proof = token(SESSION_SECRET.encode(), session)
    words = [_word(), _word()]
    send(servers.rest_url, session, f"does dry needling hurt for {words[0]} people")
    send(servers.rest_url, session, f"how long is an IMS session with {words[1]}")
    assert wait_for_review_turns(servers, session, 2) == 2
    api = servers.page_url.rstrip("/") + "/api/privacy/"

    assert _post(api + "erase", {"session_id": session, "token": "A" * 43})[0] == 403
    assert _post(api + "transcript", {"session_id": session})[0] == 403
    status, text = _post(api + "transcript", {"session_id": session, "token": proof, "format": "text"})
    assert status == 200 and text.index(words[0]) < text.index(words[1])
    status, body = _post(api + "erase", {"session_id": session, "token": proof})
    assert status == 200 and json.loads(body)["reference"] == reference(session)
    assert _holding(data, words + [session]) == []
    records = _audit(data)
    assert ("patient", "export", reference(session)) in records and ("patient", "erase", reference(session)) in records


# --------------------------------------------------------------------------- review interface

_status = http_status


@pytest.fixture(scope="module")
def review(servers, setup, tmp_path_factory):
    data, _ = setup
    tmp = tmp_path_factory.mktemp("erasure-review")
    extra = {"NEEDLE_CHANNEL_DB": str(data / "channels.db"),
             "NEEDLE_PSEUDONYM_KEY_FILE": servers.extra_env["NEEDLE_PSEUDONYM_KEY_FILE"]}
    with review_server(servers.review_db(), tmp, ACCOUNTS, state_dir=data / "review", extra_env=extra,
                       unset=("NEEDLE_AUDIT_DB",)) as url:
        yield url


def _login(browser, url, name):
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    page.goto(url + "/-/login")
    page.fill("#id_username", name)
    page.fill("#id_password", ACCOUNTS[name][0])
    page.click("input[type=submit]")
    page.wait_for_load_state()
    return page


def test_staff_view_and_export_are_audited_and_only_an_administrator_reads_the_audit(review, browser, servers, setup):
    data, _ = setup
    conversation = f"ui-{uuid.uuid4().hex[:8]}"
    words = [_word(), _word(), _word()]
    for word in words:
        send(servers.rest_url, conversation, f"does acupuncture hurt with {word}")
    assert wait_for_review_turns(servers, conversation, 3) == 3
    ref = reference(conversation)

    page = _login(browser, review, "sam")
    page.goto(review + f"/-/privacy/find?ref={ref.lower()}")  # the reference a patient quotes
    assert "/-/transcript" in page.url and ref in page.inner_text("code.reference")
    with page.expect_download() as download:
        page.click("a:has-text('export as JSON')")
    exported = json.loads(Path(download.value.path()).read_text())
    turns = exported["conversations"][0]["turns"]
    assert [t["message"] for t in turns] == [f"does acupuncture hurt with {w}" for w in words], "every turn, in order"
    assert all(t["reply"] and t["time"] and t["channel"] for t in turns)
    assert page.locator("a.erase").count() == 0, "sam may not erase"
    assert page.goto(review + f"/-/privacy/erase?id={conversation}").status == 403
    assert page.goto(review + "/-/audit").status == 403, "a non-admin cannot read the audit log"
    page.goto(review + f"/logs/search?q={words[0]}")

    admin = _login(browser, review, "ada")
    admin.goto(review + "/-/audit")
    rows = admin.locator("tr.audit-row").all_inner_texts()
    sam = [r for r in rows if "\tsam\t" in r]
    assert any("\tlogin" in r for r in sam)
    assert any("\tview\t" in r and ref in r for r in sam)
    assert any("\texport\t" in r and ref in r and "json" in r for r in sam)
    assert any("\tsearch\t" in r for r in sam)
    assert any("\taudit-read\t" in r and "refused" in r for r in sam)
    assert not any(w in "\n".join(rows) for w in words), "the audit log never holds what was said"
    page.context.close()
    admin.context.close()


def test_an_account_allowed_to_erase_erases_from_the_transcript_page(review, browser, servers, setup):
    data, _ = setup
    conversation = f"ui-{uuid.uuid4().hex[:8]}"
    words = [_word(), _word()]
    for word in words:
        send(servers.rest_url, conversation, f"is dry needling safe for {word}")
    assert wait_for_review_turns(servers, conversation, 2) == 2

    page = _login(browser, review, "eve")
    page.goto(review + f"/-/transcript?id={conversation}")
    page.click("a.erase")
    assert "cannot be undone" in page.content()
    page.check("input[name=confirm]")
    page.click("input[type=submit]")
    page.wait_for_load_state()
    assert "was erased" in page.content()
    assert _holding(data, words + [conversation]) == []
    assert ("eve", "erase", reference(conversation)) in _audit(data)
    assert page.goto(review + f"/-/transcript?id={conversation}").status == 404
    page.context.close()


def test_a_patient_deletes_their_conversation_from_the_widget_menu(browser, servers, setup):
    data, _ = setup
    word = _word()
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    page.goto(servers.page_url)
    page.click(".ng-launcher")
    page.fill("#ng-input", f"does dry needling hurt near my {word}")
    page.click(".ng-send")
    page.wait_for_selector(".ng-bot", timeout=30000)
    stored = page.evaluate("JSON.parse(Object.values(Object.fromEntries(Object.entries(sessionStorage)"
                           ".filter(([k]) => k.startsWith('needle-guide:'))))[0])")
    session = stored["sessionId"]
    assert wait_for_review_turns(servers, session, 1) == 1
    assert _holding(data, [word])

    page.click(".ng-menu-btn")
    # polled from here: a string for wait_for_function is eval'd in the page, which its CSP forbids
    deadline = time.monotonic() + 15
    while len(page.inner_text(".ng-ref")) != 8 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert page.inner_text(".ng-ref") == reference(session)
    with page.expect_download() as download:
        page.click("text=Download my transcript")
    assert word in Path(download.value.path()).read_text()
    page.click("text=Delete this conversation")
    assert "cannot be undone" in page.inner_text(".ng-confirm")
    page.click("text=Yes, delete it")
    page.wait_for_selector("text=was deleted from the clinic's records")
    assert page.locator(".ng-user").count() == 0, "the chat starts afresh"
    assert _holding(data, [word, session]) == []
    context.close()
