"""Tracker and review database faults, through the real servers (issue 13, finding 4).

While tracker.db is locked by another program, made read-only, or its disk is full, other
patients are still answered quickly; once the fault is over, every answered turn is in
tracker.db (in order) and in the review log. Turns still waiting when the assistant is
killed are written after it starts again. The servers here have their own databases, on a
small tmpfs of their own where mounting is possible (we are root in CI)."""

import os
import signal
import sqlite3
import subprocess
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.ops.client import send
from tests.helpers import trained_model

pytestmark = pytest.mark.e2e

QUESTIONS = ["does dry needling hurt?", "is IMS safe?", "how long does an acupuncture session take?"]
ANSWER_BOUND = 5.0  # seconds; the faults below last longer than this


def start_servers(folder: Path, log_dir: Path):
    from bot.ops.serve import Servers, free_port

    model = trained_model()
    srv = Servers(
        model=model,
        rasa_port=free_port(),
        action_port=free_port(),
        tracker_db=folder / "tracker.db",
        log_dir=log_dir,
        extra_env={
            "NEEDLE_LOGS_DB": str(folder / "logs.db"),
            "NEEDLE_CHANNEL_DB": str(log_dir / "channels.db"),
        },
    )
    return srv.start()


@dataclass
class Disk:
    path: Path
    kind: str  # "ext4" (a loop-mounted image), "tmpfs", or "plain" (no mount possible)
    why_not: str  # why nothing could be mounted


def mount_small_disk(folder: Path, image: Path) -> Disk:
    """A 64 MB ext4 image, loop-mounted (we are root in CI): it can be filled, and its
    files made immutable. Else a tmpfs (it can be filled); else a plain folder.

    With 4 KB blocks, as on any ordinary disk: mkfs.ext4 gives so small an image 1 KB blocks,
    and there SQLite's shared-memory index (the -shm file, memory-mapped) can touch a block
    that was never allocated once the disk is full, and the kernel kills the server with
    SIGBUS (measured: a WAL database reopened on a full 1 KB-block image died with exit 135;
    on 4 KB blocks it is refused writes and lives). SQLite allocates the index a page at a
    time, which covers a whole block only when blocks are page-sized. `bot serve` warns when
    var/ is on such a filesystem."""
    steps = [
        ["truncate", "-s", "64M", str(image)],
        ["mkfs.ext4", "-q", "-F", "-m", "0", "-b", "4096", str(image)],
        ["mount", "-o", "loop", str(image), str(folder)],
    ]
    for step in steps:
        result = subprocess.run(step, capture_output=True, text=True)
        if result.returncode != 0:
            break
    else:
        return Disk(folder, "ext4", "")
    loop_error = f"{' '.join(step[:1])}: {result.stderr.strip()}"
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(folder)], capture_output=True, text=True
    )
    if result.returncode == 0:
        return Disk(folder, "tmpfs", loop_error)
    return Disk(folder, "plain", f"{loop_error}; mount -t tmpfs: {result.stderr.strip()}")


@pytest.fixture(scope="module")
def disk(tmp_path_factory):
    base = tmp_path_factory.mktemp("faults")
    folder = base / "var"
    folder.mkdir()
    disk = mount_small_disk(folder, base / "disk.img")
    try:
        yield disk
    finally:
        if disk.kind != "plain":
            unmount(folder)


def unmount(folder: Path) -> None:
    for _attempt in range(10):
        if subprocess.run(["umount", str(folder)], capture_output=True).returncode == 0:
            return
        time.sleep(0.5)  # a server still closing its files
    subprocess.run(["umount", "-l", str(folder)], capture_output=True)


@pytest.fixture(scope="module")
def servers(disk):
    srv = start_servers(disk.path, disk.path.parent / "logs")
    yield srv
    srv.stop()


def rows(db: Path, sql: str, args=()):
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        return [r for r in conn.execute(sql, args)]
    finally:
        conn.close()


