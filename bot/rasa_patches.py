"""Rasa 3.6 hot spots fixed without changing behaviour, and two guards so a patient always
gets an answer: every patch of Rasa's internals the project makes, in one place.

Applied explicitly, never on import: bot/rasa_server.py (the Rasa server's entry point,
which bot/ops/serve.py starts for `make run`, the tests, the evaluation and `make cluster`)
calls `apply()` before Rasa starts. The benchmark's "Stock Rasa" system starts plain
`rasa run`, so it measures Rasa without them. Tests apply them through the `patched_rasa`
fixture (tests/conftest.py), which puts Rasa's originals back afterwards (`restore()`).

Version guard: each patch replaces a Rasa function with a copy of what that function does
in Rasa 3.6.21 (RASA_VERSION), minus the wasted work. Under another Rasa the copy could
quietly differ from what Rasa now does, so `apply()` refuses to run (RasaVersionError, one
line, the server does not start) rather than warn: requirements.lock pins 3.6.21, so another
version means someone upgraded on purpose, and they must re-read each patch against the new
Rasa, run tests/unit/bot/test_speedups.py, and then change RASA_VERSION. A warning in a server
log is easily missed, and a wrong copy of Rasa's internals would change what patients get.

Each of 1-5 showed up in a py-spy profile of the server under load, at 10 simultaneous
conversations (README: Performance and quality, "Where the time goes"; the share is of the
Rasa server's time before the fix), and each does exactly what Rasa did, with less work
per message:

1. (~35%) RemoteAction._validate_action_result called `jsonschema.validate(result, schema)` for
   every action server response; `validate` first checks the (large) events schema itself
   against the metaschema. Here the validator is built and the schema checked once; every
   response is still validated against the same schema, with the same error.
2. (~8%) DaskGraphRunner.run handed every message's small graph (about ten nodes, run in order
   on one thread) to dask's scheduler, and recomputed the graph's dependencies each time.
   The same nodes now run in the same dependency order directly; the order is worked out
   once per set of targets.
3. (~5% for 3, 4 and 5 together, with endpoints.yml's `enable_selective_domain`)
   Event.resolve_by_type walked every Event subclass (with inspect.isabstract) for every
   event read back from the tracker store; the name -> class table is now built once and
   rebuilt if a name is missing (a subclass imported later).
4. (in 3's ~5%) EndpointConfig.request opened a new HTTP client session (and TCP connection) for every
   call, i.e. for every action run on the action server; each endpoint now reuses one
   session per event loop, idle connections dropped before the action server closes them.
5. (in 3's ~5%) Domain.is_empty() built a new empty Domain (deep copies included) and compared its
   dict with this one's, twice for every message parsed; the empty domain's dict is now
   built once.

Two more make sure a patient always gets an answer (issue 13; not a speed-up, so no share
of the profile: they change only a turn that failed; `apply_reliability()` applies them alone):

6. RemoteAction.run waited up to 300 s for the action server, and when the server was down
   Rasa logged a traceback and sent nothing: the patient got an empty reply. Now a call
   gives up after endpoints.yml `action_endpoint: timeout:` seconds (default 10), and a
   failed call is logged as one error line and noted for the turn (the action's events are
   lost, as before).
7. MessageProcessor._run_prediction_loop could end a turn without a bot message (an action
   server down or timing out, an action that crashed, an exception in the loop). Such a
   turn now ends with a short apology and the clinic's phone (bot/limits.py `refusal`: kind
   fallback, reason unavailable, rule action_server_down or no_reply) - or, when the
   message was an emergency, with the emergency reply (actions/emergency_reply.py) - stored
   in the tracker like any reply, so it reaches the review log, and logged as an error.

And one keeps the patient's words out of the server log (issue 15): every log record of the
process is scrubbed of message text and personal details (bot/logprivacy.py), where Rasa
wrote the full text of a failed or timed-out message (and a traceback's local variables).
"""
import asyncio
import contextvars
import logging
from functools import lru_cache
from typing import Any, Dict, List, Optional, Text

from bot.errors import NeedleGuideError

logger = logging.getLogger(__name__)
RASA_VERSION = "3.6.21"  # the Rasa every patch here was copied from and tested against
_applied = False
_reliable = False
ORIGINAL: Dict[str, Any] = {}  # what apply() replaced, for the tests that compare the two
_REPLACED: List[Any] = []  # (owner, name, attribute as stored on the class), for restore()
_installed_log_scrubbing = False


