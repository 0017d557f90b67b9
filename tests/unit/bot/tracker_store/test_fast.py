"""The fast tracker store (bot/tracker_store/fast.py): a conversation of any length is carried
on in new sessions, with its slots, and nothing it said is deleted."""
import asyncio


def test_tracker_store_continues_long_conversations_in_new_sessions(tmp_path):
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered

    from bot import PROJECT_ROOT
    from bot.tracker_store.fast import CONTINUED, NeedleTrackerStore

    domain = Domain.load(str(PROJECT_ROOT / "domain.yml"))
    store = NeedleTrackerStore(domain=domain, db=str(tmp_path / "t.db"), max_session_events=12)

    async def conversation(turns: int):
        lengths = []
        for i in range(turns):
            tracker = await store.retrieve("p1") or await store.get_or_create_tracker("p1")
            lengths.append(len(tracker.events))
            for event in (UserUttered(f"question {i}"), ActionExecuted("action_answer_knowledge"),
                          SlotSet("topic", "sensation"), BotUttered(f"answer {i}"),
                          ActionExecuted("action_listen")):
                tracker.update(event)
            await store.save(tracker)
        return lengths, await store.retrieve("p1"), await store.retrieve_full_tracker("p1")

    lengths, last, full = asyncio.run(conversation(30))
    assert max(lengths) <= 12 + 5 + 3          # bounded, however long the conversation
    assert last.get_slot("topic") == "sensation"  # slots carried over
    started = [e for e in last.events if e.type_name == "session_started"]
    assert started and started[-1].metadata.get(CONTINUED)
    assert sum(isinstance(e, UserUttered) for e in full.events) == 30  # nothing deleted
