"""make cluster: the messaging apps' saved follow-ups and handled deliveries in the shared
database (bot/channels/store.py), so the next SMS/Telegram message of a conversation can
reach either server. The same SQL runs here on SQLite (a file both "servers" open); the
cluster tests run it on PostgreSQL."""

import sqlite3

from bot.channels.delivery import SeenDeliveries
from bot.channels.options import OptionStore
from bot.channels.store import SharedChannelTables, shared_tables

BUTTONS = [
    {"title": "How long is a session?", "payload": "/ask_duration"},
    {"title": "Does it hurt?", "payload": "/ask_pain"},
]


def _two_servers(tmp_path):
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    return SharedChannelTables(url), SharedChannelTables(url)


def test_a_reply_of_2_on_the_other_server_means_the_follow_up_this_one_offered(tmp_path):
    a, b = _two_servers(tmp_path)
    # each server has its own local channels.db: the shared tables must win over both
    OptionStore(str(tmp_path / "a" / "channels.db"), shared=a).remember("twilio_sms", "sms:pabc", BUTTONS)
    other = OptionStore(str(tmp_path / "b" / "channels.db"), shared=b)
    assert other.payload_for("twilio_sms", "sms:pabc", 2) == "/ask_pain"
    assert other.payload_for("twilio_sms", "sms:pabc", 3) is None
    assert other.payload_for("twilio_sms", "sms:someone-else", 1) is None
    other.remember("twilio_sms", "sms:pabc", [])  # a turn without follow-ups: "1" means nothing now
    assert (
        OptionStore(str(tmp_path / "a" / "channels.db"), shared=a).payload_for("twilio_sms", "sms:pabc", 1)
        is None
    )
    assert not (tmp_path / "a" / "channels.db").exists(), "cluster mode must not write the local SQLite file"


def test_a_repeated_delivery_reaching_the_other_server_is_not_answered_twice(tmp_path):
    a, b = _two_servers(tmp_path)
    first = SeenDeliveries(str(tmp_path / "a.db"), ttl_hours=1, shared=a)
    second = SeenDeliveries(str(tmp_path / "b.db"), ttl_hours=1, shared=b)
    assert first.first_time("twilio", "SM1", now=1000.0)
    assert not second.first_time("twilio", "SM1", now=1010.0)
    assert second.first_time("telegram", "SM1", now=1010.0)  # ids are per platform
    assert second.first_time("twilio", "SM1", now=1000.0 + 3601), "forgotten after the time-to-live"


def test_an_unreachable_shared_database_still_answers_the_patient(tmp_path):
    broken = SharedChannelTables(f"sqlite:///{tmp_path / 'no-such-dir' / 'x.db'}")
    assert SeenDeliveries(str(tmp_path / "c.db"), shared=broken).first_time("twilio", "SM9")


def test_retention_and_erasure_reach_the_shared_follow_up_lists(tmp_path):
    from bot.privacy.erase import erase_shared_channels
    from bot.review.retention import Stores, _purge_shared_channels

    url = f"sqlite:///{tmp_path / 'shared.db'}"
    tables = SharedChannelTables(url)
    tables.remember("twilio_sms", "sms:pold", BUTTONS)
    tables.remember("telegram", "telegram:pkeep", BUTTONS)
    tables.remember("twilio_sms", "sms:perase", BUTTONS)
    with sqlite3.connect(tmp_path / "shared.db") as db:
        db.execute("UPDATE offered_options SET offered_at = 5 WHERE sender = 'sms:pold'")
    stores = Stores(tmp_path / "t.db", tmp_path / "l.db", tmp_path / "c.db", tracker_url=url)
    assert _purge_shared_channels(stores, cutoff=100.0) == 1
    assert erase_shared_channels(url, ["sms:perase", "whatsapp:perase"]) == {
        "follow-up lists": 1,
        "reply addresses": 0,
    }
    assert tables.offered("twilio_sms", "sms:pold") == [] and tables.offered("twilio_sms", "sms:perase") == []
    assert tables.offered("telegram", "telegram:pkeep") == BUTTONS


def test_single_server_mode_keeps_channels_db(tmp_path, monkeypatch):
    monkeypatch.delenv("NEEDLE_PG_HOST", raising=False)
    assert shared_tables() is None
    store = OptionStore(str(tmp_path / "channels.db"))
    store.remember("twilio_sms", "sms:p1", BUTTONS)
    with sqlite3.connect(tmp_path / "channels.db") as db:
        assert db.execute("SELECT count(*) FROM offered_options").fetchone()[0] == 1


def test_cluster_mode_is_chosen_from_the_postgresql_variables(monkeypatch):
    env = {"NEEDLE_PG_HOST": "127.0.0.1", "NEEDLE_PG_PORT": "6543", "NEEDLE_PG_PASSWORD": "pw"}
    tables = shared_tables(env)
    assert tables is not None and tables.engine.dialect.name == "postgresql"
    assert tables.engine.url.port == 6543
    assert shared_tables(env) is tables, "one engine per database per process"
