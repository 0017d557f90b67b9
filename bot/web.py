"""The demo clinic page with the chat widget, and where the widget records feedback.

`python -m bot.web --port 8080 --rasa-url http://127.0.0.1:5005` (started by `Servers`):

- GET  /                 a demo clinic page (name from clinic.yml) that embeds the widget
- GET  /widget/<file>    the widget itself (web/widget/), for any clinic website to embed
- POST /api/feedback     {"session_id", "kb_id", "helpful"}: one row in the `feedback`
                         table of var/logs.db (path from NEEDLE_LOGS_DB; make cluster: of the
                         shared PostgreSQL), only for an entry
                         that exists in the knowledge base, and at most NEEDLE_RATE_FEEDBACK
                         posts per address (default 30/60: 30 per 60 s; 429 beyond)
- POST /api/event        {"event": "booking_click"}: the widget's booking link was clicked; one
                         row (time, event: nothing personal) in `widget_events` of var/logs.db,
                         counted on the staff dashboard; same origin and rate rules as feedback
- POST /api/privacy/reference   {"session_id", "token"}: the conversation's short reference
- POST /api/privacy/transcript  {"session_id", "token", "format": "text"|"json"}: the patient's
                         own transcript, as a download (bot/privacy/export.py)
- POST /api/privacy/erase       {"session_id", "token"}: erase the patient's own conversation
                         (bot/privacy/erase.py); the audit log keeps that it happened
  All three need the session's token (bot/channels/session_tokens.py): a bare session id
  proves nothing. Same origin and rate rules as feedback.
- GET  /health           {"status", "web", "rasa", "actions"}: "ok"/"down" each; 503 unless all ok

Every response carries security headers (`security_headers`): a Content-Security-Policy
(scripts only from this server, no inline script; connections only to this server and the
Rasa server; framing only by NEEDLE_FRAME_ANCESTORS, default 'self'),
X-Content-Type-Options: nosniff and Referrer-Policy: no-referrer.
"""

import argparse
import asyncio
import html
import logging
import os
import re
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Tuple
from urllib.parse import urlsplit

from aiohttp import web

from bot import PROJECT_ROOT
from bot.channels import origins
from bot.clinic import Clinic, load_clinic
from bot.limits import RateLimiter, parse_rate
from bot.review import logs_db_path

logger = logging.getLogger(__name__)

WIDGET_DIR = PROJECT_ROOT / "web" / "widget"
PAGE = PROJECT_ROOT / "web" / "index.html"
KB_ID = re.compile(r"^[A-Za-z0-9_.-]{1,100}$")
SESSION_ID = re.compile(r"^[A-Za-z0-9_-]{1,100}$")
MAX_BODY = 2048
DEFAULT_FEEDBACK_RATE = "30/60"
WIDGET_EVENTS = ("booking_click",)
# 'self', 'none', or an http(s) origin, optionally with a leading wildcard host label
ANCESTOR = re.compile(r"^('self'|'none'|https?://(\*\.)?[A-Za-z0-9.-]+(:\d{1,5})?)$")


def frame_ancestors(value: Optional[str]) -> str:
    """The CSP frame-ancestors sources from NEEDLE_FRAME_ANCESTORS (spaces or commas
    between them); anything that is not a source is dropped and logged."""
    sources = []
    for item in re.split(r"[\s,]+", (value or "").strip()):
        if not item:
            continue
        bare = item.rstrip("/")
        if bare in ("self", "none"):
            bare = f"'{bare}'"
        if ANCESTOR.match(bare):
            sources.append(bare)
        else:
            logger.warning(
                f"NEEDLE_FRAME_ANCESTORS: {item!r} is not 'self', 'none' or an http(s) origin; ignored"
            )
    if "'none'" in sources:
        return "'none'"
    return " ".join(dict.fromkeys(sources)) or "'self'"


