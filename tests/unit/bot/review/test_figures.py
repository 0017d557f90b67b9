"""The staff dashboard's figures (bot/review/figures.py) on small synthetic logs whose
answers are known by hand: what a clinic manager reads must match the README's definitions."""
import sqlite3

import pytest

from bot.review import figures
from bot.review.store import connect

WEEK = "2026-11-23"  # a Monday


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.setattr(figures, "_clinic_timezone", lambda: "UTC")
    database = connect(tmp_path / "logs.db")
    yield database
    database.close()


class Log:
    """Writes turns and feedback the way the tracker store and the widget do."""

    def __init__(self, db):
        self.db, self.n = db, 0

    def turn(self, conversation, kind, *, channel="socketio", time=f"{WEEK} 10:00:00", message="a question",
             topic=None, reason=None, kb_id=None, intent="ask_safety", confidence=0.9, rule=None):
        self.n += 1
        flags = {f: int(kind == f) for f in ("fallback", "booking", "contact", "emergency")}
        self.db["turns"].insert(dict(
            event_key=f"{conversation}:{self.n}", conversation_id=conversation, channel=channel,
            time=time, timestamp=float(self.n), message=message, intent=intent, confidence=confidence,
            kind=kind, topic=topic, kb_id=kb_id, reason=reason, rule=rule, reply="..." if kind else "",
            low_confidence=int(confidence < 0.5), safety_note=0, **flags))
        return self.db.execute("SELECT max(id) FROM turns").fetchone()[0]

    def feedback(self, conversation, kb_id, helpful):
        self.db["feedback"].insert({"time": f"{WEEK} 10:05:00", "session_id": conversation, "kb_id": kb_id,
                                    "helpful": int(helpful)})


def one(db, view, period="all", channel=figures.ALL_CHANNELS, **where):
    found = figures.rows(db, f"SELECT * FROM {view} WHERE period = ? AND channel = ?", [period, channel])
    found = [r for r in found if all(r[k] == v for k, v in where.items())]
    assert len(found) == 1, found
    return found[0]


def ten_conversations(log):
    """Ten conversations with a question, six of them resolved by the definition, and a
    greeting-only one that does not count."""
    log.turn("c1", "kb", kb_id="safety", topic="safety")
    log.turn("c1", "smalltalk", intent="thanks")                       # ends on thanks: still resolved
    log.turn("c2", "fallback", reason="not_covered", topic="pregnancy", message="acupuncture when pregnant?")
    log.turn("c2", "kb", kb_id="sensation", topic="sensation")          # a fallback, then an answer
    log.turn("c3", "kb", kb_id="overview", topic="overview")
    log.turn("c3", "booking", topic="book", channel="socketio")          # booking is not a failure
    log.turn("c4", "fallback", reason="out_of_scope", message="what is the weather")
    log.turn("c4", "kb", kb_id="needles", topic="needles")
    log.turn("c5", "clinic", topic="fees", channel="telegram", intent="ask_insurance")  # a clinic answer
    log.turn("c6", "kb", kb_id="evidence", topic="evidence")
    log.feedback("c6", "evidence", True)                                 # confirmed
    log.turn("c7", "kb", kb_id="safety", topic="safety")
    log.turn("c7", "fallback", reason="low_confidence", message="zorblax flumph")    # ends in a fallback
    log.turn("c8", "kb", kb_id="safety", topic="safety", channel="telegram")
    log.turn("c8", "contact", topic="human_handoff", intent="human_handoff", channel="telegram")  # a person
    log.turn("c9", "kb", kb_id="aftercare", topic="aftercare")
    log.feedback("c9", "aftercare", False)                               # not helpful
    log.turn("c10", "emergency", topic="medical", rule="red_flag", message="i can't breathe after needling")
    log.turn("c11", "smalltalk", intent="greet", message="hi")           # greeting only: not counted


def test_ten_conversations_six_resolved_is_a_resolution_rate_of_0_6(db):
    ten_conversations(Log(db))
    row = one(db, "figure_resolution")
    assert (row["conversations"], row["resolved"], row["confirmed"], row["resolution_rate"]) == (10, 6, 1, 0.6)
    resolved = {r["conversation_id"] for r in figures.rows(db, "SELECT * FROM review_conversations WHERE resolved")}
    assert resolved == {"c1", "c2", "c3", "c4", "c5", "c6"}
    # per channel and per week/day: the same conversations, split
    assert one(db, "figure_resolution", channel="Telegram")["resolution_rate"] == 0.5  # c5 yes, c8 no
    assert one(db, "figure_resolution", channel="Website")["conversations"] == 8
    assert one(db, "figure_resolution", period="week", starting=WEEK)["resolved"] == 6
    assert one(db, "figure_resolution", period="day", starting=WEEK)["conversations"] == 10


