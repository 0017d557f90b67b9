"""`make cluster`: Needle Guide as a replicated service on this machine.

PostgreSQL keeps the conversations (the tracker store, bot/tracker_store/redacting.py on the
postgresql dialect), the review log (turns, feedback, staff labels, undelivered replies:
bot/review/pg_tables.py) and the messaging apps' follow-up lists, handled deliveries and
encrypted reply addresses (bot/channels/store.py), all chosen by the NEEDLE_PG_* variables; Redis is Rasa's lock store (bot/lock_store.py), two Rasa servers,
each with its own action server, are started and watched by bot/ops/serve.py's `Servers`, and
HAProxy in front balances them: socket.io sticky by client address, REST, Telegram and
Twilio webhooks round-robin. The demo page with the widget (bot/web.py, its feedback and
privacy endpoints) runs once, its widget talking to HAProxy, when `web_port` is set
(`make cluster`: 5081). Each service keeps its data under var/cluster/ (postgres/,
redis/, haproxy/, rasa1/, rasa2/, web/); the configuration files are deploy/cluster/*, rendered
with this machine's ports and paths, so an operator can copy them.

What is missing is installed from Debian (apt-get) when we are root, as `make test` does
for chromium. PostgreSQL runs as the `postgres` user (it refuses root): its data directory
belongs to it, and the folders above it are made traversable (o+x, never readable) for it.
The passwords of PostgreSQL and Redis, and the key that signs the widget's session tokens
(one for all servers: a widget that reconnects to the other replica keeps its
conversation), come from the environment (NEEDLE_PG_PASSWORD, NEEDLE_REDIS_PASSWORD,
NEEDLE_SESSION_SECRET), else are generated once into var/cluster/secrets.env (0600).

`python -m bot cluster run` runs it all in the foreground (Ctrl-C stops); `start` runs that
in the background and returns once HAProxy answers; `stop` stops what `start` started.
"""

import glob
import os
import pwd
import secrets
import shutil
import signal
import string
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

from bot import PROJECT_ROOT, settings
from bot.errors import NeedleGuideError
from bot.ops.serve import Servers, check_ports, http_get

DEPLOY = PROJECT_ROOT / "deploy" / "cluster"
ROOT = settings.CLUSTER_DIR
PACKAGES = {"postgresql": "initdb", "redis-server": "redis-server", "haproxy": "haproxy"}
PG_USER_OS = "postgres"  # the system account PostgreSQL runs as
WEB_PORT = 5081  # `make cluster`'s demo page (start_background passes it as NEEDLE_CLUSTER_WEB_PORT)
SECRETS = ("NEEDLE_PG_PASSWORD", "NEEDLE_REDIS_PASSWORD", "NEEDLE_SESSION_SECRET")


def pg_bin(name: str) -> Optional[str]:
    """Debian keeps initdb and pg_ctl in /usr/lib/postgresql/<version>/bin (newest first)."""
    for folder in sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]), reverse=True
    ):
        if os.access(f"{folder}/{name}", os.X_OK):
            return f"{folder}/{name}"
    return shutil.which(name)


def missing_packages() -> List[str]:
    found = {
        "postgresql": pg_bin("initdb") and pg_bin("pg_ctl"),
        "redis-server": shutil.which("redis-server"),
        "haproxy": shutil.which("haproxy"),
    }
    return [pkg for pkg, ok in found.items() if not ok]


def ensure_installed() -> None:
    """apt-get what is missing (root only); one line saying what to do otherwise."""
    missing = missing_packages()
    if not missing:
        return
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise NeedleGuideError(
            f"{', '.join(missing)} missing: install them (apt-get install {' '.join(missing)})"
        )
    for cmd in (["apt-get", "update"], ["apt-get", "install", "-y", *missing]):
        result = subprocess.run(
            cmd, capture_output=True, text=True, env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        )
        if result.returncode != 0:
            raise NeedleGuideError(f"`{' '.join(cmd)}` failed: {result.stderr.strip()[-300:]}")
    if missing_packages():
        raise NeedleGuideError(f"{', '.join(missing_packages())} still missing after apt-get install")