class RasaVersionError(NeedleGuideError):
    """The installed Rasa is not the one the patches were written for."""


def check_version(version: Optional[Text] = None) -> None:
    """Refuse (see the module docstring) unless the installed Rasa is RASA_VERSION."""
    if version is None:
        import rasa
        version = rasa.__version__
    if version != RASA_VERSION:
        raise RasaVersionError(
            f"Rasa {version} is installed, but bot/rasa_patches.py replaces internals of Rasa {RASA_VERSION}: "
            f"install rasa=={RASA_VERSION} (requirements.lock), or re-check each patch against Rasa {version}, "
            f"run tests/unit/bot/test_speedups.py and then change RASA_VERSION")


def _replace(owner: Any, name: Text, new: Any) -> None:
    _REPLACED.append((owner, name, vars(owner)[name]))
    setattr(owner, name, new)


# ---------------------------------------------------------------- 1. action response validation

@lru_cache(maxsize=1)
def _validator():
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import RemoteAction
    schema = RemoteAction.action_response_format_spec()
    cls = validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def _validate_action_result(self, result) -> bool:
    from jsonschema import ValidationError, exceptions
    from rasa.core.actions.action import DOCS_BASE_URL
    try:  # what jsonschema.validate does after checking the schema
        error = exceptions.best_match(_validator().iter_errors(result))
        if error is not None:
            raise error
        return True
    except ValidationError as e:
        e.message += (". Failed to validate Action server response from API, "
                      "make sure your response from the Action endpoint is valid. "
                      f"For more information about the format visit {DOCS_BASE_URL}/custom-actions")
        raise e


# ---------------------------------------------------------------- 2. graph runner

def run_order(schema, targets: List[Text]) -> List[Text]:
    """The nodes `targets` need, each after everything it needs (a depth-first post-order)."""
    order: List[Text] = []
    seen = set()

    def visit(name: Text) -> None:
        if name in seen or name not in schema.nodes:  # inputs are not nodes
            return
        seen.add(name)
        for dependency in schema.nodes[name].needs.values():
            visit(dependency)
        order.append(name)

    for target in targets:
        visit(target)
    return order


def _run_graph(self, inputs: Optional[Dict[Text, Any]] = None, targets: Optional[List[Text]] = None) -> Dict[Text, Any]:
    """DaskGraphRunner.run without dask: same inputs, same node calls, same result."""
    from rasa.engine.exceptions import GraphRunError
    run_targets = targets if targets else self._graph_schema.target_names
    orders = self.__dict__.setdefault("_needle_orders", {})
    key = tuple(run_targets)
    if key not in orders:
        orders[key] = run_order(self._graph_schema, list(run_targets))
    values: Dict[Text, Any] = {}
    for input_name, input_value in (inputs or {}).items():
        if isinstance(input_value, str) and input_value in self._graph_schema.nodes:
            raise GraphRunError(f"Input value '{input_value}' clashes with a node name. Make sure "
                                f"that none of the input names passed to the `run` method are the "
                                f"same as node names in the graph schema.")
        values[input_name] = (input_name, input_value)
    nodes = self._graph_schema.nodes
    try:
        for name in orders[key]:
            args = [values.get(dep, dep) for dep in nodes[name].needs.values()]
            values[name] = self._instantiated_nodes[name](*args)
        return dict(values[t] if t in values else (t, t) for t in run_targets)
    except RuntimeError as e:
        raise GraphRunError("Error running runner.") from e


# ---------------------------------------------------------------- 3. event types

_event_types: Dict[Text, Any] = {}


def _resolve_by_type(type_name: Text, default=None):
    from rasa.shared.core.events import Event
    from rasa.shared.utils.common import all_subclasses
    cls = _event_types.get(type_name)
    if cls is None:
        for subclass in all_subclasses(Event):  # the first one with the name wins, as before
            _event_types.setdefault(subclass.type_name, subclass)
        cls = _event_types.get(type_name)
    if cls is not None:
        return cls
    if type_name == "topic":
        return None  # backwards compatibility to support old TopicSet evts
    if default is not None:
        return default
    raise ValueError(f"Unknown event name '{type_name}'.")


# ---------------------------------------------------------------- 4. action server connections

KEEPALIVE_S = 2.0  # below the action server's (Sanic's) 5 s keep-alive


