"""The speed-ups found by profiling (README: Performance and quality) must not change what
Rasa does: the same rows on disk, the same trackers, the same predictions, the same errors."""
import asyncio
import json
import sqlite3

import numpy as np
import pytest
import scipy.sparse
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, Event, SlotSet, UserUttered

from bot import PROJECT_ROOT, rasa_patches

pytestmark = pytest.mark.usefixtures("patched_rasa")  # Rasa as the server runs it, restored afterwards


@pytest.fixture(scope="module")
def project_domain():
    return Domain.load(str(PROJECT_ROOT / "domain.yml"))


def turn(i: int, text: str = None):
    return [UserUttered(text or f"does dry needling hurt {i}", intent={"name": "ask_sensation", "confidence": 0.9}),
            ActionExecuted("action_answer_knowledge"), SlotSet("topic", "sensation"),
            BotUttered(f"answer {i}"), ActionExecuted("action_listen")]


def run(coro):
    return asyncio.run(coro)


async def answer_turn(store, tracker, i: int, text: str = None):
    """One patient turn added to `tracker` and saved, as the Rasa server does per message."""
    for e in turn(i, text):
        tracker.update(e)
    await store.save(tracker)
    return tracker


# ---------------------------------------------------------------- tracker store

def stored_rows(path):
    with sqlite3.connect(path) as conn:
        return [(s, t, i, a, json.loads(d)) for s, t, i, a, d in
                conn.execute("SELECT sender_id, type_name, intent_name, action_name, data FROM events ORDER BY id")]


def untimed(x):
    """The same data without the clock readings, which differ between two runs."""
    if isinstance(x, dict):
        return {k: untimed(v) for k, v in x.items() if k not in ("timestamp", "latest_event_time")}
    if isinstance(x, (list, tuple)):
        return [untimed(v) for v in x]
    return x


def test_rows_on_disk_are_what_rasas_sql_tracker_store_writes(tmp_path, project_domain):
    from rasa.core.tracker_store import SQLTrackerStore
    from bot.tracker_store.fast import NeedleTrackerStore

    async def converse(store):
        tracker = await store.get_or_create_tracker("p1")
        for i in range(3):
            await answer_turn(store, await store.retrieve("p1"), i)
        return await store.retrieve("p1")

    ours = run(converse(NeedleTrackerStore(domain=project_domain, db=str(tmp_path / "ours.db"))))
    rasa = run(converse(SQLTrackerStore(domain=project_domain, db=str(tmp_path / "rasa.db"))))
    assert untimed(stored_rows(tmp_path / "ours.db")) == untimed(stored_rows(tmp_path / "rasa.db"))
    assert untimed(ours.current_state()) == untimed(rasa.current_state())
    assert len(stored_rows(tmp_path / "ours.db")) == len(ours.events) == 1 + 3 * 5  # action_listen, then 3 turns: nothing twice


def test_a_saved_tracker_is_handed_back_without_reading_the_database(tmp_path, project_domain):
    from bot.tracker_store.fast import NeedleTrackerStore
    store = NeedleTrackerStore(domain=project_domain, db=str(tmp_path / "t.db"))

    async def scenario():
        tracker = await answer_turn(store, await store.get_or_create_tracker("p1"), 1)
        again = await store.retrieve("p1")
        # changed but never saved (a turn that crashed): reloaded from the database
        again.update(UserUttered("half a turn"))
        reloaded = await store.retrieve("p1")
        return tracker, again, reloaded

    tracker, again, reloaded = run(scenario())
    assert again is tracker
    assert reloaded is not tracker and len(reloaded.events) == len(tracker.events) - 1
    assert reloaded.latest_message.text == "does dry needling hurt 1"


def test_what_another_process_or_a_purge_did_is_seen(tmp_path, project_domain):
    from bot.tracker_store.fast import NeedleTrackerStore
    path = str(tmp_path / "t.db")
    server, other = (NeedleTrackerStore(domain=project_domain, db=path) for _ in range(2))

    async def scenario():
        await answer_turn(server, await server.get_or_create_tracker("p1"), 1)
        await answer_turn(other, await other.retrieve("p1"), 2)
        seen = await server.retrieve("p1")
        with sqlite3.connect(path) as conn:  # what `python -m bot logs purge` does
            conn.execute("DELETE FROM events WHERE sender_id = 'p1'")
        return seen, await server.retrieve("p1")

    seen, after_purge = run(scenario())
    assert seen.latest_message.text == "does dry needling hurt 2"
    assert after_purge is None


