"""SMS and WhatsApp through Twilio, with Rasa's connector extended for a clinic.

- Every webhook must carry a valid X-Twilio-Signature for the configured public webhook
  URL and the auth token; anything else gets 403 and never reaches a conversation.
- One webhook serves both: "whatsapp:+1..." senders are WhatsApp, the rest SMS. They are
  separate conversations ("sms:<pseudonym>" and "whatsapp:<pseudonym>"), recorded with the
  channel "twilio_sms" or "twilio_whatsapp".
- The patient's number is never a conversation id: the id carries its keyed pseudonym
  (bot/pseudonym.py), and the number replies go to is kept encrypted in one place
  (`reply_addresses` in var/channels.db) for as long as the conversation is kept.
- No buttons: follow-ups become "Reply 1 for: ..." lines, and a reply of "1" sends that
  follow-up's payload (the options are remembered in var/channels.db).
- English and French: the lines the channel adds follow the reply's language (its
  contract's `lang`). A message that only names a language ("FRANÇAIS", "FR", "ENGLISH",
  "EN") is the patient's switch: it reaches Rasa as "/greet" with metadata
  {"lang": "fr"|"en", "lang_source": "keyword"}, so the greeting comes back in that language.
- A turn is sent as one text (split under the channel's limit, between words), with the
  source line, booking link and phone as plain text; the reply contract is never sent raw.
- Each message is handled once: a repeated `MessageSid` gets the empty TwiML answer and no reply.
- Replies leave in the background, in order, retried while Twilio is unreachable; one that
  never arrives is logged and recorded for staff (bot/channels/delivery.py).
- The REST API base comes from configuration (TWILIO_API_URL), e.g. a local stand-in.
"""

import asyncio
import functools
import logging
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text, Tuple
from urllib.parse import parse_qs

import aiohttp
from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.twilio import TwilioInput, TwilioOutput
from sanic import Blueprint, response
from sanic.request import Request, RequestParameters
from sanic.response import HTTPResponse
from twilio.base.exceptions import TwilioRestException
from twilio.http.async_http_client import AsyncTwilioHttpClient
from twilio.request_validator import RequestValidator
from twilio.rest import Client

from bot.channels.config import DEFAULT_OPTIONS_DB
from bot.channels.delivery import FailureLog, Outbox, Part, RetryPolicy, SeenDeliveries, deliver
from bot.channels.options import OptionStore
from bot.channels.render import (
    TurnCollector,
    chosen_number,
    language_keyword,
    numbered_options,
    please_type,
    render_turn,
    split_text,
)
from bot.pseudonym import ReplyAddresses, is_pseudonym, split_sender

logger = logging.getLogger(__name__)

TWILIO_API = "https://api.twilio.com"
SMS, WHATSAPP = "twilio_sms", "twilio_whatsapp"
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'


class UnknownAddress(LookupError):
    """The conversation's number is no longer kept (purged or erased): nowhere to send."""


def retryable(exc: BaseException) -> bool:
    """Worth trying again: a Twilio server error or rate limit, a timeout, the network. Not:
    a 4xx refusal that will not change (invalid number, unsubscribed recipient)."""
    if isinstance(exc, UnknownAddress):
        return False
    if isinstance(exc, TwilioRestException):
        return exc.status >= 500 or exc.status == 429
    return isinstance(exc, (OSError, asyncio.TimeoutError, aiohttp.ClientError))


class _HttpClient(AsyncTwilioHttpClient):
    """Twilio's async HTTP client, pointed at another API base when configured."""

    def __init__(self, api_url: Optional[str] = None) -> None:
        super().__init__(pool_connections=False, timeout=15)
        self.api_url = (api_url or "").rstrip("/")

    async def request(self, method: str, url: str, *args: Any, **kwargs: Any):
        if self.api_url and url.startswith(TWILIO_API):
            url = self.api_url + url[len(TWILIO_API) :]
        return await super().request(method, url, *args, **kwargs)


