"""A message the widget's channel refuses (too long) still gets the emergency reply when it
starts with an emergency (issue 13): never "your message is too long" to someone who can't
breathe."""
import pytest

from tests.helpers.socketio import Client, run

pytestmark = pytest.mark.e2e


def test_an_emergency_too_long_to_read_gets_the_emergency_reply_over_socketio(servers):
    story = "I had dry needling an hour ago and now I cannot breathe. " + "It started slowly. " * 1_500

    async def main():
        async with Client(servers.url) as patient:
            session = await patient.session()
            await patient.emit("user_uttered", {"message": story, "session_id": session["session_id"]})
            return await patient.turn(30)
    reply = run(main())
    assert len(story) > 20_000  # over the length limit: the NLU never sees it
    contract = reply[-1]["custom"]
    assert contract["kind"] == "emergency", contract
    assert contract["number"] in reply[0]["text"]
