"""The REST channel (tests, the terminal chat, integrations), with bounded work per message.

Rasa's RestInput answered an empty, `null` or array body with a 500, a message that was a
number, list or object with an empty 200, and handed a message of any size to the NLU.
Here, before anything reaches Rasa:

- a body over NEEDLE_MAX_REQUEST_BYTES (bot/limits.py, 256 KB) gets a 413, read no further;
- a body that is not a JSON object with a non-empty string `sender` (at most 128
  characters) and a string `message` gets a 400 naming what is wrong;
- a message over the rate limits, or over NEEDLE_MAX_MESSAGE_CHARS, gets a friendly reply
  in the reply contract (`rate_limited`, `too_long`) and never reaches the NLU or tracker;
- a turn that still comes back with no reply at all (Rasa failed) gets an apology with the
  clinic's phone, and is logged as an error.

The whole Rasa server also refuses bodies over 1 MB on its other routes (socket.io
polling, webhooks, API), where Sanic's own limit was 100 MB.

Two things read at start-up before now follow their source while the server runs (issue 13):
- CORS headers for the whole server come from clinic.yml as it is now
  (bot/channels/origins.py), so a new allowed website works without a restart;
- PUT /webhooks/rest/model swaps in a newly trained model without dropping a conversation
  (bot/model_swap.py); it exists only with NEEDLE_MODEL_TOKEN set, which `bot serve` does.

credentials.yml:  bot.channels.rest.ClinicRestInput:   (the URL stays /webhooks/rest/webhook)
"""

import json
import logging
import os
from asyncio import CancelledError
from pathlib import Path
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text, Tuple

import rasa.utils.endpoints
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import model_swap
from bot.channels.origins import add_cors_headers
from bot.limits import MAX_SENDER_CHARS, NO_REPLY, client_address, default_limits, max_request_bytes, refusal

logger = logging.getLogger(__name__)

APP_MAX_REQUEST_BYTES = 1024 * 1024  # every other route of the Rasa server
SHAPE = 'expected a JSON object like {"sender": "abc123", "message": "does dry needling hurt?"}'


class BodyTooLarge(Exception):
    pass


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused as soon as it is known to be over `limit` bytes (by its
    Content-Length before reading anything, else while reading)."""
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit:
        raise BodyTooLarge
    chunks, size = [], 0
    while True:
        chunk = await request.stream.read()
        if chunk is None:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)


def parse_message(body: bytes) -> Tuple[Optional[Dict[str, Any]], Optional[str]]:
    """(fields, None) for a well-formed message, else (None, what is wrong)."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return None, f"the body is not valid JSON: {SHAPE}"
    if not isinstance(data, dict):
        return None, f"the body is {_kind(data)}: {SHAPE}"
    sender, text = data.get("sender"), data.get("message")
    if not isinstance(sender, str) or not sender.strip():
        return None, f'"sender" must be a non-empty string (it is {_kind(sender)}): {SHAPE}'
    if len(sender) > MAX_SENDER_CHARS:
        return None, f'"sender" must be at most {MAX_SENDER_CHARS} characters'
    if not isinstance(text, str):
        return None, f'"message" must be a string (it is {_kind(text)}): {SHAPE}'
    metadata = data.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        return None, f'"metadata", when given, must be a JSON object (it is {_kind(metadata)})'
    channel = data.get("input_channel")
    if channel is not None and (not isinstance(channel, str) or not 0 < len(channel) <= 64):
        return None, '"input_channel", when given, must be a short string'
    return {
        "sender": stored_sender(sender),
        "message": text,
        "metadata": metadata,
        "input_channel": channel,
    }, None


def stored_sender(sender: str) -> str:
    """A sender id that is a phone number is never stored: it becomes `phone:<keyed pseudonym>`
    (bot/pseudonym.py), the same for the same number, so the conversation still continues."""
    from bot.pseudonym import looks_like_phone, pseudonym

    return f"phone:{pseudonym(sender)}" if looks_like_phone(sender.strip()) else sender


