"""The socket.io channel the website widget talks to.

Rasa 3.6's SocketIOOutput.send_custom_json calls `sio.emit(event, **json_message)`, which
fails for our reply contract (its keys are not emit() arguments). Here the contract is
sent like every other bot message: `bot_uttered` with the payload {"custom": {...}}.

With the python-socketio of our lock (5.x), AsyncServer.enter_room is a coroutine that
Rasa's `session_request` handler never awaits, so with session_persistence the patient's
socket never joined its session's room and no reply reached the browser: our handler
awaits it.

A session id is not a password here. Rasa lets a client choose its session id, so anyone
who knew or guessed one ("1") received that patient's replies and could write as them.
Our channel:
- issues session ids itself (`secrets.token_urlsafe`, 192 bits) and, with each, a token:
  an HMAC of the id under a server secret (NEEDLE_SESSION_SECRET, else var/session_secret,
  generated once; bot/channels/session_tokens.py, which the widget's page server uses too). The widget keeps both; the token never appears in logs or replies.
- resumes a session a client proposes only when its token is valid; any other proposal
  gets a fresh id.
- accepts a message only from a socket that proved the session it claims; anything else
  is refused and logged.

It also accepts socket.io connections only from the clinic's allowed websites (clinic.yml
`allowed_origins` plus NEEDLE_EXTRA_ORIGINS, as the file is now: an edit applies to the next
connection, without a restart; bot/channels/origins.py), where Rasa's own accepts any; closes a socket
that sends a packet larger than MAX_PACKET bytes before it is parsed (the widget's input
holds at most 2,000 characters); and runs bot/limits.py's checks on every message before
Rasa sees it: a session or address sending too fast, or a message too long to read, gets
the friendly rate_limited or too_long reply instead.

credentials.yml:  bot.channels.socketio.ClinicSocketIOInput: {same settings as socketio}
"""

import inspect
import json
import logging
import secrets
from typing import Any, Awaitable, Callable, Dict, Mapping, Optional, Text, Tuple

import rasa.shared.utils.io
from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from sanic import Blueprint

from bot.channels import origins, session_tokens
from bot.channels.session_tokens import MAX_ID, SECRET_FILE, session_secret  # noqa: F401 - used here and by tests
from bot.limits import default_limits, refusal

logger = logging.getLogger(__name__)

MAX_PACKET = 64 * 1024  # bytes of one socket.io packet


class SessionRegistry:
    """Which socket owns which conversation, and the tokens that prove it."""

    def __init__(self, secret: bytes) -> None:
        self._secret = secret
        self._session_of: Dict[str, str] = {}  # socket id -> session id it proved

    def token(self, session_id: str) -> str:
        return session_tokens.token(self._secret, session_id)

    def valid(self, session_id: Any, token: Any) -> bool:
        return session_tokens.valid(self._secret, session_id, token)

    def claim(self, sid: str, proposed: Any = None, token: Any = None) -> Tuple[str, str, bool]:
        """The session this socket now owns, its token, and whether it resumed the proposed
        one (only with a valid token); otherwise a fresh server-issued id."""
        resumed = self.valid(proposed, token)
        session_id = proposed if resumed else secrets.token_urlsafe(24)
        self._session_of[sid] = session_id
        return session_id, self.token(session_id), resumed

    def owns(self, sid: str, session_id: Any) -> bool:
        return isinstance(session_id, str) and self._session_of.get(sid) == session_id

    def session_of(self, sid: str) -> Optional[str]:
        return self._session_of.get(sid)

    def forget(self, sid: str) -> None:
        self._session_of.pop(sid, None)


def client_address(environ: Optional[Mapping[str, Any]]) -> Optional[str]:
    """The patient's address as Sanic sees it (behind a proxy, with SANIC_PROXIES_COUNT or
    SANIC_REAL_IP_HEADER set); engine.io's own REMOTE_ADDR is always 127.0.0.1 under Sanic."""
    request = (environ or {}).get("sanic.request")
    address = getattr(request, "remote_addr", None) or getattr(request, "ip", None)
    return address or (environ or {}).get("REMOTE_ADDR")


