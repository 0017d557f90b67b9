"""Telegram and Twilio (SMS, WhatsApp) as the end-to-end tests meet them: the credentials the
servers are given, a patient's chat or phone posting webhooks the way the platform does, and
the real servers started with those platforms pointed at a local stand-in
(tests/stand_ins/platforms.py), so no test needs its own copy of the set-up."""

import itertools
import json
import random
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

from twilio.request_validator import RequestValidator

from tests.helpers import trained_model

TG_TOKEN = "123456789:AAFakeTokenForTheLocalStandIn_abcdefghij"
TW_SID = "AC" + "0" * 30 + "42"
TW_TOKEN = "test-auth-token-0123456789abcdef"
TW_SMS_NUMBER = "+16045550100"
TW_WA_NUMBER = "+14155238886"
TW_WEBHOOK = "https://clinic.example.org/webhooks/twilio/webhook"  # the public URL Twilio signs
IDS = itertools.count(1)  # update, message and delivery ids: one counter, so none repeats by chance

# the cluster's own Twilio account (tests/cluster), kept apart from the single-server one above
CLUSTER_TWILIO = {
    "TWILIO_ACCOUNT_SID": "AC" + "0" * 30 + "18",
    "TWILIO_AUTH_TOKEN": "cluster-test-auth-token-0123456789",
    "TWILIO_WEBHOOK_URL": "https://clinic.example.org/webhooks/twilio/webhook",
    "TWILIO_SMS_NUMBER": "+16045550118",
}


def cluster_sms_fields(sender: str, body: str) -> Dict[str, str]:
    """An SMS webhook of the cluster's Twilio account (tests/cluster), with a fresh MessageSid
    (random prefix: the cluster's PostgreSQL keeps handled ids across test runs)."""
    sid = f"SM{random.randrange(10**8):08d}{next(IDS):024d}"
    return {
        "MessageSid": sid,
        "SmsMessageSid": sid,
        "SmsSid": sid,
        "AccountSid": CLUSTER_TWILIO["TWILIO_ACCOUNT_SID"],
        "From": sender,
        "To": CLUSTER_TWILIO["TWILIO_SMS_NUMBER"],
        "Body": body,
        "NumMedia": "0",
        "NumSegments": "1",
        "SmsStatus": "received",
        "ApiVersion": "2010-04-01",
    }


def cluster_sms_post(server, fields: Dict[str, str]) -> int:
    """POST a signed SMS webhook of the cluster's Twilio account to one server: the status."""
    signature = RequestValidator(CLUSTER_TWILIO["TWILIO_AUTH_TOKEN"]).compute_signature(
        CLUSTER_TWILIO["TWILIO_WEBHOOK_URL"], fields
    )
    req = urllib.request.Request(
        f"{server.url}/webhooks/twilio/webhook",
        urllib.parse.urlencode(fields).encode(),
        {"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": signature},
    )
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status
    except urllib.error.HTTPError as exc:
        return exc.code


def telegram_env(stand_in) -> Dict[str, str]:
    """What a clinic sets for Telegram, with the API pointed at the stand-in."""
    return {"TELEGRAM_TOKEN": TG_TOKEN, "TELEGRAM_API_URL": stand_in.url}


def twilio_env(stand_in) -> Dict[str, str]:
    """What a clinic sets for Twilio SMS, with the API pointed at the stand-in."""
    return {
        "TWILIO_ACCOUNT_SID": TW_SID,
        "TWILIO_AUTH_TOKEN": TW_TOKEN,
        "TWILIO_WEBHOOK_URL": TW_WEBHOOK,
        "TWILIO_SMS_NUMBER": TW_SMS_NUMBER,
        "TWILIO_API_URL": stand_in.url,
    }


def start_servers(folder: Path, env: Dict[str, str], web_port: Optional[int] = None):
    """The real action and Rasa servers (and the page server when `web_port` is given) with the
    trained model, writing their databases and logs under `folder`. Started, not yet stopped:
    the caller stops them. When Telegram is configured, `telegram_secret` is the secret the
    assistant generated beside channels.db, the one the webhooks must carry."""
    from bot.ops.serve import Servers, free_port

    srv = Servers(
        model=trained_model(),
        rasa_port=free_port(),
        action_port=free_port(),
        web_port=web_port,
        tracker_db=folder / "tracker.db",
        log_dir=folder / "logs",
        extra_env=env,
    )
    srv.start()
    if "TELEGRAM_TOKEN" in env:
        srv.telegram_secret = Path(env["NEEDLE_CHANNEL_DB"]).with_name("telegram-secret").read_text().strip()
    return srv


