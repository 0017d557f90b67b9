"""socket.io sessions on the real servers: a guessed or stolen session id gets nobody's
replies and can't write as anybody; the widget's token resumes its own conversation
(issue 13, finding 5)."""
import asyncio
import json
from concurrent.futures import ThreadPoolExecutor
from typing import Any, List, Optional, Tuple

import pytest
import websockets

from bot.clinic import load_clinic

pytestmark = pytest.mark.e2e
ORIGIN = load_clinic().allowed_origins[0]


class Client:
    """A bare socket.io (Engine.IO v4) client, the way the widget speaks it."""

    def __init__(self, url: str) -> None:
        self.url = url.replace("http", "ws", 1) + "/socket.io/?EIO=4&transport=websocket"
        self.ws: Any = None

    async def __aenter__(self) -> "Client":
        self.ws = await websockets.connect(self.url, origin=ORIGIN, open_timeout=10)
        assert (await self.ws.recv()).startswith("0{")
        await self.ws.send("40")
        assert (await self.ws.recv()).startswith("40")
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.ws.close()

    async def emit(self, event: str, payload: Any) -> None:
        await self.ws.send("42" + json.dumps([event, payload]))

    async def event(self, timeout: float) -> Optional[Tuple[str, Any]]:
        """The next event, answering pings on the way; None when nothing comes in time."""
        loop = asyncio.get_running_loop()
        end = loop.time() + timeout
        while True:
            try:
                frame = await asyncio.wait_for(self.ws.recv(), max(0.01, end - loop.time()))
            except asyncio.TimeoutError:
                return None
            if frame == "2":
                await self.ws.send("3")
            elif frame.startswith("42"):
                event, payload = json.loads(frame[2:].lstrip("0123456789"))
                return event, payload

    async def session(self, **proposal: Any) -> dict:
        await self.emit("session_request", proposal)
        event, payload = await self.event(10)
        assert event == "session_confirm"
        return payload

    async def turn(self, timeout: float = 60) -> List[dict]:
        """Bot messages up to the reply contract that ends a turn."""
        messages: List[dict] = []
        while True:
            got = await self.event(timeout)
            assert got, f"no complete reply, only {messages}"
            if got[0] == "bot_uttered":
                messages.append(got[1])
                if "custom" in got[1]:
                    return messages


def run(coro: Any) -> Any:
    with ThreadPoolExecutor(1) as pool:  # a browser test module may hold this thread's loop
        return pool.submit(asyncio.run, coro).result()


def test_guessed_ids_are_replaced_by_long_server_ids(servers):
    async def main():
        issued = []
        async with Client(servers.url) as c:
            for guess in ("1", "patient-42", None):
                issued.append(await c.session(session_id=guess))
        return issued
    issued = run(main())
    ids = [s["session_id"] for s in issued]
    assert "1" not in ids and "patient-42" not in ids and len(set(ids)) == 3
    assert all(len(i) >= 22 and s["token"] for i, s in zip(ids, issued))


def test_someone_elses_session_id_gets_neither_their_replies_nor_their_voice(servers):
    async def main():
        async with Client(servers.url) as patient, Client(servers.url) as intruder:
            mine = await patient.session()
            stolen = await intruder.session(session_id=mine["session_id"])  # no token
            await intruder.emit("user_uttered", {"message": "cancel my appointments",
                                                 "session_id": mine["session_id"]})
            refused = (await patient.event(8), await intruder.event(0.5))
            await patient.emit("user_uttered", {"message": "does dry needling hurt?",
                                                "session_id": mine["session_id"]})
            answer = await patient.turn()
            overheard = await intruder.event(5)
            return mine, stolen, refused, answer, overheard
    mine, stolen, refused, answer, overheard = run(main())
    assert stolen["session_id"] != mine["session_id"]
    assert refused == (None, None)  # the intruder's message was never answered, to anyone
    assert answer[-1]["custom"]["kind"] == "kb"
    assert overheard is None  # the intruder never receives the patient's reply


def test_the_token_resumes_the_same_conversation(servers):
    async def main():
        async with Client(servers.url) as first:
            mine = await first.session()
            await first.emit("user_uttered", {"message": "what is IMS", "session_id": mine["session_id"]})
            await first.turn()
        async with Client(servers.url) as again:  # a reload, or a dropped connection
            resumed = await again.session(session_id=mine["session_id"], token=mine["token"])
            await again.emit("user_uttered", {"message": "does it hurt?", "session_id": resumed["session_id"]})
            return mine, resumed, await again.turn()
    mine, resumed, answer = run(main())
    assert resumed == mine
    contract = answer[-1]["custom"]
    assert contract["kind"] == "kb" and "ims" in contract["kb"]["modalities"]  # it remembered the treatment


def test_oversized_messages_get_the_too_long_reply_and_hold_up_nobody(servers):
    async def main():
        async with Client(servers.url) as flooder, Client(servers.url) as patient:
            big, mine = await flooder.session(), await patient.session()
            await flooder.emit("user_uttered", {"message": "my knee hurts " * 2_000, "session_id": big["session_id"]})
            await patient.emit("user_uttered", {"message": "is acupuncture safe?", "session_id": mine["session_id"]})
            refused, answered = await asyncio.gather(flooder.turn(30), patient.turn(30))
        async with Client(servers.url) as huge:  # above the 64 KB packet limit: the socket is closed
            session = await huge.session()
            await huge.emit("user_uttered", {"message": "x" * 100_000, "session_id": session["session_id"]})
            try:
                dropped = await huge.event(10) is None and huge.ws.closed
            except websockets.ConnectionClosed:
                dropped = True
        return refused, answered, dropped
    refused, answered, dropped = run(main())
    assert refused[-1]["custom"]["reason"] == "too_long" and "too long" in refused[0]["text"]
    assert answered[-1]["custom"]["kind"] in ("kb", "clarify")
    assert dropped
