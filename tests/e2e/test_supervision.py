"""Faults in the processes behind the assistant, on real servers of their own: the action
server killed or hung, the page server killed. Before, a dead action server gave patients
an empty reply and `bot serve` then stopped Rasa and the web page too, for good."""
import json
import os
import signal
import sqlite3
import time
import urllib.error
import urllib.request
import uuid

import pytest

from bot.ops.client import send
from bot.ops.serve import Servers, free_port
from tests.helpers import trained_model

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    """Servers of our own (these tests kill processes), not yet supervised."""
    model = trained_model()
    tmp = tmp_path_factory.mktemp("supervision")
    srv = Servers(model=model, rasa_port=free_port(), action_port=free_port(), tracker_db=tmp / "tracker.db",
                  log_dir=tmp / "logs", web_port=free_port(), extra_env={"NEEDLE_LOGS_DB": str(tmp / "logs.db")})
    srv.start()
    yield srv
    srv.stop()


def health(servers):
    try:
        with urllib.request.urlopen(f"{servers.page_url}health", timeout=10) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())
    except (urllib.error.URLError, OSError):  # the page server itself is down
        return None, {}


def logged_turns(servers, sender, n, timeout=10.0):
    deadline = time.monotonic() + timeout
    while True:
        try:
            conn = sqlite3.connect(servers.review_db())
            conn.row_factory = sqlite3.Row
            found = [dict(r) for r in conn.execute(
                "SELECT * FROM turns WHERE conversation_id = ? ORDER BY id", [sender])]
            conn.close()
        except sqlite3.Error:
            found = []
        if len(found) >= n or time.monotonic() > deadline:
            return found
        time.sleep(0.2)


def wait_until(check, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.5)
    return False


def test_a_dead_action_server_gets_a_polite_reply_and_comes_back(servers):
    sender = f"down-{uuid.uuid4().hex[:8]}"
    assert send(servers.rest_url, sender, "does dry needling hurt?").kind == "kb"
    assert health(servers)[0] == 200
    actions, rasa, web = servers.procs
    os.kill(actions.pid, signal.SIGKILL)
    actions.wait(timeout=10)

    started = time.monotonic()
    turn = send(servers.rest_url, sender, "how long does a session of IMS take?", timeout=60)
    assert time.monotonic() - started < 30
    assert turn.kind == "fallback" and turn.contract["reason"] == "unavailable"
    assert turn.contract["rule"] == "action_server_down"
    phone = turn.contract["phone"]
    assert phone and phone in turn.text and "try again" in turn.text
    # Staff see it: an error in rasa.log and a fallback row in the review log.
    assert "ACTION SERVER UNAVAILABLE" in (servers.log_dir / "rasa.log").read_text(errors="replace")
    rows = logged_turns(servers, sender, 2)
    assert [(r["kind"], r["reason"]) for r in rows[-1:]] == [("fallback", "unavailable")]
    status, report = health(servers)
    assert status == 503 and report["actions"] == "down" and report["rasa"] == "ok" and report["web"] == "ok"
    # An emergency still gets the emergency number, not "one moment".
    emergency = send(servers.rest_url, sender, "I had dry needling and now I cannot breathe", timeout=60)
    assert emergency.kind == "emergency" and emergency.texts[0].startswith("Call ")
    assert emergency.contract["number"] in emergency.texts[0]
    # Nothing else was stopped.
    assert rasa.poll() is None and web.poll() is None

    servers.supervise()
    assert wait_until(lambda: health(servers)[0] == 200, 30), health(servers)
    assert servers.restarts.get("actions") == 1 and servers.procs[1] is rasa and servers.procs[2] is web
    assert send(servers.rest_url, sender, "does dry needling hurt?").kind == "kb"
    assert "actions stopped" in (servers.log_dir / "actions.log").read_text(errors="replace")


def test_a_hung_action_server_does_not_hang_the_patient(servers):
    """SIGSTOP: the action server accepts connections but never answers."""
    sender = f"hung-{uuid.uuid4().hex[:8]}"
    actions = servers.procs[0]
    os.kill(actions.pid, signal.SIGSTOP)
    try:
        started = time.monotonic()
        turn = send(servers.rest_url, sender, "is acupuncture safe?", timeout=120)
        waited = time.monotonic() - started
    finally:
        os.kill(actions.pid, signal.SIGCONT)
    assert waited < 45  # the action timeout (endpoints.yml) is 10 s; Rasa's own was 300 s
    assert turn.kind == "fallback" and turn.contract["reason"] == "unavailable"
    assert turn.contract["phone"] in turn.text
    assert wait_until(lambda: send(servers.rest_url, sender, "is acupuncture safe?").kind == "kb", 30)


def test_a_crashed_page_server_is_started_again_and_the_rest_keep_running(servers):
    servers.supervise()
    actions, rasa, web = servers.procs
    os.kill(web.pid, signal.SIGKILL)
    assert wait_until(lambda: servers.procs[2] is not web and health(servers)[0] == 200, 30)
    assert servers.procs[0] is actions and servers.procs[1] is rasa
    assert actions.poll() is None and rasa.poll() is None
    assert send(servers.rest_url, f"after-{uuid.uuid4().hex[:8]}", "does dry needling hurt?").kind == "kb"


def test_restarts_back_off_from_1_to_30_seconds_and_leave_the_others_alone(tmp_path):
    """Supervision alone, on two small stand-in processes (no Rasa needed): one that always
    crashes and one that keeps running. Before, the first crash stopped everything."""
    import sys
    from pathlib import Path
    srv = Servers(model=Path("unused"), log_dir=tmp_path)
    srv._spawn([sys.executable, "-c", "import sys; sys.exit(3)"], dict(os.environ), "crasher.log")
    srv._spawn([sys.executable, "-c", "import time; time.sleep(120)"], dict(os.environ), "steady.log")
    steady = srv.procs[1]
    try:
        now, waits = time.monotonic(), []
        for _ in range(8):
            srv.procs[0].wait(timeout=30)
            srv.check_children(now)  # notes the crash
            child = srv._children[0]
            waits.append(child.restart_at - now)
            srv.check_children(now + child.backoff - 0.01)  # not yet
            assert srv.procs[0].poll() is not None
            now += child.backoff
            srv.check_children(now)  # started again
        assert [round(w) for w in waits] == [1, 2, 4, 8, 16, 30, 30, 30]
        assert srv.restarts == {"crasher": 8} and srv.procs[1] is steady and steady.poll() is None
        log = (tmp_path / "crasher.log").read_text()
        assert "crasher stopped (exit code 3)" in log and "crasher started again" in log
        # A process that ran for a minute before dying starts over with the shortest wait.
        srv.procs[0].wait(timeout=30)
        srv._children[0].started = now - 61
        srv.check_children(now)
        assert srv._children[0].backoff == 1
    finally:
        srv.stop()
    assert steady.poll() is not None
