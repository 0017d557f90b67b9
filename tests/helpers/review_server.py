"""The staff review interface (Datasette, from .venv-review) started for a test, with named
accounts: one helper instead of a copy in every e2e test that needs it."""
import os
import subprocess
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Dict, Iterator, Mapping, Optional, Tuple

import pytest


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
    from bot.review import launcher as web
    from bot.review.accounts import add_user
    from bot.ops.serve import free_port
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
