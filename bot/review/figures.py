"""The staff dashboard's figures, each defined once as an SQL view over logs.db.

README "Staff dashboard" gives the definitions in plain words; this module is where they
are computed, so Datasette (make review), the weekly summary and the tests read the same
numbers. Everything is plain SQL over the `turns` and `feedback` tables, with a few small
lookup tables this module fills:

  review_clock          the clinic's UTC offset since each daylight-saving change (clinic.yml
                        `timezone`), so days and weeks are the clinic's, not UTC's
  review_channel_names  readable channel names (Website, Telegram, SMS, WhatsApp)
  review_intent_names   readable names for the intents staff label with
  review_subject_names  what each not-covered subject is about (knowledge/not_covered.yml)
  review_settings       the time zone in use
  widget_events         the website widget's booking clicks (no personal data: time, event)

Views: review_turns and review_conversations (one row per turn / conversation, with local
times, outcomes and `language`), then one view per figure: figure_resolution, figure_handoffs,
figure_fallbacks, figure_helpful, figure_emergencies (+ emergency_replies, one row each),
figure_booking_clicks, figure_languages, and what the dashboard lists: figure_topics,
figure_not_covered, figure_unanswered, figure_gaps ("what to add next"). Every figure view
has a row per `period` (day, week, month, all), `starting` (the local date the period
starts, 'all' for the whole log) and `channel` (each channel's name, and 'All channels'),
except figure_languages, which has `language` in its place: English, French, 'All languages'
and 'English and French' (a conversation counts under the language it was in, that one if it
switched; a message under its own). figure_unanswered names each message's language.

Called by store.ensure_schema on every connection: views are only rewritten when their
definition changed, and the clock only when the time zone did.
"""

import logging
from datetime import datetime, timedelta, timezone
from typing import Dict, Iterable, List, Optional, Tuple

from bot.contract import CLINIC_TOPICS  # for the "add answers.<topic>" suggestions

log = logging.getLogger(__name__)

# An answer (kb or clinic) whose intent confidence is below this is listed with the misses:
# a confident-looking answer to a question the assistant barely understood is often wrong.
MISS_CONFIDENCE = 0.6
ALL_CHANNELS = "All channels"
ALL_LANGUAGES = "All languages"
# A turn's language (turns.lang, the reply contract's; a log from before French was English).
LANGUAGE_NAMES = {"en": "English", "fr": "French"}
BOTH_LANGUAGES = "English and French"  # a conversation that switched
LANGUAGE = (
    "CASE coalesce(t.lang, 'en') "
    + " ".join(f"WHEN '{k}' THEN '{v}'" for k, v in LANGUAGE_NAMES.items())
    + " ELSE 'English' END"
)
CLOCK_YEARS = (2020, 2045)

CHANNEL_NAMES = {
    "socketio": "Website",
    "web": "Website",
    "widget": "Website",
    "rest": "REST API",
    "telegram": "Telegram",
    "sms": "SMS",
    "whatsapp": "WhatsApp",
    "cmdline": "Terminal",
    "unknown": "Unknown",
}

INTENT_NAMES = {
    "ask_overview": "What the treatments are",
    "ask_difference": "How they differ",
    "ask_origins": "Where they come from",
    "ask_technique": "How it is done",
    "ask_sensation": "Does it hurt / how it feels",
    "ask_aftercare": "Afterwards (soreness, aftercare)",
    "ask_session_length": "How long a session lasts",
    "ask_treatment_course": "How many sessions",
    "ask_practitioners": "Who may do it (training, licences)",
    "ask_safety": "Is it safe / risks",
    "ask_evidence": "Does it work (research)",
    "ask_conditions": "What it helps with (conditions)",
    "ask_needles": "The needles",
    "ask_insurance": "Insurance and coverage",
    "ask_choosing": "Which one to choose",
    "inform_modality": "Names a treatment only",
    "choose_entry": "Picked a suggested question",
    "greet": "Greeting",
    "goodbye": "Goodbye",
    "thanks": "Thanks",
    "bot_identity": "Asks who the assistant is",
    "book": "Wants to book",
    "ask_contact": "Wants to contact the clinic",
    "ask_hours": "Opening hours",
    "ask_location": "Where the clinic is",
    "human_handoff": "Wants a person",
    "emergency": "Emergency",
    "out_of_scope": "Outside what the assistant covers",
    "unclear_input": "Unclear / gibberish",
}

