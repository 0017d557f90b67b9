"""Telegram, through Rasa's own connector with the clinic's rules on top.

- Webhooks are accepted only with the secret (X-Telegram-Bot-Api-Secret-Token); anything
  else gets 403 and never reaches a conversation. There is always a secret: TELEGRAM_SECRET_TOKEN,
  or one generated and kept in var/ (bot/channels/config.py), registered with setWebhook.
- Each update is handled once: a repeated `update_id` is acknowledged, not answered again.
- Replies leave in the background, in order, retried while Telegram is unreachable; one that
  never arrives is logged and recorded for staff (bot/channels/delivery.py).
- A turn is sent as the patient reads it: the answer's source line under the answer, the
  follow-ups as an inline keyboard on the last message, each message under 4096 chars.
- Conversations are kept as "telegram:<pseudonym>", apart from every other channel: a chat
  id names one person as surely as a phone number, so it is replaced by its keyed pseudonym
  (bot/pseudonym.py) and kept, encrypted, only in `reply_addresses` (var/channels.db) for
  replies, as long as the conversation is kept.
- Photos, stickers and other messages without text get a friendly "please type".
- English and French: the app's language (`from.language_code`: "fr", "fr-CA"... or "en...")
  reaches Rasa as metadata {"lang": "fr"|"en", "lang_source": "telegram"} with the first
  message of a conversation (a chat not seen before): the server starts from it, and a
  patient who then writes in the other language is still followed. A message that only names a language
  ("français", "/fr", "English", "/en") is the patient's switch: it reaches Rasa as
  "/greet" with {"lang": ..., "lang_source": "keyword"}. The lines the channel adds follow
  the reply's language (its contract's `lang`); "please type" follows the app's.
- The Bot API server comes from configuration (TELEGRAM_API_URL), e.g. a local stand-in.
"""

import asyncio
import functools
import hmac
import json
import logging
from pathlib import Path
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text, Tuple

from aiogram import Bot
from aiogram.bot.api import TelegramAPIServer, check_token
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup, Update
from aiogram.utils import exceptions as tg_errors
from aiogram.utils.exceptions import TelegramAPIError
from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.telegram import TelegramInput, TelegramOutput
from rasa.shared.exceptions import RasaException
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.config import (
    DEFAULT_OPTIONS_DB,
    SECRET_FILE_NAME,
    TELEGRAM_SECRET_PATTERN,
    load_or_create_secret,
)
from bot.channels.delivery import FailureLog, Outbox, Part, RetryPolicy, SeenDeliveries, deliver
from bot.channels.options import OptionStore
from bot.channels.render import TurnCollector, lang_of, language_keyword, please_type, render_turn, split_text
from bot.pseudonym import ReplyAddresses, is_pseudonym, pseudonym, split_sender

logger = logging.getLogger(__name__)

CHANNEL = "telegram"
PREFIX = "telegram:"
CALLBACK_LIMIT = 64  # bytes Telegram allows in a button's callback_data
REQUEST_TIMEOUT = 15  # seconds for one Bot API call; a slower one is retried


def retryable(exc: BaseException) -> bool:
    """Worth trying again: Telegram down, restarting, rate-limiting, or the network. Not: a
    refusal that will not change (bad request, bot blocked, chat not found)."""
    if isinstance(
        exc,
        (
            tg_errors.BadRequest,
            tg_errors.Unauthorized,
            tg_errors.NotFound,
            tg_errors.ConflictError,
            tg_errors.MigrateToChat,
        ),
    ):
        return False
    return isinstance(exc, (TelegramAPIError, OSError, asyncio.TimeoutError))


def message_metadata(
    text: str, language_code: Optional[str], metadata: Optional[Dict[str, Any]] = None
) -> Tuple[str, Dict[str, Any]]:
    """The text and metadata Rasa gets: a language keyword becomes a greeting in that
    language; otherwise the app's language, when it is English or French, goes as a hint."""
    metadata = dict(metadata or {})
    chosen = language_keyword(text)
    if chosen:
        return "/greet", {**metadata, "lang": chosen, "lang_source": "keyword"}
    app = lang_of(language_code)
    if app:
        metadata.update(lang=app, lang_source="telegram")
    return text, metadata