def security_headers(rasa_url: str, env: Mapping[str, str] = os.environ) -> Dict[str, str]:
    """The headers every response gets. The page and the widget need: scripts from here,
    the widget's own <style> element and the page's inline styles, a WebSocket to Rasa."""
    parts = urlsplit(rasa_url)
    rasa = f"{parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https") and parts.netloc else ""
    socket = rasa.replace("http", "ws", 1) if rasa else ""
    ancestors = frame_ancestors(env.get("NEEDLE_FRAME_ANCESTORS"))
    csp = "; ".join(
        [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            " ".join(filter(None, ["connect-src 'self'", rasa, socket])),
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            f"frame-ancestors {ancestors}",
        ]
    )
    headers = {
        "Content-Security-Policy": csp,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
    }
    legacy = {"'self'": "SAMEORIGIN", "'none'": "DENY"}.get(ancestors)
    if legacy:  # for browsers without CSP frame-ancestors
        headers["X-Frame-Options"] = legacy
    return headers


def feedback_rate(env: Mapping[str, str] = os.environ) -> Optional[Tuple[int, float]]:
    """(posts, seconds) per address from NEEDLE_RATE_FEEDBACK ("30/60"; "0" turns it off)."""
    raw = env.get("NEEDLE_RATE_FEEDBACK")
    try:
        return parse_rate(DEFAULT_FEEDBACK_RATE if raw is None else raw)
    except ValueError:
        logger.error(f"NEEDLE_RATE_FEEDBACK={raw!r} is not a rate like 30/60; using {DEFAULT_FEEDBACK_RATE}")
        return parse_rate(DEFAULT_FEEDBACK_RATE)


def known_entry(kb_id: str) -> bool:
    """Is there a knowledge-base entry with this id? (feedback on anything else is noise)"""
    from bot.knowledge.store import get_store

    return get_store().get(kb_id) is not None


def save_feedback(db_file: Path, session_id: str, kb_id: str, helpful: bool) -> None:
    """The widget's "was this helpful?", in the review database (bot/review/store.py
    record_feedback), by the widget's session id; with make cluster (NEEDLE_PG_* set) in the
    shared PostgreSQL (bot/review/pg_tables.py), whichever page server takes it."""
    import sqlite_utils

    from bot.review.pg_tables import shared_review
    from bot.review.store import record_feedback

    shared = shared_review()
    if shared is not None:
        shared.record_feedback(None, kb_id, helpful, session_id=session_id)
        return
    db_file.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(db_file)
    try:
        record_feedback(db, None, kb_id, helpful, session_id=session_id)
    finally:
        db.close()


def parse_feedback(data: Any) -> Optional[Dict[str, Any]]:
    """The feedback fields when they are well formed, else None."""
    if not isinstance(data, dict):
        return None
    kb_id, session_id, helpful = data.get("kb_id"), data.get("session_id") or "", data.get("helpful")
    if not isinstance(kb_id, str) or not KB_ID.match(kb_id) or not isinstance(helpful, bool):
        return None
    if not isinstance(session_id, str) or (session_id and not SESSION_ID.match(session_id)):
        return None
    return {"kb_id": kb_id, "session_id": session_id, "helpful": helpful}


def render_page(template: str, clinic: Clinic, rasa_url: str) -> str:
    """The demo page; every value is HTML-escaped."""
    values = {
        "clinic": clinic.name,
        "phone": clinic.phone,
        "server": rasa_url,
        "emergency": clinic.emergency_number,
        "color": "#0b6e4f",
    }
    return re.sub(r"\{\{(\w+)\}\}", lambda m: html.escape(values[m.group(1)], quote=True), template)


