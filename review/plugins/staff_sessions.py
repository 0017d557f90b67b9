"""Datasette plugin: staff log in with revocable, expiring sessions (bot/review/sessions.py).

Loaded by `make review` (bot/review/launcher.py passes --plugins-dir review/plugins). It replaces
datasette-auth-passwords:
- /-/login checks the password in a worker thread (PBKDF2 is slow on purpose, and other staff
  pages must not wait for it) and refuses more than a few failures per account and per
  address with a 429 page;
- the cookie is HttpOnly, SameSite=Lax, Secure behind HTTPS, and carries a random token
  whose session expires after a configurable idle time;
- every request checks the session against review/accounts.yml as it is now, so logout,
  removing an account or changing its password end its sessions;
- Datasette's own ds_actor cookie is ignored, so an old signed cookie can't come back;
- logins, refusals, logouts and each staff request go to var/review/access.log.
Settings: the `needle-staff-sessions` plugin block in review/datasette.yaml, filled in by web.py.
"""

import asyncio
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from http.cookies import SimpleCookie
from pathlib import Path

from datasette import hookimpl
from datasette.utils.asgi import Response

ROOT = str(Path(__file__).resolve().parents[2])
if ROOT not in sys.path:
    sys.path.append(ROOT)  # after Datasette's own packages: only `bot` is looked up there

from bot.review.accounts import hash_password, verify_password  # noqa: E402
from bot.review.sessions import LiveAccounts, LoginLimiter, SessionStore  # noqa: E402

PLUGIN = "needle-staff-sessions"
COOKIE = "needle_review_session"
MAX_PASSWORD = 1024
# Checked when the account doesn't exist, so a wrong name takes as long as a wrong password.
_DUMMY_HASH = hash_password("no such account", salt="needle-review-dummy")
_STATE = {}

LOGIN_PAGE = """{% extends "base.html" %}
{% block title %}Log in{% endblock %}
{% block content %}
<h1>Log in</h1>
{% if notice %}<p class="message-info">{{ notice }}</p>{% endif %}
{% if error %}<p class="message-error">{{ error }}</p>{% endif %}
<form action="{{ urls.path('/-/login') }}" method="post">
  <div><label for="id_username">Account</label>
    <input type="text" name="username" id="id_username" autocomplete="username" value="{{ username }}"></div>
  <div><label for="id_password">Password</label>
    <input type="password" name="password" id="id_password" autocomplete="current-password"></div>
  <input type="hidden" name="csrftoken" value="{{ csrftoken() }}">
  <div><input type="submit" value="Log in"></div>
</form>
{% endblock %}"""

TOO_MANY_PAGE = """{% extends "base.html" %}
{% block title %}Too many attempts{% endblock %}
{% block content %}
<h1>Too many login attempts</h1>
<p>To protect patients' conversations, logging in is paused after several wrong passwords.
Please try again in {{ minutes }} minute{{ "" if minutes == 1 else "s" }}. If you have
forgotten your password, ask the clinic's administrator to set a new one.</p>
{% endblock %}"""


class _State:
    """Everything the hooks share for one Datasette instance."""

    def __init__(self, datasette):
        config = datasette.plugin_config(PLUGIN) or {}
        self.idle = int(config.get("idle_timeout") or 8 * 3600)
        self.secure = str(config.get("secure_cookies", "auto")).lower()
        self.accounts = LiveAccounts()
        self.store = SessionStore(Path(config["sessions_db"]), idle_timeout=self.idle)
        self.store.prune()
        self.limiter = LoginLimiter(
            int(config.get("login_failures") or 5), int(config.get("login_window") or 300)
        )
        self.hashing = ThreadPoolExecutor(max_workers=2, thread_name_prefix="review-login")
        self.writing = ThreadPoolExecutor(max_workers=1, thread_name_prefix="review-sessions")
        log = config.get("access_log")  # readable only by its owner, like the accounts
        self.log_file = (
            os.fdopen(
                os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600),
                "a",
                buffering=1,
                encoding="utf-8",
            )
            if log
            else None
        )
        self.login_page = datasette.jinja_env.from_string(LOGIN_PAGE)
        self.too_many_page = datasette.jinja_env.from_string(TOO_MANY_PAGE)

    def log(self, *fields) -> None:
        line = " ".join([time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())] + [str(f) for f in fields])
        if self.log_file:
            try:
                self.log_file.write(line + "\n")
            except OSError as err:
                print(f"review access log: {err}", file=sys.stderr, flush=True)

    async def write(self, fn, *args):
        return await asyncio.get_running_loop().run_in_executor(self.writing, fn, *args)

    def cookie_secure(self, scope) -> bool:
        if self.secure in ("1", "true", "yes", "always", "on"):
            return True
        if self.secure in ("0", "false", "no", "never", "off"):
            return False
        proto = dict(scope.get("headers") or []).get(b"x-forwarded-proto", b"").split(b",")[0].strip()
        return scope.get("scheme") == "https" or proto.lower() == b"https"

    def set_cookie(self, response: Response, scope, token: str) -> None:
        response.set_cookie(
            COOKIE, token, max_age=self.idle, httponly=True, samesite="lax", secure=self.cookie_secure(scope)
        )


def _state(datasette) -> _State:
    state = _STATE.get(id(datasette))
    if state is None:
        state = _STATE[id(datasette)] = _State(datasette)
    return state


def _address(scope) -> str:
    client = scope.get("client") or ("unknown", 0)
    return str(client[0])


def _actor(name: str, account) -> dict:
    return {"id": name, "admin": bool(account.get("admin")), "erase": bool(account.get("erase"))}


