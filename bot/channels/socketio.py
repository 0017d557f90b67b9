"""The socket.io channel the website widget talks to.

Rasa 3.6's SocketIOOutput.send_custom_json calls `sio.emit(event, **json_message)`, which
fails for our reply contract (its keys are not emit() arguments). Here the contract is
sent like every other bot message: `bot_uttered` with the payload {"custom": {...}}.

With the python-socketio of our lock (5.x), AsyncServer.enter_room is a coroutine that
Rasa's `session_request` handler never awaits, so with session_persistence the patient's
socket never joined its session's room and no reply reached the browser: our handler
awaits it.

The channel also accepts socket.io connections only from the clinic's allowed websites
(clinic.yml `allowed_origins` plus NEEDLE_EXTRA_ORIGINS), where Rasa's own accepts any.

credentials.yml:  bot.channels.socketio.ClinicSocketIOInput: {same settings as socketio}
"""
import inspect
import json
import logging
import uuid
from typing import Any, Awaitable, Callable, Dict, Text

import rasa.shared.utils.io
from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from sanic import Blueprint

from bot.clinic import allowed_origins, load_clinic

logger = logging.getLogger(__name__)


class ClinicSocketIOOutput(SocketIOOutput):
    async def send_custom_json(self, recipient_id: Text, json_message: Dict[Text, Any],
                               **kwargs: Any) -> None:
        await self._send_message(recipient_id, {"custom": json_message})


class ClinicSocketIOInput(SocketIOInput):
    """Rasa's socket.io input with our output channel and an origin check."""

    def get_output_channel(self) -> Any:
        if self.sio is None:
            return super().get_output_channel()
        return ClinicSocketIOOutput(self.sio, self.bot_message_evt)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        socketio_webhook = super().blueprint(on_new_message)
        sio = self.sio
        # Only the clinic's own websites may open a socket (browsers always send Origin).
        sio.eio.cors_allowed_origins = allowed_origins(load_clinic())

        # Replaces Rasa's handler: awaits enter_room (see the module's docstring).
        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: Text, data: Any) -> None:
            data = data if isinstance(data, dict) else {}
            session_id = data.get("session_id")
            if not session_id or not isinstance(session_id, str) or len(session_id) > 100:
                session_id = uuid.uuid4().hex
            if self.session_persistence:
                entered = sio.enter_room(sid, session_id, namespace=self.namespace)
                if inspect.isawaitable(entered):
                    await entered
            await sio.emit("session_confirm", session_id, room=sid, namespace=self.namespace)

        # Replaces Rasa's handler for the same event, to answer through our output channel.
        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: Text, data: Any) -> None:
            if not isinstance(data, dict):
                return
            output_channel = ClinicSocketIOOutput(sio, self.bot_message_evt)
            if self.session_persistence:
                if not data.get("session_id"):
                    rasa.shared.utils.io.raise_warning(
                        "A socket.io message without a session_id was ignored: the client must "
                        "send `session_request` first.")
                    return
                sender_id = str(data["session_id"])
            else:
                sender_id = sid
            metadata = data.get(self.metadata_key) or {}
            if isinstance(metadata, str):
                try:
                    metadata = json.loads(metadata)
                except ValueError:
                    metadata = {}
            text = data.get("message", "")
            message = UserMessage(text if isinstance(text, str) else "", output_channel, sender_id,
                                  input_channel=self.name(), metadata=metadata)
            await on_new_message(message)

        return socketio_webhook
