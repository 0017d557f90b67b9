"""Datasette plugin: access and erasure requests, and the audit log (issue 15).

  /-/privacy/find?ref=K7QM2RTD        the conversation a patient's reference names (its transcript)
  /-/privacy/export?id=<c>&format=json|text   one conversation as a download
  /-/privacy/erase?id=<c>             erase a conversation, after a confirmation
                                      (accounts allowed to erase: `add-user --erase`)
  /-/audit                            the audit log (administrators only)

Every staff login (review/plugins/staff_sessions.py), transcript view, search, export, label
and erasure is appended to the audit log (bot/review/audit.py): the account, the time, what,
and the conversation's reference. Views and searches through Datasette's own pages (the
`transcript` and `search` queries, a table search, a row page) are recorded by the ASGI
wrapper below, once the page was served.
"""

import asyncio
import sqlite3
import sys
from pathlib import Path
from urllib.parse import parse_qs

from datasette import hookimpl
from datasette.utils.asgi import Forbidden, NotFound, Response

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))  # after Datasette's own packages: only `bot` is looked up there

from bot.privacy import normalise_reference, reference  # noqa: E402
from bot.review import audit  # noqa: E402

CONFIRM_PAGE = """{% extends "base.html" %}
{% block title %}Erase a conversation{% endblock %}
{% block content %}
<h1>Erase conversation {{ ref }}</h1>
{% if done %}
<p class="message-info">Conversation {{ ref }} was erased: {{ done }}. The audit log records that it happened, not what was said.</p>
{% else %}
<p>This deletes the whole conversation ({{ turns }} turn{{ "" if turns == 1 else "s" }}) from the tracker store,
the review log, feedback and the messaging apps' records, and cannot be undone. Export it first if the
patient asked for a copy.</p>
<form action="{{ urls.path('/-/privacy/erase') }}" method="post">
  <input type="hidden" name="id" value="{{ conversation_id }}">
  <input type="hidden" name="csrftoken" value="{{ csrftoken() }}">
  <label><input type="checkbox" name="confirm" value="yes" required> I confirm the patient asked for this erasure</label>
  <div><input type="submit" value="Erase this conversation"></div>
</form>
{% endif %}
{% endblock %}"""

AUDIT_PAGE = """{% extends "base.html" %}
{% block title %}Audit log{% endblock %}
{% block content %}
<h1>Audit log</h1>
<p>Who did what, newest first (kept {{ days }} days; times in UTC). Conversations are named by their reference.</p>
<form action="{{ urls.path('/-/audit') }}" method="get">
  <label>Reference <input type="text" name="ref" value="{{ ref }}"></label>
  <label>Account <input type="text" name="actor" value="{{ actor }}"></label>
  <input type="submit" value="Filter">
</form>
<table class="rows-and-columns">
<thead><tr><th>Time</th><th>Account</th><th>Action</th><th>Conversation</th><th>Detail</th></tr></thead>
<tbody>
{% for r in rows %}<tr class="audit-row"><td>{{ r.time }}</td><td>{{ r.actor }}</td><td>{{ r.action }}</td><td>{{ r.reference or "" }}</td><td>{{ r.detail }}</td></tr>
{% endfor %}
</tbody></table>
{% endblock %}"""


def _run(fn, *args, **kwargs):
    return asyncio.get_running_loop().run_in_executor(None, lambda: fn(*args, **kwargs))


def _staff(request):
    if not request.actor:
        raise Forbidden("Log in to see the review")
    return request.actor.get("id") or "-"


async def find(request, datasette):
    _staff(request)
    from bot.privacy.erase import resolve

    ref = normalise_reference(request.args.get("ref") or "")
    if not ref:
        raise NotFound("That is not a conversation reference (8 letters and digits)")
    ids = [i for i in await _run(resolve, ref) if reference(i) == ref]
    if not ids:
        raise NotFound(f"No conversation with reference {ref}")
    return Response.redirect(datasette.urls.path("/-/transcript") + "?id=" + _quote(ids[0]))


def _quote(value):
    from urllib.parse import quote

    return quote(value, safe="")


async def export(request, datasette):
    actor = _staff(request)
    from bot.privacy.export import export as export_conversation
    from bot.privacy.export import render

    cid = request.args.get("id") or ""
    fmt = "text" if request.args.get("format") == "text" else "json"
    data = await _run(export_conversation, ids=[cid])
    if not cid or not data["conversations"]:
        raise NotFound("No conversation with that id")
    ref = reference(cid)
    await _run(audit.record, "export", actor, ref, f"{fmt}, {len(data['conversations'][0]['turns'])} turns")
    return Response(
        render(data, fmt),
        content_type="application/json; charset=utf-8" if fmt == "json" else "text/plain; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="conversation-{ref}.{"json" if fmt == "json" else "txt"}"',
            "Cache-Control": "private, no-store",
        },
    )


async def erase(request, datasette):
    actor = _staff(request)
    if not request.actor.get("erase"):
        raise Forbidden(
            "Your account may not erase conversations: ask an administrator "
            "(python -m bot review add-user NAME --erase)"
        )
    from bot.privacy.erase import erase as erase_conversation
    from bot.privacy.export import export as export_conversation

    post = await request.post_vars() if request.method == "POST" else {}
    cid = (post.get("id") if request.method == "POST" else request.args.get("id")) or ""
    ref = reference(cid)
    page = datasette.jinja_env.from_string(CONFIRM_PAGE)
    context = {"conversation_id": cid, "ref": ref, "done": None, "turns": 0}
    if request.method == "POST" and post.get("confirm") == "yes":
        report = await _run(erase_conversation, ids=[cid], actor=actor, how="review interface")
        context["done"] = report.summary()
    else:
        data = await _run(export_conversation, ids=[cid])
        if not cid or not data["conversations"]:
            raise NotFound("No conversation with that id")
        context["turns"] = len(data["conversations"][0]["turns"])
    return Response.html(await datasette.render_template(page, context, request=request))


