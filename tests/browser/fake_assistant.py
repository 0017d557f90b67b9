"""The real page server (bot.web: demo page, widget, security headers) with a scripted
socket.io endpoint on the same port, so browser tests can show every reply kind without a
model, and can drop the server mid-chat and bring it back.

Tests can also serve their own variants of the page (`pages`: /pages/<name>), e.g. the
demo page in French, from the same origin as the real one.

It speaks just what the widget speaks: Engine.IO v4 text frames over a WebSocket. Sessions
work like the real channel's: the server issues an id and a token, and resumes a proposed
id only with its token.
"""

import asyncio
import itertools
import json
import threading
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional

from aiohttp import WSMsgType, web

Replies = Callable[[str], List[Dict[str, Any]]]


class FakeAssistant:
    def __init__(self, port: int, replies: Replies, logs_db: Path) -> None:
        self.port, self.replies, self.logs_db = port, replies, logs_db
        self.url = f"http://127.0.0.1:{port}"
        self.session_requests: List[Dict[str, Any]] = []
        self.received: List[Dict[str, Any]] = []
        self.pages: Dict[str, str] = {}
        self.swallow: set = set()  # messages received once without a reply (a server about to die)
        self._ids = itertools.count(1)
        self._sockets: set = set()
        self._runner: Optional[web.AppRunner] = None
        self._loop = asyncio.new_event_loop()
        threading.Thread(target=self._loop.run_forever, daemon=True).start()

    def _run(self, coro: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(15)

    def start(self) -> "FakeAssistant":
        self._run(self._start())
        return self

    def stop(self) -> None:
        """Drop every socket and stop listening, like a server that went away."""
        self._run(self._stop())

    def close(self) -> None:
        if self._runner:
            self.stop()
        self._loop.call_soon_threadsafe(self._loop.stop)

    async def _start(self) -> None:
        from bot.web import make_app

        app = make_app(self.url, logs_db=self.logs_db)
        app.router.add_get("/socket.io/", self._socket)
        app.router.add_get("/pages/{name}", self._page)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()

    async def _stop(self) -> None:
        for ws in list(self._sockets):
            await ws.close(code=1001)
        await self._runner.cleanup()
        self._runner = None

    async def _page(self, request: web.Request) -> web.Response:
        html = self.pages.get(request.match_info["name"])
        if html is None:
            raise web.HTTPNotFound()
        return web.Response(text=html, content_type="text/html", charset="utf-8")

    @staticmethod
    def token(session_id: str) -> str:
        return "token-for-" + session_id

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._sockets.add(ws)
        await ws.send_str(
            "0"
            + json.dumps(
                {"sid": f"eio{next(self._ids)}", "upgrades": [], "pingInterval": 25000, "pingTimeout": 20000}
            )
        )
        try:
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    break
                if msg.data.startswith("40"):
                    await ws.send_str("40" + json.dumps({"sid": f"sio{next(self._ids)}"}))
                elif msg.data.startswith("42"):
                    event, payload = json.loads(msg.data[2:])
                    await self._event(ws, event, payload if isinstance(payload, dict) else {})
        finally:
            self._sockets.discard(ws)
        return ws

    async def _event(self, ws: web.WebSocketResponse, event: str, payload: Dict[str, Any]) -> None:
        if event == "session_request":
            self.session_requests.append(payload)
            proposed = payload.get("session_id")
            resumed = proposed and payload.get("token") == self.token(str(proposed))
            session_id = str(proposed) if resumed else f"fake-session-{next(self._ids)}"
            await ws.send_str(
                "42"
                + json.dumps(["session_confirm", {"session_id": session_id, "token": self.token(session_id)}])
            )
        elif event == "user_uttered":
            self.received.append(payload)
            if payload.get("message") in self.swallow:
                self.swallow.discard(payload.get("message"))
                return
            for message in self.replies(str(payload.get("message", ""))):
                await ws.send_str("42" + json.dumps(["bot_uttered", message]))