def post(url: str, body: bytes, headers: Dict[str, str]) -> Tuple[int, str]:
    req = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()


class TelegramChat:
    def __init__(self, servers, stand_in):
        self.url = f"{servers.url}/webhooks/telegram/webhook"
        self.secret = servers.telegram_secret
        self.stand_in = stand_in
        self.chat_id = random.randrange(10**8, 10**9)

    def update(self, **fields: Any) -> Dict[str, Any]:
        return {"update_id": next(IDS), **fields}

    def message(self, **fields: Any) -> Dict[str, Any]:
        return {
            "message_id": next(IDS),
            "date": 1700000000,
            "chat": {"id": self.chat_id, "type": "private"},
            "from": {"id": self.chat_id, "is_bot": False, "first_name": "Pat"},
            **fields,
        }

    def post(
        self, update: Any, secret: Optional[str] = "right", raw: Optional[bytes] = None
    ) -> Tuple[int, str]:
        headers = {"Content-Type": "application/json"}
        if secret == "right":
            secret = self.secret
        if secret is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        return post(self.url, raw if raw is not None else json.dumps(update).encode(), headers)

    def sent(self) -> List[Dict[str, Any]]:
        return [
            c["params"]
            for c in self.stand_in.recorded("telegram", "sendMessage")
            if str(c["params"].get("chat_id")) == str(self.chat_id)
        ]

    def say(self, text: str) -> List[Dict[str, Any]]:
        before = len(self.sent())
        status, _ = self.post(self.update(message=self.message(text=text)))
        assert status == 200
        self.stand_in.wait_for(lambda calls: len(self.sent()) > before, "telegram", "sendMessage")
        return self.sent()[before:]

    def tap(self, data: str) -> List[Dict[str, Any]]:
        before = len(self.sent())
        query = {
            "id": str(next(IDS)),
            "chat_instance": "1",
            "data": data,
            "from": {"id": self.chat_id, "is_bot": False, "first_name": "Pat"},
            "message": self.message(text="(the bot's earlier message)"),
        }
        status, _ = self.post(self.update(callback_query=query))
        assert status == 200
        self.stand_in.wait_for(lambda calls: len(self.sent()) > before, "telegram", "sendMessage")
        return self.sent()[before:]


def twilio_fields(sender: str, body: str, whatsapp: bool, **extra: str) -> Dict[str, str]:
    to = f"whatsapp:{TW_WA_NUMBER}" if whatsapp else TW_SMS_NUMBER
    sid = f"SM{next(IDS):032d}"
    fields = {
        "ToCountry": "CA",
        "ToState": "BC",
        "SmsMessageSid": sid,
        "NumMedia": "0",
        "ToCity": "VANCOUVER",
        "FromZip": "",
        "SmsSid": sid,
        "FromState": "BC",
        "SmsStatus": "received",
        "FromCity": "VANCOUVER",
        "Body": body,
        "FromCountry": "CA",
        "To": to,
        "ToZip": "",
        "NumSegments": "1",
        "MessageSid": sid,
        "AccountSid": TW_SID,
        "From": sender,
        "ApiVersion": "2010-04-01",
    }
    if whatsapp:
        fields.update({"ProfileName": "Pat", "WaId": sender.split("+")[-1], "SmsStatus": "received"})
    fields.update(extra)
    return fields


class Phone:
    def __init__(self, servers, stand_in, whatsapp: bool = False, number: Optional[str] = None):
        self.url = f"{servers.url}/webhooks/twilio/webhook"
        self.stand_in = stand_in
        self.whatsapp = whatsapp
        self.number = number or f"+1604{random.randrange(10**6, 10**7)}"
        self.address = f"whatsapp:{self.number}" if whatsapp else self.number

    def post(
        self, fields: Dict[str, str], signature: Optional[str] = "sign", raw: Optional[bytes] = None
    ) -> Tuple[int, str]:
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        if signature == "sign":
            signature = RequestValidator(TW_TOKEN).compute_signature(TW_WEBHOOK, fields)
        if signature is not None:
            headers["X-Twilio-Signature"] = signature
        return post(self.url, raw if raw is not None else urllib.parse.urlencode(fields).encode(), headers)

    def sent(self) -> List[Dict[str, Any]]:
        return [
            c["params"] for c in self.stand_in.recorded("twilio") if c["params"].get("To") == self.address
        ]

    def say(self, text: str, **extra: str) -> List[str]:
        before = len(self.sent())
        status, _ = self.post(twilio_fields(self.address, text, self.whatsapp, **extra))
        assert status == 200
        self.stand_in.wait_for(lambda calls: len(self.sent()) > before, "twilio", "Messages")
        return [m["Body"] for m in self.sent()[before:]]