def _short(value: Any) -> str:
    """A prefix of an id for the logs: enough to match lines, not enough to use."""
    return (str(value)[:6] + "…") if value else "none"


class ClinicSocketIOOutput(SocketIOOutput):
    async def send_custom_json(
        self, recipient_id: Text, json_message: Dict[Text, Any], **kwargs: Any
    ) -> None:
        await self._send_message(recipient_id, {"custom": json_message})


class ClinicSocketIOInput(SocketIOInput):
    """Rasa's socket.io input with our output channel, server-issued sessions, an origin
    check and size limits."""

    sessions: Optional[SessionRegistry] = None

    def get_output_channel(self) -> Any:
        if self.sio is None:
            return super().get_output_channel()
        return ClinicSocketIOOutput(self.sio, self.bot_message_evt)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        socketio_webhook = super().blueprint(on_new_message)
        sio = self.sio
        # Only the clinic's own websites may open a socket (browsers always send Origin),
        # checked per request so an edit of clinic.yml applies at once. A callable, never a
        # list: engine.io takes an empty list to mean "no check at all".
        sio.eio.cors_allowed_origins = origins.allowed
        sio.eio.max_http_buffer_size = MAX_PACKET
        sessions = self.sessions = SessionRegistry(session_secret())

        # Replaces Rasa's handler: the server chooses the id (see the module's docstring),
        # and awaits enter_room.
        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: Text, data: Any) -> None:
            data = data if isinstance(data, dict) else {}
            previous = sessions.session_of(sid)
            if previous and self.session_persistence:
                await _maybe_await(sio.leave_room(sid, previous, namespace=self.namespace))
            session_id, token, resumed = sessions.claim(sid, data.get("session_id"), data.get("token"))
            if data.get("session_id") and not resumed:
                logger.info(
                    f"socket.io: socket {sid} proposed session {_short(data.get('session_id'))} "
                    f"without a valid token: it gets a new session"
                )
            if self.session_persistence:
                await _maybe_await(sio.enter_room(sid, session_id, namespace=self.namespace))
            await sio.emit(
                "session_confirm",
                {"session_id": session_id, "token": token},
                room=sid,
                namespace=self.namespace,
            )

        @sio.on("disconnect", namespace=self.namespace)
        async def disconnect(sid: Text, *args: Any) -> None:
            sessions.forget(sid)

        # Replaces Rasa's handler for the same event, to answer through our output channel.
        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: Text, data: Any) -> None:
            if not isinstance(data, dict):
                return
            output_channel = ClinicSocketIOOutput(sio, self.bot_message_evt)
            if self.session_persistence:
                claimed = data.get("session_id")
                if not claimed:
                    rasa.shared.utils.io.raise_warning(
                        "A socket.io message without a session_id was ignored: the client must "
                        "send `session_request` first."
                    )
                    return
                if not sessions.owns(sid, claimed):
                    logger.warning(
                        f"socket.io: refused a message from socket {sid} for session "
                        f"{_short(claimed)}, which that socket does not own"
                    )
                    return
                sender_id = str(claimed)
            else:
                sender_id = sid
            metadata = data.get(self.metadata_key) or {}
            if isinstance(metadata, str):
                try:
                    metadata = json.loads(metadata)
                except ValueError:
                    metadata = {}
            if not isinstance(metadata, dict):
                metadata = {}
            text = data.get("message", "")
            text = text if isinstance(text, str) else ""
            reason = default_limits().check(
                sender_id, client_address(sio.get_environ(sid, self.namespace)), text
            )
            if reason:
                for reply in refusal(
                    reason, text=text, lang=metadata.get("lang")
                ):  # an emergency still gets its reply
                    await output_channel._send_message(sender_id, reply)
                return
            message = UserMessage(
                text, output_channel, sender_id, input_channel=self.name(), metadata=metadata
            )
            await on_new_message(message)

        return socketio_webhook


async def _maybe_await(result: Any) -> None:
    """python-socketio 5's room calls are coroutines on the async server; older ones were not."""
    if inspect.isawaitable(result):
        await result