def _kind(value: Any) -> str:
    if value is None:
        return "missing or null"
    return {
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "a string",
        list: "a list",
        dict: "an object",
    }.get(type(value), "of the wrong type")


def _error(status: int, text: str) -> HTTPResponse:
    return response.json({"error": text}, status=status)


def addressed(messages: List[Dict[str, Any]], recipient: str) -> List[Dict[str, Any]]:
    """Messages as Rasa's REST channel returns them (recipient_id first)."""
    return [{"recipient_id": recipient, **m} for m in messages]


def _lang(metadata: Any) -> Optional[str]:
    """The language the channel named for this message (the widget's toggle), if any."""
    return metadata.get("lang") if isinstance(metadata, dict) else None


class ClinicRestInput(RestInput):
    """Rasa's REST input, checking size, shape and rate before Rasa sees a message."""

    @classmethod
    def name(cls) -> Text:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        bp = Blueprint(f"custom_webhook_{type(self).__name__}", __name__)

        @bp.listener("before_server_start")
        async def limit_requests(app, loop) -> None:  # Sanic's default is 100 MB
            app.config.REQUEST_MAX_SIZE = min(
                app.config.REQUEST_MAX_SIZE, max(APP_MAX_REQUEST_BYTES, max_request_bytes())
            )
            app.register_middleware(add_cors_headers, "response")  # every route, preflights too

        @bp.route(model_swap.ROUTE, methods=["GET", "PUT"])
        async def model(request: Request) -> HTTPResponse:
            token = os.environ.get(model_swap.TOKEN_ENV, "")
            if not token:
                return _error(404, "not found")
            if not model_swap.authorized(request.headers, token):
                return _error(401, "a valid token is required")
            if request.method == "GET":
                return response.json(model_swap.describe(getattr(request.app.ctx, "agent", None)))
            try:
                data = request.json
            except Exception:  # noqa: BLE001 - Sanic raises its own error for bad JSON
                data = None
            path = data.get("model") if isinstance(data, dict) else None
            if not isinstance(path, str) or not path:
                return _error(400, 'expected {"model": "<path of a .tar.gz model>"}')
            try:
                return response.json(await model_swap.swap(request.app, Path(path)))
            except model_swap.SwapError as exc:
                return _error(422, str(exc))

        @bp.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        # stream=True: the body is read here, with our limit, instead of whole by Sanic
        @bp.route("/webhook", methods=["POST"], stream=True)
        async def receive(request: Request) -> HTTPResponse:
            limit = max_request_bytes()
            try:
                body = await read_body(request, limit)
            except BodyTooLarge:
                logger.warning("REST: a request body over %d bytes from %s was refused", limit, request.ip)
                return _error(413, f"the request is too large (at most {limit} bytes)")
            fields, problem = parse_message(body)
            if fields is None:
                return _error(400, problem)
            sender, text = fields["sender"], fields["message"]
            reason = default_limits().check(sender, client_address(request), text)
            if reason:
                return response.json(
                    addressed(refusal(reason, text=text, lang=_lang(fields["metadata"])), sender)
                )
            input_channel = fields["input_channel"] or self.name()
            metadata = fields["metadata"]
            if rasa.utils.endpoints.bool_arg(request, "stream", default=False):
                return response.stream(
                    self.stream_response(on_new_message, text, sender, input_channel, metadata),
                    content_type="text/event-stream",
                )
            collector = CollectingOutputChannel()
            try:
                await on_new_message(
                    UserMessage(text, collector, sender, input_channel=input_channel, metadata=metadata)
                )
            except CancelledError:
                logger.error("REST: the turn for %s timed out", sender)
            except Exception:  # noqa: BLE001 - the patient still gets an answer, below
                logger.exception("REST: the turn for %s failed", sender)
            if not collector.messages:
                logger.error("REST: the turn for %s had no reply; sent the apology", sender)
                return response.json(
                    addressed(
                        refusal(NO_REPLY, rule="no_reply_rest", text=text, lang=_lang(metadata)), sender
                    )
                )
            return response.json(collector.messages)

        return bp
