"""Rasa's Redis lock store, made safe for two servers taking the same conversation at once.

Rasa's RedisLockStore reads the conversation's ticket lock, changes it in Python and writes
it back (GET, then SET). When two servers take a message of the same conversation at the
same moment, both can read "no lock", both issue ticket 0 and both process their message
at once: the events of one turn are then lost or duplicated in the tracker store (the
failure of rasa #9213 and #11253). Here every read-modify-write of a ticket lock (issuing
a ticket, dropping expired ones, finishing) runs under a short Redis mutex of its own
(redis-py's `Lock`, SET NX with an expiry), so tickets are handed out one at a time across
every server.

Rasa polls for its turn once a second; a patient whose two messages arrive together would
wait that second. Here it polls every `wait` seconds (0.05 by default: one GET each).

endpoints (deploy/cluster/endpoints.yml):
    lock_store:
      type: bot.lock_store.AtomicRedisLockStore
      url: ${NEEDLE_REDIS_HOST}
      port: ${NEEDLE_REDIS_PORT}
      password: ${NEEDLE_REDIS_PASSWORD}
      db: 1
"""

from contextlib import asynccontextmanager
from typing import Any, AsyncGenerator, Optional, Text

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

MUTEX_PREFIX = "needle_lock_mutex:"
MUTEX_EXPIRY = 5.0  # seconds: a server that dies holding the mutex frees it by then
MUTEX_WAIT = 5.0  # seconds a server waits for the mutex before the turn fails (LockError)
POLL = 0.05  # seconds between looks at whether our ticket is being served


class AtomicRedisLockStore(RedisLockStore):
    def __init__(
        self, endpoint_config: Optional[EndpointConfig] = None, wait: Any = POLL, **kwargs: Any
    ) -> None:
        if endpoint_config is not None:  # loaded by module path from endpoints.yml
            kwargs = {**endpoint_config.kwargs, **kwargs}
            kwargs.setdefault("host", endpoint_config.url or "localhost")
            wait = kwargs.pop("wait", wait)
        if not kwargs.get("password"):
            kwargs.pop("password", None)
        super().__init__(**kwargs)
        self.wait = float(wait)

    def _mutex(self, conversation_id: Text):
        return self.red.lock(
            MUTEX_PREFIX + conversation_id, timeout=MUTEX_EXPIRY, blocking_timeout=MUTEX_WAIT, sleep=0.002
        )

    def issue_ticket(self, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME) -> int:
        try:
            with self._mutex(conversation_id):
                return super().issue_ticket(conversation_id, lock_lifetime)
        except LockError:
            raise
        except Exception as exc:  # Redis down, or the mutex never came
            raise LockError(f"Error while acquiring lock. Error:\n{exc}") from exc

    def update_lock(self, conversation_id: Text) -> None:
        with self._mutex(conversation_id):
            super().update_lock(conversation_id)

    def cleanup(self, conversation_id: Text, ticket_number: int) -> None:
        with self._mutex(conversation_id):
            super().cleanup(conversation_id, ticket_number)

    @asynccontextmanager
    async def lock(
        self, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME, wait_time_in_seconds: float = 1
    ) -> AsyncGenerator[TicketLock, None]:
        async with super().lock(conversation_id, lock_lifetime, min(wait_time_in_seconds, self.wait)) as lock:
            yield lock