_TOPICS_SQL = ", ".join(f"'{x}'" for x in CLINIC_TOPICS)

FALLBACK_TYPE = """CASE
    WHEN t.fallback = 0 THEN NULL
    WHEN t.reason IN ('not_covered', 'no_entry') THEN 'not covered'
    WHEN t.reason = 'out_of_scope' THEN 'out of scope'
    WHEN t.reason IN ('unavailable', 'internal_error', 'rate_limited') THEN 'unavailable'
    ELSE 'not understood' END"""

NOT_HELPFUL = "f.helpful IN (0, '0', 'false', 'no')"
HELPFUL = "f.helpful IN (1, '1', 'true', 'yes')"
FEEDBACK_CONVERSATION = "coalesce(f.conversation_id, f.session_id)"


def _local(column: str) -> str:
    """SQL for a UTC 'YYYY-MM-DD HH:MM:SS' column in the clinic's time zone."""
    utc = f"substr(replace({column}, 'T', ' '), 1, 19)"
    return (
        f"datetime({utc}, coalesce((SELECT c.offset_minutes FROM review_clock c WHERE c.since <= {utc} "
        f"ORDER BY c.since DESC LIMIT 1), 0) || ' minutes')"
    )


def _readable(column: str) -> str:
    """'2026-11-29 15:04:00' -> '29 Nov 2026 15:04'."""
    return (
        f"CAST(strftime('%d', {column}) AS INTEGER) || ' ' || "
        f"substr('JanFebMarAprMayJunJulAugSepOctNovDec', 3 * CAST(strftime('%m', {column}) AS INTEGER) - 2, 3)"
        f" || ' ' || strftime('%Y %H:%M', {column})"
    )


def _periods(day: str) -> str:
    """The periods a row counts in: joined with `periods` and `scopes` below."""
    return (
        f"CASE p.period WHEN 'day' THEN {day} WHEN 'week' THEN date({day}, 'weekday 0', '-6 days') "
        f"WHEN 'month' THEN strftime('%Y-%m-01', {day}) ELSE 'all' END"
    )


GROUPS = """periods(period) AS (VALUES ('day'), ('week'), ('month'), ('all')),
     scopes(scope) AS (VALUES ('channel'), ('all'))"""


def _channel(column: str) -> str:
    return f"CASE s.scope WHEN 'channel' THEN {column} ELSE '{ALL_CHANNELS}' END"


def _rate(part: str, whole: str) -> str:
    return f"round(1.0 * ({part}) / nullif({whole}, 0), 3)"


