"""A first-in first-out queue of writes to one database, written by one thread, kept on disk
until written whenever the database keeps it waiting.

Why: a patient's answered turn must not wait for, nor be lost to, a database that is locked,
read-only or on a full disk (issue 13, finding 4). `put()` returns at once; a writer thread
writes the items in order, and while the database refuses them it keeps them in memory AND
in an append-only journal file (JSON lines), retrying with backoff. On start-up a journal
left by a process that died is replayed, in order, before anything new.

An item goes to the journal only once it has had to wait: when the database refuses a write
(every waiting item is journaled then, and everything queued after it until the queue has
drained), or when the caller stops waiting for it (`journal_pending`, which the tracker store
calls before a reply goes out without its turn written). A healthy database never sees a
journal write: writing every item there first, then emptying the file again, cost more CPU
than the write itself under load (make bench). The journal is fsync'd while the database
refuses writes (then the items may wait there a long time). Space for it is reserved ahead
with fallocate, so a full disk still leaves room for a few hundred turns. Only
already-redacted data is ever put in a queue.

A healthy, idle database is written on the caller's own thread (`write_or_put`): when
nothing is queued, no outage is going on and a connection that never waits for a lock
(`write_now`) takes the item at once, it is in the database before the call returns, with
no hand-over to the writer thread and back. That hand-over is what a reply waited for:
the writer thread needs the interpreter lock once per SQLite call, and while the event loop
works on other messages each of those waits up to the switch interval (5 ms), so the wait
for a 1 ms write grew with the load (make bench-ab: p95 at 10 conversations +23%). A write
that cannot be done at once (a lock, a read-only file, a full disk, anything) is rolled
back and queued as before: the thread, the journal and the retries take over. The caller's
connection never checkpoints (a checkpoint syncs the disk); the writer thread does that
between items (`upkeep`, every `upkeep_every` direct writes), holding `commit_lock`. If the
thread has had no CPU to do it for twice that many, writes are queued until it has, so the
log stays bounded on a busy machine too.

Several processes (or stores) on one database each claim their own journal,
`<base>`, `<base>.1`, ..., with an exclusive `flock`; a journal nobody holds belongs to a
process that died and is taken over by the next one that starts.
"""

import ctypes
import ctypes.util
import fcntl
import json
import logging
import os
import threading
import time
from collections import Counter, deque
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Deque, List, Optional

logger = logging.getLogger(__name__)

RESERVE_BYTES = 2 * 1024 * 1024  # journal space kept allocated ahead (a full disk still takes turns)
COMPACT_BYTES = 8 * 1024 * 1024  # rewrite a journal this big that never drained
BATCH = 200  # items per transaction
_FALLOC_FL_KEEP_SIZE = 1


@dataclass
class Entry:
    item: Any
    replayed: bool = False  # read back from a journal: it may already be in the database
    future: Future = field(default_factory=Future)
    journaled: bool = False  # written to the journal (it had to wait)


# A write function gets the batch and returns None (already committed) or a callable that
# commits; the queue calls that under `commit_lock` together with dropping the batch, so a
# reader holding the same lock sees every item exactly once: on disk or pending.
WriteFn = Callable[[List[Entry]], Optional[Callable[[], None]]]


class Refused(Exception):
    """What a write function raises for a database that refuses writes for now."""


