"""Start, watch and stop the processes of a running assistant.

`python -m bot serve` (make run) and the end-to-end tests both use `Servers`: the action
server (127.0.0.1:5055), the Rasa server (127.0.0.1:5005, REST and socket.io; started
through bot/rasa_server.py, which applies bot/rasa_patches.py first) and the
page server with the demo clinic page and the website widget (bot/web.py, when web_port
is set: 127.0.0.1:8080 for `make run`),
with their logs in var/logs/. Ctrl-C or leaving the context stops every process it started.

While `make run` waits (or a test calls `supervise()`), a process that dies is started
again after 1, 2, 4 ... up to 30 s (the wait starts over once it has run for a minute);
the others keep running. Each restart is printed and noted in the process's own log.
The page server's /health reports every process (bot/web.py).

While it waits, it also follows the model: when the model the current training inputs name
(bot/ops/training.py `model_path`: `make train` after an edit of data/) appears, complete and
unchanged for one more look, the running Rasa server loads it in place (bot/model_swap.py),
with no restart and no conversation lost; a crash restart then starts with it too. A model
that fails to load is reported once and the old one keeps answering. Allowed origins need
nothing here: the Rasa server reads clinic.yml's as they are now (bot/channels/origins.py).

Privacy of what is on disk: the servers run with umask 077 and `start()` makes var/ and the
files it already holds private to the service's user (0700 / 0600). Logs are rotated (copy,
then truncate: the processes keep writing) when they pass NEEDLE_LOG_MAX_BYTES (10 MB) and
once a day, NEEDLE_LOG_KEEP (14) files kept; every server's log records are
scrubbed of message text (bot/logprivacy.py). While `make run` waits, expired conversations
are purged once at start and then every NEEDLE_PURGE_INTERVAL (24 h) (bot/review/retention.py),
with the counts in var/logs/purge.log.
"""

import datetime
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

from bot import PROJECT_ROOT, model_swap, settings
from bot.clinic import load_clinic
from bot.errors import NeedleGuideError
from bot.knowledge import db_path
from bot.ops.training import MODELS_DIR, check_model, model_path

VAR_DIR = settings.VAR_DIR
STARTUP_TIMEOUT = 240
BACKOFF_FIRST, BACKOFF_MAX = 1.0, 30.0  # seconds before a crashed process is started again
STABLE_AFTER = 60.0  # a process that ran this long before dying starts with the first wait again
MODEL_POLL = 2.0  # seconds between looks for a newly trained model
LOG_MAX_BYTES = 10 * 1024 * 1024  # a log this big is rotated (NEEDLE_LOG_MAX_BYTES)
LOG_KEEP = 14  # rotated files kept per log (NEEDLE_LOG_KEEP); purge also drops ones past retention
LOG_CHECK = 60.0  # seconds between looks at the logs' size and the date