class ClinicTelegramOutput(TurnCollector, TelegramOutput):
    """Collects one bot turn, then sends it shaped for Telegram (see `flush`)."""

    @classmethod
    def name(cls) -> Text:
        return CHANNEL

    def __init__(
        self,
        access_token: Optional[Text],
        api_url: Optional[Text] = None,
        max_chars: int = 4096,
        store: Optional[OptionStore] = None,
        addresses: Optional[ReplyAddresses] = None,
    ) -> None:
        server = TelegramAPIServer.from_base(api_url) if api_url else None
        Bot.__init__(self, access_token, timeout=REQUEST_TIMEOUT, **({"server": server} if server else {}))
        self.max_chars = max_chars
        self.store = store
        self.addresses = addresses
        self.pending: Dict[str, List[Dict[str, Any]]] = {}

    def chat_id(self, recipient_id: Text) -> Text:
        """The chat to send to: for a pseudonymous id, the kept chat id ("" once purged or
        erased: Telegram then refuses the message, for good)."""
        recipient_id = str(recipient_id)
        head, rest = split_sender(recipient_id)
        if head == CHANNEL and is_pseudonym(rest):
            return (self.addresses.lookup(CHANNEL, rest) if self.addresses else None) or ""
        return recipient_id[len(PREFIX) :] if recipient_id.startswith(PREFIX) else recipient_id

    def keyboard(self, recipient_id: Text, buttons: List[Dict[str, str]]) -> InlineKeyboardMarkup:
        """One button a row (follow-up questions are long); a payload too long for
        callback_data is sent as "#<n>" and looked up in the option store."""
        markup = InlineKeyboardMarkup()
        for i, button in enumerate(buttons, 1):
            data = button["payload"]
            if len(data.encode()) > CALLBACK_LIMIT:
                data = f"#{i}"
            markup.row(InlineKeyboardButton(button["title"][:100], callback_data=data))
        if self.store:
            self.store.remember(CHANNEL, str(recipient_id), buttons)
        return markup

    async def release(self) -> None:
        """Close this output's HTTP session (if it opened one)."""
        if self._session is not None and not self._session.closed:
            await self._session.close()

    def message(self, chat: Text, text: str, markup: Optional[InlineKeyboardMarkup] = None) -> Part:
        return Part(
            text,
            functools.partial(
                self.send_message, chat, text, reply_markup=markup, disable_web_page_preview=True
            ),
        )

    def prepare(self) -> Dict[str, List[Part]]:
        """What the turn collected, as messages ready to send: each text as a message, the
        contract's lines (source, booking link...) under the last one, the follow-ups as its
        keyboard (remembered now, so the next tap finds them even if sending is slow)."""
        pending, self.pending = self.pending, {}
        turns: Dict[str, List[Part]] = {}
        for recipient_id, messages in pending.items():
            turn = render_turn(messages)
            if turn.empty:
                continue
            texts = list(turn.texts) or [""]
            if turn.extras:
                texts[-1] = "\n\n".join(filter(None, [texts[-1], "\n".join(turn.extras)]))
            markup = self.keyboard(recipient_id, turn.buttons) if turn.buttons else None
            if not turn.buttons and self.store:
                self.store.remember(CHANNEL, str(recipient_id), [])
            chat = self.chat_id(recipient_id)
            parts = turns.setdefault(str(recipient_id), [])
            for i, text in enumerate(texts):
                pieces = split_text(text, self.max_chars)
                for j, piece in enumerate(pieces):
                    last = i == len(texts) - 1 and j == len(pieces) - 1
                    parts.append(self.message(chat, piece, markup if last else None))
        return turns

    async def send_parts(
        self,
        turns: Dict[str, List[Part]],
        policy: Optional[RetryPolicy] = None,
        failures: Optional[FailureLog] = None,
    ) -> None:
        """Send prepared messages, retrying while Telegram is unreachable; then close."""
        try:
            for recipient_id, parts in turns.items():
                await deliver(CHANNEL, recipient_id, parts, retryable, policy, failures)
        finally:
            await self.release()

    async def flush(self) -> None:
        """Send what the turn collected, now (the webhook uses `prepare` + an Outbox)."""
        await self.send_parts(self.prepare())