async def audit_page(request, datasette):
    actor = _staff(request)
    if not request.actor.get("admin"):
        await _run(audit.record, "audit-read", actor, None, "refused: not an administrator")
        raise Forbidden("Only administrators may read the audit log")
    ref = normalise_reference(request.args.get("ref") or "") or None
    who = (request.args.get("actor") or "").strip() or None
    rows = await _run(audit.read, limit=1000, reference=ref, actor=who)
    await _run(audit.record, "audit-read", actor, ref, f"{len(rows)} records")
    page = datasette.jinja_env.from_string(AUDIT_PAGE)
    return Response.html(
        await datasette.render_template(
            page,
            {"rows": rows, "ref": ref or "", "actor": who or "", "days": audit.retention_days()},
            request=request,
        )
    )


@hookimpl
def register_routes():
    return [
        (r"^/-/privacy/find$", find),
        (r"^/-/privacy/export$", export),
        (r"^/-/privacy/erase$", erase),
        (r"^/-/audit$", audit_page),
    ]


@hookimpl
def menu_links(datasette, actor):
    if actor and actor.get("admin"):
        return [{"href": datasette.urls.path("/-/audit"), "label": "Audit log"}]
    return []


@hookimpl
def prepare_connection(conn):
    """`needle_reference(conversation_id)` in SQL, so staff can look a reference up anywhere."""
    conn.create_function("needle_reference", 1, lambda cid: reference(cid) if cid else None)


# --------------------------------------------------------------------------- recorded views


def _conversation_of_turn(datasette, turn_id):
    for name, db in datasette.databases.items():
        if name.startswith("_") or getattr(db, "is_memory", False) or not db.path:
            continue
        try:
            conn = sqlite3.connect(f"file:{db.path}?mode=ro", uri=True, timeout=2)
            try:
                row = conn.execute(
                    "SELECT conversation_id FROM turns WHERE id = ?", [int(turn_id)]
                ).fetchone()
            finally:
                conn.close()
            return row[0] if row else None
        except (sqlite3.Error, ValueError):
            return None
    return None


def what_was_seen(datasette, method, path, query, form):
    """(action, conversation id or None, detail) for a request the audit log records, else None."""
    args = {k: v[0] for k, v in parse_qs(query).items()}
    parts = [p for p in path.split("/") if p]
    if path == "/-/transcript" and method == "GET" and args.get("id"):
        return "view", args["id"], "transcript page"
    if path == "/-/label" and method == "POST":
        turn = form.get("turn", "")
        return (
            "label",
            _conversation_of_turn(datasette, turn) if turn.isdigit() else None,
            f"turn {turn} as {form.get('intent', '')}",
        )
    if len(parts) == 2 and parts[1] == "label_turn" and method == "POST":
        turn = form.get("turn_id", "")
        return (
            "label",
            _conversation_of_turn(datasette, turn) if turn.isdigit() else None,
            f"turn {turn} as {form.get('intent', '')}",
        )
    if method != "GET" or not parts or parts[0].startswith("-"):
        return None
    name, _, extension = parts[-1].partition(".")  # transcript.csv / .json is a download
    parts[-1] = name
    if len(parts) == 2 and parts[1] == "transcript" and args.get("conversation_id"):
        if extension:
            return "export", args["conversation_id"], f"transcript query as {extension}"
        return "view", args["conversation_id"], "transcript query"
    if len(parts) == 2 and parts[1] == "search" and (args.get("q") or "").strip():
        return "search", None, "search query"
    if len(parts) >= 2 and args.get("_search", "").strip():
        return "search", None, f"search of {parts[1]}"
    if len(parts) == 3 and parts[1] == "turns" and parts[2].isdigit():
        return "view", _conversation_of_turn(datasette, parts[2]), f"turn {parts[2]}"
    return None


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def audited(scope, receive, send):
            if scope["type"] != "http":
                return await app(scope, receive, send)
            holder = scope.get("needle_session")
            if not isinstance(holder, dict):
                holder = {}
                scope = dict(scope, needle_session=holder)
            body = []

            async def receive_and_keep():
                message = await receive()
                if message.get("type") == "http.request" and sum(map(len, body)) < 65536:
                    body.append(message.get("body", b""))
                return message

            status = []

            async def send_and_note(message):
                if message["type"] == "http.response.start":
                    status.append(message["status"])
                await send(message)

            method = scope.get("method", "GET")
            await app(scope, receive_and_keep if method == "POST" else receive, send_and_note)
            if not status or status[0] >= 400 or not holder.get("actor"):
                return
            try:
                form = {k: v[0] for k, v in parse_qs(b"".join(body).decode("utf-8", "replace")).items()}
                seen = what_was_seen(
                    datasette, method, scope["path"], scope.get("query_string", b"").decode("latin-1"), form
                )
                if seen:
                    action, cid, detail = seen
                    await _run(audit.record, action, holder["actor"], reference(cid) if cid else None, detail)
            except Exception as exc:  # noqa: BLE001 - reported, never breaks a page already sent
                print(f"audit log: {exc}", file=sys.stderr, flush=True)

        return audited

    return wrap