VIEWS: List[Tuple[str, str]] = [
    (
        "review_turns",
        f"""
SELECT b.*,
  date(b.local_time) AS day,
  date(b.local_time, 'weekday 0', '-6 days') AS week,
  strftime('%Y-%m-01', b.local_time) AS month,
  {_readable("b.local_time")} AS when_local,
  CASE
    WHEN b.kind IS NULL THEN 'no reply'
    WHEN b.fallback = 1 THEN 'fallback: ' || b.fallback_type
    WHEN b.not_helpful > 0 THEN 'marked not helpful'
    WHEN b.kind IN ('kb', 'clinic') AND (b.low_confidence = 1 OR b.confidence < {MISS_CONFIDENCE})
      THEN 'low-confidence answer'
  END AS miss
FROM (
  SELECT t.*, {_local("t.time")} AS local_time,
    coalesce(n.name, t.channel, 'Unknown') AS channel_name,
    {LANGUAGE} AS language,
    {FALLBACK_TYPE} AS fallback_type,
    (SELECT count(*) FROM feedback f WHERE {FEEDBACK_CONVERSATION} = t.conversation_id
       AND f.kb_id = t.kb_id AND {NOT_HELPFUL}) AS not_helpful
  FROM turns t LEFT JOIN review_channel_names n ON n.channel = t.channel
) b""",
    ),
    (
        "review_conversations",
        f"""
SELECT c.*,
  date(c.started) AS day, date(c.started, 'weekday 0', '-6 days') AS week,
  strftime('%Y-%m-01', c.started) AS month,
  {_readable("c.started")} AS started_local,
  CASE WHEN c.engaged = 1 AND c.answered = 1 AND c.ended_in_fallback = 0 AND c.asked_person = 0
            AND c.not_helpful = 0 AND c.emergency = 0 THEN 1 ELSE 0 END AS resolved,
  CASE WHEN c.engaged = 1 AND c.answered = 1 AND c.ended_in_fallback = 0 AND c.asked_person = 0
            AND c.not_helpful = 0 AND c.emergency = 0 AND c.helpful > 0 THEN 1 ELSE 0 END AS confirmed
FROM (
  SELECT t.conversation_id,
    min(t.channel_name) AS channel_name,
    CASE WHEN min(t.language) = max(t.language) THEN min(t.language) ELSE '{BOTH_LANGUAGES}' END AS language,
    min(t.local_time) AS started,
    count(*) AS messages,
    max(coalesce(t.kind, '') != 'smalltalk') AS engaged,
    max(coalesce(t.kind, '') IN ('kb', 'clinic')) AS answered,
    max(coalesce(t.kind, '') = 'booking') AS booking,
    max(coalesce(t.kind, '') = 'contact') AS phone,
    max(coalesce(t.kind, '') = 'emergency') AS emergency,
    max(coalesce(t.kind, '') = 'contact' AND (t.topic = 'human_handoff' OR t.intent = 'human_handoff'))
      AS asked_person,
    coalesce((SELECT coalesce(l.kind, '') IN ('', 'fallback') FROM turns l
               WHERE l.conversation_id = t.conversation_id AND coalesce(l.kind, '') != 'smalltalk'
               ORDER BY l.timestamp DESC, l.id DESC LIMIT 1), 0) AS ended_in_fallback,
    (SELECT count(*) FROM feedback f WHERE {FEEDBACK_CONVERSATION} = t.conversation_id AND {HELPFUL}) AS helpful,
    (SELECT count(*) FROM feedback f WHERE {FEEDBACK_CONVERSATION} = t.conversation_id AND {NOT_HELPFUL})
      AS not_helpful
  FROM review_turns t
  GROUP BY t.conversation_id
) c""",
    ),
    (
        "figure_resolution",
        f"""
WITH {GROUPS}
SELECT p.period, {_periods("c.day")} AS starting, {_channel("c.channel_name")} AS channel,
  sum(c.engaged) AS conversations, sum(c.resolved) AS resolved, sum(c.confirmed) AS confirmed,
  {_rate("sum(c.resolved)", "sum(c.engaged)")} AS resolution_rate
FROM review_conversations c, periods p, scopes s
GROUP BY 1, 2, 3""",
    ),
    (
        "figure_handoffs",
        f"""
WITH {GROUPS}
SELECT p.period, {_periods("c.day")} AS starting, {_channel("c.channel_name")} AS channel,
  sum(c.engaged) AS conversations,
  sum(c.booking OR c.phone) AS handoffs, sum(c.booking) AS booking, sum(c.phone) AS phone,
  {_rate("sum(c.booking OR c.phone)", "sum(c.engaged)")} AS handoff_rate,
  {_rate("sum(c.booking)", "sum(c.engaged)")} AS booking_rate,
  {_rate("sum(c.phone)", "sum(c.engaged)")} AS phone_rate
FROM review_conversations c, periods p, scopes s
GROUP BY 1, 2, 3""",
    ),
    (
        "figure_fallbacks",
        f"""
WITH {GROUPS}
SELECT p.period, {_periods("t.day")} AS starting, {_channel("t.channel_name")} AS channel,
  count(*) AS messages, sum(t.fallback) AS fallbacks,
  sum(t.fallback_type = 'not understood') AS not_understood,
  sum(t.fallback_type = 'not covered') AS not_covered,
  sum(t.fallback_type = 'out of scope') AS out_of_scope,
  sum(t.fallback_type = 'unavailable') AS unavailable,
  {_rate("sum(t.fallback)", "count(*)")} AS fallback_rate,
  {_rate("sum(t.fallback_type = 'not understood')", "count(*)")} AS not_understood_rate,
  {_rate("sum(t.fallback_type = 'not covered')", "count(*)")} AS not_covered_rate,
  {_rate("sum(t.fallback_type = 'out of scope')", "count(*)")} AS out_of_scope_rate
FROM review_turns t, periods p, scopes s
GROUP BY 1, 2, 3""",
    ),
    (
        "figure_helpful",
        f"""
WITH {GROUPS}, rated AS (
  SELECT date({_local("f.time")}) AS day,
    coalesce((SELECT min(t.channel_name) FROM review_turns t WHERE t.conversation_id = {FEEDBACK_CONVERSATION}),
             'Website') AS channel_name,
    ({HELPFUL}) AS helpful, ({NOT_HELPFUL}) AS not_helpful
  FROM feedback f WHERE ({HELPFUL}) OR ({NOT_HELPFUL}))
SELECT p.period, {_periods("r.day")} AS starting, {_channel("r.channel_name")} AS channel,
  count(*) AS rated, sum(r.helpful) AS helpful, sum(r.not_helpful) AS not_helpful,
  {_rate("sum(r.helpful)", "count(*)")} AS helpful_rate
FROM rated r, periods p, scopes s
GROUP BY 1, 2, 3""",
    ),
    (
        "figure_emergencies",
        f"""
WITH {GROUPS}
SELECT p.period, {_periods("t.day")} AS starting, {_channel("t.channel_name")} AS channel,
  count(*) AS emergencies, count(DISTINCT t.conversation_id) AS conversations
FROM review_turns t, periods p, scopes s
WHERE t.emergency = 1
GROUP BY 1, 2, 3""",
    ),
    (
        "emergency_replies",
        """
SELECT t.id AS turn_id, t.when_local AS time, t.day, t.week, t.channel_name AS channel,
  t.topic AS category, t.rule, t.message, t.conversation_id, t.timestamp
FROM review_turns t WHERE t.emergency = 1""",
    ),
    (
        "figure_booking_clicks",
        f"""
WITH {GROUPS}
SELECT p.period, {_periods("e.day")} AS starting, {_channel("'Website'")} AS channel, count(*) AS booking_clicks
FROM (SELECT date({_local("w.time")}) AS day FROM widget_events w WHERE w.event = 'booking_click') e,
  periods p, scopes s
GROUP BY 1, 2, 3""",
    ),
    (
        "figure_topics",
        f"""
WITH {GROUPS}
SELECT p.period, {_periods("t.day")} AS starting, {_channel("t.channel_name")} AS channel,
  t.kind, t.topic, count(*) AS messages, count(DISTINCT t.conversation_id) AS conversations
FROM review_turns t, periods p, scopes s
WHERE t.topic IS NOT NULL AND t.kind IN ('kb', 'clinic', 'booking', 'contact')
GROUP BY 1, 2, 3, 4, 5""",
    ),
    (
        "figure_not_covered",
        f"""
WITH {GROUPS}
SELECT p.period, {_periods("t.day")} AS starting, {_channel("t.channel_name")} AS channel,
  coalesce(t.topic, 'unknown') AS subject, coalesce(n.about, t.topic, 'unknown') AS about,
  count(*) AS times
FROM review_turns t LEFT JOIN review_subject_names n ON n.subject = t.topic, periods p, scopes s
WHERE t.reason = 'not_covered'
GROUP BY 1, 2, 3, 4, 5""",
    ),
    (
        "figure_unanswered",
        f"""
WITH {GROUPS}
SELECT p.period, {_periods("t.day")} AS starting, {_channel("t.channel_name")} AS channel,
  lower(trim(t.message)) AS message, t.language, count(*) AS times, group_concat(DISTINCT t.miss) AS why,
  max(t.id) AS turn_id
FROM review_turns t, periods p, scopes s
WHERE t.miss IS NOT NULL AND trim(t.message) != '' AND coalesce(t.reason, '') != 'not_covered'
GROUP BY 1, 2, 3, 4, 5""",
    ),
    (
        "figure_languages",
        f"""
WITH periods(period) AS (VALUES ('day'), ('week'), ('month'), ('all')),
     scopes(scope) AS (VALUES ('language'), ('all')),
conversations AS (
  SELECT p.period, {_periods("c.day")} AS starting,
    CASE s.scope WHEN 'language' THEN c.language ELSE '{ALL_LANGUAGES}' END AS language,
    sum(c.engaged) AS conversations, sum(c.resolved) AS resolved,
    sum(c.engaged AND (c.booking OR c.phone)) AS handoffs,
    {_rate("sum(c.resolved)", "sum(c.engaged)")} AS resolution_rate,
    {_rate("sum(c.engaged AND (c.booking OR c.phone))", "sum(c.engaged)")} AS handoff_rate
  FROM review_conversations c, periods p, scopes s
  GROUP BY 1, 2, 3),
messages AS (
  SELECT p.period, {_periods("t.day")} AS starting,
    CASE s.scope WHEN 'language' THEN t.language ELSE '{ALL_LANGUAGES}' END AS language,
    count(*) AS messages, sum(t.fallback) AS fallbacks, sum(t.emergency) AS emergencies,
    {_rate("sum(t.fallback)", "count(*)")} AS fallback_rate
  FROM review_turns t, periods p, scopes s
  GROUP BY 1, 2, 3),
cells AS (SELECT period, starting, language FROM conversations
         UNION SELECT period, starting, language FROM messages)
SELECT k.period, k.starting, k.language,
  coalesce(c.conversations, 0) AS conversations, coalesce(c.resolved, 0) AS resolved, c.resolution_rate,
  coalesce(c.handoffs, 0) AS handoffs, c.handoff_rate,
  coalesce(m.messages, 0) AS messages, coalesce(m.fallbacks, 0) AS fallbacks, m.fallback_rate,
  coalesce(m.emergencies, 0) AS emergencies
FROM cells k
  LEFT JOIN conversations c ON c.period = k.period AND c.starting = k.starting AND c.language = k.language
  LEFT JOIN messages m ON m.period = k.period AND m.starting = k.starting AND m.language = k.language""",
    ),
    (
        "figure_gaps",
        f"""
WITH periods(period) AS (VALUES ('day'), ('week'), ('month'), ('all')),
gaps AS (
  SELECT t.id AS turn_id, t.day, 'clinic answer' AS gap,
    CASE WHEN t.topic IN ({_TOPICS_SQL}) THEN t.topic ELSE 'a practical question' END AS subject,
    CASE WHEN t.topic IN ({_TOPICS_SQL}) THEN 'add answers.' || t.topic || ' to clinic.yml'
         ELSE 'the clinic has no answer of its own: add one under answers: in clinic.yml' END AS suggestion
  FROM review_turns t
  WHERE t.rule = 'clinic_unknown' OR (t.kind = 'contact' AND t.topic IN ({_TOPICS_SQL}))
  UNION ALL
  SELECT t.id, t.day, 'not covered', coalesce(t.topic, 'unknown'),
    'the sources don''t cover ' || coalesce(n.about, t.topic, 'it')
      || ': consider a clinic answer or a knowledge entry'
  FROM review_turns t LEFT JOIN review_subject_names n ON n.subject = t.topic
  WHERE t.reason = 'not_covered'
  UNION ALL
  SELECT t.id, t.day, 'no entry', coalesce(t.topic, 'unknown') || coalesce(' / ' || t.modalities, ''),
    'no knowledge entry on ' || coalesce(t.topic, 'this topic') || ': write one in knowledge/answers/'
  FROM review_turns t WHERE t.reason = 'no_entry'
  UNION ALL
  SELECT t.id, t.day, 'unanswered', lower(trim(t.message)),
    'not answered (' || t.miss || '): label it with the intent it should have had'
  FROM review_turns t
  WHERE t.miss IS NOT NULL AND coalesce(t.reason, '') NOT IN ('not_covered', 'no_entry')
    AND coalesce(t.rule, '') != 'clinic_unknown' AND trim(t.message) != ''
)
SELECT p.period, {_periods("g.day")} AS starting, g.gap, g.subject, count(*) AS times,
  min(g.suggestion) AS suggestion, group_concat(g.turn_id) AS turn_ids
FROM gaps g, periods p
GROUP BY 1, 2, 3, 4""",
    ),
]

