"""Datasette plugin: the staff pages around the dashboard (README: Staff dashboard).

  /-/transcript?id=<conversation>   one conversation as a chat: patient and assistant turns,
                                    reply kinds, sources and the rule that decided each reply
  /-/label?turn=<id>                label a message with an intent chosen from readable names
                                    (a turn that does not exist is refused)
  /-/what-next                      "what to add next": gaps ranked, each linking to its messages
  /-/messages?ids=1,2,3             the messages behind one line of that list
  /-/weekly-summary?week=<monday>   one printable page; &download=1 saves it as an HTML file,
                                    &download=pdf as a PDF (printed by headless Chromium, if installed)

Every page needs a logged-in staff member (403 otherwise). Figures come from the views in
bot/review/figures.py; nothing a patient wrote is rendered as HTML (Jinja escapes it).
"""

import asyncio
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

from datasette import hookimpl
from datasette.utils.asgi import Forbidden, NotFound, Response

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))  # after Datasette's own packages: only `bot` is looked up there

from bot.privacy import reference  # noqa: E402
from bot.review.figures import ALL_CHANNELS  # noqa: E402

KINDS = {
    "kb": "Answer",
    "clinic": "Clinic answer",
    "booking": "Booking",
    "contact": "Contact",
    "emergency": "Emergency",
    "fallback": "No answer",
    "smalltalk": "Small talk",
    "clarify": "Asks which",
}
MAX_IDS = 500
PDF_SECONDS = 60


async def _staff(request, datasette) -> None:
    if not request.actor or not await datasette.permission_allowed(
        request.actor, "view-instance", default=True
    ):
        raise Forbidden("Log in to see the review")


def _logs(datasette):
    """The review database: the one with a `turns` table (named after its file)."""
    for name, db in datasette.databases.items():
        if name.startswith("_") or getattr(db, "is_memory", False):
            continue
        return db
    raise NotFound("No review database")


async def _rows(db, sql, params=()):
    result = await db.execute(sql, list(params))
    return [dict(r) for r in result.rows]


def _knowledge_sources(kb_ids):
    """Titles of the sources of the answers given (build/knowledge.db, read-only), if built."""
    import os

    path = Path(os.environ.get("NEEDLE_KB_DB") or ROOT / "build" / "knowledge.db")
    if not kb_ids or not path.exists():
        return {}
    found = {}
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2)
        try:
            marks = ",".join("?" * len(kb_ids))
            for entry, title, publisher in conn.execute(
                f"SELECT es.entry_id, s.title, s.publisher FROM entry_sources es JOIN sources s "
                f"ON s.id = es.source_id WHERE es.entry_id IN ({marks})",
                list(kb_ids),
            ):
                found.setdefault(entry, []).append(title + (f" ({publisher})" if publisher else ""))
        finally:
            conn.close()
    except sqlite3.Error:
        return {}
    return found


async def transcript(request, datasette):
    await _staff(request, datasette)
    db = _logs(datasette)
    cid = request.args.get("id") or ""
    turns = await _rows(
        db,
        """
        SELECT t.id, t.when_local, t.channel_name, t.message, t.intent, t.confidence, t.kind, t.topic,
               t.kb_id, t.reason, t.rule, t.safety_note, t.reply, t.miss, t.lang, t.language,
               coalesce(n.name, t.intent) AS intent_name
        FROM review_turns t LEFT JOIN review_intent_names n ON n.intent = t.intent
        WHERE t.conversation_id = ? ORDER BY t.timestamp, t.id""",
        [cid],
    )
    if not turns:
        raise NotFound("No conversation with that id")
    summary = (
        await _rows(db, "SELECT * FROM review_conversations WHERE conversation_id = ?", [cid]) or [{}]
    )[0]
    sources = _knowledge_sources(sorted({t["kb_id"] for t in turns if t["kb_id"]}))
    for t in turns:
        t["kind_name"] = KINDS.get(t["kind"] or "", "No reply" if not t["kind"] else t["kind"])
        t["sources"] = sources.get(t["kb_id"], [])
    return Response.html(
        await datasette.render_template(
            "needle_transcript.html",
            {"conversation_id": cid, "turns": turns, "summary": summary, "reference": reference(cid)},
            request=request,
        )
    )


async def _share_label(db, turn_id, intent, actor, when) -> None:
    """make cluster: the label goes to the shared PostgreSQL too, its source of truth
    (bot/review/pg_tables.py), by the message's event_key. If that fails the label stays here
    and the next `make review` refresh carries it there (bot/review/pg_refresh.py)."""
    from bot import settings

    if settings.postgres() is None:
        return
    rows = await _rows(db, "SELECT event_key FROM turns WHERE id = ?", [turn_id])
    if not rows or not rows[0]["event_key"]:
        return
    try:
        from bot.review.pg_tables import shared_review

        await asyncio.to_thread(shared_review().record_label, rows[0]["event_key"], intent, actor, when)
    except Exception as exc:  # noqa: BLE001 - the label is saved here; the refresh sends it later
        print(f"label kept in the review copy only for now ({exc.__class__.__name__})", file=sys.stderr)


