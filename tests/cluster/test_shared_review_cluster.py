"""make cluster: what patients and staff leave besides the conversation is shared through
PostgreSQL (bot/review/pg_tables.py), so it does not matter which server took it:

- the widget's "was this helpful?" posted to two page servers (the cluster's, and one as
  another machine would run it, with its own logs.db) reaches the review log;
- an SMS reply the provider refuses, one on each Rasa server, is there for staff;
- a staff label written on one review copy reaches another (`make review` on another
  machine), also one written while PostgreSQL could not be reached;
- a patient's erasure removes their feedback, labels and undelivered replies there, and
  the next refresh removes them from the staff copies."""

import json
import os
import random
import sqlite3
import subprocess
import sys
import time
import urllib.request

import pytest

from bot.ops.client import send as rest_send
from tests.helpers.platforms import cluster_sms_fields as _fields
from tests.helpers.platforms import cluster_sms_post as _post

pytestmark = pytest.mark.e2e


def _pg(cluster, sql, params=()):
    import psycopg2

    conn = psycopg2.connect(**cluster.dsn())
    try:
        with conn, conn.cursor() as cur:
            cur.execute(sql, params)
            return cur.fetchall() if cur.description else cur.rowcount
    finally:
        conn.close()


def _answers(url):
    try:
        with urllib.request.urlopen(url + "/", timeout=5) as r:
            return r.status == 200
    except OSError:
        return False


def _wait(predicate, what, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}")


