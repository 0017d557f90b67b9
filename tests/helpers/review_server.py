"""The staff review interface (Datasette, from .venv-review) started for a test, with named
accounts: one helper instead of a copy in every e2e test that needs it; and `call`, a request
that shows the cookies Datasette sets and sends the ones given."""
import http.client
import os
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Dict, Iterator, Mapping, Optional, Tuple

import pytest

NOT_LOGIN = ("ds_csrftoken", "ds_messages")  # Datasette's other cookies


def http_status(url: str) -> Optional[int]:
    """The HTTP status of a GET (None when nothing answers)."""
    try:
        with urllib.request.urlopen(url, timeout=2) as r:
            return r.status
    except urllib.error.HTTPError as err:
        return err.code
    except OSError:
        return None


@contextmanager
def review_server(logs_db: Path, tmp: Path, accounts: Mapping[str, Tuple[str, Dict]],
                  state_dir: Optional[Path] = None, extra_env: Optional[Dict[str, str]] = None,
                  unset: Tuple[str, ...] = ()) -> Iterator[str]:
    """Start Datasette over `logs_db` with `accounts` ({name: (password, roles)}) on a free port;
    yields its URL and stops it afterwards. The accounts file lives in `tmp`; the process's own
    environment is left as it was."""
    from bot.ops.serve import free_port
    from bot.review import launcher as web
    from bot.review.accounts import add_user
    if not web.REVIEW_VENV.joinpath("bin", "datasette").exists():
        pytest.fail(".venv-review is missing: run `make test` (it runs make review-install first)")
    names = ("NEEDLE_REVIEW_ACCOUNTS",) + tuple(unset)
    saved = {k: os.environ.get(k) for k in names}
    os.environ["NEEDLE_REVIEW_ACCOUNTS"] = str(tmp / "accounts.yml")
    for k in unset:
        os.environ.pop(k, None)
    try:
        for name, (password, roles) in accounts.items():
            add_user(name, password, **roles)
        port = free_port()
        cmd, env = web.prepare(logs_db, port=port, state_dir=state_dir or tmp / "state")
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    env.update(extra_env or {})
    log_path = tmp / "datasette.log"  # beside the accounts, outside any data folder a test searches
    log = open(log_path, "wb")
    proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while http_status(url + "/-/login") != 200:
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"datasette did not start: {log_path.read_text()[-2000:]}")
        time.sleep(0.3)
    try:
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def wait_for_review_turns(servers, conversation: str, n: int, timeout: float = 20.0) -> int:
    """How many turns of `conversation` the review log holds, waiting up to `timeout` for `n`
    (turns are written just after the reply goes out, by a queue of their own)."""
    import sqlite3
    deadline = time.monotonic() + timeout
    while True:
        try:
            with sqlite3.connect(servers.review_db()) as db:
                count = db.execute("SELECT count(*) FROM turns WHERE conversation_id = ?", [conversation]).fetchone()[0]
        except sqlite3.OperationalError:
            count = 0
        if count >= n or time.monotonic() > deadline:
            return count
        time.sleep(0.2)


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def cookie(self, name=None):
        """The Set-Cookie header for one cookie (by default the login cookie), or None."""
        for key, value in self.headers:
            cookie_name = value.split("=", 1)[0]
            if key.lower() == "set-cookie" and (cookie_name == name or name is None and cookie_name not in NOT_LOGIN):
                return value
        return None

    def cookie_value(self, name=None):
        header = self.cookie(name)
        return header.split(";", 1)[0].split("=", 1)[1] if header else None

    def login_cookie(self):
        header = self.cookie()
        return dict([header.split(";", 1)[0].split("=", 1)]) if header else None


def call(url, path, method="GET", form=None, cookies=None, headers=None, timeout=60):
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    headers = dict(headers or {})
    body = None
    if form is not None:
        body = urllib.parse.urlencode(form)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    if cookies:
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    try:
        conn.request(method, path, body=body, headers=headers)
        r = conn.getresponse()
        return Response(r.status, r.getheaders(), r.read().decode("utf-8", "replace"))
    finally:
        conn.close()
