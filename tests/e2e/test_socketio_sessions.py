"""socket.io sessions on the real servers: a guessed or stolen session id gets nobody's
replies and can't write as anybody; the widget's token resumes its own conversation
(issue 13, finding 5)."""
import asyncio

import pytest
import websockets

from tests.helpers.socketio import Client, run

pytestmark = pytest.mark.e2e


def test_guessed_ids_are_replaced_by_long_server_ids(servers):
    async def main():
        issued = []
        async with Client(servers.url) as c:
            for guess in ("1", "patient-42", None):
                issued.append(await c.session(session_id=guess))
        return issued
    issued = run(main())
    ids = [s["session_id"] for s in issued]
    assert "1" not in ids and "patient-42" not in ids and len(set(ids)) == 3
    assert all(len(i) >= 22 and s["token"] for i, s in zip(ids, issued))


def test_someone_elses_session_id_gets_neither_their_replies_nor_their_voice(servers):
    async def main():
        async with Client(servers.url) as patient, Client(servers.url) as intruder:
            mine = await patient.session()
            stolen = await intruder.session(session_id=mine["session_id"])  # no token
            await intruder.emit("user_uttered", {"message": "cancel my appointments",
                                                 "session_id": mine["session_id"]})
            refused = (await patient.event(8), await intruder.event(0.5))
            await patient.emit("user_uttered", {"message": "does dry needling hurt?",
                                                "session_id": mine["session_id"]})
            answer = await patient.turn()
            overheard = await intruder.event(5)
            return mine, stolen, refused, answer, overheard
    mine, stolen, refused, answer, overheard = run(main())
    assert stolen["session_id"] != mine["session_id"]
    assert refused == (None, None)  # the intruder's message was never answered, to anyone
    assert answer[-1]["custom"]["kind"] == "kb"
    assert overheard is None  # the intruder never receives the patient's reply


def test_the_token_resumes_the_same_conversation(servers):
    async def main():
        async with Client(servers.url) as first:
            mine = await first.session()
            await first.emit("user_uttered", {"message": "what is IMS", "session_id": mine["session_id"]})
            await first.turn()
        async with Client(servers.url) as again:  # a reload, or a dropped connection
            resumed = await again.session(session_id=mine["session_id"], token=mine["token"])
            await again.emit("user_uttered", {"message": "does it hurt?", "session_id": resumed["session_id"]})
            return mine, resumed, await again.turn()
    mine, resumed, answer = run(main())
    assert resumed == mine
    contract = answer[-1]["custom"]
    assert contract["kind"] == "kb" and "ims" in contract["kb"]["modalities"]  # it remembered the treatment


def test_oversized_messages_get_the_too_long_reply_and_hold_up_nobody(servers):
    async def main():
        async with Client(servers.url) as flooder, Client(servers.url) as patient:
            big, mine = await flooder.session(), await patient.session()
            await flooder.emit("user_uttered", {"message": "my knee hurts " * 2_000, "session_id": big["session_id"]})
            await patient.emit("user_uttered", {"message": "is acupuncture safe?", "session_id": mine["session_id"]})
            refused, answered = await asyncio.gather(flooder.turn(30), patient.turn(30))
        async with Client(servers.url) as huge:  # above the 64 KB packet limit: the socket is closed
            session = await huge.session()
            await huge.emit("user_uttered", {"message": "x" * 100_000, "session_id": session["session_id"]})
            try:
                dropped = await huge.event(10) is None and huge.ws.closed
            except websockets.ConnectionClosed:
                dropped = True
        return refused, answered, dropped
    refused, answered, dropped = run(main())
    assert refused[-1]["custom"]["reason"] == "too_long" and "too long" in refused[0]["text"]
    assert answered[-1]["custom"]["kind"] in ("kb", "clarify")
    assert dropped