class DurableQueue:
    def __init__(
        self,
        name: str,
        journal: Path,
        write: WriteFn,
        *,
        reset: Callable[[], None] = lambda: None,
        commit_lock: Optional[threading.RLock] = None,
        retry: float = 0.2,
        max_retry: float = 2.0,
        transient: Any = (OSError,),
        key: Optional[Callable[[Any], Any]] = None,
        write_now: Optional[WriteFn] = None,
        reset_now: Callable[[], None] = lambda: None,
        upkeep: Optional[Callable[[], None]] = None,
        upkeep_every: int = 200,
    ) -> None:
        self.name, self._write, self._reset = name, write, reset
        self._write_now, self._reset_now = write_now, reset_now  # the caller's thread: never waits
        self._upkeep, self._upkeep_every = upkeep, max(1, int(upkeep_every))
        self._upkeep_due = False
        self._since_upkeep = 0  # direct writes since the writer thread last ran upkeep
        self.written_now = 0  # items written at once on the caller's thread
        self._key = key  # groups items (a conversation) for `has_pending`
        self._pending_keys: Counter = Counter()
        self._journaled = 0  # queued items that are in the journal
        self.commit_lock = commit_lock or threading.RLock()
        self._retry, self._max_retry, self._transient = retry, max_retry, transient
        self._cond = threading.Condition()
        self._entries: Deque[Entry] = deque()
        self._closing = False
        self._fd: Optional[int] = None
        self._size = 0
        self._journal_broken = False
        self.outage_since: Optional[float] = None
        self._written_in_outage = 0
        self._one_at_a_time = False
        self.outages = 0  # times the database started refusing writes
        self.refused_now = 0  # direct writes on the loop the database refused (the queue took them)
        self.journal_failures = 0  # items that could not be journaled (kept in memory only)
        self.journal = self._claim(Path(journal))
        self._replay()
        self._thread = threading.Thread(target=self._run, name=f"durable-{name}", daemon=True)
        self._thread.start()

    # ------------------------------------------------------------------ the caller's side

    def put(self, item: Any) -> Future:
        """Queue one item (JSON-serialisable); the future resolves once it is in the database.
        `future.queue` is this queue (to `journal_pending` when the caller stops waiting)."""
        entry = Entry(item)
        entry.future.queue = self
        with self._cond:
            self._entries.append(entry)
            if self._key is not None:
                self._pending_keys[self._key(item)] += 1
            if self._journaled or self.outage_since is not None:  # keep the journal in queue order
                self._journal_waiting()
            self._cond.notify()
        return entry.future

    def write_or_put(self, item: Any) -> Future:
        """Write the item now, on this thread, if that needs no waiting (see the module's
        docstring); else `put` it. Either way the future resolves once it is in the database:
        at once in the first case."""
        if self._write_now is None or self._entries or self.outage_since is not None or self._closing:
            return self.put(item)
        if self._upkeep is not None and self._since_upkeep >= 2 * self._upkeep_every:
            # The writer thread has not had the CPU to run its upkeep (a busy machine): queue,
            # so the write-ahead log stops growing until it has (the thread runs upkeep first).
            return self.put(item)
        if not self.commit_lock.acquire(blocking=False):  # a reader or the writer holds it
            return self.put(item)
        try:
            entry = self._try_now(item)
        finally:
            self.commit_lock.release()
        return entry.future if entry is not None else self.put(item)

    def _try_now(self, item: Any) -> Optional[Entry]:
        with self._cond:
            if self._entries:  # queued items go first: order is kept
                return None
        entry = Entry(item)
        entry.future.queue = self
        try:
            commit = self._write_now([entry])
            if commit is not None:
                commit()
        except Exception:  # rolled back by reset_now; the queue takes the item, and its cause
            self.refused_now += 1
            try:
                self._reset_now()
            except Exception:
                pass
            return None
        entry.future.set_result(True)
        self.written_now += 1
        self._since_upkeep += 1
        if self._upkeep is not None and self._since_upkeep % self._upkeep_every == 0:
            with self._cond:
                self._upkeep_due = True
                self._cond.notify()
        return entry

    def journal_pending(self) -> None:
        """Put every item still waiting into the journal (the caller stops waiting for them)."""
        with self._cond:
            self._journal_waiting()

    def has_pending(self, key: Any) -> bool:
        """Whether an item of this group (`key` at construction) waits to be written."""
        with self._cond:
            return self._pending_keys.get(key, 0) > 0

    def pending(self) -> List[Any]:
        """The items not yet written, oldest first (hold `commit_lock` for a consistent view)."""
        with self._cond:
            return [e.item for e in self._entries]

    def discard(self, unwanted: Callable[[Any], bool]) -> int:
        """Drop the queued items `unwanted` accepts (an erased conversation's) from memory and
        from the journal, which is rewritten in place; returns how many went."""
        with self.commit_lock, self._cond:
            dropped = [e for e in self._entries if unwanted(e.item)]
            if not dropped:
                return 0
            self._entries = deque(e for e in self._entries if not unwanted(e.item))
            for entry in dropped:
                self._forget(entry)
            if self._fd is not None and self._size:
                keep = [e for e in self._entries if e.journaled]
                data = b"".join(_line(e.item) for e in keep)
                try:
                    os.ftruncate(self._fd, 0)  # the file is opened O_APPEND: this write starts at 0
                    os.write(self._fd, data)
                    os.fsync(self._fd)
                    self._size = len(data)
                except OSError as exc:
                    logger.error("%s: could not rewrite the journal after an erasure (%s)", self.name, exc)
            self._cond.notify_all()
        for entry in dropped:
            if not entry.future.done():
                entry.future.set_result(False)
        return len(dropped)

    def __len__(self) -> int:
        return len(self._entries)

    def flush(self, timeout: float) -> bool:
        """Wait until everything queued so far is written (True) or `timeout` passes."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._entries and time.monotonic() < deadline:
                self._cond.wait(min(0.05, max(0.0, deadline - time.monotonic())))
            return not self._entries

    def close(self, timeout: float = 2.0) -> None:
        """Write what can be written within `timeout`; the rest stays in the journal."""
        self.flush(timeout)
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        self._thread.join(timeout=1.0)
        if self._entries:  # what could not be written in time survives in the journal
            with self._cond:
                self._journal_waiting()
            self._sync_journal()
        if self._fd is not None and not self._entries:
            with self._cond:
                os.ftruncate(self._fd, 0)
                os.close(self._fd)
                self._fd = None
            try:
                self.journal.unlink()
            except OSError:
                pass

    # ------------------------------------------------------------------ the writer thread

    def _run(self) -> None:
        delay = self._retry
        while True:
            with self._cond:
                while not self._entries and not self._closing and not self._upkeep_due:
                    self._cond.wait()
                if self._closing:
                    return
                upkeep, self._upkeep_due = self._upkeep_due, False
                if upkeep:  # before any queued item: a due checkpoint is never dropped
                    self._cond.release()
                    try:
                        self._run_upkeep()
                    finally:
                        self._cond.acquire()
                    continue
                batch = [self._entries[i] for i in range(min(BATCH, len(self._entries)))]
            if self._one_at_a_time:
                batch = batch[:1]
            try:
                self._write_batch(batch)
            except Exception as exc:
                if not self._is_transient(exc):
                    self._bad_batch(batch)
                    continue
                self._refused(exc, batch)
                with self._cond:
                    self._cond.wait(delay)
                delay = min(delay * 2, self._max_retry)
                continue
            self._one_at_a_time = False
            delay = self._retry
            if self.outage_since is not None:
                logger.warning(
                    "%s: the database takes writes again; %d queued item(s) written after %.1f s",
                    self.name,
                    self._written_in_outage,
                    time.monotonic() - self.outage_since,
                )
                self.outage_since = None

    def _run_upkeep(self) -> None:
        """Under `commit_lock`: no write of this process runs meanwhile (a direct one is queued
        instead), so a checkpoint can finish and the write-ahead log start over, not grow."""
        try:
            with self.commit_lock:
                self._since_upkeep = 0
                self._upkeep()
        except Exception as exc:  # a checkpoint that cannot run now runs next time
            logger.debug("%s: upkeep failed (%s)", self.name, exc)

    def _is_transient(self, exc: BaseException) -> bool:
        if callable(self._transient) and not isinstance(self._transient, (tuple, type)):
            return bool(self._transient(exc))
        return isinstance(exc, self._transient)

    def _bad_batch(self, batch: List[Entry]) -> None:
        """Not the database refusing: something about the data. Find the item and set it aside
        (in `<journal>.rejected`), so one bad item never holds up every turn after it."""
        if len(batch) > 1:
            self._one_at_a_time = True
        else:
            logger.exception(
                "%s: an item cannot be written; set aside in %s.rejected", self.name, self.journal
            )
            self._reject(batch[0])

    def _write_batch(self, batch: List[Entry]) -> None:
        try:
            commit = self._write(batch)
            with self.commit_lock:
                if commit is not None:
                    commit()
                self._drop(batch)
        except BaseException:
            try:
                self._reset()  # a fresh connection next time (a read-only one stays read-only)
            except Exception:
                pass
            raise

    def _refused(self, exc: BaseException, batch: List[Entry]) -> None:
        if self.outage_since is None:
            self.outages += 1
            self.outage_since = time.monotonic()
            self._written_in_outage = 0
            logger.error(
                "%s: the database refuses writes (%s: %s); answered turns are kept in %s "
                "and will be written in order when it is back",
                self.name,
                type(exc).__name__,
                exc,
                self.journal,
            )
        with self._cond:
            self._journal_waiting()
        self._sync_journal()

    def _drop(self, batch: List[Entry]) -> None:
        with self._cond:
            for entry in batch:
                if self._entries and self._entries[0] is entry:
                    self._entries.popleft()
                elif any(e is entry for e in self._entries):
                    self._entries = deque(e for e in self._entries if e is not entry)
                else:  # discarded (an erased conversation's) while it was being written
                    continue
                self._forget(entry)
            if self.outage_since is not None:
                self._written_in_outage += len(batch)
            if not self._entries and self._size:  # drained: what the journal holds is written
                self._truncate_journal()
            elif self._size > COMPACT_BYTES:
                self._compact_journal()
            self._cond.notify_all()
        for entry in batch:
            if not entry.future.done():
                entry.future.set_result(True)

    def _reject(self, entry: Entry) -> None:
        try:
            with open(f"{self.journal}.rejected", "a") as out:
                out.write(json.dumps(entry.item) + "\n")
        except OSError:
            pass
        if not entry.future.done():
            entry.future.set_result(False)
        self._drop([entry])

    def _forget(self, entry: Entry) -> None:
        """Bookkeeping for an item that left the queue (written, rejected or discarded)."""
        if entry.journaled:
            self._journaled -= 1
        if self._key is not None:
            key = self._key(entry.item)
            self._pending_keys[key] -= 1
            if self._pending_keys[key] <= 0:
                del self._pending_keys[key]

    # ------------------------------------------------------------------ the journal

    def _journal_waiting(self) -> None:
        """Journal, in order, every queued item not yet in the journal (hold `_cond`)."""
        if self._journaled == len(self._entries):
            return
        for entry in self._entries:
            if not entry.journaled:
                self._append_journal(_line(entry.item))
                entry.journaled = True
                self._journaled += 1

    def _claim(self, base: Path) -> Path:
        """The first of base, base.1, ... that no live process holds; orphans are adopted."""
        base.parent.mkdir(parents=True, exist_ok=True)
        self._orphans: List[Path] = []
        orphan_fds: List[int] = []
        prefix = base.name + "."
        siblings = sorted(
            (p for p in base.parent.glob(prefix + "*") if p.name[len(prefix) :].isdigit()),
            key=lambda p: int(p.name[len(prefix) :]),
        )
        existing = [base] + siblings
        fresh = (base.with_name(f"{prefix}{n}") for n in range(1, 10_000))
        claimed: Optional[Path] = None
        for path in existing + [p for p in fresh if p not in siblings]:
            if claimed is not None and path not in existing:
                break
            try:
                fd = os.open(str(path), os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
            except OSError as exc:
                if claimed is None:
                    logger.error(
                        "%s: no journal at %s (%s): pending items are kept in memory only",
                        self.name,
                        path,
                        exc,
                    )
                    return path
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                continue
            if claimed is None:
                self._fd, claimed = fd, path
            else:  # a journal left by a process that died: replayed after ours, then removed
                self._orphans.append(path)
                orphan_fds.append(fd)
        self._orphan_fds = orphan_fds
        return claimed

    def _replay(self) -> None:
        """Load what a process that died left in the journals, oldest first."""
        count = 0
        for path in [self.journal] + self._orphans:
            try:
                text = path.read_bytes()
            except OSError:
                continue
            for line in text.split(b"\n"):
                if not line.strip(b"\0 \r\t"):
                    continue
                try:
                    item = json.loads(line)
                except ValueError:  # a write torn by a crash
                    logger.error("%s: skipped an unreadable line in %s", self.name, path)
                    continue
                if path == self.journal:
                    self._size += len(line) + 1
                else:
                    self._append_journal(_line(item))
                self._entries.append(Entry(item, replayed=True, journaled=True))
                self._journaled += 1
                if self._key is not None:
                    self._pending_keys[self._key(item)] += 1
                count += 1
        if self._orphans:
            self._sync_journal()
        for path, fd in zip(self._orphans, self._orphan_fds):
            try:
                path.unlink()
            except OSError:
                pass
            os.close(fd)
        if count:
            logger.warning(
                "%s: %d item(s) from a journal left by an earlier run will be written first", self.name, count
            )
        if self._fd is not None:
            self._size = os.fstat(self._fd).st_size
        self._reserve()

    def _append_journal(self, line: bytes) -> None:
        if self._fd is None:
            return
        try:
            written = os.write(self._fd, line)
            if written != len(line):
                raise OSError(f"short write ({written} of {len(line)} bytes)")
            self._size += written
            if self._journal_broken:
                self._journal_broken = False
                logger.warning("%s: the journal %s takes writes again", self.name, self.journal)
        except OSError as exc:
            self.journal_failures += 1
            try:
                os.ftruncate(self._fd, self._size)  # no torn line left behind
            except OSError:
                pass
            if not self._journal_broken:
                self._journal_broken = True
                logger.error(
                    "%s: cannot write the journal %s (%s): pending items are in memory only "
                    "until the database or the disk is back",
                    self.name,
                    self.journal,
                    exc,
                )

    def _sync_journal(self) -> None:
        with self._cond:
            fd = os.dup(self._fd) if self._fd is not None else None
        if fd is not None:
            try:
                os.fsync(fd)
            except OSError:
                pass
            finally:
                os.close(fd)

    def _truncate_journal(self) -> None:
        if self._fd is None or self._size == 0:
            return
        try:
            os.ftruncate(self._fd, 0)
            self._size = 0
            self._reserve()
        except OSError:
            pass

    def _compact_journal(self) -> None:
        """Rewrite a journal that grew without ever draining, keeping only what is pending."""
        if self._fd is None:
            return
        tmp = self.journal.with_name(self.journal.name + ".tmp")
        try:
            data = b"".join(_line(e.item) for e in self._entries)
            fd = os.open(str(tmp), os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND, 0o600)
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            os.write(fd, data)
            os.fsync(fd)
            os.replace(tmp, self.journal)
        except OSError as exc:
            logger.warning("%s: could not compact the journal (%s)", self.name, exc)
            return
        os.close(self._fd)
        self._fd, self._size = fd, len(data)
        for entry in self._entries:
            entry.journaled = True
        self._journaled = len(self._entries)
        self._reserve()

    def _reserve(self) -> None:
        """Allocate journal space ahead (the file's size is unchanged)."""
        if self._fd is None or _fallocate is None:
            return
        try:
            _fallocate(self._fd, _FALLOC_FL_KEEP_SIZE, ctypes.c_longlong(0), ctypes.c_longlong(RESERVE_BYTES))
        except Exception:
            pass


def _line(item: Any) -> bytes:
    return (json.dumps(item, separators=(",", ":")) + "\n").encode()


def _load_fallocate():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        fn = libc.fallocate
        fn.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_longlong, ctypes.c_longlong]
        return fn
    except Exception:
        return None


_fallocate = _load_fallocate()
