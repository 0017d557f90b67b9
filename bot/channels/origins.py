"""The websites allowed to talk to the assistant, as clinic.yml says now (issue 13).

Rasa's CORS (`rasa run --cors`) and a fixed list for socket.io were read once at start-up:
a clinic that added its website saw "Can't reach the assistant" until someone restarted
the server. Here the answer is worked out per request: the socket.io channel asks
`allowed(origin)` for every connection and polling request, and the REST channel's CORS
headers (`add_cors_headers`, an app-wide response middleware) come from the same answer.

`load_clinic()` re-reads clinic.yml only when the file changed (one stat per call) and keeps
the last good version of a broken edit, so a mistyped edit never closes the door either.
No allowed origin means no website may embed the widget (never "any website").
"""

import logging
import re
from typing import Any, List, Optional

from bot.clinic import allowed_origins, load_clinic

logger = logging.getLogger(__name__)

_last: List[str] = []
HEADER_LIST = re.compile(r"^[A-Za-z0-9\-, ]{1,200}$")  # what a preflight may ask to send


def current() -> List[str]:
    """clinic.yml `allowed_origins` plus NEEDLE_EXTRA_ORIGINS, as of now."""
    global _last
    try:
        _last = allowed_origins(load_clinic())
    except Exception:  # noqa: BLE001 - a clinic file that was never good: keep what we had
        logger.exception("allowed origins: clinic.yml could not be read; keeping the last list")
    return _last


def allowed(origin: Optional[str], environ: Any = None) -> bool:
    """For python-socketio's `cors_allowed_origins` callable (origin, environ)."""
    return bool(origin) and origin in current()


def add_cors_headers(request: Any, response: Any) -> None:
    """Sanic response middleware: CORS headers for an allowed website's request, preflights
    (OPTIONS) included. socket.io answers its own requests (the header is then already set)."""
    origin = request.headers.get("origin")
    if not origin or response is None or getattr(response, "headers", None) is None:
        return
    if "access-control-allow-origin" in response.headers or not allowed(origin):
        return
    headers = response.headers
    headers["Access-Control-Allow-Origin"] = origin
    vary = headers.get("vary")
    headers["Vary"] = f"{vary}, Origin" if vary and "origin" not in vary.lower() else (vary or "Origin")
    if request.method == "OPTIONS":
        headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        asked = request.headers.get("access-control-request-headers", "")
        headers["Access-Control-Allow-Headers"] = asked if HEADER_LIST.match(asked) else "Content-Type"
