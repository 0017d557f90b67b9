"""Rasa's Redis lock store, made safe for two servers taking the same conversation at once.

Rasa's RedisLockStore reads the conversation's ticket lock, changes it in Python and writes
it back (GET, then SET). When two servers take a message of the same conversation at the
same moment, both can read "no lock", both issue ticket 0 and both process their message
at once: the events of one turn are then lost or duplicated in the tracker store (the
failure of rasa #9213 and #11253).

Here each change of a ticket lock is one Lua script that Redis runs atomically (issuing a
ticket, finishing one, dropping expired ones), so tickets are handed out one at a time
across every server, in one round trip. (A first version wrapped Rasa's GET-then-SET in a
Redis mutex: eleven round trips per message, about 1.6 ms of the Rasa server's CPU; now
two when the conversation is free: the ticket, and its release.) The lock is stored in
Rasa's own format (a JSON object whose tickets are JSON strings), so Rasa's code reads it.
The expiry times are this server's clock, as in Rasa.

Rasa polls for its turn once a second; a patient whose two messages arrive together would
wait that second. Here it polls every `wait` seconds (0.05 by default: one GET each).

A ticket lives `lock_lifetime` seconds (Rasa's is 60, from TICKET_LOCK_LIFETIME): that is how
long a conversation stays held when the server handling one of its messages dies. The patient
resends (the widget does) and the other server waits for that ticket to expire, so
deploy/cluster/endpoints.yml sets 10 seconds: a message takes well under one second here.
A message waiting for its turn renews its own ticket each time it looks (Rasa's would expire
after the lifetime, and Rasa then gives up on the message), so a long queue loses nothing.

endpoints (deploy/cluster/endpoints.yml):
    lock_store:
      type: bot.lock_store.AtomicRedisLockStore
      url: ${NEEDLE_REDIS_HOST}
      port: ${NEEDLE_REDIS_PORT}
      password: ${NEEDLE_REDIS_PASSWORD}
      db: 1
      lock_lifetime: 10
"""

import asyncio
import json
import time
from contextlib import asynccontextmanager
from typing import Any, AsyncGenerator, Optional, Text

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

POLL = 0.05  # seconds between looks at whether our ticket is being served

# The tickets of KEYS[1] that have not expired at ARGV[1] (Ticket.has_expired: now > expires).
_LIVE = """
local now = tonumber(ARGV[1])
local live = {}
local raw = redis.call('GET', KEYS[1])
if raw then
  local lock = cjson.decode(raw)
  if type(lock.tickets) == 'table' then
    for _, t in ipairs(lock.tickets) do
      local ticket = cjson.decode(t)
      if tonumber(ticket.expires) >= now then table.insert(live, t) end
    end
  end
end
local function number(t) return tonumber(cjson.decode(t).number) end
local function save()
  if #live == 0 then redis.call('DEL', KEYS[1]) return nil end
  local out = cjson.encode({conversation_id = ARGV[2], tickets = live})
  redis.call('SET', KEYS[1], out)
  return out
end
"""
# LockStore.issue_ticket: drop expired tickets, append the next number. Returns {number, lock}.
ISSUE = (
    _LIVE
    + """
local n = 0
if #live > 0 then n = number(live[#live]) + 1 end
table.insert(live, cjson.encode({number = n, expires = now + tonumber(ARGV[3])}))
return {n, save()}
"""
)
# LockStore.cleanup: drop expired tickets and ARGV[3]; delete the lock once nobody waits.
FINISH = (
    _LIVE
    + """
local kept = {}
for _, t in ipairs(live) do if number(t) ~= tonumber(ARGV[3]) then table.insert(kept, t) end end
live = kept
save()
return 1
"""
)
# LockStore.update_lock: drop expired tickets.
EXPIRE = _LIVE + "\nsave()\nreturn 1\n"
# While a message waits for its turn: drop expired tickets and give ARGV[3] (ours) a new
# expiry, now + ARGV[4]. Returns the lock, or nil once our ticket is gone.
RENEW = (
    _LIVE
    + """
local mine = false
for i, t in ipairs(live) do
  local ticket = cjson.decode(t)
  if tonumber(ticket.number) == tonumber(ARGV[3]) then
    mine = true
    live[i] = cjson.encode({number = ticket.number, expires = now + tonumber(ARGV[4])})
  end
end
local out = save()
if not mine then return nil end
return out
"""
)