def make_app(
    rasa_url: str, clinic: Optional[Clinic] = None, logs_db: Optional[Path] = None
) -> web.Application:
    clinic = clinic or load_clinic()
    db_file = logs_db or logs_db_path()
    headers = security_headers(rasa_url)
    rate = feedback_rate()
    feedback_limit = RateLimiter(*rate) if rate else None

    def cors(request: web.Request, resp: web.StreamResponse) -> web.StreamResponse:
        origin = request.headers.get("Origin")
        if origin and origins.allowed(origin):
            resp.headers["Access-Control-Allow-Origin"] = origin
            resp.headers["Access-Control-Allow-Methods"] = "POST, OPTIONS"
            resp.headers["Access-Control-Allow-Headers"] = "Content-Type"
            resp.headers["Vary"] = "Origin"
        return resp

    async def index(request: web.Request) -> web.Response:
        page = render_page(PAGE.read_text(encoding="utf-8"), clinic, rasa_url)
        return web.Response(
            text=page, content_type="text/html", charset="utf-8", headers={"Cache-Control": "no-store"}
        )

    async def feedback(request: web.Request) -> web.Response:
        origin = request.headers.get("Origin")
        own = f"{request.scheme}://{request.host}"
        if origin and origin != own and not origins.allowed(origin):
            return web.json_response({"error": "origin not allowed"}, status=403)
        if feedback_limit and not feedback_limit.allow(request.remote or "?"):
            logger.warning(f"feedback: too many posts from {request.remote}")
            return cors(
                request,
                web.json_response({"error": "too many requests"}, status=429, headers={"Retry-After": "60"}),
            )
        if (request.content_length or 0) > MAX_BODY:
            return cors(request, web.json_response({"error": "too large"}, status=413))
        try:
            data = await request.json()
        except ValueError:
            data = None
        fields = parse_feedback(data)
        if fields is None:
            return cors(
                request, web.json_response({"error": "expected kb_id, helpful, session_id"}, status=400)
            )
        loop = asyncio.get_running_loop()
        try:
            known = await loop.run_in_executor(None, known_entry, fields["kb_id"])
        except Exception:  # noqa: BLE001 - no knowledge base: nothing to give feedback on
            logger.exception("feedback: the knowledge base could not be read")
            return cors(request, web.json_response({"error": "feedback unavailable"}, status=503))
        if not known:
            return cors(request, web.json_response({"error": "unknown kb_id"}, status=400))
        try:
            await loop.run_in_executor(None, lambda: save_feedback(db_file, **fields))
        except Exception as exc:  # noqa: BLE001 - e.g. make cluster's PostgreSQL restarting
            logger.error(f"feedback: could not be saved ({exc.__class__.__name__})")
            return cors(request, web.json_response({"error": "feedback unavailable"}, status=503))
        return cors(request, web.json_response({"ok": True}))

    async def checked_post(request: web.Request):
        """What every patient-side POST checks first: an allowed website, the rate per address,
        a JSON body. Returns (a refusal or None, the parsed body or None)."""
        origin = request.headers.get("Origin")
        if origin and origin != f"{request.scheme}://{request.host}" and not origins.allowed(origin):
            return web.json_response({"error": "origin not allowed"}, status=403), None
        if feedback_limit and not feedback_limit.allow(request.remote or "?"):
            return cors(
                request,
                web.json_response({"error": "too many requests"}, status=429, headers={"Retry-After": "60"}),
            ), None
        try:
            return None, await request.json()
        except ValueError:
            return None, None

    async def widget_event(request: web.Request) -> web.Response:
        """The widget's booking clicks, for the staff dashboard (bot/review/figures.py)."""
        from bot.review.figures import record_widget_event

        refused, data = await checked_post(request)
        if refused is not None:
            return refused
        if not isinstance(data, dict) or data.get("event") not in WIDGET_EVENTS:
            return cors(request, web.json_response({"error": "expected event: booking_click"}, status=400))
        await asyncio.get_running_loop().run_in_executor(None, record_widget_event, db_file, data["event"])
        return cors(request, web.json_response({"ok": True}))

    secret = []

    def owned_session(data: Any) -> Optional[str]:
        """The session id when the request carries the token that proves it, else None."""
        from bot.channels.session_tokens import session_secret, valid

        if not isinstance(data, dict):
            return None
        if not secret:
            secret.append(session_secret())
        session_id = data.get("session_id")
        return session_id if valid(secret[0], session_id, data.get("token")) else None

    def patient_request(what: str):
        async def handler(request: web.Request) -> web.StreamResponse:
            from bot.privacy import reference, stores

            refused, data = await checked_post(request)
            if refused is not None:
                return refused
            session_id = owned_session(data)
            if session_id is None:
                logger.warning(f"privacy: a {what} request without a valid session token was refused")
                return cors(
                    request, web.json_response({"error": "this conversation is not yours"}, status=403)
                )
            loop = asyncio.get_running_loop()
            paths = stores({**os.environ, "NEEDLE_LOGS_DB": str(db_file)})
            if what == "reference":
                return cors(request, web.json_response({"reference": reference(session_id)}))
            if what == "erase":
                from bot.privacy.erase import erase

                report = await loop.run_in_executor(
                    None,
                    lambda: erase(
                        ids=[session_id], actor="patient", s=paths, how="asked in the website widget"
                    ),
                )
                return cors(
                    request,
                    web.json_response(
                        {"ok": True, "reference": reference(session_id), "erased": report.summary()}
                    ),
                )
            from bot.privacy.export import as_json, as_text, export
            from bot.review import audit

            fmt = "json" if data.get("format") == "json" else "text"
            exported = await loop.run_in_executor(None, lambda: export(ids=[session_id], s=paths))
            ref = reference(session_id)
            await loop.run_in_executor(
                None,
                lambda: audit.record(
                    "export", "patient", ref, f"{fmt}, downloaded from the website widget", path=paths.audit
                ),
            )
            body = as_json(exported) if fmt == "json" else as_text(exported, clinic.name)
            return cors(
                request,
                web.Response(
                    text=body,
                    content_type="application/json" if fmt == "json" else "text/plain",
                    charset="utf-8",
                    headers={
                        "Content-Disposition": f'attachment; filename="conversation-{ref}.{"json" if fmt == "json" else "txt"}"',
                        "Cache-Control": "no-store",
                    },
                ),
            )

        return handler

    async def preflight(request: web.Request) -> web.Response:
        return cors(request, web.Response(status=204))

    async def health(request: web.Request) -> web.Response:
        """Every process of the assistant: this page server, Rasa (its `/`) and the action
        server (its `/health`, from NEEDLE_ACTION_URL); 200 when all answer, else 503."""
        import os

        import aiohttp

        action_url = os.environ.get("NEEDLE_ACTION_URL") or "http://127.0.0.1:5055/webhook"
        checks = {"rasa": f"{rasa_url}/", "actions": action_url.rsplit("/webhook", 1)[0] + "/health"}
        status = {"web": "ok"}
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=3)) as session:
            for name, url in checks.items():
                try:
                    async with session.get(url) as resp:
                        status[name] = "ok" if resp.status == 200 else "down"
                except (aiohttp.ClientError, OSError, asyncio.TimeoutError):
                    status[name] = "down"
        ok = all(v == "ok" for v in status.values())
        return web.json_response({"status": "ok" if ok else "down", **status}, status=200 if ok else 503)

    async def secure(request: web.Request, response: web.StreamResponse) -> None:
        for name, value in headers.items():
            response.headers.setdefault(name, value)

    app = web.Application(client_max_size=MAX_BODY)
    app.on_response_prepare.append(secure)
    app.router.add_get("/", index)
    app.router.add_get("/health", health)
    app.router.add_post("/api/feedback", feedback)
    app.router.add_route("OPTIONS", "/api/feedback", preflight)
    app.router.add_post("/api/event", widget_event)
    app.router.add_route("OPTIONS", "/api/event", preflight)
    for what in ("reference", "transcript", "erase"):
        app.router.add_post(f"/api/privacy/{what}", patient_request(what))
        app.router.add_route("OPTIONS", f"/api/privacy/{what}", preflight)
    app.router.add_static("/widget/", WIDGET_DIR, show_index=False, follow_symlinks=False)
    return app


def main(argv: Optional[List[str]] = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bot.web", description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--rasa-url", default="http://127.0.0.1:5005")
    args = parser.parse_args(argv)
    web.run_app(
        make_app(args.rasa_url.rstrip("/")), host=args.host, port=args.port, print=None, access_log=None
    )


if __name__ == "__main__":
    main()