def test_redacted_trackers_are_read_back_redacted_not_kept_in_memory(tmp_path, project_domain):
    from bot.tracker_store.redacting import RedactingSQLTrackerStore
    store = RedactingSQLTrackerStore(domain=project_domain, db=str(tmp_path / "t.db"),
                                     logs_db=str(tmp_path / "logs.db"))

    async def scenario():
        tracker = await answer_turn(store, await store.get_or_create_tracker("p1"), 1,
                                    "call me on 604-555-0199 about IMS")
        return tracker, await store.retrieve("p1")

    tracker, next_turn = run(scenario())
    assert next_turn is not tracker
    assert "604-555-0199" not in next_turn.latest_message.text
    assert "604-555-0199" not in json.dumps([r[4] for r in stored_rows(tmp_path / "t.db")])


def test_the_cache_is_bounded(tmp_path, project_domain):
    from bot.tracker_store.fast import NeedleTrackerStore
    store = NeedleTrackerStore(domain=project_domain, db=str(tmp_path / "t.db"), cache_size=3)

    async def scenario():
        for n in range(10):
            await store.get_or_create_tracker(f"p{n}")
        return [await store.retrieve(f"p{n}") for n in range(10)]

    trackers = run(scenario())
    assert all(t is not None for t in trackers) and len(store._cache) == 3


# ---------------------------------------------------------------- NLU

def test_intent_features_are_the_matrix_rasa_built(tmp_path):
    from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
    from rasa.shared.nlu.training_data.features import Features
    from rasa.shared.nlu.training_data.message import Message
    from bot.nlu.components import IntentClassifier

    def message(seed: int) -> Message:
        rng = np.random.default_rng(seed)
        m = Message(data={"text": "does it hurt"})
        for origin, width in (("regex", 4), ("words", 30), ("chars", 50)):
            m.add_features(Features(scipy.sparse.random(3, width, density=0.3, random_state=seed, format="coo"),
                                    "sequence", "text", origin))
            m.add_features(Features(scipy.sparse.random(1, width, density=0.3, random_state=seed + 1, format="coo"),
                                    "sentence", "text", origin))
        m.add_features(Features(rng.random((1, 5)), "sentence", "text", "dense"))
        return m

    messages = [message(s) for s in range(4)]
    ours = IntentClassifier._create_X(None, messages)
    theirs = LogisticRegressionClassifier._create_X(None, messages)
    assert ours.shape == theirs.shape == (4, 4 + 30 + 50 + 5)
    assert np.array_equal(ours.toarray(), theirs.toarray())


def test_every_event_type_resolves_to_the_class_rasa_found():
    from rasa.shared.utils.common import all_subclasses
    for cls in all_subclasses(Event):
        first = next(c for c in all_subclasses(Event) if c.type_name == cls.type_name)
        assert Event.resolve_by_type(cls.type_name) is first
    assert Event.resolve_by_type("topic") is None
    assert Event.resolve_by_type("nope", default=SlotSet) is SlotSet
    with pytest.raises(ValueError, match="Unknown event name"):
        Event.resolve_by_type("nope")


@pytest.fixture(scope="module")
def agent(patched_rasa):
    from rasa.core.agent import load_agent
    from tests.helpers import trained_model
    return run(load_agent(model_path=str(trained_model())))


def test_the_graph_runs_to_the_same_parse_and_prediction_without_dask(agent, monkeypatch):
    from rasa.engine.runner.dask import DaskGraphRunner
    from rasa.shared.core.trackers import DialogueStateTracker
    texts = ["does dry needling hurt?", "how is IMS different from acupuncture", "", "i can't breathe",
             "<b>book me in</b>", "and for my knee?"]

    async def outputs():
        parses = [await agent.parse_message(t) for t in texts]
        tracker = DialogueStateTracker.from_events("p1", [ActionExecuted("action_listen"),
                                                          UserUttered("does it hurt", parse_data=parses[0])],
                                                   slots=agent.domain.slots)
        prediction = agent.processor._predict_next_with_tracker(tracker)
        return parses, (prediction.max_confidence_index, prediction.policy_name, prediction.probabilities)

    fast = run(outputs())
    monkeypatch.setattr(DaskGraphRunner, "run", rasa_patches.ORIGINAL["DaskGraphRunner.run"])
    with_dask = run(outputs())
    assert fast == with_dask
    assert fast[0][3]["intent"]["name"] == "emergency"


def test_graph_run_order_puts_every_node_after_what_it_needs():
    from rasa.engine.graph import GraphSchema, SchemaNode
    from rasa.engine.graph import GraphComponent as C
    node = lambda *needs: SchemaNode(needs={f"i{n}": d for n, d in enumerate(needs)}, uses=C,
                                     constructor_name="create", fn="f", config={})
    schema = GraphSchema({"a": node("__in__"), "b": node("a"), "c": node("a", "b"), "d": node("c"), "x": node()})
    order = rasa_patches.run_order(schema, ["d"])
    assert order == ["a", "b", "c", "d"]  # "x" is not needed, the input is not a node