def _audit_login(name: str) -> None:
    """Every staff login goes to the audit log too (bot/review/audit.py)."""
    try:
        from bot.review import audit

        audit.record("login", name)
    except Exception as err:  # noqa: BLE001 - reported; the login itself stands
        print(f"audit log: {err}", file=sys.stderr, flush=True)


@hookimpl
def startup(datasette):
    _state(datasette)


@hookimpl
def actor_from_request(datasette, request):
    token = request.cookies.get(COOKIE)
    if not token:
        return None

    async def check():
        state = _state(datasette)
        accounts = state.accounts.current()
        name, status = state.store.check(token, accounts)
        holder = request.scope.get("needle_session")
        if name is None:
            if status != "unknown":
                owner = state.store.owner(token)
                await state.write(state.store.revoke, token)
                state.log("session-ended", status, owner, _address(request.scope))
            return None
        if status == "touch":
            await state.write(state.store.touch, token)
            if holder is not None:  # slide the cookie's expiry too
                holder["renew"] = token
        if holder is not None:
            holder["actor"] = name
        return _actor(name, accounts[name])

    return check()


async def login(request, datasette):
    state = _state(datasette)
    context = {"error": None, "username": "", "notice": None}
    if request.args.get("logged_out"):
        context["notice"] = "You are logged out."
    if request.method != "POST":
        return Response.html(await datasette.render_template(state.login_page, context, request=request))
    post = await request.post_vars()
    username = (post.get("username") or "").strip()
    password = post.get("password") or ""
    address = _address(request.scope)
    keys = ["account:" + username.lower(), "address:" + address]
    wait = state.limiter.retry_after(keys)
    if wait:
        state.log("login-refused", "rate-limit", username or "-", address)
        page = await datasette.render_template(
            state.too_many_page, {"minutes": max(1, (wait + 59) // 60)}, request=request
        )
        return Response.html(page, status=429, headers={"Retry-After": str(wait)})
    state.limiter.attempt(keys)
    account = state.accounts.current().get(username)
    password_hash = account["password_hash"] if account else _DUMMY_HASH
    ok = len(password) <= MAX_PASSWORD and await asyncio.get_running_loop().run_in_executor(
        state.hashing, verify_password, password, password_hash
    )
    if ok and account is not None:
        state.limiter.succeeded(keys)
        token = await state.write(state.store.create, username, password_hash)
        state.log("login", username, address)
        await state.write(_audit_login, username)
        response = Response.redirect(datasette.urls.instance())
        state.set_cookie(response, request.scope, token)
        return response
    state.log("login-failed", username or "-", address)
    context.update(error="Wrong account name or password.", username=username)
    return Response.html(
        await datasette.render_template(state.login_page, context, request=request), status=401
    )


async def logout(request, datasette):
    state = _state(datasette)
    if request.method != "POST":
        if not request.actor:
            return Response.redirect(datasette.urls.path("/-/login"))
        return Response.html(
            await datasette.render_template(["logout.html"], {"actor": request.actor}, request=request)
        )
    token = request.cookies.get(COOKIE)
    if token:
        await state.write(state.store.revoke, token)
    state.log("logout", (request.actor or {}).get("id", "-"), _address(request.scope))
    response = Response.redirect(datasette.urls.path("/-/login?logged_out=1"))
    response.set_cookie(
        COOKIE,
        "",
        max_age=0,
        expires=0,
        httponly=True,
        samesite="lax",
        secure=state.cookie_secure(request.scope),
    )
    return response


@hookimpl
def register_routes():
    return [(r"^/-/login$", login), (r"^/-/logout$", logout)]


@hookimpl
def menu_links(datasette, actor):
    if actor:
        return [{"href": datasette.urls.path("/-/logout"), "label": "Log out"}]
    return [{"href": datasette.urls.path("/-/login"), "label": "Log in"}]


def _without_ds_actor(headers):
    """Drop Datasette's own signed actor cookie: only server-side sessions log anyone in."""
    out = []
    for key, value in headers:
        if key.lower() == b"cookie":
            parts = [p for p in value.split(b";") if p.strip().split(b"=", 1)[0] != b"ds_actor"]
            value = b";".join(parts)
        out.append((key, value))
    return out


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def staff_sessions(scope, receive, send):
            if scope["type"] != "http":
                return await app(scope, receive, send)
            state = _state(datasette)
            holder = scope.get("needle_session")  # shared with the audit plugin (needle_privacy.py)
            holder = holder if isinstance(holder, dict) else {}
            scope = dict(scope, headers=_without_ds_actor(scope.get("headers") or []), needle_session=holder)
            status = []

            async def send_with_renewal(message):
                if message["type"] == "http.response.start":
                    status.append(message["status"])
                    if holder.get("renew"):
                        cookie = SimpleCookie()
                        cookie[COOKIE] = holder["renew"]
                        for attr, val in (
                            ("path", "/"),
                            ("max-age", state.idle),
                            ("httponly", True),
                            ("samesite", "Lax"),
                        ):
                            cookie[COOKIE][attr] = val
                        if state.cookie_secure(scope):
                            cookie[COOKIE]["secure"] = True
                        headers = [
                            (k, v) for k, v in message.get("headers", []) if k.lower() != b"cache-control"
                        ]
                        headers += [
                            (b"set-cookie", cookie.output(header="").strip().encode("latin-1")),
                            (b"cache-control", b"private, no-store"),
                        ]
                        message = dict(message, headers=headers)
                await send(message)

            try:
                await app(scope, receive, send_with_renewal)
            finally:
                if not scope["path"].startswith("/-/static"):
                    state.log(
                        "request",
                        holder.get("actor", "-"),
                        _address(scope),
                        scope.get("method", "-"),
                        scope["path"],
                        status[0] if status else "-",
                    )

        return staff_sessions

    return wrap