async def label(request, datasette):
    await _staff(request, datasette)
    db = _logs(datasette)
    intents = await _rows(
        db,
        """
        SELECT n.intent, n.name FROM review_intent_names n
        WHERE NOT EXISTS (SELECT 1 FROM intents) OR n.intent IN (SELECT name FROM intents)
        ORDER BY n.name""",
    )
    allowed = {i["intent"] for i in intents}
    source = request.args if request.method != "POST" else await request.post_vars()
    raw = str(source.get("turn") or "").strip()
    turn = None
    if raw.isdigit():
        found = await _rows(
            db,
            "SELECT id, when_local, channel_name, message, intent, kind, conversation_id "
            "FROM review_turns WHERE id = ?",
            [int(raw)],
        )
        turn = found[0] if found else None
    error, status = None, 200
    if request.method == "POST":
        intent = str(source.get("intent") or "")
        if turn is None:
            error, status = "There is no message with that turn id: nothing was saved.", 400
        elif intent not in allowed:
            error, status = "Choose the intent from the list.", 400
        else:
            when = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime())
            await db.execute_write(
                "INSERT INTO labels (turn_id, intent, actor, time) VALUES (?, ?, ?, ?)",
                [turn["id"], intent, request.actor.get("id"), when],
            )
            await _share_label(db, turn["id"], intent, request.actor.get("id"), when)
            datasette.add_message(request, "Label saved.", datasette.INFO)
            return Response.redirect(datasette.urls.path(f"/-/label?turn={turn['id']}"))
    elif raw and turn is None:
        error, status = "There is no message with that turn id.", 404
    labels = (
        await _rows(
            db,
            "SELECT l.time, l.actor, coalesce(n.name, l.intent) AS name FROM labels l "
            "LEFT JOIN review_intent_names n ON n.intent = l.intent WHERE l.turn_id = ? "
            "ORDER BY l.time DESC",
            [turn["id"]],
        )
        if turn
        else []
    )
    page = await datasette.render_template(
        "needle_label.html",
        {"turn": turn, "intents": intents, "error": error, "labels": labels, "asked": raw},
        request=request,
    )
    return Response.html(page, status=status)


async def _latest(db, period):
    found = await _rows(db, "SELECT max(starting) AS s FROM figure_resolution WHERE period = ?", [period])
    return found[0]["s"] if found and found[0]["s"] else None


async def what_next(request, datasette):
    await _staff(request, datasette)
    db = _logs(datasette)
    period = request.args.get("period") if request.args.get("period") in ("week", "month", "all") else "month"
    starting = request.args.get("starting") or (await _latest(db, period) if period != "all" else "all")
    gaps = await _rows(
        db,
        "SELECT * FROM figure_gaps WHERE period = ? AND starting = ? "
        "ORDER BY times DESC, gap, subject LIMIT 50",
        [period, starting or ""],
    )
    return Response.html(
        await datasette.render_template(
            "needle_what_next.html", {"gaps": gaps, "period": period, "starting": starting}, request=request
        )
    )


async def messages(request, datasette):
    await _staff(request, datasette)
    db = _logs(datasette)
    ids = [int(i) for i in (request.args.get("ids") or "").split(",") if i.strip().isdigit()][:MAX_IDS]
    marks = ",".join("?" * len(ids)) or "NULL"
    turns = await _rows(
        db,
        f"SELECT id, when_local, channel_name, message, kind, reason, rule, miss, "
        f"conversation_id, lang, language FROM review_turns WHERE id IN ({marks}) "
        f"ORDER BY timestamp DESC",
        ids,
    )
    for t in turns:
        t["kind_name"] = KINDS.get(t["kind"] or "", "No reply")
    return Response.html(
        await datasette.render_template(
            "needle_messages.html",
            {"turns": turns, "title": request.args.get("title") or "Messages"},
            request=request,
        )
    )


def _bars(days):
    """An inline SVG bar chart (no script: it prints and downloads as it is)."""
    top = max([d["conversations"] for d in days] + [1])
    width, height, gap = 64, 120, 14
    for i, d in enumerate(days):
        d["x"] = 40 + i * (width + gap)
        d["h"] = round(height * d["conversations"] / top)
        d["rh"] = round(height * d["resolved"] / top)
        d["y"], d["ry"] = 20 + height - d["h"], 20 + height - d["rh"]
    return {"days": days, "width": 40 + len(days) * (width + gap), "bar": width, "base": 20 + height}


WEEKLY_EMERGENCIES_LISTED = 6


