"""Staff sessions in the real review interface (Datasette from .venv-review, no Rasa needed).

A login cookie is HttpOnly, SameSite and Secure behind HTTPS, and stops working after logout,
after its account is removed from the accounts file or its password changed, and after the
idle time. Repeated wrong passwords get a 429 page; a slow password check doesn't hold up
other staff pages.
"""
import re
import subprocess
import threading
import time

import pytest
import yaml

from bot.ops.serve import free_port
from bot.review import launcher as web
from bot.review.accounts import add_user, hash_password, verify_password, write_accounts
from tests.helpers.review_server import call

pytestmark = pytest.mark.e2e
PASSWORD = "a long test password"
SLOW_ITERATIONS = 6_000_000  # one check takes seconds: long enough to see who waits for it


def login(url, name, password=PASSWORD, address="127.0.0.1", **headers):
    headers["X-Forwarded-For"] = address
    return call(url, "/-/login", "POST", form={"username": name, "password": password}, headers=headers)


def session(url, name, password=PASSWORD):
    r = login(url, name, password)
    assert r.status == 302 and r.cookie(), (r.status, r.body[:300])
    return r.login_cookie()


def logout(url, cookies):
    """What the Log out button does: the form carries Datasette's CSRF token."""
    page = call(url, "/-/logout", cookies=cookies)
    assert page.status == 200, page.status
    token = re.search(r'name="csrftoken" value="([^"]+)"', page.body).group(1)
    csrf_cookie = page.cookie_value("ds_csrftoken")
    return call(url, "/-/logout", "POST", form={"csrftoken": token}, cookies=dict(cookies, ds_csrftoken=csrf_cookie))


def remove_account(path, name):
    data = yaml.safe_load(path.read_text())
    data.pop(name)
    write_accounts(path, yaml.safe_dump(data))


def start_review(tmp, accounts, idle=None):
    env = {"NEEDLE_REVIEW_ACCOUNTS": str(accounts)}
    if idle:
        env["NEEDLE_REVIEW_IDLE_TIMEOUT"] = idle
    port = free_port()
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("NEEDLE_REVIEW_SECURE_COOKIES", raising=False)
        mp.delenv("NEEDLE_REVIEW_IDLE_TIMEOUT", raising=False)
        for key, value in env.items():
            mp.setenv(key, value)
        cmd, env = web.prepare(tmp / "logs.db", port=port, state_dir=tmp / "state")
    log = open(tmp / "datasette.log", "wb")
    proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if call(url, "/-/login", timeout=2).status == 200:
                break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"datasette did not start: {(tmp / 'datasette.log').read_text()[-2000:]}")
        time.sleep(0.3)
    return proc, log, url


def stop_review(proc, log):
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


@pytest.fixture(scope="module")
def accounts(tmp_path_factory):
    if not web.REVIEW_VENV.joinpath("bin", "datasette").exists():
        pytest.fail(".venv-review is missing: run `make test` (it runs make review-install first)")
    path = tmp_path_factory.mktemp("accounts") / "accounts.yml"
    for name in ("alice", "bob", "carol", "erin", "frank"):
        add_user(name, PASSWORD, path=path)
    add_user("dave", PASSWORD, admin=True, path=path)
    data = yaml.safe_load(path.read_text())
    data["slowpoke"] = {"password_hash": hash_password(PASSWORD, iterations=SLOW_ITERATIONS), "admin": False}
    write_accounts(path, yaml.safe_dump(data))
    return path


