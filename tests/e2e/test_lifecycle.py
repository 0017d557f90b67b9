"""`python -m bot serve` as a user runs it: start, refuse a busy port, stop on Ctrl-C,
and continue a conversation after a restart (SQLite tracker store)."""
import os
import signal
import subprocess
import sys
import time

import pytest

from bot import PROJECT_ROOT
from bot.ops.client import send
from bot.ops.serve import http_get, free_port, port_free

pytestmark = pytest.mark.e2e


def _serve(port, action_port, env):
    return subprocess.Popen([sys.executable, "-m", "bot", "serve", "--port", str(port), "--action-port", str(action_port)],
                            cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_up(proc, port, timeout=240):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        if http_get(f"http://127.0.0.1:{port}/"):
            return
        time.sleep(1)
    pytest.fail("server did not start")


def _stop(proc):
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=60)


def test_serve_lifecycle_and_restart_keeps_the_conversation(tmp_path):
    port, action_port = free_port(), free_port()
    env = dict(os.environ, NEEDLE_TRACKER_DB=str(tmp_path / "tracker.db"))
    rest = f"http://127.0.0.1:{port}/webhooks/rest/webhook"
    first = _serve(port, action_port, env)
    try:
        _wait_up(first, port)
        assert "ims" in send(rest, "restart-patient", "what is intramuscular stimulation").contract["kb"]["modalities"]

        second = _serve(port, action_port, env)
        _, err = second.communicate(timeout=120)
        assert second.returncode == 2
        assert "already in use" in err and "Traceback" not in err and err.strip().count("\n") == 0
    finally:
        _stop(first)
    assert first.returncode in (0, 130)
    assert port_free(port) and port_free(action_port), "Ctrl-C must stop every process serve started"

    again = _serve(port, action_port, env)
    try:
        _wait_up(again, port)
        turn = send(rest, "restart-patient", "does it hurt?")
        assert turn.kind == "kb" and turn.contract["kb"]["topic"] == "sensation"
        assert "ims" in turn.contract["kb"]["modalities"], "the conversation continued after the restart"
        assert not any("not medical advice" in t for t in turn.texts), "no second disclaimer after a restart"
    finally:
        _stop(again)