def _feedback(page_url, session, kb_id, helpful):
    body = json.dumps({"session_id": session, "kb_id": kb_id, "helpful": helpful}).encode()
    req = urllib.request.Request(
        f"{page_url.rstrip('/')}/api/feedback", body, {"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(req, timeout=30) as r:
        return r.status


@pytest.fixture()
def second_page_server(cluster, tmp_path):
    """Another page server, as a second machine would run it: its own logs.db."""
    from bot import PROJECT_ROOT
    from bot.ops.serve import free_port

    port = free_port()
    env = {
        **os.environ,
        **cluster.env(),
        "NEEDLE_LOGS_DB": str(tmp_path / "other-machine" / "logs.db"),
        "PYTHONUNBUFFERED": "1",
    }
    with open(tmp_path / "web.log", "ab") as log:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "bot.web",
                "--host",
                cluster.host,
                "--port",
                str(port),
                "--rasa-url",
                cluster.front_url,
            ],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://{cluster.host}:{port}/"

    def up():
        try:
            with urllib.request.urlopen(url, timeout=2):
                return True
        except OSError:
            return proc.poll() is not None

    _wait(up, "the second page server")
    assert proc.poll() is None, (tmp_path / "web.log").read_text()[-2000:]
    yield url, tmp_path / "other-machine" / "logs.db"
    proc.terminate()
    proc.wait(timeout=15)


def share_label_as_datasette_does(cluster, copy, turn_id, intent, actor, when):
    """The label page's write-through (review/plugins/needle_pages.py), run in the review
    interface's own virtual environment against Datasette's view of `copy`."""
    from bot import PROJECT_ROOT

    code = (
        "import asyncio\n"
        "from datasette.app import Datasette\n"
        "from review.plugins.needle_pages import _share_label\n"
        "async def main():\n"
        f"    db = Datasette([{str(copy)!r}]).get_database()\n"
        f"    await _share_label(db, {turn_id}, {intent!r}, {actor!r}, {when!r})\n"
        "asyncio.run(main())\n"
    )
    done = subprocess.run(
        [str(PROJECT_ROOT / ".venv-review" / "bin" / "python"), "-c", code],
        cwd=PROJECT_ROOT,
        env={**os.environ, **cluster.env(), "PYTHONPATH": str(PROJECT_ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]


def test_feedback_failures_and_labels_reach_staff_whichever_server_took_them(
    cluster, platforms, second_page_server, tmp_path
):
    from bot.privacy import Stores
    from bot.privacy.erase import erase
    from bot.pseudonym import pseudonym
    from bot.review.pg_refresh import refresh
    from bot.review.store import tracker_sql_url

    url = tracker_sql_url(cluster.env())
    other_page, other_logs = second_page_server

    # two widget conversations, one through each page server, feedback on their answers
    sessions = [f"s{random.randrange(10**9)}a", f"s{random.randrange(10**9)}b"]
    answers = [rest_send(cluster.rest_url, s, "how long is an IMS session") for s in sessions]
    kb_ids = [next(c["kb"]["id"] for c in a.contracts if c.get("kb")) for a in answers]
    assert _feedback(cluster.page_url, sessions[0], kb_ids[0], False) == 200
    assert _feedback(other_page, sessions[1], kb_ids[1], True) == 200
    got = _pg(
        cluster,
        "SELECT session_id, helpful FROM feedback WHERE session_id = ANY(%s) ORDER BY session_id",
        (sessions,),
    )
    assert got == sorted([(sessions[0], 0), (sessions[1], 1)]), got
    for local in (cluster.logs_db, other_logs):  # nothing split off into a machine's own file
        if local.exists():
            with sqlite3.connect(local) as db:
                tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
                assert (
                    "feedback" not in tables
                    or not db.execute(
                        "SELECT count(*) FROM feedback WHERE session_id IN (?, ?)", sessions
                    ).fetchone()[0]
                )

    # an SMS reply refused for good (400), once on each Rasa server: both must be up (an earlier
    # test of the session may have killed one; the supervisor starts it again)
    for i in range(len(cluster.servers)):
        _wait(lambda i=i: _answers(cluster.replica_url(i)), f"Rasa server {i + 1} to answer", timeout=240)
    numbers = [f"+1604{random.randrange(10**6, 10**7)}" for _ in cluster.servers]
    for server, number in zip(cluster.servers, numbers):
        platforms.fail("twilio", number, status=400)
        assert _post(server, _fields(number, "does dry needling hurt")) == 200
    senders = [f"sms:{pseudonym(n)}" for n in numbers]
    failed = _wait(
        lambda: (lambda rows: rows if len(rows) == 2 else None)(
            _pg(
                cluster,
                "SELECT conversation_id, channel FROM delivery_failures WHERE conversation_id = ANY(%s)",
                (senders,),
            )
        ),
        "both undelivered replies in PostgreSQL",
    )
    assert sorted(r[0] for r in failed) == sorted(senders)
    platforms.heal()

    # staff on two machines: each refresh brings everything above
    alice, bob = tmp_path / "alice" / "logs.db", tmp_path / "bob" / "logs.db"
    assert refresh(alice, url=url) >= 2
    with sqlite3.connect(alice) as db:
        assert (
            db.execute("SELECT count(*) FROM feedback WHERE session_id IN (?, ?)", sessions).fetchone()[0]
            == 2
        )
        assert (
            db.execute(
                "SELECT count(*) FROM delivery_failures WHERE conversation_id IN (?, ?)", senders
            ).fetchone()[0]
            == 2
        )
        keys = dict(
            db.execute(
                "SELECT conversation_id, event_key FROM turns WHERE conversation_id IN (?, ?)", sessions
            ).fetchall()
        )
        ids = dict(
            db.execute(
                "SELECT conversation_id, id FROM turns WHERE conversation_id IN (?, ?)", sessions
            ).fetchall()
        )
        # Alice labels both answers' messages: one written through to PostgreSQL as Datasette
        # does, one while PostgreSQL was unreachable (only in her copy)
        for session in sessions:
            db.execute(
                "INSERT INTO labels (turn_id, intent, actor, time) VALUES (?, 'ask_duration', 'alice', ?)",
                [ids[session], f"t-{session}"],
            )
    share_label_as_datasette_does(
        cluster, alice, ids[sessions[0]], "ask_duration", "alice", f"t-{sessions[0]}"
    )
    assert _pg(cluster, "SELECT intent, actor FROM labels WHERE event_key = %s", (keys[sessions[0]],)) == [
        ("ask_duration", "alice")
    ]

    def labelled(copy):
        with sqlite3.connect(copy) as db:
            return sorted(
                r[0]
                for r in db.execute(
                    "SELECT t.conversation_id FROM labels l JOIN turns t ON t.id = l.turn_id "
                    "WHERE t.conversation_id IN (?, ?)",
                    sessions,
                )
            )

    refresh(bob, url=url)
    assert labelled(bob) == [sessions[0]], "the written-through label must reach the other copy"
    refresh(alice, url=url)  # carries the other one to PostgreSQL
    refresh(bob, url=url)
    assert labelled(bob) == sorted(sessions)
    assert labelled(alice) == sorted(sessions), "no label doubled or lost by the refreshes"

    # the first patient erases their conversation; an SMS patient too
    stores = Stores(
        tmp_path / "none" / "tracker.db", alice, tmp_path / "none" / "channels.db", tmp_path / "audit.db"
    )
    report = erase(conversation=sessions[0], s=stores, sql_tracker=url, audit=False)
    assert report.found
    erase(ids=[senders[0]], s=stores, sql_tracker=url, audit=False)
    assert _pg(cluster, "SELECT count(*) FROM feedback WHERE session_id = %s", (sessions[0],)) == [(0,)]
    assert _pg(cluster, "SELECT count(*) FROM labels WHERE event_key = %s", (keys[sessions[0]],)) == [(0,)]
    assert _pg(
        cluster, "SELECT count(*) FROM delivery_failures WHERE conversation_id = %s", (senders[0],)
    ) == [(0,)]
    assert _pg(
        cluster, "SELECT count(*) FROM reply_addresses WHERE pseudonym = %s", (senders[0].split(":", 1)[1],)
    ) == [(0,)]
    assert _pg(
        cluster, "SELECT count(*) FROM delivery_failures WHERE conversation_id = %s", (senders[1],)
    ) == [(1,)]
    refresh(
        bob, url=url
    )  # Bob's copy follows: the erased turns, label, feedback and failure go, the rest stay
    with sqlite3.connect(bob) as db:
        assert db.execute(
            "SELECT DISTINCT conversation_id FROM turns WHERE conversation_id IN (?, ?)", sessions
        ).fetchall() == [(sessions[1],)]
        assert labelled(bob) == [sessions[1]]
        assert db.execute(
            "SELECT session_id FROM feedback WHERE session_id IN (?, ?)", sessions
        ).fetchall() == [(sessions[1],)]
        assert db.execute(
            "SELECT conversation_id FROM delivery_failures WHERE conversation_id IN (?, ?)", senders
        ).fetchall() == [(senders[1],)]