class ClinicTwilioOutput(TurnCollector, TwilioOutput):
    """Collects one bot turn for one patient, then sends it as SMS/WhatsApp text."""

    def __init__(
        self,
        account_sid: Optional[Text],
        auth_token: Optional[Text],
        twilio_number: Optional[Text],
        api_url: Optional[Text] = None,
        channel: str = SMS,
        max_chars: int = 1600,
        store: Optional[OptionStore] = None,
        addresses: Optional[ReplyAddresses] = None,
    ) -> None:
        Client.__init__(self, account_sid, auth_token, http_client=_HttpClient(api_url))
        self.twilio_number = twilio_number
        self.send_retry, self.max_retry = 0, 1
        self.channel = channel
        self.max_chars = max_chars
        self.store = store
        self.reply_addresses = addresses
        self.pending: Dict[str, List[Dict[str, Any]]] = {}

    @classmethod
    def name(cls) -> Text:
        return "twilio"

    def address(self, recipient_id: Text) -> Optional[Text]:
        """The number Twilio sends to ("+1555..." for SMS, "whatsapp:+1555..." for WhatsApp):
        for a pseudonymous id, the kept reply address (None once purged or erased)."""
        recipient_id = str(recipient_id)
        head, rest = split_sender(recipient_id)
        if head in ("sms", "whatsapp") and is_pseudonym(rest):
            return self.reply_addresses.lookup(head, rest) if self.reply_addresses else None
        return recipient_id[len("sms:") :] if recipient_id.startswith("sms:") else recipient_id

    async def send_image_url(self, recipient_id: Text, image: Text, **kwargs: Any) -> None:
        await self.send_response(recipient_id, {"text": image})

    def body(self, recipient_id: str, messages: List[Dict[str, Any]]) -> str:
        turn = render_turn(messages)
        blocks = list(turn.texts)
        if turn.extras:
            blocks.append("\n".join(turn.extras))
        if turn.buttons:
            blocks.append(numbered_options(turn.buttons, turn.lang))
        if self.store:
            self.store.remember(self.channel, recipient_id, turn.buttons)
        return "\n\n".join(blocks)

    def parts(self, recipient_id: str, body: str) -> List[Part]:
        """`body` as the texts Twilio is asked to send, each under the channel's limit."""
        to = self.address(recipient_id)
        return [
            Part(piece, functools.partial(self._create, to=to, body=piece))
            for piece in split_text(body, self.max_chars)
        ]

    async def _create(self, **data: Any) -> None:
        if not data.get("to"):
            raise UnknownAddress("the patient's number is no longer kept (purged or erased)")
        sender = self.twilio_number or ""
        if data["to"].startswith("whatsapp:") and not sender.startswith("whatsapp:"):
            sender = "whatsapp:" + sender
        await self.messages.create_async(from_=sender, **data)

    def prepare(self) -> Dict[str, List[Part]]:
        """What the turn collected, as texts ready to send (options remembered now)."""
        pending, self.pending = self.pending, {}
        return {
            recipient_id: self.parts(recipient_id, self.body(recipient_id, messages))
            for recipient_id, messages in pending.items()
        }

    async def send_parts(
        self,
        turns: Dict[str, List[Part]],
        policy: Optional[RetryPolicy] = None,
        failures: Optional[FailureLog] = None,
    ) -> None:
        """Send prepared texts, retrying while Twilio is unreachable."""
        for recipient_id, parts in turns.items():
            await deliver(self.channel, recipient_id, parts, retryable, policy, failures)

    async def send_body(self, recipient_id: str, body: str) -> None:
        await self.send_parts({recipient_id: self.parts(recipient_id, body)})

    async def flush(self) -> None:
        """Send what the turn collected, now (the webhook uses `prepare` + an Outbox)."""
        await self.send_parts(self.prepare())


def incoming(text: str, metadata: Optional[Dict[str, Any]]) -> Tuple[str, Dict[str, Any]]:
    """The text and metadata Rasa gets: a language keyword becomes a greeting in that
    language (metadata `lang`), anything else goes as it is."""
    metadata = dict(metadata or {})
    lang = language_keyword(text)
    if lang:
        return "/greet", {**metadata, "lang": lang, "lang_source": "keyword"}
    return text, metadata