def _shared_session(endpoint):
    """One aiohttp session per endpoint and event loop, configured as EndpointConfig.session."""
    import aiohttp
    loop = asyncio.get_running_loop()
    session = endpoint.__dict__.get("_needle_session")
    if session is None or session.closed or endpoint.__dict__.get("_needle_loop") is not loop:
        from rasa.utils.endpoints import DEFAULT_REQUEST_TIMEOUT
        auth = aiohttp.BasicAuth(endpoint.basic_auth["username"], endpoint.basic_auth["password"]) \
            if endpoint.basic_auth else None  # as EndpointConfig.session
        session = aiohttp.ClientSession(headers=endpoint.headers, auth=auth,
                                        timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
                                        connector=aiohttp.TCPConnector(keepalive_timeout=KEEPALIVE_S))
        endpoint.__dict__["_needle_session"], endpoint.__dict__["_needle_loop"] = session, loop
    return session


def _action_request(original):
    async def request(self, method: Text = "post", subpath: Optional[Text] = None,
                      content_type: Optional[Text] = "application/json", compress: bool = False, **kwargs: Any):
        """EndpointConfig.request, on a reused session (only when nothing needs its own:
        no certificate file); the response and the errors are the same."""
        import aiohttp
        from rasa.utils.endpoints import ClientResponseError, concat_url
        if self.cafile:
            return await original(self, method, subpath, content_type, compress, **kwargs)
        headers = {}
        if content_type:
            headers["Content-Type"] = content_type
        if "headers" in kwargs:
            headers.update(kwargs.pop("headers"))
        if self.headers:
            headers.update(self.headers)
        async with _shared_session(self).request(method, concat_url(self.url, subpath), headers=headers,
                                                 params=self.combine_parameters(kwargs), compress=compress,
                                                 **kwargs) as response:
            if response.status >= 400:
                raise ClientResponseError(response.status, response.reason, await response.content.read())
            try:
                return await response.json()
            except aiohttp.ContentTypeError:
                return None
    return request


# ---------------------------------------------------------------- 5. empty domain

@lru_cache(maxsize=1)
def _empty_domain_dict() -> Dict[Text, Any]:
    from rasa.shared.core.domain import Domain
    return Domain.empty().as_dict()


def _domain_is_empty(self) -> bool:
    """Check whether the domain is empty (as Domain.is_empty)."""
    return self.as_dict() == _empty_domain_dict()


# ---------------------------------------------------------------- 6. action server failures

DEFAULT_ACTION_TIMEOUT = 10.0
# The action calls that failed in the turn being handled (None outside a turn): each turn
# runs in its own task, so concurrent conversations never see each other's.
_failed_actions: "contextvars.ContextVar[Optional[List[Text]]]" = contextvars.ContextVar(
    "needle_failed_actions", default=None)


def action_timeout(endpoint) -> float:
    try:
        value = float((getattr(endpoint, "kwargs", None) or {}).get("timeout") or DEFAULT_ACTION_TIMEOUT)
    except (TypeError, ValueError):
        return DEFAULT_ACTION_TIMEOUT
    return value if value > 0 else DEFAULT_ACTION_TIMEOUT


def _remote_action_run(original):
    async def run(self, output_channel, nlg, tracker, domain):
        """RemoteAction.run within the action timeout; when the action server can't be
        reached, answers an error or times out: one error line, no events."""
        from rasa.core.actions.action import ActionExecutionRejection
        timeout = action_timeout(self.action_endpoint)
        try:
            return await asyncio.wait_for(original(self, output_channel, nlg, tracker, domain), timeout)
        except ActionExecutionRejection:
            raise
        except asyncio.TimeoutError:
            problem = f"no answer within {timeout:g} s"
        except Exception as exc:  # noqa: BLE001 - RasaException and whatever aiohttp raised
            problem = f"{exc}{f' ({exc.__cause__})' if exc.__cause__ else ''}"
        logger.error("ACTION SERVER UNAVAILABLE: action %s for conversation %s failed: %s",
                     self.name(), tracker.sender_id, problem)
        failed = _failed_actions.get()
        if failed is not None:
            failed.append(self.name())
        return []
    return run


# ---------------------------------------------------------------- 7. no turn without a reply

def replied(tracker) -> bool:
    """Whether the bot said anything since the latest user message (True when there is no
    user message: nothing to answer)."""
    from rasa.shared.core.events import BotUttered, Restarted, UserUttered
    for event in reversed(tracker.events):
        if isinstance(event, (BotUttered, Restarted)):
            return True
        if isinstance(event, UserUttered):
            return False
    return True