def _language_code(user: Any) -> Optional[str]:
    code = getattr(user, "language_code", None) if user is not None else None
    return str(code) if code else None


class ClinicTelegramInput(TelegramInput):
    """Telegram webhooks at /webhooks/telegram/webhook."""

    @classmethod
    def name(cls) -> Text:
        return CHANNEL

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        if not credentials:
            cls.raise_missing_credentials_exception()
        try:
            check_token(str(credentials.get("access_token") or ""))
        except Exception:
            raise RasaException(
                "TELEGRAM_TOKEN does not look like a bot token from BotFather (<digits>:<letters>)"
            ) from None
        options_db = str(credentials.get("options_db") or DEFAULT_OPTIONS_DB)
        return cls(
            credentials.get("access_token"),
            credentials.get("verify"),
            credentials.get("webhook_url"),
            debug_mode=False,
            secret_token=cls.secret_from(credentials, options_db),
            api_url=credentials.get("api_url"),
            max_chars=int(credentials.get("max_chars") or 4096),
            options_db=options_db,
        )

    @staticmethod
    def secret_from(credentials: Dict[Text, Any], options_db: str) -> str:
        """The configured secret, or the one generated and kept beside the channel database.
        Telegram does not start without one it accepts."""
        secret = str(credentials.get("secret_token") or "").strip()
        if secret:
            if not TELEGRAM_SECRET_PATTERN.fullmatch(secret):
                raise RasaException(
                    "TELEGRAM_SECRET_TOKEN may only hold A-Z, a-z, 0-9, _ and - "
                    "(1 to 256 characters); Telegram refuses anything else"
                )
            return secret
        path = str(credentials.get("secret_file") or Path(options_db).with_name(SECRET_FILE_NAME))
        try:
            secret = load_or_create_secret(path)
        except (OSError, ValueError) as exc:
            raise RasaException(
                f"telegram: no TELEGRAM_SECRET_TOKEN and none could be kept in {path}: {exc}"
            ) from exc
        logger.info(f"telegram: no TELEGRAM_SECRET_TOKEN set; using the secret kept in {path}")
        return secret

    def __init__(
        self,
        access_token: Optional[Text],
        verify: Optional[Text],
        webhook_url: Optional[Text],
        debug_mode: bool = False,
        secret_token: Optional[Text] = None,
        api_url: Optional[Text] = None,
        max_chars: int = 4096,
        options_db: Optional[Text] = None,
    ) -> None:
        super().__init__(access_token, verify, webhook_url, debug_mode)
        self.secret_token = secret_token
        self.api_url = api_url
        self.max_chars = max_chars
        self.store = OptionStore(options_db) if options_db else None
        self.seen = SeenDeliveries(options_db) if options_db else None
        self.addresses = ReplyAddresses(options_db or str(DEFAULT_OPTIONS_DB))
        self.outbox = Outbox(CHANNEL)

    def get_output_channel(self) -> ClinicTelegramOutput:
        """A fresh output for one request (no network call here, unlike Rasa's)."""
        return ClinicTelegramOutput(
            self.access_token, self.api_url, self.max_chars, self.store, self.addresses
        )

    async def register_webhook(self) -> None:
        """setWebhook with the secret, so Telegram sends it with every update."""
        if not self.webhook_url:
            logger.info("telegram: TELEGRAM_WEBHOOK_URL not set; register the webhook yourself")
            return
        bot = self.get_output_channel()
        payload = {"url": self.webhook_url, "secret_token": self.secret_token}
        try:
            async for attempt in RetryPolicy.from_env().retrying(retryable):
                with attempt:
                    await bot.request("setWebhook", payload)
            logger.info("telegram: webhook registered")
        except (TelegramAPIError, OSError, asyncio.TimeoutError) as exc:
            logger.error(f"telegram: could not register the webhook: {exc}")
        finally:
            await bot.release()

    def _authorised(self, request: Request) -> bool:
        if not self.secret_token:  # never open, even if built without `from_credentials`
            return False
        given = request.headers.get("X-Telegram-Bot-Api-Secret-Token") or ""
        return hmac.compare_digest(given.encode(), self.secret_token.encode())

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        bp = Blueprint("clinic_telegram_webhook", __name__)

        @bp.listener("after_server_start")
        async def _register(app, loop) -> None:
            # in the background: start-up never waits for Telegram, even while it is down
            self._registering = loop.create_task(self.register_webhook())

        @bp.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @bp.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            if not self._authorised(request):
                logger.warning(f"telegram: rejected a webhook without the right secret from {request.ip}")
                return response.json({"error": "forbidden"}, status=403)
            try:
                data = json.loads(request.body or b"")
                if not isinstance(data, dict):
                    raise ValueError("not an object")
                update = Update(**data)
                incoming = self.parse(update)
            except Exception as exc:  # malformed JSON or not an Update
                logger.warning(f"telegram: rejected a malformed update ({exc.__class__.__name__})")
                return response.json({"error": "malformed update"}, status=400)
            if incoming is None:  # an update kind the assistant does not handle
                return response.json({"status": "ignored"})
            update_id = None if update.update_id is None else str(update.update_id)
            if self.seen and not await self.seen.first_time_async(CHANNEL, update_id):
                logger.info(f"telegram: update {update_id} was already handled; not answered again")
                return response.json({"status": "duplicate"})
            try:
                await self._handle(*incoming, request, on_new_message)
            except Exception as exc:
                logger.exception(f"telegram: could not handle an update: {exc}")
            return response.json({"status": "ok"})

        return bp

    @staticmethod
    def parse(update: Update) -> Optional[Tuple[int, Optional[str], Optional[str], Optional[str]]]:
        """(chat id, text or None for a message without text, callback query id, the app's
        language code), or None for updates that are not a patient's message. Raises on a
        malformed update."""
        if update.callback_query:
            query = update.callback_query
            chat = query.message.chat.id if query.message else query.from_user.id
            return int(chat), str(query.data or ""), str(query.id), _language_code(query.from_user)
        msg = update.message or update.edited_message
        if msg is None:
            return None
        text = msg.text if msg.text is not None else msg.caption
        return int(msg.chat.id), (None if text is None else str(text)), None, _language_code(msg.from_user)

    async def _handle(
        self,
        chat: int,
        text: Optional[str],
        query_id: Optional[str],
        language_code: Optional[str],
        request: Request,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
    ) -> None:
        out = self.get_output_channel()
        first = await asyncio.to_thread(self._new_chat, str(chat))
        sender = f"{PREFIX}{await asyncio.to_thread(self.addresses.remember, CHANNEL, str(chat))}"
        turns: Dict[str, List[Part]] = {}
        try:
            if query_id:
                try:
                    await out.answer_callback_query(query_id)
                except (TelegramAPIError, OSError, asyncio.TimeoutError) as exc:
                    logger.debug(f"telegram: answerCallbackQuery failed: {exc}")
            if text is None:  # a photo, sticker, voice note, location...
                turns = {sender: [out.message(str(chat), please_type("telegram", language_code))]}
            else:
                text, metadata = message_metadata(
                    text, language_code if first else None, self.get_metadata(request)
                )
                text = await asyncio.to_thread(self._resolve, sender, text)
                await on_new_message(UserMessage(text, out, sender, input_channel=CHANNEL, metadata=metadata))
                turns = await asyncio.to_thread(out.prepare)
        except BaseException:
            await out.release()
            raise
        self.outbox.submit(sender, functools.partial(out.send_parts, turns))

    def _new_chat(self, chat: str) -> bool:
        """A chat with no conversation kept (its reply address is unknown): its first message."""
        return self.addresses.lookup(CHANNEL, pseudonym(chat, self.addresses.secret)) is None

    def _resolve(self, sender: str, text: str) -> str:
        text = text or ""
        if text.strip().lower() in ("/start", "/help"):
            return "/greet"
        if text.startswith("#") and text[1:].isdigit() and self.store:
            return self.store.payload_for(CHANNEL, sender, int(text[1:])) or text
        return text
