"""The staff login cookie in Chromium: a script in the review interface's pages cannot read it,
and the menu's Log out makes a copy of it useless (the other checks of staff sessions, without
a browser, are in tests/e2e/test_review_sessions.py)."""
import time

import pytest

from tests.helpers.review_server import NOT_LOGIN, call, review_server

pytestmark = pytest.mark.e2e
PASSWORD = "a long test password"


@pytest.fixture(scope="module")
def review(tmp_path_factory):
    """The review interface with one staff account, its cookies as on a plain-http machine
    (not Secure) with the default idle time."""
    tmp = tmp_path_factory.mktemp("review")
    with review_server(tmp / "logs.db", tmp, {"alice": (PASSWORD, {})},
                       unset=("NEEDLE_REVIEW_SECURE_COOKIES", "NEEDLE_REVIEW_IDLE_TIMEOUT")) as url:
        yield {"url": url, "tmp": tmp}


def test_scripts_in_the_page_cannot_read_the_login_cookie(review, browser):
    context = browser.new_context()
    page = context.new_page()
    page.goto(review["url"] + "/-/login")
    page.fill("#id_username", "alice")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_load_state()
    assert page.goto(review["url"] + "/logs/turns").status == 200
    cookie = next(c for c in context.cookies() if c["name"] not in NOT_LOGIN)
    assert cookie["name"] not in page.evaluate("document.cookie")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax"
    assert 7.5 * 3600 < cookie["expires"] - time.time() <= 8 * 3600 + 60

    # Log out with the menu's link and button: the copied cookie no longer opens anything
    page.goto(review["url"] + "/-/logout")
    page.click("input[type=submit]")
    page.wait_for_load_state()
    assert "logged out" in page.content()
    assert call(review["url"], "/logs/turns", cookies={cookie["name"]: cookie["value"]}).status == 403
    context.close()
