"""Hot reload on the real servers (issue 13, finding 8): a website the clinic adds to
clinic.yml can open the chat at once and one it removes is shut out, and a model trained
while the assistant runs answers the next message, with no restart and no conversation or
request lost.

The "newly trained model" is the served model copied, byte for byte, to the name the
servers are told to follow (as `make train` writes models/config-<new hash>.tar.gz): it is
deterministic and takes no training time, and Rasa still has to unpack and load it as a new
model, which is what the swap does. The servers name the model they answer with.
"""

import asyncio
import gzip
import io
import shutil
import tarfile
import threading
import time
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import websockets

from bot import PROJECT_ROOT
from bot.clinic import load_clinic
from bot.ops.client import send
from bot.ops.serve import Servers, free_port
from bot.ops.training import MODELS_DIR, check_model, model_path

pytestmark = pytest.mark.e2e
NEW_SITE = "https://hot-reload.example"
HOME_SITE = load_clinic().allowed_origins[0]


def _served_model() -> Path:
    """The model `make test` trained for the project as it is; else the newest one."""
    model = model_path()
    if not model.exists():
        trained = sorted(MODELS_DIR.glob("config-*.tar.gz"), key=lambda p: p.stat().st_mtime)
        if not trained:
            pytest.fail(f"{model} is not trained: run `make test` (it trains first)")
        model = trained[-1]
    return check_model(model)


@pytest.fixture(scope="module")
def hot(tmp_path_factory):
    """Servers on free ports reading a clinic.yml of their own, following a model file the
    test controls (`hot.target`), supervised as `make run` does."""
    tmp = tmp_path_factory.mktemp("hot")
    clinic = tmp / "clinic.yml"
    shutil.copyfile(PROJECT_ROOT / "clinic.yml", clinic)
    state = {"target": tmp / "models" / "config-0123456789abcdef.tar.gz"}
    state["target"].parent.mkdir()
    srv = Servers(
        model=_served_model(),
        rasa_port=free_port(),
        action_port=free_port(),
        tracker_db=tmp / "tracker.db",
        log_dir=tmp / "logs",
        follow=lambda: state["target"],
        extra_env={"NEEDLE_CLINIC": str(clinic), "NEEDLE_LOGS_DB": str(tmp / "logs.db")},
    )
    srv.start()
    srv.supervise()
    srv.clinic_file, srv.state = clinic, state
    yield srv
    srv.stop()


def _preflight(servers, origin):
    """Access-Control-Allow-Origin of a browser's preflight for a REST post from `origin`."""
    req = urllib.request.Request(
        servers.rest_url,
        method="OPTIONS",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.headers.get("Access-Control-Allow-Origin")
    except urllib.error.HTTPError as err:
        return err.headers.get("Access-Control-Allow-Origin")


def _posted(servers, origin):
    """Access-Control-Allow-Origin headers on the reply to a REST message from `origin`."""
    req = urllib.request.Request(
        servers.rest_url,
        method="POST",
        headers={"Origin": origin, "Content-Type": "application/json"},
        data=b'{"sender": "cors-%s", "message": "is IMS safe?"}' % uuid.uuid4().hex[:8].encode(),
    )
    with urllib.request.urlopen(req, timeout=60) as r:
        return r.headers.get_all("Access-Control-Allow-Origin") or []


def _socket_opens(servers, origin) -> bool:
    """Whether the widget, on a page of `origin`, gets a socket.io session."""
    url = servers.url.replace("http", "ws", 1) + "/socket.io/?EIO=4&transport=websocket"

    async def main():
        try:
            async with websockets.connect(url, origin=origin, open_timeout=10) as ws:
                assert (await asyncio.wait_for(ws.recv(), 10)).startswith("0{")
                await ws.send("40")
                return (await asyncio.wait_for(ws.recv(), 10)).startswith("40")
        except websockets.exceptions.InvalidHandshake:
            return False

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, main()).result()


def _eventually(check, timeout=10.0):
    deadline = time.monotonic() + timeout
    while True:
        if check():
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.3)


