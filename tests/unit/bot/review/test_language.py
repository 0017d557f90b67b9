"""The review log keeps each turn's language (issue 17): staff can see and filter French
turns, and a logs.db written before French existed is migrated with its turns in English."""
import sqlite3

from bot.review.store import build_turns, connect, record_turns


def user(text, ts, lang=None):
    event = {"event": "user", "text": text, "timestamp": ts, "message_id": f"m{ts}", "input_channel": "rest",
             "parse_data": {"text": text, "intent": {"name": "ask_sensation", "confidence": 0.9}, "entities": []}}
    if lang:
        event["metadata"] = {"lang": lang}
    return event


def reply(text, lang=None, kind="kb"):
    custom = {"kind": kind, "kb": {"id": "ims-sensation", "topic": "sensation", "modalities": ["ims"]}}
    if lang:
        custom["lang"] = lang
    return [{"event": "bot", "text": text}, {"event": "bot", "data": {"custom": custom}}]


def test_each_turn_keeps_the_language_its_reply_was_given_in():
    events = [user("does IMS hurt", 1.0), *reply("It can ache.", "en"),
              user("est-ce que ça fait mal", 2.0), *reply("Ça peut faire mal.", "fr"),
              user("ok", 3.0, lang="fr"), *reply("Autre chose?", "fr-CA")]
    assert [t["lang"] for t in build_turns("abc", events)] == ["en", "fr", "fr"]


def test_a_reply_without_lang_is_english_unless_the_channel_said_french():
    events = [user("hello", 1.0), *reply("Hi."), user("bonjour", 2.0, lang="fr")]
    assert [t["lang"] for t in build_turns("abc", events)] == ["en", "fr"]  # the last has no reply yet
    events += reply("Bonjour!", "xx")  # a nonsense contract value keeps what the channel said
    assert build_turns("abc", events)[-1]["lang"] == "fr"


def test_an_existing_log_gains_the_column_with_its_old_turns_in_english(tmp_path):
    path = tmp_path / "logs.db"
    db = connect(path)
    record_turns(db, build_turns("old", [user("does IMS hurt", 1.0), *reply("It can ache.")]))
    db.conn.close()
    conn = sqlite3.connect(path)  # as a logs.db from before issue 17: no lang column
    conn.execute("DROP VIEW IF EXISTS review_turns")
    for view in [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'")]:
        conn.execute(f"DROP VIEW {view}")
    conn.execute("ALTER TABLE turns DROP COLUMN lang")
    conn.commit()
    assert "lang" not in [r[1] for r in conn.execute("PRAGMA table_info(turns)")]
    conn.close()
    db = connect(path)
    record_turns(db, build_turns("new", [user("ça fait mal?", 2.0), *reply("Un peu.", "fr")]))
    rows = list(db.query("SELECT conversation_id, lang FROM turns ORDER BY id"))
    assert rows == [{"conversation_id": "old", "lang": "en"}, {"conversation_id": "new", "lang": "fr"}]
    assert [r["lang"] for r in db.query("SELECT lang FROM review_turns ORDER BY id")] == ["en", "fr"]