# ---------------------------------------------------------------- action server calls

def test_action_calls_reuse_one_connection_and_keep_rasas_errors():
    from aiohttp import web
    from rasa.utils.endpoints import ClientResponseError, EndpointConfig

    async def scenario():
        peers = []

        async def webhook(request):
            peers.append(request.transport.get_extra_info("peername"))
            body = await request.json()
            if body.get("fail"):
                return web.json_response({"error": "no"}, status=500)
            return web.json_response({"echo": body, "auth": request.headers.get("Authorization")})

        app = web.Application()
        app.router.add_post("/webhook", webhook)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        endpoint = EndpointConfig(f"http://127.0.0.1:{port}/webhook", basic_auth={"username": "u", "password": "p"})
        try:
            answers = [await endpoint.request(json={"n": n}) for n in range(3)]
            with pytest.raises(ClientResponseError) as failed:
                await endpoint.request(json={"fail": True})
            return answers, failed.value, peers
        finally:
            await endpoint.__dict__["_needle_session"].close()
            await runner.cleanup()

    answers, failed, peers = run(scenario())
    assert [a["echo"] for a in answers] == [{"n": 0}, {"n": 1}, {"n": 2}]
    assert answers[0]["auth"].startswith("Basic ")
    assert failed.status == 500
    assert len(set(peers)) == 1  # one connection, reused


# ---------------------------------------------------------------- the empty domain (patch 5)

def test_is_empty_gives_rasas_answer_with_the_empty_domain_built_once(project_domain, monkeypatch):
    """Rasa built a new empty Domain for every `is_empty()` call, twice per message parsed;
    the answers stay Rasa's, and the empty domain is built once however often it is asked."""
    empty = Domain.empty()
    rasas_is_empty = rasa_patches.ORIGINAL["Domain.is_empty"]
    expected = [rasas_is_empty(project_domain), rasas_is_empty(empty)]
    assert expected == [False, True]
    built = []
    build_empty = Domain.empty
    monkeypatch.setattr(Domain, "empty", classmethod(lambda cls: built.append(cls) or build_empty()))
    rasa_patches._empty_domain_dict.cache_clear()
    answers = [d.is_empty() for d in (project_domain, empty) * 3]
    assert answers == expected * 3
    assert len(built) == 1


# ---------------------------------------------------------------- applied explicitly, on Rasa 3.6.21 only

def test_the_patches_refuse_any_rasa_but_the_one_they_were_written_for():
    rasa_patches.check_version()  # the installed one (requirements.lock)
    with pytest.raises(rasa_patches.RasaVersionError, match="replaces internals of Rasa 3.6.21"):
        rasa_patches.check_version("3.6.22")


def test_the_rasa_server_does_not_start_on_another_rasa(tmp_path):
    """One line, no traceback, nothing patched, nothing started."""
    import subprocess
    import sys
    code = ("import rasa; rasa.__version__ = '3.7.0'\n"
            "from bot.rasa_server import main; main(['run', '--port', '1'])")
    done = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1].startswith("error: Rasa 3.7.0 is installed")
    assert "Traceback" not in done.stderr


def test_the_fixture_puts_rasas_originals_back(patched_rasa):
    from rasa.core.actions.action import RemoteAction
    from rasa.core.processor import MessageProcessor
    patched = (Domain.is_empty, RemoteAction.run, MessageProcessor._run_prediction_loop)
    originals = (rasa_patches.ORIGINAL["Domain.is_empty"], rasa_patches.ORIGINAL["RemoteAction.run"],
                 rasa_patches.ORIGINAL["MessageProcessor._run_prediction_loop"])
    assert patched != originals
    patched_rasa.restore()
    try:
        assert (Domain.is_empty, RemoteAction.run, MessageProcessor._run_prediction_loop) == originals
        assert Event.resolve_by_type("user") is UserUttered
    finally:
        patched_rasa.apply()  # back as the fixture left it, for the rest of this module


def test_action_result_validation_is_unchanged(patched_rasa):
    from jsonschema import ValidationError
    from rasa.core.actions.action import RemoteAction
    action = RemoteAction.__new__(RemoteAction)
    assert action._validate_action_result({"events": [{"event": "slot", "name": "x", "value": 1}],
                                           "responses": [{"text": "hi"}]})
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        action._validate_action_result({"events": [{"event": "no_such_event"}], "responses": []})