def stored(srv, sender):
    return [
        t
        for (t,) in rows(
            srv.tracker_db,
            "SELECT json_extract(data, '$.text') FROM events "
            "WHERE sender_id = ? AND type_name = 'user' ORDER BY id",
            [sender],
        )
    ]


def logged(srv, sender):
    return [
        m
        for (m,) in rows(
            srv.review_db(), "SELECT message FROM turns WHERE conversation_id = ? ORDER BY id", [sender]
        )
    ]


def refusals(srv) -> int:
    """How many times the server logged that a database refused its writes (once per outage)."""
    log = Path(srv.log_dir) / "rasa.log"
    return log.read_text(errors="replace").count("the database refuses writes") if log.exists() else 0


def patients_talk(srv, n_patients: int = 3):
    """Several patients at once, each asking the questions in turn; every answer is timed."""
    senders = [f"fault-{uuid.uuid4().hex[:8]}" for _ in range(n_patients)]
    results = {s: [] for s in senders}

    def talk(sender):
        for text in QUESTIONS:
            started = time.monotonic()
            try:
                turn = send(srv.rest_url, sender, text, timeout=60)
                results[sender].append((text, bool(turn.texts), time.monotonic() - started))
            except Exception as exc:  # noqa: BLE001 - reported by the assertion below
                results[sender].append((text, f"{type(exc).__name__}: {exc}", time.monotonic() - started))

    threads = [threading.Thread(target=talk, args=(s,)) for s in senders]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for sender, answers in results.items():
        for text, answered, took in answers:
            assert answered is True, f"{sender} got no answer to {text!r}: {answered}{server_deaths(srv)}"
            assert took < ANSWER_BOUND, f"{sender} waited {took:.1f} s for an answer to {text!r}"
    return senders


def server_deaths(srv) -> str:
    """For a failure message: which server process has exited, and the end of its log."""
    said = []
    for proc, log_name in zip(srv.procs, ("actions.log", "rasa.log", "web.log")):
        if proc.poll() is not None:
            log = Path(srv.log_dir) / log_name
            tail = log.read_text(errors="replace").splitlines()[-15:] if log.exists() else []
            said.append(f"\n{log_name[:-4]} server exited with code {proc.returncode}:\n" + "\n".join(tail))
    return "".join(said)