class AtomicRedisLockStore(RedisLockStore):
    def __init__(
        self, endpoint_config: Optional[EndpointConfig] = None, wait: Any = POLL, **kwargs: Any
    ) -> None:
        if endpoint_config is not None:  # loaded by module path from endpoints.yml
            kwargs = {**endpoint_config.kwargs, **kwargs}
            kwargs.setdefault("host", endpoint_config.url or "localhost")
            wait = kwargs.pop("wait", wait)
        lock_lifetime = kwargs.pop("lock_lifetime", None)
        if not kwargs.get("password"):
            kwargs.pop("password", None)
        super().__init__(**kwargs)
        self.wait = float(wait)
        self.lock_lifetime = float(lock_lifetime) if lock_lifetime else float(LOCK_LIFETIME)
        self._issue = self.red.register_script(ISSUE)
        self._finish = self.red.register_script(FINISH)
        self._expire = self.red.register_script(EXPIRE)
        self._renew = self.red.register_script(RENEW)

    def _issue_ticket(self, conversation_id: Text, lock_lifetime: float):
        try:
            number, raw = self._issue(
                keys=[self.key_prefix + conversation_id],
                args=[repr(time.time()), conversation_id, repr(float(lock_lifetime))],
            )
        except Exception as exc:  # Redis down
            raise LockError(f"Error while acquiring lock. Error:\n{exc}") from exc
        return int(number), raw

    def issue_ticket(self, conversation_id: Text, lock_lifetime: Optional[float] = None) -> int:
        return self._issue_ticket(conversation_id, lock_lifetime or self.lock_lifetime)[0]

    def update_lock(self, conversation_id: Text) -> None:
        self._expire(keys=[self.key_prefix + conversation_id], args=[repr(time.time()), conversation_id])

    def cleanup(self, conversation_id: Text, ticket_number: int) -> None:
        self._finish(
            keys=[self.key_prefix + conversation_id],
            args=[repr(time.time()), conversation_id, str(int(ticket_number))],
        )

    @asynccontextmanager
    async def lock(
        self, conversation_id: Text, lock_lifetime: Optional[float] = None, wait_time_in_seconds: float = 1
    ) -> AsyncGenerator[TicketLock, None]:
        """Rasa's LockStore.lock, without a second look at the lock when the ticket just
        issued is already the one being served (a conversation's usual case). Rasa's agent
        passes no lifetime: this store's `lock_lifetime` applies."""
        lifetime = lock_lifetime or self.lock_lifetime
        ticket, raw = self._issue_ticket(conversation_id, lifetime)
        try:
            lock = TicketLock.from_dict(json.loads(raw))
            if lock.is_locked(ticket):
                lock = await self._wait_for_turn(
                    conversation_id, ticket, min(wait_time_in_seconds, self.wait), lifetime
                )
            yield lock
        finally:
            self.cleanup(conversation_id, ticket)

    async def _wait_for_turn(
        self, conversation_id: Text, ticket: int, wait: float, lifetime: float
    ) -> TicketLock:
        """Rasa's _acquire_lock, except that a waiting ticket is kept alive while its server
        polls: only a ticket whose server stopped (died) expires, however long the queue."""
        while True:
            raw = self._renew(
                keys=[self.key_prefix + conversation_id],
                args=[repr(time.time()), conversation_id, str(int(ticket)), repr(float(lifetime))],
            )
            if raw is None:
                raise LockError(f"Could not acquire lock for conversation_id '{conversation_id}'.")
            lock = TicketLock.from_dict(json.loads(raw))
            if not lock.is_locked(ticket):
                return lock
            await asyncio.sleep(wait)
