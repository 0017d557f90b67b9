"""Local stand-ins for Telegram's Bot API and Twilio's Messages resource.

One small aiohttp app on 127.0.0.1 (a free port, in a background thread) answers both:
  POST /bot<token>/<method>                          Telegram (getMe, setWebhook, sendMessage...)
  POST /2010-04-01/Accounts/<sid>/Messages.json      Twilio (creates a message)
Every call is recorded, so tests can wait for what the assistant sent. `fail` makes the
API answer a server error to one recipient (a number of times, or until `heal`), as a
provider outage looks to the assistant; those calls are recorded as failed.
"""

import asyncio
import threading
import time
from typing import Any, Callable, Dict, List, Optional

from aiohttp import web


class PlatformStandIn:
    def __init__(self, port: int) -> None:
        self.port = port
        self.calls: List[Dict[str, Any]] = []
        self._lock = threading.Lock()
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self._runner: Optional[web.AppRunner] = None
        self._thread: Optional[threading.Thread] = None
        self._faults: List[Dict[str, Any]] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # --- recording -------------------------------------------------------------------
    def _record(self, call: Dict[str, Any]) -> None:
        with self._lock:
            self.calls.append(call)

    def recorded(
        self, platform: str, method: Optional[str] = None, failed: bool = False
    ) -> List[Dict[str, Any]]:
        """Calls the API took in (or, with failed=True, the ones it answered with an error)."""
        with self._lock:
            return [
                c
                for c in self.calls
                if c["platform"] == platform
                and (method is None or c["method"] == method)
                and bool(c.get("failed")) == failed
            ]

    # --- outages ---------------------------------------------------------------------
    def fail(self, platform: str, recipient: str, times: Optional[int] = None, status: int = 500) -> None:
        """Answer `status` to the next `times` sends to `recipient` (a Telegram chat id or a
        Twilio "To"), or to all of them until `heal`."""
        with self._lock:
            self._faults.append(
                {"platform": platform, "recipient": str(recipient), "left": times, "status": status}
            )

    def heal(self) -> None:
        with self._lock:
            self._faults.clear()

    def _fault(self, platform: str, recipient: Any) -> Optional[int]:
        """The error status to answer this call with, if an outage covers it."""
        with self._lock:
            for fault in self._faults:
                if (
                    fault["platform"] == platform
                    and fault["recipient"] == str(recipient)
                    and fault["left"] != 0
                ):
                    if fault["left"] is not None:
                        fault["left"] -= 1
                    return fault["status"]
        return None

    def wait_for(
        self,
        predicate: Callable[[List[Dict[str, Any]]], bool],
        platform: str,
        method: str,
        timeout: float = 30.0,
        settle: float = 0.3,
    ) -> List[Dict[str, Any]]:
        """Poll until predicate(calls) holds (then wait `settle` s for more parts of the same
        turn); return the calls. Fails with what was recorded on timeout."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            calls = self.recorded(platform, method)
            if predicate(calls):
                time.sleep(settle)
                return self.recorded(platform, method)
            time.sleep(0.05)
        raise AssertionError(
            f"timed out waiting for {platform} {method}; recorded: {self.recorded(platform)}"
        )

    # --- the fake APIs ---------------------------------------------------------------
    @staticmethod
    async def _params(request: web.Request) -> Dict[str, Any]:
        if request.content_type == "application/json":
            return await request.json()
        form = await request.post()
        return {k: form.getall(k) if len(form.getall(k)) > 1 else form.get(k) for k in form.keys()}

    async def telegram(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await self._params(request)
        status = self._fault("telegram", params.get("chat_id")) if method == "sendMessage" else None
        self._record(
            {
                "platform": "telegram",
                "method": method,
                "token": request.match_info["token"],
                "params": params,
                "failed": status,
            }
        )
        if status:
            return web.json_response(
                {"ok": False, "error_code": status, "description": "Internal Server Error"}, status=status
            )
        if method == "getMe":
            result: Any = {
                "id": 4242,
                "is_bot": True,
                "first_name": "Needle Guide",
                "username": "needle_guide_bot",
            }
        elif method == "sendMessage":
            result = {
                "message_id": len(self.calls),
                "date": int(time.time()),
                "text": params.get("text", ""),
                "chat": {"id": int(params.get("chat_id", 0)), "type": "private"},
            }
        else:
            result = True
        return web.json_response({"ok": True, "result": result})

    async def twilio(self, request: web.Request) -> web.Response:
        params = await self._params(request)
        sid = request.match_info["sid"]
        auth = request.headers.get("Authorization", "")
        status = self._fault("twilio", params.get("To"))
        self._record(
            {
                "platform": "twilio",
                "method": "Messages",
                "sid": sid,
                "auth": auth,
                "params": params,
                "failed": status,
            }
        )
        if status:
            return web.json_response(
                {
                    "code": 20500,
                    "message": "Internal Server Error",
                    "status": status,
                    "more_info": "https://www.twilio.com/docs/errors/20500",
                },
                status=status,
            )
        n = len(self.calls)
        return web.json_response(
            {
                "sid": f"SM{n:032d}",
                "account_sid": sid,
                "to": params.get("To"),
                "from": params.get("From"),
                "body": params.get("Body"),
                "status": "queued",
                "num_segments": "1",
                "num_media": "0",
                "direction": "outbound-api",
                "api_version": "2010-04-01",
                "price": None,
                "price_unit": "USD",
                "date_created": "Sun, 22 Nov 2026 10:00:00 +0000",
                "date_updated": "Sun, 22 Nov 2026 10:00:00 +0000",
                "date_sent": None,
                "error_code": None,
                "error_message": None,
                "messaging_service_sid": None,
                "uri": f"/2010-04-01/Accounts/{sid}/Messages/SM{n:032d}.json",
                "subresource_uris": {},
            },
            status=201,
        )

    # --- lifecycle -------------------------------------------------------------------
    def start(self) -> "PlatformStandIn":
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self.telegram)
        app.router.add_post("/2010-04-01/Accounts/{sid}/Messages.json", self.twilio)
        ready = threading.Event()

        def run() -> None:
            self._loop = asyncio.new_event_loop()
            asyncio.set_event_loop(self._loop)
            self._runner = web.AppRunner(app)
            self._loop.run_until_complete(self._runner.setup())
            self._loop.run_until_complete(web.TCPSite(self._runner, "127.0.0.1", self.port).start())
            ready.set()
            self._loop.run_forever()

        self._thread = threading.Thread(target=run, daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("the platform stand-in did not start")
        return self

    def stop(self) -> None:
        if self._loop and self._runner:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)