def render(template: str, values: Dict[str, str], target: Path) -> Path:
    text = string.Template((DEPLOY / template).read_text(encoding="utf-8")).substitute(values)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target


def make_traversable(path: Path) -> None:
    """o+x (not o+r) on each folder above `path` that we own, so the postgres user reaches
    its data directory; nothing becomes listable or readable."""
    for folder in Path(path).resolve().parents:
        try:
            st = folder.stat()
        except OSError:
            continue
        if st.st_uid == os.getuid() and not st.st_mode & 0o001:
            os.chmod(folder, (st.st_mode & 0o7777) | 0o001)


def _secrets(root: Path) -> Dict[str, str]:
    """Passwords: from the environment, else generated once into <root>/secrets.env."""
    path = root / "secrets.env"
    saved: Dict[str, str] = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if "=" in line:
                k, v = line.split("=", 1)
                saved[k.strip()] = v.strip()
    values = {}
    for name in SECRETS:
        values[name] = os.environ.get(name) or saved.get(name) or secrets.token_urlsafe(24)
    if any(saved.get(k) != v for k, v in values.items()) and not all(os.environ.get(k) for k in values):
        root.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write("".join(f"{k}={v}\n" for k, v in values.items()))
    return values


def _run(cmd: List[str], what: str, timeout: float = 120) -> str:
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise NeedleGuideError(f"{what} failed: {(result.stderr or result.stdout).strip()[-400:]}")
    return result.stdout


def _as_postgres(cmd: List[str]) -> List[str]:
    return ["runuser", "-u", PG_USER_OS, "--", *cmd] if os.geteuid() == 0 else cmd