class ClinicTwilioInput(TwilioInput):
    """SMS and WhatsApp webhooks at /webhooks/twilio/webhook."""

    @classmethod
    def name(cls) -> Text:
        return "twilio"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        if not credentials:
            cls.raise_missing_credentials_exception()
        return cls(
            credentials.get("account_sid"),
            credentials.get("auth_token"),
            credentials.get("sms_number") or credentials.get("twilio_number"),
            debug_mode=False,
            webhook_url=credentials.get("webhook_url"),
            whatsapp_number=credentials.get("whatsapp_number"),
            api_url=credentials.get("api_url"),
            sms_max_chars=int(credentials.get("sms_max_chars") or 1600),
            whatsapp_max_chars=int(credentials.get("whatsapp_max_chars") or 1600),
            options_db=str(credentials.get("options_db") or DEFAULT_OPTIONS_DB),
        )

    def __init__(
        self,
        account_sid: Optional[Text],
        auth_token: Optional[Text],
        twilio_number: Optional[Text],
        debug_mode: bool = False,
        webhook_url: Optional[Text] = None,
        whatsapp_number: Optional[Text] = None,
        api_url: Optional[Text] = None,
        sms_max_chars: int = 1600,
        whatsapp_max_chars: int = 1600,
        options_db: Optional[Text] = None,
    ) -> None:
        super().__init__(account_sid, auth_token, twilio_number, debug_mode)
        self.webhook_url = webhook_url
        self.whatsapp_number = whatsapp_number
        self.api_url = api_url
        self.max_chars = {SMS: sms_max_chars, WHATSAPP: whatsapp_max_chars}
        self.store = OptionStore(options_db) if options_db else None
        self.seen = SeenDeliveries(options_db) if options_db else None
        self.reply_addresses = ReplyAddresses(options_db or str(DEFAULT_OPTIONS_DB))
        self.outbox = Outbox("twilio")
        self.validator = RequestValidator(auth_token or "")

    def get_output_channel(self, channel: str = SMS) -> ClinicTwilioOutput:
        number = self.whatsapp_number if channel == WHATSAPP else self.twilio_number
        return ClinicTwilioOutput(
            self.account_sid,
            self.auth_token,
            number,
            self.api_url,
            channel,
            self.max_chars[channel],
            self.store,
            self.reply_addresses,
        )

    def signed_url(self, request: Request) -> str:
        url = self.webhook_url or ""
        if request.query_string and "?" not in url:
            url += "?" + request.query_string
        return url

    @staticmethod
    def form(request: Request) -> RequestParameters:
        """The POSTed fields, blank ones included (Twilio signs those too)."""
        if not request.content_type.startswith("application/x-www-form-urlencoded"):
            return RequestParameters()
        try:
            body = (request.body or b"").decode("utf-8")
        except UnicodeDecodeError:
            return RequestParameters()
        return RequestParameters(parse_qs(body, keep_blank_values=True))

    def _authorised(self, request: Request, form: RequestParameters) -> bool:
        signature = request.headers.get("X-Twilio-Signature")
        if not (signature and self.webhook_url and self.auth_token):
            return False
        try:
            return bool(self.validator.validate(self.signed_url(request), form, signature))
        except Exception:
            return False

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        bp = Blueprint("clinic_twilio_webhook", __name__)

        @bp.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @bp.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            form = self.form(request)
            if not self._authorised(request, form):
                logger.warning(f"twilio: rejected a webhook without a valid signature from {request.ip}")
                return response.text("forbidden", status=403)
            sender = (form.get("From") or "").strip()
            if not sender or len(sender) > 64:
                logger.warning("twilio: rejected a webhook without a sender")
                return response.text("missing From", status=400)
            sid = (form.get("MessageSid") or form.get("SmsMessageSid") or form.get("SmsSid") or "").strip()
            if self.seen and not await self.seen.first_time_async("twilio", sid or None):
                logger.info(f"twilio: message {sid} was already handled; not answered again")
                return response.text(EMPTY_TWIML, content_type="text/xml")
            try:
                await self._handle(request, form, sender, on_new_message)
            except Exception as exc:
                logger.exception(f"twilio: could not handle a message: {exc}")
            return response.text(EMPTY_TWIML, content_type="text/xml")

        return bp

    async def _handle(
        self,
        request: Request,
        form: RequestParameters,
        sender: str,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
    ) -> None:
        whatsapp = sender.startswith("whatsapp:")
        channel = WHATSAPP if whatsapp else SMS
        if not (self.whatsapp_number if whatsapp else self.twilio_number):
            logger.warning(f"twilio: {channel} is not configured; message ignored")
            return
        # the conversation is named by the number's pseudonym; the number is kept for replies
        kind = "whatsapp" if whatsapp else "sms"
        sender_id = f"{kind}:{await asyncio.to_thread(self.reply_addresses.remember, kind, sender)}"
        out = self.get_output_channel(channel)
        text = form.get("Body")
        has_media = (form.get("NumMedia") or "0") not in ("", "0") or form.get("Latitude")
        if not (text or "").strip() and has_media:
            turns = {sender_id: out.parts(sender_id, please_type("sms"))}  # language unknown here: English
        else:
            text = (text or "").replace("¡", "@")  # some carriers corrupt @ in SMS
            if self.store:
                text = (
                    await asyncio.to_thread(self.store.payload_for, channel, sender_id, chosen_number(text))
                    or text
                )
            text, metadata = incoming(text, self.get_metadata(request))
            await on_new_message(UserMessage(text, out, sender_id, input_channel=channel, metadata=metadata))
            turns = await asyncio.to_thread(out.prepare)
        self.outbox.submit(sender_id, functools.partial(out.send_parts, turns))