def assert_every_turn_lands(srv, senders, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while True:
        missing = {
            s: (stored(srv, s), logged(srv, s))
            for s in senders
            if stored(srv, s) != QUESTIONS or logged(srv, s) != QUESTIONS
        }
        if not missing or time.monotonic() > deadline:
            break
        time.sleep(0.25)
    assert not missing, f"answered turns missing after the fault (tracker, review log): {missing}"


def test_a_locked_tracker_database_stops_nobody_and_loses_nothing(servers):
    refused = refusals(servers)
    conn = sqlite3.connect(servers.tracker_db, isolation_level=None, check_same_thread=False)
    conn.execute("BEGIN EXCLUSIVE")  # another program holds the write lock...
    release = threading.Timer(10.0, lambda: (conn.execute("ROLLBACK"), conn.close()))
    release.start()  # ...for 10 s
    try:
        senders = patients_talk(servers)
        assert release.is_alive(), "the lock was released before the patients were answered"
    finally:
        release.join()
    assert_every_turn_lands(servers, senders)
    assert refusals(servers) > refused


def immutable(paths, on: bool) -> None:
    subprocess.run(["chattr", "+i" if on else "-i", *map(str, paths)], check=True, capture_output=True)


def test_read_only_databases_stop_nobody_and_lose_nothing(servers, disk):
    """Read-only for root too: `chattr +i` (immutable) on tracker.db, logs.db and their WAL
    files; root ignores file modes, not this flag. The shared-memory -shm files are left
    writable (an immutable memory map would crash the server with SIGBUS instead)."""
    if disk.kind == "tmpfs":
        pytest.skip("tmpfs lets an open file be written after chattr +i: no read-only fault for root here")
    send(servers.rest_url, "warm-up", "hello")  # both databases and their WAL files exist
    refused = refusals(servers)
    files = [
        Path(servers.tracker_db),
        Path(servers.tracker_db).with_name("tracker.db-wal"),
        servers.review_db(),
        servers.review_db().with_name("logs.db-wal"),
    ]
    try:
        immutable(files, True)
    except (subprocess.CalledProcessError, OSError) as exc:
        pytest.skip(
            f"no immutable flag on this filesystem (chattr +i: {exc}): cannot make files read-only for root"
        )
    try:
        probe = sqlite3.connect(servers.tracker_db)
        with pytest.raises(sqlite3.OperationalError):  # the fault is real
            with probe:
                probe.execute("DELETE FROM events WHERE sender_id = 'nobody'")
        probe.close()
        senders = patients_talk(servers)
    finally:
        immutable(files, False)
    assert_every_turn_lands(servers, senders)
    assert refusals(servers) > refused, "the server's writes were not refused: the test proves nothing"


def test_a_full_disk_stops_nobody_and_loses_nothing(servers, disk):
    if disk.kind == "plain":
        pytest.skip(f"cannot mount a small filesystem here ({disk.why_not}): no full-disk test")
    refused = refusals(servers)
    filler = disk.path / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        for chunk in (1 << 20, 1 << 16, 1 << 12, 1):  # to the last page
            try:
                while True:
                    os.write(fd, b"\1" * chunk)
            except OSError:
                pass
    finally:
        os.close(fd)
    try:
        senders = patients_talk(servers)
    finally:
        filler.unlink()
    assert_every_turn_lands(servers, senders)
    assert refusals(servers) > refused, "the full disk refused no write: the test proves nothing"


def test_turns_waiting_when_the_assistant_is_killed_are_written_after_a_restart(servers, disk):
    """Last in this module: it kills these servers (the next start replays the journal)."""
    conn = sqlite3.connect(servers.tracker_db, isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    try:
        senders = patients_talk(servers, n_patients=2)
        assert all(stored(servers, s) == [] for s in senders)
        rasa = servers.procs[1]
        os.killpg(rasa.pid, signal.SIGKILL)  # no chance to write anything on the way out
        rasa.wait(timeout=30)
    finally:
        conn.execute("ROLLBACK")
        conn.close()
    servers.stop()
    journal = Path(f"{servers.tracker_db}.pending")  # nothing in it but redacted events
    assert journal.exists() and journal.stat().st_size > 0, "the waiting turns were not journaled"
    assert all(stored(servers, s) == [] for s in senders)
    again = start_servers(disk.path, disk.path.parent / "logs-again")
    try:
        assert_every_turn_lands(again, senders)
        assert send(again.rest_url, senders[0], "does it hurt?").texts  # the conversation goes on
    finally:
        again.stop()


def test_serve_warns_when_the_databases_are_on_a_small_block_filesystem(tmp_path, disk):
    """The 1 KB-block filesystem that once crashed the server on a full disk is named at start."""
    from bot.ops.serve import small_block_warning

    if disk.kind == "ext4":  # this module's own disk has 4 KB blocks, like an ordinary one
        assert small_block_warning(disk.path) is None
    folder = tmp_path / "small-blocks"
    folder.mkdir()
    image = tmp_path / "small.img"
    steps = [
        ["truncate", "-s", "8M", str(image)],
        ["mkfs.ext4", "-q", "-F", "-b", "1024", str(image)],
        ["mount", "-o", "loop", str(image), str(folder)],
    ]
    for step in steps:
        if subprocess.run(step, capture_output=True).returncode != 0:
            pytest.skip(f"cannot make a 1 KB-block filesystem here ({step[0]} failed)")
    try:
        warning = small_block_warning(folder)
    finally:
        unmount(folder)
    assert warning and "1024-byte blocks" in warning and str(folder) in warning