async def weekly_summary(request, datasette):
    await _staff(request, datasette)
    db = _logs(datasette)
    week = request.args.get("week") or await _latest(db, "week")
    try:
        monday = date.fromisoformat(week) if week else None
    except ValueError:
        monday = None
    figures = {}
    if monday is not None:
        week = monday.isoformat()
        for view in (
            "figure_resolution",
            "figure_handoffs",
            "figure_fallbacks",
            "figure_helpful",
            "figure_emergencies",
            "figure_booking_clicks",
        ):
            found = await _rows(
                db,
                f"SELECT * FROM {view} WHERE period = 'week' AND starting = ? AND channel = ?",
                [week, ALL_CHANNELS],
            )
            # a week with no row in a view (no rating yet on a Monday morning) shows a dash,
            # not an error: every figure the template asks for reads as None
            figures[view.replace("figure_", "")] = defaultdict(lambda: None, found[0] if found else {})
        per_day = {
            r["starting"]: r
            for r in await _rows(
                db,
                "SELECT starting, conversations, resolved FROM figure_resolution WHERE period = 'day' "
                "AND channel = ? AND starting BETWEEN ? AND ?",
                [ALL_CHANNELS, week, (monday + timedelta(days=6)).isoformat()],
            )
        }
        days = []
        for i in range(7):
            day = monday + timedelta(days=i)
            row = per_day.get(day.isoformat()) or {}
            days.append(
                {
                    "label": day.strftime("%a %d"),
                    "conversations": row.get("conversations") or 0,
                    "resolved": row.get("resolved") or 0,
                }
            )
        chart = _bars(days)
        gaps = await _rows(
            db,
            "SELECT * FROM figure_gaps WHERE period = 'week' AND starting = ? "
            "ORDER BY times DESC, gap, subject LIMIT 5",
            [week],
        )
        # One page: the latest few emergencies are listed, the rest counted (the dashboard lists them all).
        emergencies = await _rows(
            db,
            "SELECT * FROM emergency_replies WHERE week = ? ORDER BY timestamp DESC LIMIT ?",
            [week, WEEKLY_EMERGENCIES_LISTED + 1],
        )
        weeks = [
            r["starting"]
            for r in await _rows(
                db,
                "SELECT DISTINCT starting FROM figure_resolution WHERE period = 'week' ORDER BY starting DESC",
            )
        ]
    else:
        chart, gaps, emergencies, weeks = None, [], [], []
    tz = await _rows(db, "SELECT value FROM review_settings WHERE key = 'timezone'")
    download = request.args.get("download") or ""
    context = {
        "week": week,
        "week_end": (monday + timedelta(days=6)).isoformat() if monday else None,
        "f": figures,
        "chart": chart,
        "gaps": gaps,
        "emergencies": emergencies[:WEEKLY_EMERGENCIES_LISTED],
        "more_emergencies": max(
            0, int((figures.get("emergencies") or {}).get("emergencies") or 0) - WEEKLY_EMERGENCIES_LISTED
        )
        if len(emergencies) > WEEKLY_EMERGENCIES_LISTED
        else 0,
        "weeks": weeks,
        "download": bool(download),
        "pdf": bool(_chromium()),
        "timezone": tz[0]["value"] if tz else "UTC",
        "base": datasette.absolute_url(request, datasette.urls.path("/")),
        "made": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }
    page = await datasette.render_template("needle_weekly.html", context, request=request)
    headers = {}
    if download == "pdf":
        pdf = await _print_pdf(page)
        if pdf is None:
            return Response.text(
                "The PDF could not be made here (it needs Chromium): use Print, or the HTML download.",
                status=503,
            )
        return Response(
            pdf,
            content_type="application/pdf",
            headers={"Content-Disposition": f'attachment; filename="needle-guide-week-{week or "none"}.pdf"'},
        )
    if download:
        headers["Content-Disposition"] = f'attachment; filename="needle-guide-week-{week or "none"}.html"'
    return Response.html(page, headers=headers)


def _chromium():
    return os.environ.get("NEEDLE_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


async def _print_pdf(page: str):
    """The summary page printed to PDF by headless Chromium (the page has no script and needs
    nothing from the network); None when Chromium is missing or fails."""
    exe = _chromium()
    if not exe:
        return None
    with tempfile.TemporaryDirectory(prefix="needle-summary-") as tmp:
        html, pdf = Path(tmp) / "summary.html", Path(tmp) / "summary.pdf"
        html.write_text(page, encoding="utf-8")
        proc = await asyncio.create_subprocess_exec(
            exe,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-extensions",
            "--disable-background-networking",
            f"--user-data-dir={tmp}/profile",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            html.as_uri(),
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
        )
        try:
            await asyncio.wait_for(proc.wait(), PDF_SECONDS)
        except asyncio.TimeoutError:
            proc.kill()
            await proc.wait()
            return None
        return pdf.read_bytes() if pdf.exists() and pdf.stat().st_size else None


@hookimpl
def register_routes():
    return [
        (r"^/-/transcript$", transcript),
        (r"^/-/label$", label),
        (r"^/-/what-next$", what_next),
        (r"^/-/messages$", messages),
        (r"^/-/weekly-summary$", weekly_summary),
    ]