def emergency_messages(tracker) -> Optional[List[Dict[Text, Any]]]:
    """The emergency reply when the unanswered message was an emergency (the NLU's
    emergency_type entity, or a red-flag phrase), else None."""
    from bot.limits import emergency_reply_for
    message = tracker.latest_message
    category = next((e.get("value") for e in (message.entities or [])
                     if e.get("entity") == "emergency_type" and e.get("value") in ("medical", "self_harm")), None)
    lang = tracker.get_slot("language") if "language" in tracker.slots else None
    return emergency_reply_for(message.text or "", category, rule="action_server_down",
                               lang=lang if lang in ("en", "fr") else "en")


def _prediction_loop(original):
    async def _run_prediction_loop(self, output_channel, tracker) -> None:
        """The turn as before; if it ends with nothing said, the apology is said instead."""
        from rasa.core.actions.action import create_bot_utterance
        from bot.limits import NO_REPLY, UNAVAILABLE, refusal
        failed: List[Text] = []
        token = _failed_actions.set(failed)
        try:
            await original(self, output_channel, tracker)
        except Exception:  # noqa: BLE001 - the patient is answered below, the tracker still saved
            logger.exception("the turn for conversation %s failed", tracker.sender_id)
        finally:
            _failed_actions.reset(token)
        if replied(tracker) or tracker.is_paused():
            return
        reason = UNAVAILABLE if failed else NO_REPLY
        messages = emergency_messages(tracker)
        logger.error("TURN WITHOUT A REPLY for conversation %s (%s): sent %s", tracker.sender_id,
                     f"failed actions: {', '.join(failed)}" if failed else "no bot message",
                     "the emergency reply" if messages else "the apology")
        lang = tracker.get_slot("language") if "language" in tracker.slots else None
        events = [create_bot_utterance(dict(message))
                  for message in messages or refusal(reason, text=(tracker.latest_message.text or ""), lang=lang)]
        tracker.update_with_events(events, self.domain)
        for event in events:
            await output_channel.send_response(tracker.sender_id, event.message())
    return _run_prediction_loop


def apply_reliability() -> None:
    """Patches 6 and 7 only (they change what a failed turn says, not what a good one does)."""
    global _reliable, _installed_log_scrubbing
    if _reliable:
        return
    check_version()
    from bot import logprivacy
    _installed_log_scrubbing = logprivacy._previous is None
    logprivacy.install()
    from rasa.core.actions.action import RemoteAction
    from rasa.core.processor import MessageProcessor
    ORIGINAL.update({"RemoteAction.run": RemoteAction.run,
                     "MessageProcessor._run_prediction_loop": MessageProcessor._run_prediction_loop})
    _replace(RemoteAction, "run", _remote_action_run(RemoteAction.run))
    _replace(MessageProcessor, "_run_prediction_loop", _prediction_loop(MessageProcessor._run_prediction_loop))
    _reliable = True


def apply() -> None:
    """Every patch above (1-7 and the log scrubbing); idempotent. RasaVersionError under any
    Rasa other than RASA_VERSION, before anything is changed."""
    global _applied
    check_version()
    apply_reliability()
    if _applied:
        return
    from rasa.core.actions.action import RemoteAction
    from rasa.engine.runner.dask import DaskGraphRunner
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import Event
    from rasa.utils.endpoints import EndpointConfig
    ORIGINAL.update({"RemoteAction._validate_action_result": RemoteAction._validate_action_result,
                     "DaskGraphRunner.run": DaskGraphRunner.run,
                     "Event.resolve_by_type": Event.resolve_by_type,
                     "EndpointConfig.request": EndpointConfig.request,
                     "Domain.is_empty": Domain.is_empty})
    _replace(Domain, "is_empty", _domain_is_empty)
    _replace(RemoteAction, "_validate_action_result", _validate_action_result)
    _replace(DaskGraphRunner, "run", _run_graph)
    _replace(Event, "resolve_by_type", staticmethod(_resolve_by_type))
    _replace(EndpointConfig, "request", _action_request(EndpointConfig.request))
    _applied = True


def restore() -> None:
    """Rasa's originals back, as before apply() (tests; a server never needs it)."""
    global _applied, _reliable, _installed_log_scrubbing
    while _REPLACED:
        owner, name, original = _REPLACED.pop()
        setattr(owner, name, original)
    ORIGINAL.clear()
    if _installed_log_scrubbing:
        from bot import logprivacy
        logprivacy.uninstall()
        _installed_log_scrubbing = False
    _applied = _reliable = False