def port_free(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
            return True
        except OSError:
            return False


def check_ports(ports) -> None:
    for port in ports:
        if not port_free(port):
            raise NeedleGuideError(
                f"port {port} is already in use: stop what runs there "
                f"(another `make run`?) or choose other ports"
            )


# Ports handed out by free_port(): below the kernel's ephemeral range, so an outgoing connection
# (to PostgreSQL, Redis, a replica) opened between choosing a port and listening on it cannot
# take it (a cluster test once failed with "port ... already in use" that way).
_FREE_PORTS = (20000, 32000)


def free_port() -> int:
    """A local port nothing listens on, for tests and one-off servers."""
    for _ in range(200):
        port = secrets.choice(range(*_FREE_PORTS))
        if port_free(port):
            return port
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env_int(name: str, default: int, minimum: int) -> int:
    try:
        value = int((os.environ.get(name) or "").strip() or default)
    except ValueError:
        return default
    return value if value >= minimum else default


def make_private(trees: List[Path], files: List[Path] = ()) -> None:
    """Folders 0700 and files 0600 under each of `trees` (var/, the logs), and the given
    files (a database kept elsewhere) with their -wal/-shm/.pending companions. Only what
    this user owns; a file that vanishes meanwhile is skipped."""

    def fix(path: Path, mode: int) -> None:
        try:
            if path.stat().st_uid == os.getuid() and (path.stat().st_mode & 0o777) != mode:
                os.chmod(path, mode)
        except OSError:
            pass

    for tree in trees:
        tree = Path(tree)
        if not tree.is_dir():
            continue
        fix(tree, 0o700)
        for root, dirs, names in os.walk(tree):
            for d in dirs:
                fix(Path(root) / d, 0o700)
            for n in names:
                fix(Path(root) / n, 0o600)
    for f in files:
        for companion in (Path(f), Path(f"{f}-wal"), Path(f"{f}-shm"), Path(f"{f}.pending")):
            if companion.is_file():
                fix(companion, 0o600)


def small_block_warning(folder: Path) -> Optional[str]:
    """A warning when the databases' folder is on a filesystem with blocks smaller than a
    memory page (an ext4 made on a tiny partition has 1 KB blocks). SQLite memory-maps each
    database's -shm index and allocates it a page at a time; on smaller blocks a full disk
    can leave part of a page unallocated, and touching it kills the server with SIGBUS
    instead of a refused write (tests/e2e/test_tracker_faults.py)."""
    try:
        block = os.statvfs(folder).f_bsize
    except OSError:
        return None
    page = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
    if block >= page:
        return None
    return (
        f"warning: {folder} is on a filesystem with {block}-byte blocks (memory pages are {page} bytes): "
        "if that disk fills up, SQLite can crash the server instead of refusing writes. "
        "Keep var/ on an ordinary disk (4 KB blocks)."
    )


def rotate_log(path: Path, keep: int) -> bool:
    """rasa.log -> rasa.log.1 (rasa.log.1 -> .2 ..., the oldest beyond `keep` dropped), by
    copying then truncating, so a process writing to it (append mode) carries on."""
    path = Path(path)
    try:
        if path.stat().st_size == 0:
            return False
        for i in range(keep - 1, 0, -1):
            older = path.with_name(f"{path.name}.{i}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{i + 1}"))
        shutil.copyfile(path, path.with_name(f"{path.name}.1"))
        os.truncate(path, 0)
        return True
    except OSError:
        return False


def _update_old_ids(logs_db: Path, channels_db: Path, env: Dict[str, str]) -> None:
    """A review log from before keyed pseudonyms gets them (bot/review/migrate_pseudonyms.py)."""
    from bot.pseudonym import key
    from bot.review.migrate_pseudonyms import drop_old_channel_options, migrate_review_log

    try:
        secret = key(env)
        migrate_review_log(logs_db, secret)
        drop_old_channel_options(channels_db, secret)
    except Exception as exc:  # noqa: BLE001 - never stops a start; tried again at the next one
        _report_line(f"old conversation ids not updated yet ({exc.__class__.__name__}: {exc})")