VIEW_NAMES = [name for name, _ in VIEWS]


def ensure_figures(db, timezone_name: Optional[str] = None) -> None:
    """Create or update the lookup tables and views. `db` is a sqlite_utils.Database;
    `timezone_name` defaults to clinic.yml's `timezone` (UTC when unset or unreadable).
    Called on every connection to the log: a problem here is logged, and never stops a turn
    from being recorded."""
    try:
        _ensure_figures(db.conn, timezone_name)
    except Exception:  # noqa: BLE001 - the dashboard is secondary to the log itself
        log.exception("the staff dashboard's views could not be updated")


def _ensure_figures(conn, timezone_name: Optional[str]) -> None:
    tz = timezone_name or _clinic_timezone()
    with conn:
        conn.execute("CREATE TABLE IF NOT EXISTS review_settings (key TEXT PRIMARY KEY, value TEXT)")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS review_clock (since TEXT PRIMARY KEY, offset_minutes INTEGER)"
        )
        conn.execute("CREATE TABLE IF NOT EXISTS review_channel_names (channel TEXT PRIMARY KEY, name TEXT)")
        conn.execute("CREATE TABLE IF NOT EXISTS review_intent_names (intent TEXT PRIMARY KEY, name TEXT)")
        conn.execute("CREATE TABLE IF NOT EXISTS review_subject_names (subject TEXT PRIMARY KEY, about TEXT)")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS widget_events "
            "(id INTEGER PRIMARY KEY, time TEXT NOT NULL, event TEXT NOT NULL)"
        )
        conn.execute(
            "INSERT OR IGNORE INTO review_channel_names (channel, name) VALUES "
            + ", ".join("(?, ?)" for _ in CHANNEL_NAMES),
            [v for kv in CHANNEL_NAMES.items() for v in kv],
        )
        _fill_intent_names(conn)
        _fill_subject_names(conn)
        _set_clock(conn, tz)
        _label_guard(conn)
        for name, sql in VIEWS:
            _ensure_view(conn, name, sql.strip())