def test_handoffs_fallbacks_helpful_emergencies(db):
    ten_conversations(Log(db))
    hand = one(db, "figure_handoffs")
    assert (hand["handoffs"], hand["booking"], hand["phone"], hand["handoff_rate"]) == (2, 1, 1, 0.2)
    fb = one(db, "figure_fallbacks")
    assert fb["messages"] == 17 and fb["fallbacks"] == 3
    assert (fb["not_understood"], fb["not_covered"], fb["out_of_scope"]) == (1, 1, 1)
    assert fb["fallback_rate"] == round(3 / 17, 3)
    helpful = one(db, "figure_helpful")
    assert (helpful["rated"], helpful["helpful"], helpful["helpful_rate"]) == (2, 1, 0.5)
    assert one(db, "figure_emergencies")["emergencies"] == 1
    replies = figures.rows(db, "SELECT * FROM emergency_replies")
    assert [r["conversation_id"] for r in replies] == ["c10"] and replies[0]["category"] == "medical"


def test_empty_log_has_no_figures_and_no_errors(db):
    for view in figures.VIEW_NAMES:
        assert figures.rows(db, f"SELECT * FROM {view}") == [], view


def test_a_greeting_alone_is_not_a_conversation_to_resolve(db):
    Log(db).turn("g", "smalltalk", intent="greet", message="hello")
    row = one(db, "figure_resolution")
    assert row["conversations"] == 0 and row["resolution_rate"] is None
    assert one(db, "figure_fallbacks")["fallbacks"] == 0


def test_an_emergency_counts_and_is_not_resolved(db):
    log = Log(db)
    log.turn("e", "emergency", topic="self_harm", rule="red_flag", channel="telegram")
    assert one(db, "figure_resolution")["resolution_rate"] == 0.0
    log.turn("e2", "kb", kb_id="safety", topic="safety")  # answered, then an emergency: follow it up
    log.turn("e2", "emergency", topic="medical", rule="red_flag")
    assert one(db, "figure_resolution")["resolved"] == 0
    assert one(db, "figure_emergencies", channel="Telegram")["conversations"] == 1


def test_every_kind_of_miss_is_listed(db):
    log = Log(db)
    log.turn("m1", None, message="no reply came")
    log.turn("m2", "kb", kb_id="safety", confidence=0.55, message="is it ok with my thing")
    log.turn("m3", "kb", kb_id="aftercare", message="sore for how long")
    log.feedback("m3", "aftercare", False)
    log.turn("m4", "fallback", reason="low_confidence", confidence=0.2, message="blorp")
    log.turn("m5", "kb", kb_id="safety", confidence=0.95, message="is it safe")  # not a miss
    misses = {r["message"]: r["miss"] for r in figures.rows(db, "SELECT * FROM review_turns WHERE miss IS NOT NULL")}
    assert misses == {"no reply came": "no reply", "is it ok with my thing": "low-confidence answer",
                      "sore for how long": "marked not helpful", "blorp": "fallback: not understood"}
    listed = {r["message"] for r in figures.rows(db, "SELECT * FROM figure_unanswered WHERE period = 'all' "
                                                     "AND channel = 'All channels'")}
    assert listed == set(misses)


def test_what_to_add_next_ranks_gaps_with_a_suggestion(db):
    log = Log(db)
    for i in range(3):
        log.turn(f"p{i}", "fallback", reason="not_covered", topic="pregnancy", message=f"pregnant {i}?")
    log.turn("f1", "contact", topic="fees", rule="clinic_unknown", intent="ask_contact", message="how much?")
    gaps = figures.rows(db, "SELECT * FROM figure_gaps WHERE period = 'all' ORDER BY times DESC")
    assert gaps[0]["subject"] == "pregnancy" and gaps[0]["times"] == 3
    assert "don't cover" in gaps[0]["suggestion"] and "pregnancy" in gaps[0]["suggestion"]
    fees = next(g for g in gaps if g["gap"] == "clinic answer")
    assert fees["subject"] == "fees" and fees["suggestion"] == "add answers.fees to clinic.yml"


def test_days_and_weeks_are_the_clinics(db, monkeypatch):
    """03:30 UTC on Monday 23 Nov is still Sunday 22 Nov in Vancouver (UTC-8): that week."""
    figures.ensure_figures(db, "America/Vancouver")
    Log(db).turn("tz", "kb", kb_id="safety", time=f"{WEEK} 03:30:00")
    turn = figures.rows(db, "SELECT * FROM review_turns")[0]
    assert (turn["day"], turn["week"], turn["when_local"]) == ("2026-11-22", "2026-11-16", "22 Nov 2026 19:30")
    summer = figures.clock("America/Vancouver")
    assert ("2026-03-08 10:00:00", -420) in summer and ("2026-11-01 09:00:00", -480) in summer


def test_booking_clicks_are_counted_per_day(db, tmp_path):
    path = tmp_path / "logs.db"
    figures.record_widget_event(path, "booking_click")
    figures.record_widget_event(path, "booking_click")
    assert one(db, "figure_booking_clicks")["booking_clicks"] == 2
    assert one(db, "figure_booking_clicks", channel="Website")["booking_clicks"] == 2
    assert db.execute("SELECT * FROM widget_events").fetchall()[0][2] == "booking_click"