def http_get(url: str, timeout: float = 2.0) -> Optional[str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.read().decode()
    except (urllib.error.URLError, OSError, ValueError):
        return None


@dataclass
class Servers:
    model: Path
    rasa_port: int = 5005
    action_port: int = 5055
    tracker_db: Path = field(default_factory=lambda: settings.tracker_db())
    log_dir: Path = settings.LOG_DIR
    logs_db: Optional[Path] = None  # review database; default NEEDLE_LOGS_DB, else beside tracker_db
    extra_env: Dict[str, str] = field(default_factory=dict)
    endpoints: str = "endpoints.yml"  # the benchmark also serves Rasa's stock plumbing
    # Rasa started through bot/rasa_server.py, with bot/rasa_patches.py applied (False: plain
    # `rasa run`, the benchmark's stock Rasa).
    rasa_patches: bool = True
    web_port: Optional[int] = None  # the demo page and widget (bot/web.py; `make run`: 8080)
    # Where the model for the current training inputs is (None: the model is never swapped).
    # Default: bot.ops.training.model_path for the config the model is named after
    # (models/config-<hash>.tar.gz -> config.yml), when the model is one of ours.
    follow: Optional[Callable[[], Path]] = None
    model_token: str = field(default_factory=lambda: secrets.token_urlsafe(32), repr=False)
    procs: List[subprocess.Popen] = field(default_factory=list)  # actions, rasa, web: in that order
    restarts: Dict[str, int] = field(default_factory=dict)  # name -> times started again
    _children: List["_Child"] = field(default_factory=list, repr=False)
    _stopping: threading.Event = field(default_factory=threading.Event, repr=False)
    _supervisor: Optional[threading.Thread] = field(default=None, repr=False)
    _model_seen: Optional[Tuple[Path, tuple]] = field(default=None, repr=False)  # a new model, last look
    _model_failed: Optional[Tuple[Path, tuple]] = field(default=None, repr=False)  # did not load
    _model_next_look: float = field(default=0.0, repr=False)
    _swapping: Optional[threading.Thread] = field(default=None, repr=False)
    _log_day: str = field(default="", repr=False)
    _log_next_look: float = field(default=0.0, repr=False)
    purging: Optional[object] = field(default=None, repr=False)  # bot.review.retention.PurgeSchedule

    def __post_init__(self) -> None:
        if self.follow is None:
            self.follow = _default_follow(Path(self.model))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}"

    @property
    def page_url(self) -> str:
        return f"http://127.0.0.1:{self.web_port}/"

    @property
    def rest_url(self) -> str:
        return f"{self.url}/webhooks/rest/webhook"

    def env(self) -> Dict[str, str]:
        env = dict(os.environ)
        env.update(
            {
                "NEEDLE_ACTION_URL": f"http://127.0.0.1:{self.action_port}/webhook",
                "NEEDLE_TRACKER_DB": str(Path(self.tracker_db).resolve()),
                "NEEDLE_LOGS_DB": str(self.review_db()),
                "NEEDLE_KB_DB": str(Path(db_path()).resolve()),  # db_path(): NEEDLE_KB_DB, else build/
                "SANIC_HOST": "127.0.0.1",
                "TF_CPP_MIN_LOG_LEVEL": "3",
                "PYTHONWARNINGS": "ignore",
                model_swap.TOKEN_ENV: self.model_token,
            }
        )
        env.update(self.extra_env)
        return env

    def review_db(self) -> Path:
        """logs.db: given, or NEEDLE_LOGS_DB, or next to the tracker store (tracker.db ->
        logs.db, eval-tracker.db -> eval-logs.db), so test and evaluation runs keep theirs apart."""
        if self.logs_db or settings.value("NEEDLE_LOGS_DB"):
            return Path(self.logs_db or settings.logs_db()).resolve()
        tracker = Path(self.tracker_db)
        return tracker.with_name(
            tracker.name.replace("tracker", "logs") if "tracker" in tracker.name else "logs.db"
        ).resolve()

    def start(self) -> "Servers":
        check_ports(filter(None, (self.action_port, self.rasa_port, self.web_port)))
        os.umask(0o077)  # every file the servers create is the service user's alone
        Path(self.tracker_db).parent.mkdir(parents=True, exist_ok=True)
        Path(self.log_dir).mkdir(parents=True, exist_ok=True)
        env = self.env()
        from bot.channels.config import options_db

        make_private(
            [VAR_DIR, Path(self.log_dir)], [Path(self.tracker_db), self.review_db(), Path(options_db(env))]
        )
        _update_old_ids(self.review_db(), Path(options_db(env)), env)
        self.rotate_logs(at_start=True)
        warning = small_block_warning(Path(self.tracker_db).parent)
        if warning:
            _report_line(warning)
        load_clinic(settings.clinic_file(env))  # a clinic.yml never good stops here
        py = sys.executable
        # REST and socket.io from credentials.yml, plus the messaging apps configured in
        # the environment (bot/channels/config.py); private, next to the logs.
        from bot.channels.config import write_credentials

        credentials = write_credentials(Path(self.log_dir).parent / "credentials.yml", env)
        # the action server with its log records scrubbed of message text (Rasa's own are, by
        # bot/rasa_patches.py, which bot/rasa_server.py applies)
        self._spawn(
            [
                py,
                "-m",
                "bot.logprivacy",
                "rasa_sdk",
                "--actions",
                "actions",
                "--port",
                str(self.action_port),
                "--quiet",
            ],
            env,
            "actions.log",
        )
        self._spawn(self.rasa_command(credentials, env), env, "rasa.log")
        if self.web_port:
            self._spawn(
                [py, "-m", "bot.logprivacy", "bot.web", "--port", str(self.web_port), "--rasa-url", self.url],
                env,
                "web.log",
            )
        try:
            self._wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def rasa_command(self, credentials: Path, env: Dict[str, str]) -> List[str]:
        """`rasa run` for this system: through bot/rasa_server.py (the Rasa patches applied)
        unless `rasa_patches` is off."""
        entry = "bot.rasa_server" if self.rasa_patches else "rasa"
        cmd = [
            sys.executable,
            "-m",
            entry,
            "run",
            "--model",
            str(self.model),
            "--interface",
            "127.0.0.1",
            "--port",
            str(self.rasa_port),
            "--credentials",
            str(credentials),
            "--endpoints",
            str(self.endpoints),
            "--quiet",
        ]
        # No --cors: the REST channel sets CORS headers from clinic.yml as it is now.
        token = env.get("RASA_API_TOKEN")
        if token:  # the HTTP API is never exposed without a token
            cmd += ["--enable-api", "--auth-token", token]
        return cmd

    def _spawn(self, cmd: List[str], env: Dict[str, str], log_name: str) -> None:
        child = _Child(log_name.rsplit(".", 1)[0], cmd, env, Path(self.log_dir) / log_name)
        child.launch()
        self._children.append(child)
        self.procs.append(child.proc)

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        checks = [f"http://127.0.0.1:{self.action_port}/health", f"{self.url}/"]
        if self.web_port:
            checks.append(f"{self.page_url}health")
        while time.monotonic() < deadline:
            for proc in self.procs:
                if proc.poll() is not None:
                    raise NeedleGuideError(
                        f"a server exited during start-up (code {proc.returncode}); "
                        f"see {self.log_dir}/actions.log, rasa.log and web.log"
                    )
            if all(http_get(url) for url in checks):
                return
            time.sleep(0.5)
        raise NeedleGuideError(f"servers did not start within {STARTUP_TIMEOUT}s; see {self.log_dir}")

    def rotate_logs(self, at_start: bool = False) -> List[Path]:
        """Rotate each log that is too big, or (once a day, and at start for a log last
        written on an earlier day) all of them; returns the logs rotated."""
        keep = _env_int("NEEDLE_LOG_KEEP", LOG_KEEP, 1)
        max_bytes = _env_int("NEEDLE_LOG_MAX_BYTES", LOG_MAX_BYTES, 1024)
        today = datetime.date.today().isoformat()
        new_day = bool(self._log_day) and self._log_day != today
        self._log_day = today
        rotated = []
        for path in sorted(Path(self.log_dir).glob("*.log")):
            try:
                stat = path.stat()
            except OSError:
                continue
            old = datetime.date.fromtimestamp(stat.st_mtime).isoformat() != today
            if (stat.st_size > max_bytes or new_day or (at_start and old)) and rotate_log(path, keep):
                rotated.append(path)
        return rotated

    def start_purging(self, interval: Optional[float] = None) -> object:
        """Purge expired conversations now and then every `interval` seconds (default
        NEEDLE_PURGE_INTERVAL, 24 h), in the background, until stop()."""
        from bot.review.retention import PurgeSchedule, Stores, purge_interval

        env = self.env()
        stores = Stores.from_env(env, log_dir=Path(self.log_dir))
        log = Path(self.log_dir) / "purge.log"

        def report(line: str) -> None:
            _report_line(line)
            try:
                with open(log, "a", encoding="utf-8") as f:
                    f.write(f"{time.strftime('%Y-%m-%d %H:%M:%S')} {line}\n")
            except OSError:
                pass

        if self.purging is None:
            self.purging = PurgeSchedule(stores, interval or purge_interval(env), report).start()
        return self.purging

    def stop(self) -> None:
        self._stopping.set()  # first, so nothing is started again while stopping
        if self.purging is not None:
            self.purging.stop()
            self.purging = None
        if self._supervisor is not None and self._supervisor is not threading.current_thread():
            self._supervisor.join(timeout=15)
        self._supervisor = None
        procs = list(dict.fromkeys(self.procs + [c.proc for c in self._children if c.proc is not None]))
        for proc in procs:
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        for proc in procs:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
        self.procs.clear()
        self._children.clear()
        self._stopping.clear()

    def __enter__(self) -> "Servers":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def check_children(self, now: Optional[float] = None) -> None:
        """One round of supervision: note every process that died, and start again each one
        whose wait is over. The others are never touched."""
        now = time.monotonic() if now is None else now
        for i, child in enumerate(self._children):
            if child.proc.poll() is not None and child.restart_at is None:
                child.crashed(now)
                _report(
                    f"{child.name} stopped (exit code {child.proc.returncode}); starting it again "
                    f"in {child.backoff:g} s (see {child.log})",
                    child,
                )
            if child.restart_at is not None and now >= child.restart_at and not self._stopping.is_set():
                try:
                    child.launch(now)
                except OSError as exc:  # e.g. out of processes or file handles: try again later
                    child.crashed(now)
                    _report(
                        f"{child.name} could not be started ({exc}); trying again in {child.backoff:g} s",
                        child,
                    )
                    continue
                self.procs[i] = child.proc
                self.restarts[child.name] = self.restarts.get(child.name, 0) + 1
                _report(
                    f"{child.name} started again (pid {child.proc.pid}, restart {self.restarts[child.name]})",
                    child,
                )

    def _watch(self, interval: float = 0.5) -> None:
        while not self._stopping.wait(interval):
            self.check_children()
            self.look_for_model()
            if time.monotonic() >= self._log_next_look:
                self._log_next_look = time.monotonic() + LOG_CHECK
                self.rotate_logs()

    def look_for_model(self, now: Optional[float] = None) -> None:
        """One look for a newly trained model; a complete one is loaded into the running Rasa
        server on a thread of its own, so supervision goes on meanwhile."""
        now = time.monotonic() if now is None else now
        if self.follow is None or now < self._model_next_look or self._stopping.is_set():
            return
        self._model_next_look = now + MODEL_POLL
        if self._swapping is not None and self._swapping.is_alive():
            return
        try:
            wanted = Path(self.follow())
        except (OSError, ValueError) as exc:  # e.g. a file of data/ removed mid-look
            _report_line(f"could not work out which model to serve ({exc}); keeping {Path(self.model).name}")
            return
        if wanted.resolve() == Path(self.model).resolve():
            self._model_seen = None
            return
        look = (wanted, _signature(wanted))
        if look[1] is None or look == self._model_failed:
            return
        if look != self._model_seen:  # new, or still being written: look again next time
            self._model_seen = look
            return
        try:
            check_model(wanted)
        except NeedleGuideError:
            return  # not a whole archive (yet): a later look decides
        self._swapping = threading.Thread(
            target=self._swap_model, args=(look,), name="servers-model-swap", daemon=True
        )
        self._swapping.start()

    def _swap_model(self, look: Tuple[Path, tuple]) -> None:
        wanted = look[0]
        rasa = self._child("rasa")
        try:
            status, answer = model_swap.request(self.url, self.model_token, wanted)
        except OSError as exc:  # Rasa down or restarting: the next look tries again
            self._model_seen = None
            if not self._stopping.is_set():
                _report_line(f"new model {wanted.name} not loaded yet ({exc}); trying again", rasa)
            return
        if status != 200:
            self._model_failed = look
            _report_line(
                f"new model {wanted.name} could not be loaded ({answer.get('error') or status}); "
                f"still answering with {Path(self.model).name}",
                rasa,
            )
            return
        self.model = wanted
        if rasa is not None:  # a crash restart starts with the new model
            rasa.cmd[rasa.cmd.index("--model") + 1] = str(wanted)
        _report_line(
            f"now answering with the new model {wanted.name} (loaded in {answer.get('seconds')} s, "
            f"no restart)",
            rasa,
        )

    def _child(self, name: str) -> Optional["_Child"]:
        return next((c for c in self._children if c.name == name), None)

    def served_model(self) -> Dict[str, Optional[str]]:
        """The model the Rasa server answers with now (its file name and id)."""
        status, answer = model_swap.request(self.url, self.model_token, timeout=10)
        if status != 200:
            raise NeedleGuideError(f"the Rasa server did not name its model (HTTP {status})")
        return answer

    def supervise(self) -> "Servers":
        """Restart crashed processes from a background thread until stop() (for tests and
        embedding; `wait()` does the same in the foreground)."""
        if self._supervisor is None:
            self._supervisor = threading.Thread(target=self._watch, name="servers-supervisor", daemon=True)
            self._supervisor.start()
        return self

    def wait(self) -> None:
        """Block until Ctrl-C (or SIGTERM), restarting any process that dies; then stop all."""

        def interrupt(signum, frame):
            raise KeyboardInterrupt

        # Installed explicitly: a shell starting us in the background leaves SIGINT ignored.
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(sig, interrupt)
        try:
            self.start_purging()  # retention with no cron: at start, then daily
            self._watch(interval=1.0)
        except KeyboardInterrupt:
            print("\nstopping...", flush=True)
        finally:
            self.stop()


