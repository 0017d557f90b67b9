"""make cluster's lock store (bot/lock_store.py) against a real Redis: two servers taking
messages of one conversation at the same moment handle them one at a time, in the order
their tickets were issued, and leave no lock behind; a ticket whose server died expires.
Skipped where redis-server is not installed."""

import asyncio
import shutil
import socket
import subprocess
import threading
import time

import pytest

from bot.lock_store import AtomicRedisLockStore


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def redis_port(tmp_path_factory):
    exe = shutil.which("redis-server")
    if not exe:
        pytest.skip("redis-server is not installed (make cluster installs it)")
    port = _free_port()
    proc = subprocess.Popen(
        [exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        cwd=tmp_path_factory.mktemp("redis"),
        stdout=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), 0.1).close()
                break
            except OSError:
                time.sleep(0.05)
        yield port
    finally:
        proc.terminate()
        proc.wait(10)


def _server(port: int, conversation: str, n: int, inside: list, order: list, errors: list) -> None:
    """One Rasa server: n messages of the conversation at once, each holding the lock a moment."""
    store = AtomicRedisLockStore(host="127.0.0.1", port=port, db=1, wait=0.01)

    async def one(i: int) -> None:
        async with store.lock(conversation, lock_lifetime=30) as lock:
            inside.append(i)
            if len(inside) > 1:
                errors.append(f"two messages handled at once: {inside}")
            order.append(lock.now_serving)
            await asyncio.sleep(0.005)
            inside.remove(i)

    async def run() -> None:
        await asyncio.gather(*(one(i) for i in range(n)))

    try:
        asyncio.run(run())
    except Exception as exc:  # noqa: BLE001 - reported by the test
        errors.append(repr(exc))


def test_two_servers_take_one_conversation_one_message_at_a_time(redis_port):
    inside, order, errors = [], [], []
    threads = [
        threading.Thread(target=_server, args=(redis_port, "conv-a", 25, inside, order, errors))
        for _ in range(2)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    assert sorted(order) == list(range(50))  # every message got its own ticket, each served once
    store = AtomicRedisLockStore(host="127.0.0.1", port=redis_port, db=1)
    assert store.get_lock("conv-a") is None  # nobody waits: no lock left behind


def test_a_ticket_of_a_server_that_died_expires(redis_port):
    store = AtomicRedisLockStore(host="127.0.0.1", port=redis_port, db=1, wait=0.01)
    dead = store.issue_ticket("conv-b", lock_lifetime=0.2)  # its server never finishes it

    async def next_message() -> int:
        async with store.lock("conv-b", lock_lifetime=30) as lock:
            return lock.now_serving

    started = time.monotonic()
    served = asyncio.run(next_message())
    assert served == dead + 1
    assert time.monotonic() - started < 5
    lock = store.get_lock("conv-b")
    assert lock is None  # Rasa's own code reads what the scripts write


def test_a_server_that_died_mid_message_holds_its_conversation_only_for_the_configured_lifetime(
    redis_port,
):
    """As Rasa builds it from deploy/cluster/endpoints.yml, and as Rasa's agent calls it (no
    lifetime of its own): the message a dead server left unfinished stops holding the
    conversation after `lock_lifetime`, not Rasa's 60 seconds, so the patient's resent
    message is answered by the other server in seconds."""
    from pathlib import Path

    import yaml
    from rasa.utils.endpoints import EndpointConfig

    deployed = yaml.safe_load(
        (Path(__file__).parents[2] / "deploy" / "cluster" / "endpoints.yml").read_text()
    )["lock_store"]
    assert 0 < float(deployed["lock_lifetime"]) <= 15
    config = EndpointConfig(url="127.0.0.1", port=redis_port, db=1, wait=0.01, lock_lifetime=0.5)
    died, other = AtomicRedisLockStore(endpoint_config=config), AtomicRedisLockStore(endpoint_config=config)
    killed_loop = asyncio.new_event_loop()  # never closed: the server is killed mid-message,
    holding = died.lock("conv-d")  # so its ticket is never finished
    killed_loop.run_until_complete(holding.__aenter__())

    async def resent() -> int:
        async with other.lock("conv-d") as lock:
            return lock.now_serving

    started = time.monotonic()
    assert asyncio.run(resent()) == 1
    assert time.monotonic() - started < 5  # Rasa's default would hold it 60 s


def test_messages_waiting_longer_than_the_lifetime_are_all_answered_in_order(redis_port):
    """A patient's messages queued behind each other for longer than a ticket's lifetime:
    a waiting ticket stays alive while its server is there to ask, so they are still taken
    one at a time, in order (with Rasa's own wait, expired tickets let three in at once)."""
    store = AtomicRedisLockStore(host="127.0.0.1", port=redis_port, db=1, wait=0.01, lock_lifetime=0.3)
    served, inside, overlaps = [], [], []

    async def one(i: int) -> None:
        await asyncio.sleep(0.02 * i)  # they arrive in this order
        async with store.lock("conv-e") as lock:
            served.append((i, lock.now_serving))
            inside.append(i)
            if len(inside) > 1:
                overlaps.append(list(inside))
            await asyncio.sleep(0.2)  # each takes two thirds of the lifetime
            inside.remove(i)

    async def run() -> None:
        await asyncio.gather(*(one(i) for i in range(5)))

    asyncio.run(run())  # the last one waits about 0.8 s, more than twice the lifetime
    assert served == [(i, i) for i in range(5)]
    assert not overlaps, f"messages of one conversation handled at once: {overlaps}"
    assert store.get_lock("conv-e") is None