@dataclass
class Cluster:
    model: Optional[Path] = None
    root: Path = ROOT
    replicas: int = 2
    host: str = "127.0.0.1"
    front_port: int = 5080
    pg_port: int = 5433
    redis_port: int = 6380
    rasa_ports: List[int] = field(default_factory=lambda: [5006, 5007])
    action_ports: List[int] = field(default_factory=lambda: [5056, 5057])
    pg_db: str = "needle"
    pg_user: str = "needle"
    endpoints: Path = DEPLOY / "endpoints.yml"
    extra_env: Dict[str, str] = field(default_factory=dict)
    servers: List[Servers] = field(default_factory=list)
    web_port: Optional[int] = None  # the demo page and widget; None: not started
    web_proc: Optional[subprocess.Popen] = None

    def __post_init__(self) -> None:
        self.root = Path(self.root).resolve()
        self.passwords = _secrets(self.root)
        if self.web_port is None and os.environ.get("NEEDLE_CLUSTER_WEB_PORT"):
            self.web_port = int(os.environ["NEEDLE_CLUSTER_WEB_PORT"])

    # ------------------------------------------------------------------ where things are
    @property
    def pg_dir(self) -> Path:
        return self.root / "postgres"

    @property
    def front_url(self) -> str:
        return f"http://{self.host}:{self.front_port}"

    @property
    def rest_url(self) -> str:
        return f"{self.front_url}/webhooks/rest/webhook"

    @property
    def page_url(self) -> str:
        return f"http://{self.host}:{self.web_port}/"

    def replica_url(self, i: int) -> str:
        return f"http://{self.host}:{self.rasa_ports[i]}"

    @property
    def logs_db(self) -> Path:
        return self.root / "logs.db"

    def env(self) -> Dict[str, str]:
        """What the Rasa servers read from the environment (deploy/cluster/endpoints.yml)."""
        return {
            "NEEDLE_PG_HOST": self.host,
            "NEEDLE_PG_PORT": str(self.pg_port),
            "NEEDLE_PG_DB": self.pg_db,
            "NEEDLE_PG_USER": self.pg_user,
            "NEEDLE_PG_PASSWORD": self.passwords["NEEDLE_PG_PASSWORD"],
            "NEEDLE_REDIS_HOST": self.host,
            "NEEDLE_REDIS_PORT": str(self.redis_port),
            "NEEDLE_REDIS_PASSWORD": self.passwords["NEEDLE_REDIS_PASSWORD"],
            "NEEDLE_LOGS_DB": str(self.logs_db),
            "NEEDLE_CHANNEL_DB": str(self.root / "channels.db"),
            "NEEDLE_SESSION_SECRET": self.passwords["NEEDLE_SESSION_SECRET"],
            **self.page_origin(),
            **self.extra_env,
        }

    def page_origin(self) -> Dict[str, str]:
        """The demo page's origin, allowed to open the widget's socket (as clinic.yml's are)."""
        if not self.web_port:
            return {}
        extra = os.environ.get("NEEDLE_EXTRA_ORIGINS", "")
        return {"NEEDLE_EXTRA_ORIGINS": f"{extra} http://{self.host}:{self.web_port}".strip()}

    def dsn(self, db: Optional[str] = None) -> Dict[str, str]:
        """psycopg2.connect(**dsn) for tests, tools and the bench."""
        return {
            "host": self.host,
            "port": str(self.pg_port),
            "dbname": db or self.pg_db,
            "user": self.pg_user,
            "password": self.passwords["NEEDLE_PG_PASSWORD"],
            "connect_timeout": "3",
        }

    # ------------------------------------------------------------------ PostgreSQL
    def init_postgres(self) -> None:
        """A new cluster (initdb) owned by the postgres user, password logins only."""
        pw = pwd.getpwnam(PG_USER_OS) if os.geteuid() == 0 else None
        self.root.mkdir(parents=True, exist_ok=True)
        make_traversable(self.pg_dir)
        os.chmod(self.root, 0o711)
        if not (self.pg_dir / "PG_VERSION").is_file():
            self.pg_dir.mkdir(mode=0o700, exist_ok=True)
            pwfile = self.root / ".pgpass-init"
            pwfile.write_text(self.passwords["NEEDLE_PG_PASSWORD"] + "\n")
            if pw:
                os.chown(self.pg_dir, pw.pw_uid, pw.pw_gid)
                os.chown(pwfile, pw.pw_uid, pw.pw_gid)
            try:
                _run(
                    _as_postgres(
                        [
                            pg_bin("initdb"),
                            "-D",
                            str(self.pg_dir),
                            "-U",
                            self.pg_user,
                            f"--pwfile={pwfile}",
                            "--auth=scram-sha-256",
                            "-E",
                            "UTF8",
                            "--locale=C",
                        ]
                    ),
                    "initdb",
                )
            finally:
                pwfile.unlink(missing_ok=True)
        shutil.copyfile(DEPLOY / "pg_hba.conf", self.pg_dir / "pg_hba.conf")
        render(
            "postgresql.conf",
            {"pg_host": self.host, "pg_port": str(self.pg_port)},
            self.pg_dir / "needle.conf",
        )
        main_conf = self.pg_dir / "postgresql.conf"
        if "include_if_exists = 'needle.conf'" not in main_conf.read_text():
            with open(main_conf, "a") as f:
                f.write("\ninclude_if_exists = 'needle.conf'\n")
        if pw:
            for name in ("pg_hba.conf", "needle.conf"):
                os.chown(self.pg_dir / name, pw.pw_uid, pw.pw_gid)
                os.chmod(self.pg_dir / name, 0o600)

    def pg_ctl(self, *args: str, timeout: float = 90) -> str:
        make_traversable(self.pg_dir)
        return _run(
            _as_postgres([pg_bin("pg_ctl"), "-D", str(self.pg_dir), *args]), f"pg_ctl {args[0]}", timeout
        )

    def postgres_running(self) -> bool:
        if not (self.pg_dir / "PG_VERSION").is_file():
            return False
        make_traversable(self.pg_dir)
        return (
            subprocess.run(
                _as_postgres([pg_bin("pg_ctl"), "-D", str(self.pg_dir), "status"]), capture_output=True
            ).returncode
            == 0
        )

    def start_postgres(self) -> None:
        self.init_postgres()
        if not self.postgres_running():
            self.pg_ctl("-l", str(self.pg_dir / "server.log"), "-w", "-t", "60", "start")
        self.create_database()

    def stop_postgres(self, mode: str = "fast") -> None:
        if self.postgres_running():
            self.pg_ctl("-m", mode, "-w", "-t", "60", "stop")

    def create_database(self) -> None:
        """The conversations' database and Rasa's events table, made once here so that the
        Rasa servers, starting together, never race to create them."""
        import psycopg2
        import sqlalchemy as sa
        from rasa.core.tracker_store import SQLTrackerStore

        conn = psycopg2.connect(**self.dsn("postgres"))
        try:
            conn.autocommit = True
            with conn.cursor() as cur:
                cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (self.pg_db,))
                if cur.fetchone() is None:
                    cur.execute(f'CREATE DATABASE "{self.pg_db}"')
        finally:
            conn.close()
        url = sa.engine.url.URL.create(
            drivername="postgresql",
            username=self.pg_user,
            password=self.passwords["NEEDLE_PG_PASSWORD"],
            host=self.host,
            port=self.pg_port,
            database=self.pg_db,
        )
        engine = sa.create_engine(url)
        try:
            SQLTrackerStore.Base.metadata.create_all(engine)
        finally:
            engine.dispose()

    # ------------------------------------------------------------------ Redis, HAProxy
    def start_redis(self) -> None:
        folder = self.root / "redis"
        folder.mkdir(parents=True, exist_ok=True)
        conf = render(
            "redis.conf",
            {
                "redis_host": self.host,
                "redis_port": str(self.redis_port),
                "redis_password": self.passwords["NEEDLE_REDIS_PASSWORD"],
                "redis_dir": str(folder),
            },
            folder / "redis.conf",
        )
        os.chmod(conf, 0o600)
        if not self._redis_ping():
            _run([shutil.which("redis-server"), str(conf)], "redis-server")
        deadline = time.monotonic() + 15
        while not self._redis_ping():
            if time.monotonic() > deadline:
                raise NeedleGuideError(
                    f"Redis did not answer on port {self.redis_port}; see {folder}/redis.log"
                )
            time.sleep(0.2)

    def _redis_ping(self) -> bool:
        import redis

        try:
            return bool(
                redis.Redis(
                    host=self.host,
                    port=self.redis_port,
                    socket_timeout=1,
                    password=self.passwords["NEEDLE_REDIS_PASSWORD"],
                ).ping()
            )
        except Exception:  # noqa: BLE001 - not up (yet)
            return False

    def stop_redis(self) -> None:
        _stop_pidfile(self.root / "redis" / "redis.pid")

    def start_haproxy(self) -> None:
        folder = self.root / "haproxy"
        folder.mkdir(parents=True, exist_ok=True)
        servers = "\n".join(
            f"    server rasa{i + 1} {self.host}:{port} check"
            for i, port in enumerate(self.rasa_ports[: self.replicas])
        )
        cfg = render(
            "haproxy.cfg",
            {
                "haproxy_dir": str(folder),
                "front_host": self.host,
                "front_port": str(self.front_port),
                "rasa_servers": servers,
            },
            folder / "haproxy.cfg",
        )
        _run([shutil.which("haproxy"), "-c", "-q", "-f", str(cfg)], "haproxy -c")
        self.stop_haproxy()
        _run([shutil.which("haproxy"), "-D", "-f", str(cfg), "-p", str(folder / "haproxy.pid")], "haproxy")

    def stop_haproxy(self) -> None:
        _stop_pidfile(self.root / "haproxy" / "haproxy.pid")

    # ------------------------------------------------------------------ Rasa and action servers
    def make_servers(self) -> List[Servers]:
        if self.model is None:
            raise NeedleGuideError("no model to serve")
        self.servers = [
            Servers(
                model=Path(self.model),
                rasa_port=self.rasa_ports[i],
                action_port=self.action_ports[i],
                tracker_db=self.root / f"rasa{i + 1}" / "unused-tracker.db",
                log_dir=self.root / f"rasa{i + 1}" / "logs",
                logs_db=self.logs_db,
                endpoints=str(self.endpoints),
                extra_env=self.env(),
            )
            for i in range(self.replicas)
        ]
        return self.servers

    def start_replicas(self) -> None:
        """All replicas at once (each takes a minute of CPU to load the model)."""
        errors: List[BaseException] = []

        def one(srv: Servers) -> None:
            try:
                srv.start()
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        threads = [threading.Thread(target=one, args=(s,)) for s in self.make_servers()]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        make_traversable(self.pg_dir)  # Servers.start made var/ private again
        if errors:
            for s in self.servers:
                s.stop()
            raise errors[0] if isinstance(errors[0], NeedleGuideError) else NeedleGuideError(str(errors[0]))
        for s in self.servers:
            s.supervise()

    # ------------------------------------------------------------------ the demo page
    def start_web(self, timeout: float = 60) -> None:
        """One page server (bot/web.py) whose widget talks to HAProxy, so a browser takes the
        same path as a patient's: feedback goes to PostgreSQL, privacy requests to the cluster's stores."""
        if not self.web_port:
            return
        folder = self.root / "web"
        folder.mkdir(parents=True, exist_ok=True)
        env = {
            **os.environ,
            **self.env(),
            "PYTHONUNBUFFERED": "1",
            "NEEDLE_ACTION_URL": f"http://{self.host}:{self.action_ports[0]}/webhook",
        }
        with open(folder / "web.log", "ab") as log:
            self.web_proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "bot.logprivacy",
                    "bot.web",
                    "--host",
                    self.host,
                    "--port",
                    str(self.web_port),
                    "--rasa-url",
                    self.front_url,
                ],
                cwd=PROJECT_ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        while not http_get(self.page_url):
            if self.web_proc.poll() is not None or time.monotonic() > deadline:
                raise NeedleGuideError(f"the page server did not start; see {folder}/web.log")
            time.sleep(0.3)

    def stop_web(self) -> None:
        proc, self.web_proc = self.web_proc, None
        if proc is None or proc.poll() is not None:
            return
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)

    # ------------------------------------------------------------------ all of it
    def start(self) -> "Cluster":
        ensure_installed()
        check_ports(
            [
                self.front_port,
                *self.rasa_ports[: self.replicas],
                *self.action_ports[: self.replicas],
                *([self.web_port] if self.web_port else []),
            ]
        )
        os.umask(0o077)
        try:
            self.start_postgres()
            self.start_redis()
            self.start_replicas()
            self.start_haproxy()
            self.wait_front()
            self.start_web()
        except BaseException:
            self.stop()
            raise
        return self

    def wait_front(self, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while not http_get(self.front_url + "/"):
            if time.monotonic() > deadline:
                raise NeedleGuideError(
                    f"HAProxy does not answer on {self.front_url}; see {self.root}/haproxy"
                )
            time.sleep(0.3)

    def stop(self) -> None:
        self.stop_web()
        for srv in self.servers:
            srv.stop()
        self.servers = []
        self.stop_haproxy()
        self.stop_redis()
        try:
            self.stop_postgres()
        except NeedleGuideError as exc:
            print(f"warning: {exc}", file=sys.stderr)

    def wait(self) -> None:
        """Foreground: until Ctrl-C or SIGTERM (`bot cluster stop`), then stop everything."""

        def interrupt(signum, frame):
            raise KeyboardInterrupt

        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(sig, interrupt)
        try:
            if self.servers:  # retention, once for all replicas (bot/review/retention.py; PostgreSQL too)
                self.servers[0].start_purging()
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            print("\nstopping the cluster...", flush=True)
        finally:
            self.stop()

    def summary(self) -> str:
        lines = [
            f"Needle Guide cluster: {self.replicas} Rasa servers behind HAProxy",
            f"  REST:       POST {self.rest_url}",
            f"  socket.io:  {self.front_url}/socket.io (sticky per client address)",
            *(
                [f"  page:       {self.page_url} (the demo page; its widget goes through HAProxy)"]
                if self.web_port
                else []
            ),
            "  replicas:   " + ", ".join(self.replica_url(i) for i in range(self.replicas)),
            f"  PostgreSQL: {self.host}:{self.pg_port} database {self.pg_db} (data {self.pg_dir})",
            f"  Redis:      {self.host}:{self.redis_port} (lock store)",
            f"  logs:       {self.root}/rasa*/logs, {self.root}/cluster.log",
        ]
        return "\n".join(lines)


def _stop_pidfile(path: Path, timeout: float = 15) -> None:
    try:
        pid = int(Path(path).read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        Path(path).unlink(missing_ok=True)
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    Path(path).unlink(missing_ok=True)


# ---------------------------------------------------------------------- background control


def start_background(model: Path, root: Path = ROOT, timeout: float = 420) -> int:
    """`make cluster`: `python -m bot cluster run` in the background; returns once it answers."""
    pidfile = Path(root) / "cluster.pid"
    if running_pid(root):
        raise NeedleGuideError(
            f"the cluster is already running (pid {running_pid(root)}): make cluster-stop first"
        )
    Path(root).mkdir(parents=True, exist_ok=True)
    log = open(Path(root) / "cluster.log", "ab")
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "cluster", "run", "--model", str(model)],
        cwd=PROJECT_ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        env={
            **os.environ,
            "NEEDLE_CLUSTER_WEB_PORT": os.environ.get("NEEDLE_CLUSTER_WEB_PORT", str(WEB_PORT)),
        },
    )
    pidfile.write_text(str(proc.pid))
    deadline = time.monotonic() + timeout
    ready = Path(root) / "ready"
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pidfile.unlink(missing_ok=True)
            tail = (Path(root) / "cluster.log").read_text(errors="replace").strip().splitlines()[-5:]
            raise NeedleGuideError("the cluster did not start:\n  " + "\n  ".join(tail))
        if ready.is_file() and ready.stat().st_mtime >= pidfile.stat().st_mtime - 1:
            print(ready.read_text(), flush=True)
            return proc.pid
        time.sleep(1)
    raise NeedleGuideError(f"the cluster did not start within {timeout:.0f}s; see {root}/cluster.log")


def running_pid(root: Path = ROOT) -> Optional[int]:
    try:
        pid = int((Path(root) / "cluster.pid").read_text())
        os.kill(pid, 0)
        return pid
    except (OSError, ValueError):
        return None


def stop_background(root: Path = ROOT) -> bool:
    """`make cluster-stop`: SIGTERM to `cluster run` (it stops everything it started); then
    whatever a killed run left behind (HAProxy, Redis, PostgreSQL) by their pid files."""
    pid = running_pid(root)
    if pid:
        _stop_pidfile(Path(root) / "cluster.pid", timeout=90)
    (Path(root) / "ready").unlink(missing_ok=True)
    leftover = Cluster(root=root)
    leftover.stop_haproxy()
    leftover.stop_redis()
    if pg_bin("pg_ctl"):
        try:
            leftover.stop_postgres()
        except NeedleGuideError as exc:
            print(f"warning: {exc}", file=sys.stderr)
    return bool(pid)
