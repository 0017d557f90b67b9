"""A bare socket.io client speaking as the widget does, for tests of the widget's channel on
the real servers (no browser needed)."""
import asyncio
import json
from concurrent.futures import ThreadPoolExecutor
from typing import Any, List, Optional, Tuple

import websockets

from bot.clinic import load_clinic

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