def test_a_label_for_a_turn_that_does_not_exist_is_refused(db):
    turn = Log(db).turn("l", "fallback", reason="low_confidence")
    db.execute("INSERT INTO labels (turn_id, intent, actor, time) VALUES (?, 'ask_safety', 'alice', 'now')", [turn])
    with pytest.raises(sqlite3.IntegrityError, match="no such turn"):
        db.execute("INSERT INTO labels (turn_id, intent, actor, time) VALUES (999, 'ask_safety', 'alice', 'now')")


def test_readable_names_for_channels_and_intents(db):
    names = dict(db.execute("SELECT channel, name FROM review_channel_names").fetchall())
    assert [names[c] for c in ("socketio", "telegram", "sms", "whatsapp")] == ["Website", "Telegram", "SMS", "WhatsApp"]
    intents = dict(db.execute("SELECT intent, name FROM review_intent_names").fetchall())
    assert intents["ask_sensation"] == "Does it hurt / how it feels" and "_" not in intents["ask_needles"]


def test_views_are_rewritten_only_when_changed(db):
    before = db.execute("SELECT sql FROM sqlite_master WHERE name = 'figure_resolution'").fetchone()
    figures.ensure_figures(db, "UTC")
    assert db.execute("SELECT sql FROM sqlite_master WHERE name = 'figure_resolution'").fetchone() == before


def test_the_widget_server_records_a_booking_click_and_nothing_else(tmp_path):
    from tests.helpers.web import serve

    async def post(client):
        out = []
        for body in ({"event": "booking_click", "session_id": "abc", "name": "Jane"}, {"event": "other"}, ["x"]):
            out.append((await client.post("/api/event", json=body)).status)
        out.append((await client.post("/api/event", json={"event": "booking_click"},
                                      headers={"Origin": "https://evil.example"})).status)
        return out
    assert serve(post, tmp_path) == [200, 400, 400, 403]
    with sqlite3.connect(tmp_path / "logs.db") as conn:
        columns = [c[1] for c in conn.execute("PRAGMA table_info(widget_events)")]
        assert columns == ["id", "time", "event"]  # no session, no address, no name
        assert [r[0] for r in conn.execute("SELECT event FROM widget_events")] == ["booking_click"]


def test_the_clinic_time_zone_is_checked_and_used(tmp_path, monkeypatch):
    from bot.clinic import ClinicConfigError, read_clinic
    base = "name: C\nphone: 604-555-0142\nbooking_url: https://b.example\n"
    path = tmp_path / "clinic.yml"
    path.write_text(base)
    assert read_clinic(path).timezone == "UTC"
    path.write_text(base + "timezone: Europe/Paris\n")
    assert read_clinic(path).timezone == "Europe/Paris"
    path.write_text(base + "timezone: America/Vancover\n")
    with pytest.raises(ClinicConfigError, match=r"line 4: timezone 'America/Vancover' .*Did you mean America/Vancouver"):
        read_clinic(path)
    # the review database follows the clinic's zone
    path.write_text(base + "timezone: Asia/Tokyo\n")
    monkeypatch.setenv("NEEDLE_CLINIC", str(path))
    db = connect(tmp_path / "logs.db")
    assert db.execute("SELECT value FROM review_settings WHERE key = 'timezone'").fetchone() == ("Asia/Tokyo",)
    Log(db).turn("jp", "kb", kb_id="safety", time=f"{WEEK} 20:00:00")
    assert figures.rows(db, "SELECT day FROM review_turns")[0]["day"] == "2026-11-24"
    db.close()


def test_a_practical_question_without_a_clinic_answer_is_a_gap_even_unnamed(db):
    """A clinic_unknown reply whose topic the log doesn't name still asks for a clinic answer."""
    Log(db).turn("u", "contact", topic="ask_contact", rule="clinic_unknown", intent="ask_contact", message="parking?")
    gap = figures.rows(db, "SELECT * FROM figure_gaps WHERE period = 'all'")
    assert [(g["gap"], g["subject"]) for g in gap] == [("clinic answer", "a practical question")]
    assert "answers:" in gap[0]["suggestion"] and "ask_contact" not in gap[0]["suggestion"]


def test_a_dashboard_problem_never_stops_the_log(tmp_path, monkeypatch, caplog):
    def broken(conn, name, sql):
        raise sqlite3.OperationalError("database is locked")
    monkeypatch.setattr(figures, "_ensure_view", broken)
    db = connect(tmp_path / "logs.db")  # no exception: turns can still be written
    Log(db).turn("x", "kb", kb_id="safety")
    assert db.execute("SELECT count(*) FROM turns").fetchone() == (1,)
    assert "could not be updated" in caplog.text