def _edit_origins(clinic: Path, add: str = "", remove: str = "") -> None:
    lines = clinic.read_text(encoding="utf-8").splitlines()
    if remove:
        lines = [line for line in lines if line.strip() != f"- {remove}"]
    if add:
        at = lines.index("allowed_origins:") + 1
        lines.insert(at, f"  - {add}")
    clinic.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_website_added_to_clinic_yml_can_chat_at_once_and_a_removed_one_cannot(hot):
    rasa_pid = hot.procs[1].pid
    assert _preflight(hot, NEW_SITE) is None and not _socket_opens(hot, NEW_SITE)

    _edit_origins(hot.clinic_file, add=NEW_SITE)
    assert _eventually(lambda: _preflight(hot, NEW_SITE) == NEW_SITE), "REST CORS did not follow clinic.yml"
    assert _socket_opens(hot, NEW_SITE), "socket.io did not follow clinic.yml"
    assert _posted(hot, NEW_SITE) == [NEW_SITE]  # the browser may read the answer
    assert _preflight(hot, HOME_SITE) == HOME_SITE and _socket_opens(hot, HOME_SITE)

    _edit_origins(hot.clinic_file, remove=NEW_SITE)
    assert _eventually(lambda: _preflight(hot, NEW_SITE) is None)
    assert not _socket_opens(hot, NEW_SITE) and _posted(hot, NEW_SITE) == []
    assert _preflight(hot, HOME_SITE) == HOME_SITE and _socket_opens(hot, HOME_SITE)
    assert _preflight(hot, "https://evil.example.com") is None and not _socket_opens(
        hot, "https://evil.example.com"
    )
    assert hot.procs[1].pid == rasa_pid and not hot.restarts, "no restart was needed"


def _fake_model(path: Path) -> None:
    """A whole archive with a metadata file that is not a model's."""
    data = b"{}"
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        info = tarfile.TarInfo("metadata.json")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    path.write_bytes(gzip.compress(buf.getvalue()))


def test_a_model_that_does_not_load_leaves_the_assistant_answering(hot):
    before = hot.served_model()["model"]
    broken = hot.state["target"].with_name("config-badbadbadbadbad0.tar.gz")
    _fake_model(broken)
    hot.state["target"] = broken
    rasa_log = Path(hot.log_dir) / "rasa.log"
    assert _eventually(lambda: "could not be loaded" in rasa_log.read_text(errors="replace"), timeout=60)
    assert hot.served_model()["model"] == before and Path(hot.model).name == before
    turn = send(hot.rest_url, f"after-bad-{uuid.uuid4().hex[:8]}", "does acupuncture hurt?")
    assert turn.kind == "kb"
    hot.state["target"] = broken.with_name("config-0123456789abcdef.tar.gz")


def test_a_newly_trained_model_answers_without_a_restart_or_a_lost_turn(hot):
    rasa_pid = hot.procs[1].pid
    patient = f"hot-{uuid.uuid4().hex[:8]}"
    assert "dry_needling" in send(hot.rest_url, patient, "what is dry needling").contract["kb"]["modalities"]

    # Another patient keeps talking all through the swap.
    answered, failed, stop = [], [], threading.Event()

    def chatter():
        other = f"busy-{uuid.uuid4().hex[:8]}"
        while not stop.is_set():
            try:
                turn = send(hot.rest_url, other, "is acupuncture safe?", timeout=60)
                (answered if turn.kind == "kb" else failed).append(turn.contract)
            except Exception as exc:  # noqa: BLE001 - any failure is what this test looks for
                failed.append(repr(exc))

    talker = threading.Thread(target=chatter)
    talker.start()
    try:
        new = hot.state["target"]
        shutil.copyfile(hot.model, new)  # what `make train` leaves in models/
        assert _eventually(lambda: Path(hot.model) == new, timeout=120), "the new model was never loaded"
        during = len(answered)
        assert _eventually(lambda: len(answered) > during, timeout=30)
    finally:
        stop.set()
        talker.join(timeout=90)

    assert hot.served_model()["model"] == new.name
    assert not failed, failed
    assert answered
    turn = send(hot.rest_url, patient, "does it hurt?")  # the conversation kept its treatment
    assert turn.kind == "kb" and turn.contract["kb"]["topic"] == "sensation"
    assert "dry_needling" in turn.contract["kb"]["modalities"]
    assert hot.procs[1].pid == rasa_pid and not hot.restarts, "Rasa was not restarted"