@pytest.fixture(scope="module")
def review(accounts, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("review")
    proc, log, url = start_review(tmp, accounts)
    yield {"url": url, "tmp": tmp}
    stop_review(proc, log)


def test_login_cookie_is_httponly_samesite_and_expires(review):
    r = login(review["url"], "alice")
    flags = [f.strip().lower() for f in r.cookie().split(";")]
    assert r.status == 302 and "httponly" in flags and "samesite=lax" in flags and "max-age=28800" in flags
    assert "secure" not in flags  # plain http on this machine: a Secure cookie would never come back
    behind_https = login(review["url"], "alice", **{"X-Forwarded-Proto": "https"})
    assert "secure" in [f.strip().lower() for f in behind_https.cookie().split(";")]


def test_old_cookie_is_refused_after_logout(review):
    cookies = session(review["url"], "alice")
    assert call(review["url"], "/logs/turns", cookies=cookies).status == 200
    out = logout(review["url"], cookies)
    assert out.status == 302
    for path in ("/logs/turns", "/logs/unanswered", "/logs/unanswered.csv"):
        assert call(review["url"], path, cookies=cookies).status == 403, path


def test_old_cookie_is_refused_after_the_account_is_removed(review, accounts):
    bob = session(review["url"], "bob")
    alice = session(review["url"], "alice")
    assert call(review["url"], "/logs/turns", cookies=bob).status == 200
    saved = accounts.read_text()
    remove_account(accounts, "bob")
    try:
        assert call(review["url"], "/logs/turns", cookies=bob).status == 403
        assert call(review["url"], "/logs/turns", cookies=alice).status == 200  # others keep working
        assert login(review["url"], "bob").status == 401
    finally:
        write_accounts(accounts, saved)
    # Putting the account back doesn't bring the old session back
    assert call(review["url"], "/logs/turns", cookies=bob).status == 403


def test_old_cookie_is_refused_after_a_password_change(review, accounts):
    old = session(review["url"], "carol")
    add_user("carol", "carol's brand new password", path=accounts)
    assert call(review["url"], "/logs/turns", cookies=old).status == 403
    assert login(review["url"], "carol").status == 401
    new = session(review["url"], "carol", "carol's brand new password")
    assert call(review["url"], "/logs/turns", cookies=new).status == 200


def test_a_removed_admins_cookie_cannot_run_sql(review, accounts):
    admin = session(review["url"], "dave")
    assert call(review["url"], "/logs?sql=select+count(*)+from+turns", cookies=admin).status == 200
    remove_account(accounts, "dave")
    assert call(review["url"], "/logs?sql=select+count(*)+from+turns", cookies=admin).status == 403
    assert call(review["url"], "/logs.json?sql=select+1", cookies=admin).status == 403


def test_old_datasette_actor_cookie_is_ignored(review):
    """A ds_actor cookie signed with the instance's secret (what datasette-auth-passwords set)
    no longer logs anyone in."""
    secret = (review["tmp"] / "state" / "secret").read_text().strip()
    signed = subprocess.run(
        [str(web.REVIEW_VENV / "bin" / "python"), "-c",
         "import sys; from datasette.app import Datasette; "
         "print(Datasette(secret=sys.argv[1]).sign({'a': {'id': 'dave', 'admin': True}}, 'actor'))", secret],
        capture_output=True, text=True, check=True).stdout.strip()
    assert call(review["url"], "/logs?sql=select+1", cookies={"ds_actor": signed}).status == 403


def test_sixth_wrong_password_for_an_account_gets_429(review):
    url = review["url"]
    for i in range(5):  # a guesser spreading over addresses
        assert login(url, "erin", "wrong password", address=f"10.1.0.{i}").cookie() is None
    r = login(url, "erin", PASSWORD, address="10.1.0.99")  # even the right password waits now
    assert r.status == 429 and r.cookie() is None
    assert "Too many login attempts" in r.body and "try again in 5 minutes" in r.body
    assert 0 < int(dict((k.lower(), v) for k, v in r.headers)["retry-after"]) <= 300
    assert login(url, "frank", address="10.1.0.99").status == 302  # other accounts still log in


def test_sixth_wrong_password_from_an_address_gets_429(review):
    url = review["url"]
    for i in range(5):  # one address trying many names
        assert login(url, f"guess{i}", "wrong password", address="10.2.0.1").cookie() is None
    assert login(url, "alice", PASSWORD, address="10.2.0.1").status == 429
    assert login(url, "alice", PASSWORD, address="10.2.0.2").status == 302


def test_a_slow_login_does_not_hold_up_other_staff_pages(review, accounts):
    slow_hash = yaml.safe_load(accounts.read_text())["slowpoke"]["password_hash"]
    started = time.monotonic()
    verify_password("wrong password", slow_hash)
    one_check = time.monotonic() - started
    cookies = session(review["url"], "alice")

    results = []
    threads = [threading.Thread(target=lambda a=a: results.append(
        login(review["url"], "slowpoke", "wrong password", address=a).status)) for a in ("10.3.0.1", "10.3.0.2")]
    for t in threads:
        t.start()
    time.sleep(min(0.5, one_check / 4))  # both checks are under way
    started = time.monotonic()
    page = call(review["url"], "/logs/turns", cookies=cookies)
    waited = time.monotonic() - started
    for t in threads:
        t.join()
    assert page.status == 200
    assert waited < one_check / 2, f"a staff page waited {waited:.1f}s behind a {one_check:.1f}s password check"
    assert len(results) == 2 and all(status in (200, 401) for status in results)  # refused, not crashed


@pytest.fixture(scope="module")
def short_idle_review(accounts, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("review-idle")
    proc, log, url = start_review(tmp, accounts, idle="3s")
    yield url
    stop_review(proc, log)


def test_idle_session_expires_and_use_keeps_it_alive(short_idle_review):
    r = login(short_idle_review, "frank")
    assert "max-age=3" in r.cookie().lower()
    cookies = r.login_cookie()
    for _ in range(2):  # used every 2 s: alive 4 s after login, the cookie's expiry slides along
        time.sleep(2)
        page = call(short_idle_review, "/logs/turns", cookies=cookies)
        assert page.status == 200 and "max-age=3" in (page.cookie() or "").lower()
    time.sleep(4)
    assert call(short_idle_review, "/logs/turns", cookies=cookies).status == 403
