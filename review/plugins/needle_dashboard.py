"""Datasette plugin: the staff dashboard's frame (README: Staff dashboard).

- review/templates/ comes first for templates, so our pages and the dashboard page (charts
  fed by the figure views, see dashboard_view.html there) replace the plugin's defaults;
- the home page opens on the dashboard; the menu links to it, "What to add next" and the
  weekly summary;
- a conversation id in any table links to its transcript, a turn id to the labelling page;
- non-administrators never see SQL (canned queries hide it; the "show SQL" link is removed).
Anonymous visitors get 403 everywhere, as with the rest of the review (staff_sessions.py).
"""

from pathlib import Path
from urllib.parse import quote

from datasette import hookimpl
from datasette.utils.asgi import Forbidden, Response
from jinja2 import ChoiceLoader, FileSystemLoader
from markupsafe import Markup, escape

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
DASHBOARD = "overview"


@hookimpl
def prepare_jinja2_environment(env, datasette):
    env.loader = ChoiceLoader([FileSystemLoader(str(TEMPLATES)), env.loader])


async def home(request, datasette):
    if not request.actor or not await datasette.permission_allowed(
        request.actor, "view-instance", default=True
    ):
        raise Forbidden("Log in to see the review")
    return Response.redirect(datasette.urls.path(f"/-/dashboards/{DASHBOARD}"))


def logs_database(datasette) -> str:
    """The review database's name (named after its file: logs for var/logs.db)."""
    return next(
        (
            name
            for name, db in datasette.databases.items()
            if not name.startswith("_") and not getattr(db, "is_memory", False)
        ),
        "logs",
    )


@hookimpl
def extra_template_vars(template, datasette):
    if template != "dashboard_view.html":
        return {}

    async def values():
        name = logs_database(datasette)
        try:
            found = await datasette.get_database(name).execute(
                "SELECT value FROM review_settings WHERE key = 'timezone'"
            )
            tz = found.rows[0][0] if found.rows else "UTC"
        except Exception:  # noqa: BLE001 - a log made before the figures: UTC
            tz = "UTC"
        return {"needle_logs_db": name, "needle_timezone": tz}

    return values


@hookimpl
def register_routes():
    return [(r"^/$", home)]


@hookimpl
def menu_links(datasette, actor):
    if not actor:
        return []
    return [
        {"href": datasette.urls.path(f"/-/dashboards/{DASHBOARD}"), "label": "Dashboard"},
        {"href": datasette.urls.path("/-/what-next"), "label": "What to add next"},
        {"href": datasette.urls.path("/-/weekly-summary"), "label": "Weekly summary"},
    ]


@hookimpl
def render_cell(value, column, table, database, datasette):
    """Conversation ids open the chat-like transcript; turn ids the labelling page."""
    if value is None or value == "":
        return None
    if column == "conversation_id":
        href = datasette.urls.path("/-/transcript?id=" + quote(str(value), safe=""))
        return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')
    if column == "turn_id" and str(value).isdigit():
        href = datasette.urls.path(f"/-/label?turn={int(value)}")
        return Markup(f'<a href="{escape(href)}" title="Label this message">{int(value)}</a>')
    return None


@hookimpl
def extra_body_script(template, request):
    """Staff who are not administrators don't get the "show SQL" link of canned queries."""
    actor = getattr(request, "actor", None) if request is not None else None
    if template == "query.html" and not (actor or {}).get("admin"):
        return "document.querySelectorAll('.show-hide-sql').forEach(function (n) { n.remove(); });"
    return ""