@dataclass
class _Child:
    """One supervised process: how to start it, and when to start it again."""

    name: str
    cmd: List[str]
    env: Dict[str, str]
    log: Path
    proc: Optional[subprocess.Popen] = None
    started: float = 0.0
    backoff: float = 0.0
    restart_at: Optional[float] = None

    def launch(self, now: Optional[float] = None) -> None:
        with open(self.log, "ab") as log:  # the child keeps its own copy of the file
            self.proc = subprocess.Popen(
                self.cmd,
                cwd=PROJECT_ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.started, self.restart_at = time.monotonic() if now is None else now, None

    def crashed(self, now: float) -> None:
        if now - self.started >= STABLE_AFTER or not self.backoff:
            self.backoff = BACKOFF_FIRST
        else:
            self.backoff = min(BACKOFF_MAX, self.backoff * 2)
        self.restart_at = now + self.backoff


def _report(text: str, child: _Child) -> None:
    _report_line(text, child)


def _report_line(text: str, child: Optional[_Child] = None) -> None:
    line = f"{time.strftime('%Y-%m-%d %H:%M:%S')} bot serve: {text}"
    print(line, file=sys.stderr, flush=True)
    if child is None:
        return
    try:
        with open(child.log, "a", encoding="utf-8") as log:
            log.write(line + "\n")
    except OSError:
        pass


def _signature(path: Path) -> Optional[tuple]:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size, stat.st_ino


def _default_follow(model: Path) -> Optional[Callable[[], Path]]:
    """models/<config stem>-<16 hex>.tar.gz, trained from <config stem>.yml in the project:
    follow what that config's inputs name now. Anything else is served as given."""
    match = re.fullmatch(r"(.+)-[0-9a-f]{16}\.tar\.gz", model.name)
    if not match or model.resolve().parent != MODELS_DIR.resolve():
        return None
    config = f"{match.group(1)}.yml"
    if not (PROJECT_ROOT / config).is_file():
        return None
    return lambda: model_path(config)
