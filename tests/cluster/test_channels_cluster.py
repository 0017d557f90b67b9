"""make cluster: an SMS conversation whose messages reach different servers. The numbered
follow-ups one server offered and the delivery ids it handled are in the shared PostgreSQL
(bot/channels/store.py), so the other server answers "1" with that follow-up and ignores a
webhook Twilio sends again (same MessageSid). The patient's number is kept there too,
encrypted, so any server (on any machine) can reply to it."""

import random
import time
from typing import Dict, List

import pytest

from bot.ops.client import send as rest_send
from tests.helpers.platforms import cluster_sms_fields as _fields
from tests.helpers.platforms import cluster_sms_post as _post

pytestmark = pytest.mark.e2e


def _sent(platforms, number: str) -> List[str]:
    return [c["params"]["Body"] for c in platforms.recorded("twilio") if c["params"].get("To") == number]


def _say(platforms, server, number: str, fields: Dict[str, str]) -> List[str]:
    before = len(_sent(platforms, number))
    assert _post(server, fields) == 200
    platforms.wait_for(lambda calls: len(_sent(platforms, number)) > before, "twilio", "Messages", timeout=60)
    return _sent(platforms, number)[before:]


def _shared_rows(cluster, table: str) -> int:
    import psycopg2

    conn = psycopg2.connect(**cluster.dsn())
    try:
        with conn.cursor() as cur:
            cur.execute(f"SELECT count(*) FROM {table}")
            return cur.fetchone()[0]
    finally:
        conn.close()


def test_an_sms_conversation_continues_on_the_other_server(cluster, platforms, tmp_path):
    first, second = cluster.servers[0], cluster.servers[1]
    number = f"+1604{random.randrange(10**6, 10**7)}"
    body = "\n".join(_say(platforms, first, number, _fields(number, "how long is an IMS session")))
    options = [line for line in body.splitlines() if line.startswith("Reply 1 for: ")]
    assert options, f"no numbered follow-ups offered: {body!r}"
    rest = rest_send(second.rest_url, f"ref-{random.randrange(10**9)}", "how long is an IMS session")
    assert options[0] == f"Reply 1 for: {rest.buttons[0]['title']}"
    assert _shared_rows(cluster, "offered_options") >= 1, "the follow-ups were not saved in PostgreSQL"

    reply = _fields(number, "1")
    answer = " ".join(" ".join(_say(platforms, second, number, reply)).split())
    expected = rest_send(second.rest_url, f"ref-{random.randrange(10**9)}", rest.buttons[0]["payload"]).texts[
        -1
    ]
    assert " ".join(expected.split()) in answer, f"'1' on the other server was not the follow-up: {answer!r}"

    # Twilio delivers the same message again, this time to the first server: no second answer
    count = len(_sent(platforms, number))
    assert _post(first, reply) == 200
    time.sleep(3)
    assert len(_sent(platforms, number)) == count, "a repeated webhook was answered twice"
    assert _shared_rows(cluster, "deliveries") >= 2

    # the number both servers saved is one encrypted row in PostgreSQL, none in a machine's file
    import psycopg2

    from bot.channels.store import SharedChannelTables
    from bot.pseudonym import ReplyAddresses, pseudonym
    from bot.review.store import tracker_sql_url

    conn = psycopg2.connect(**cluster.dsn())
    try:
        with conn.cursor() as cur:
            cur.execute(
                "SELECT address FROM reply_addresses WHERE channel = 'sms' AND pseudonym = %s",
                (pseudonym(number),),
            )
            rows = cur.fetchall()
    finally:
        conn.close()
    assert len(rows) == 1 and number[2:] not in rows[0][0], "the number must be kept once, encrypted"
    local = cluster.root / "channels.db"
    if local.exists():
        import sqlite3

        with sqlite3.connect(local) as db:
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            assert (
                "reply_addresses" not in tables
                or not db.execute("SELECT count(*) FROM reply_addresses").fetchone()[0]
            )
    # a server on another machine (its own empty channels.db) finds where to reply
    elsewhere = ReplyAddresses(
        str(tmp_path / "elsewhere" / "channels.db"),
        shared=SharedChannelTables(tracker_sql_url(cluster.env())),
    )
    assert elsewhere.lookup("sms", pseudonym(number)) == number