def _ensure_view(conn, name: str, sql: str) -> None:
    want = f"CREATE VIEW {name} AS\n{sql}"
    row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'view' AND name = ?", [name]).fetchone()
    if row and row[0] == want:
        return
    conn.execute(f"DROP VIEW IF EXISTS {name}")
    conn.execute(want)


def _label_guard(conn) -> None:
    """A label for a turn that does not exist is refused (SQLite doesn't enforce the
    foreign key unless asked, and Datasette doesn't ask)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'labels'").fetchone():
        conn.execute("""CREATE TRIGGER IF NOT EXISTS labels_known_turn BEFORE INSERT ON labels
                        WHEN NOT EXISTS (SELECT 1 FROM turns WHERE id = NEW.turn_id)
                        BEGIN SELECT RAISE(ABORT, 'no such turn: check the turn id'); END""")


def intent_name(intent: str) -> str:
    """A readable name for an intent: ours, else the words of its id."""
    if intent in INTENT_NAMES:
        return INTENT_NAMES[intent]
    words = intent[4:] if intent.startswith("ask_") else intent
    return words.replace("_", " ").capitalize()


def _fill_intent_names(conn) -> None:
    has = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'intents'").fetchone()
    names = [r[0] for r in conn.execute("SELECT name FROM intents")] if has else []
    for name in set(names) | set(INTENT_NAMES):
        conn.execute(
            "INSERT OR IGNORE INTO review_intent_names (intent, name) VALUES (?, ?)",
            [name, intent_name(name)],
        )


def _fill_subject_names(conn) -> None:
    """What each not-covered subject is about, from knowledge/not_covered.yml (best effort:
    the figures work without it, showing the subject's id)."""
    try:
        import yaml

        from bot import PROJECT_ROOT

        data = yaml.safe_load((PROJECT_ROOT / "knowledge" / "not_covered.yml").read_text()) or {}
        rows = [(s["id"], s.get("about") or s["id"]) for s in data.get("subjects") or [] if s.get("id")]
    except Exception:  # noqa: BLE001 - readable names are a nicety, never a reason to fail logging
        log.debug("not_covered.yml not read for subject names", exc_info=True)
        return
    rows.append(("unknown_health_term", "health words the assistant doesn't know"))
    conn.executemany("INSERT OR REPLACE INTO review_subject_names (subject, about) VALUES (?, ?)", rows)


def _clinic_timezone() -> str:
    try:
        from bot.clinic import load_clinic

        return getattr(load_clinic(), "timezone", "") or "UTC"
    except Exception:  # noqa: BLE001 - a broken clinic.yml must not stop the review log
        log.warning("clinic.yml could not be read for its time zone; review times are in UTC")
        return "UTC"


def clock(tz_name: str, years: Tuple[int, int] = CLOCK_YEARS) -> List[Tuple[str, int]]:
    """(UTC time from which it applies, offset in minutes) for `tz_name`, one row per change."""
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(tz_name)

    def offset(moment: datetime) -> int:
        return int(moment.astimezone(zone).utcoffset().total_seconds() // 60)

    start = datetime(years[0], 1, 1, tzinfo=timezone.utc)
    rows = [("0000-01-01 00:00:00", offset(start))]
    step = timedelta(hours=6)
    moment, last = start, rows[0][1]
    end = datetime(years[1], 1, 1, tzinfo=timezone.utc)
    while moment < end:
        nxt = moment + step
        if offset(nxt) != last:
            low, high = moment, nxt  # the change is in (low, high]: find the minute
            while high - low > timedelta(minutes=1):
                mid = low + (high - low) / 2
                if offset(mid) == last:
                    low = mid
                else:
                    high = mid
            high = high.replace(second=0, microsecond=0)
            last = offset(high)
            rows.append((high.strftime("%Y-%m-%d %H:%M:%S"), last))
        moment = nxt
    return rows


def _set_clock(conn, tz_name: str) -> None:
    have = conn.execute("SELECT value FROM review_settings WHERE key = 'timezone'").fetchone()
    if have and have[0] == tz_name:
        return
    try:
        rows = clock(tz_name)
    except Exception:  # noqa: BLE001 - an unknown zone: UTC, and say so
        log.warning(f"time zone {tz_name!r} unknown: review times are in UTC")
        tz_name, rows = "UTC", [("0000-01-01 00:00:00", 0)]
    conn.execute("DELETE FROM review_clock")
    conn.executemany("INSERT INTO review_clock (since, offset_minutes) VALUES (?, ?)", rows)
    conn.execute("INSERT OR REPLACE INTO review_settings (key, value) VALUES ('timezone', ?)", [tz_name])


def record_widget_event(db_file, event: str) -> None:
    """One row in widget_events (the widget's booking clicks): the time and the event, nothing else."""
    import sqlite3
    import time
    from pathlib import Path

    from bot.review.store import utc_text

    Path(db_file).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(db_file), timeout=10)
    try:
        with conn:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS widget_events "
                "(id INTEGER PRIMARY KEY, time TEXT NOT NULL, event TEXT NOT NULL)"
            )
            conn.execute(
                "INSERT INTO widget_events (time, event) VALUES (?, ?)", [utc_text(time.time()), event]
            )
    finally:
        conn.close()


def rows(db, sql: str, params: Iterable = ()) -> List[Dict]:
    """Rows as dicts (for tests and the weekly summary)."""
    cur = db.conn.execute(sql, list(params))
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]
