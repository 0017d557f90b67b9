"""Swap the running Rasa server's model without a restart (issue 13: `make train` while
`make run` is running).

A restart of Rasa takes about 11 s and drops the requests in flight. Instead, `bot serve`
(bot/ops/serve.py) notices the model the current training inputs name (bot/ops/training.py
`model_path`) and asks the Rasa process to load it, through one route of our REST channel
(bot/channels/rest.py): PUT /webhooks/rest/model {"model": "<path>"}. That route exists only
with NEEDLE_MODEL_TOKEN set (bot serve sets a random one per start) and answers only a
request carrying that token; GET on it names the model in use.

The new model is loaded off the event loop (a worker thread), while the old one keeps
answering; then the agent's processor is replaced in one step on the loop. Conversations
live in the tracker store and the lock store, which both models share, so a conversation
continues across the swap with its slots (its treatment, its topic); the conversations our
tracker store keeps in memory are read again from the database, with the new model's domain.
A turn already running finishes on the model it started with. A model that fails to load
changes nothing.
"""

import asyncio
import hmac
import json
import logging
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, Dict, Mapping, Optional, Tuple

logger = logging.getLogger(__name__)

ROUTE = "/model"  # under the REST channel's /webhooks/rest
TOKEN_ENV = "NEEDLE_MODEL_TOKEN"
LOAD_TIMEOUT = 300.0  # seconds `bot serve` waits for a load (a busy machine can take a minute)


class SwapError(Exception):
    """The model could not be loaded; the old one keeps answering."""


def authorized(headers: Mapping[str, str], token: Optional[str]) -> bool:
    """True when the request carries `Authorization: Bearer <token>` for a configured token."""
    if not token:
        return False
    given = headers.get("authorization", "")
    return given.startswith("Bearer ") and hmac.compare_digest(
        given[len("Bearer ") :].encode(), token.encode()
    )


def describe(agent: Any) -> Dict[str, Optional[str]]:
    """The model an agent answers with: its file name and Rasa's id for it."""
    processor = getattr(agent, "processor", None)
    if processor is None:
        return {"model": None, "model_id": None}
    return {"model": processor.model_path.name, "model_id": processor.model_metadata.model_id}


def check_model(path: Path) -> Path:
    """Fail with one line if the model is missing or not a readable archive (bot serve and
    the training check it too, through bot/ops/training.py)."""
    import tarfile

    from bot.errors import NeedleGuideError

    path = Path(path)
    if not path.exists():
        raise NeedleGuideError(f"{path}: model not found (run `make train`)")
    try:
        with tarfile.open(path, "r:gz") as archive:
            if not any(m.name.endswith("metadata.json") for m in archive.getmembers()):
                raise NeedleGuideError(
                    f"{path}: not a Rasa model (no metadata); delete it and run `make train`"
                )
    except (tarfile.TarError, OSError, EOFError):
        raise NeedleGuideError(f"{path}: model file is corrupt; delete it and run `make train`") from None
    return path


def _check_archive(path: Path) -> None:
    from bot.errors import NeedleGuideError

    if path.name.endswith(".tar.gz") is False:
        raise SwapError(f"{path.name}: a model is a .tar.gz archive")
    try:
        check_model(path)
    except NeedleGuideError as exc:
        raise SwapError(str(exc)) from None


def _new_processor(agent: Any, path: Path) -> Any:
    """What Agent.load_model builds, built here so it can run on a worker thread."""
    from rasa.core.processor import MessageProcessor

    _check_archive(path)
    return MessageProcessor(
        model_path=path,
        tracker_store=agent.tracker_store,
        lock_store=agent.lock_store,
        action_endpoint=agent.action_endpoint,
        generator=agent.nlg,
        http_interpreter=agent.http_interpreter,
    )


def _install(agent: Any, processor: Any) -> None:
    """The rest of Agent.load_model, done on the event loop between two turns' steps."""
    from rasa.core.nlg import TemplatedNaturalLanguageGenerator

    agent.processor = processor
    agent.domain = processor.domain
    agent._set_fingerprint(None)
    if agent.tracker_store is not None:
        agent.tracker_store.domain = agent.domain
        _forget_cached_trackers(agent.tracker_store)
    if isinstance(agent.nlg, TemplatedNaturalLanguageGenerator):
        agent.nlg.responses = agent.domain.responses if agent.domain else {}


def _forget_cached_trackers(store: Any) -> None:
    """Our tracker store keeps recent conversations in memory as trackers built with the old
    domain's slots (bot/tracker_store/fast.py); the next message of each reads it again from the
    database with the new domain. Rasa's wrappers keep the real store in `_tracker_store`."""
    for _ in range(5):
        cache = getattr(store, "_cache", None)
        if hasattr(cache, "clear"):
            cache.clear()
            return
        store = getattr(store, "_tracker_store", None)
        if store is None:
            return


async def swap(app: Any, path: Path) -> Dict[str, Any]:
    """Load `path` into the app's running agent; one swap at a time."""
    lock = getattr(app.ctx, "needle_model_lock", None)
    if lock is None:
        lock = app.ctx.needle_model_lock = asyncio.Lock()
    async with lock:
        agent = getattr(app.ctx, "agent", None)
        if agent is None or agent.processor is None:
            raise SwapError("the server has no model loaded yet")
        previous = describe(agent)["model"]
        started = time.monotonic()
        loop = asyncio.get_running_loop()
        try:
            processor = await loop.run_in_executor(None, _new_processor, agent, path)
        except SwapError:
            raise
        except Exception as exc:  # noqa: BLE001 - any failure leaves the old model answering
            logger.exception("model swap: %s could not be loaded; still answering with %s", path, previous)
            raise SwapError(f"{path.name} could not be loaded: {exc}") from None
        _install(agent, processor)
        seconds = round(time.monotonic() - started, 1)
        logger.warning(
            "model swap: now answering with %s (was %s; loaded in %.1f s)", path.name, previous, seconds
        )
        return {**describe(agent), "previous": previous, "seconds": seconds}


def request(
    base_url: str, token: str, model: Optional[Path] = None, timeout: float = LOAD_TIMEOUT
) -> Tuple[int, Dict[str, Any]]:
    """(HTTP status, answer) from the Rasa server's model route: GET without `model`, PUT with.
    Connection failures raise OSError (urllib.error.URLError)."""
    data = None if model is None else json.dumps({"model": str(Path(model).resolve())}).encode()
    req = urllib.request.Request(
        f"{base_url}/webhooks/rest{ROUTE}",
        data=data,
        method="GET" if model is None else "PUT",
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, json.loads(r.read() or b"{}")
    except urllib.error.HTTPError as err:
        try:
            body = json.loads(err.read() or b"{}")
        except ValueError:
            body = {}
        return err.code, body if isinstance(body, dict) else {}
