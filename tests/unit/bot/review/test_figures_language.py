"""The staff figures per language (issue 17): a clinic serving both languages sees how
French conversations fare beside English ones, and the unanswered list shows both."""
import pytest

from bot.review import figures
from bot.review.store import connect

DAY = "2026-11-24 10:00:00"


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.setattr(figures, "_clinic_timezone", lambda: "UTC")
    database = connect(tmp_path / "logs.db")
    yield database
    database.close()


def turn(db, conversation, kind, lang, message="a question", reason=None, n=[0]):
    n[0] += 1
    flags = {f: int(kind == f) for f in ("fallback", "booking", "contact", "emergency")}
    row = dict(event_key=f"{conversation}:{n[0]}", conversation_id=conversation, channel="socketio", time=DAY,
               timestamp=float(n[0]), message=message, intent="ask_safety", confidence=0.9, kind=kind,
               topic="safety", kb_id="safety" if kind == "kb" else None, reason=reason, reply="...",
               low_confidence=0, safety_note=0, **flags)
    if lang:
        row["lang"] = lang
    db["turns"].insert(row)


def by_language(db, period="all"):
    return {r["language"]: r for r in figures.rows(db, "SELECT * FROM figure_languages WHERE period = ?", [period])}


def a_bilingual_log(db):
    turn(db, "e1", "kb", "en")
    turn(db, "e2", "kb", "en")
    turn(db, "e3", "fallback", None, message="zorblax", reason="low_confidence")  # logged before French: English
    turn(db, "f1", "kb", "fr", message="est-ce que ça fait mal")
    turn(db, "f2", "fallback", "fr", message="ça coûte combien le stationnement", reason="low_confidence")
    turn(db, "f2", "booking", "fr")
    turn(db, "b1", "kb", "en")
    turn(db, "b1", "emergency", "fr", message="je respire mal")  # switched to French


def test_each_language_gets_its_own_resolution_and_fallback_figures(db):
    a_bilingual_log(db)
    rows = by_language(db)
    assert set(rows) == {"English", "French", "English and French", figures.ALL_LANGUAGES}
    en, fr, both, total = (rows[k] for k in ("English", "French", "English and French", figures.ALL_LANGUAGES))
    assert (en["conversations"], en["resolved"], en["messages"], en["fallbacks"]) == (3, 2, 4, 1)
    assert (fr["conversations"], fr["resolved"], fr["handoffs"], fr["messages"], fr["fallbacks"]) == (2, 1, 1, 4, 1)
    assert fr["fallback_rate"] == 0.25 and en["resolution_rate"] == 0.667
    assert (both["conversations"], both["messages"]) == (1, 0)  # its messages count under their own language
    assert fr["emergencies"] == 1 and total["emergencies"] == 1
    assert (total["conversations"], total["messages"]) == (6, 8)
    assert by_language(db, "day")["French"]["starting"] == "2026-11-24"


def test_the_unanswered_list_shows_messages_in_both_languages_with_their_language(db):
    a_bilingual_log(db)
    listed = {r["message"]: r["language"] for r in figures.rows(
        db, "SELECT * FROM figure_unanswered WHERE period = 'all' AND channel = ?", [figures.ALL_CHANNELS])}
    assert listed == {"zorblax": "English", "ça coûte combien le stationnement": "French"}


def test_turns_and_conversations_can_be_filtered_by_language(db):
    a_bilingual_log(db)
    french = figures.rows(db, "SELECT conversation_id FROM review_conversations WHERE language = 'French' "
                              "ORDER BY conversation_id")
    assert [r["conversation_id"] for r in french] == ["f1", "f2"]
    assert figures.rows(db, "SELECT count(*) AS n FROM review_turns WHERE language = 'French'")[0]["n"] == 4


# ------------------------------------------------------------------ the staff's canned queries

def canned(name):
    import yaml
    from bot import PROJECT_ROOT
    config = yaml.safe_load((PROJECT_ROOT / "review" / "datasette.yaml").read_text())
    return config["databases"]["logs"]["queries"][name]["sql"]


def run(db, name, **params):
    """A canned query as Datasette runs it: every named parameter given, missing ones empty."""
    import re
    db.conn.create_function("escape_fts", 1, lambda q: '"' + q.replace('"', '""') + '"')
    sql = canned(name)
    values = {p: params.get(p, "") for p in re.findall(r":(\w+)", sql) if not p.startswith("_")}
    cur = db.conn.execute(sql, values)
    return [dict(zip([c[0] for c in cur.description], r)) for r in cur.fetchall()]


def test_staff_queries_filter_by_language_and_show_both_by_default(db):
    a_bilingual_log(db)
    both = {r["message"]: r["language"] for r in run(db, "unanswered")}
    assert both == {"zorblax": "English", "ça coûte combien le stationnement": "French"}
    assert [r["message"] for r in run(db, "unanswered", language="fr")] == ["ça coûte combien le stationnement"]
    assert [r["message"] for r in run(db, "unanswered", language="English")] == ["zorblax"]
    assert [r["language"] for r in run(db, "handoffs", language="fr")] == ["French"]
    assert run(db, "handoffs", language="en") == []
    assert [r["message"] for r in run(db, "search", q="mal", language="fr")] == ["je respire mal",
                                                                                 "est-ce que ça fait mal"]
    assert run(db, "search", q="mal", language="en") == []
    day = run(db, "conversations_by_day", language="fr")
    assert [r["conversations"] for r in day] == [3]  # f1, f2 and the one that switched to French
    assert [r["conversations"] for r in run(db, "conversations_by_day")] == [6]
