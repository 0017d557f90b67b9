"""Shared fixtures, in the style of RasaHQ's financial-demo: a dispatcher, a tracker
factory, a built fixture knowledge base, and (for e2e tests) the real servers. Only fixtures
live here: the plain helpers tests import are in tests/helpers/."""
import os
import shutil
from pathlib import Path
from typing import Any, Dict

import pytest
from rasa_sdk.executor import CollectingDispatcher

from tests.helpers import make_tracker, trained_model

FIXTURE_KB = Path(__file__).parent / "fixtures" / "kb"

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")


@pytest.fixture
def kb_dir(tmp_path) -> Path:
    """A writable copy of the small fixture knowledge base, for tests that break it."""
    target = tmp_path / "kb"
    shutil.copytree(FIXTURE_KB, target)
    return target


@pytest.fixture
def fixture_store(tmp_path, monkeypatch):
    """The fixture knowledge base built into a temporary knowledge.db, used by the actions."""
    from bot.knowledge.build import build
    from bot.knowledge.store import get_store
    db = tmp_path / "knowledge.db"
    build(FIXTURE_KB, db)
    monkeypatch.setenv("NEEDLE_KB_DB", str(db))
    return get_store(db)


@pytest.fixture
def dispatcher() -> CollectingDispatcher:
    return CollectingDispatcher()


@pytest.fixture
def domain() -> Dict[str, Any]:
    return {}


@pytest.fixture
def tracker_factory():
    return make_tracker


@pytest.fixture(scope="module")
def patched_rasa():
    """Rasa with bot/rasa_patches.py applied, as the Rasa server runs it (bot/rasa_server.py),
    and Rasa's originals put back afterwards, so no other test sees a patched Rasa by chance
    (in the style of sqlite-utils' tests/conftest.py: keep the original, patch, yield, restore)."""
    from bot import rasa_patches
    rasa_patches.apply()
    yield rasa_patches
    rasa_patches.restore()


@pytest.fixture(scope="session")
def servers(tmp_path_factory):
    """The real action and Rasa servers on free ports, with the project's trained model."""
    from bot.ops.serve import Servers, free_port
    model = trained_model()
    tmp = tmp_path_factory.mktemp("servers")
    web_port = free_port()  # the demo page with the widget; its origin is allowed like clinic.yml's
    srv = Servers(model=model, rasa_port=free_port(), action_port=free_port(),
                  tracker_db=tmp / "tracker.db", log_dir=tmp / "logs", web_port=web_port,
                  extra_env={"NEEDLE_EXTRA_ORIGINS": f"http://127.0.0.1:{web_port}",
                             "NEEDLE_LOGS_DB": str(tmp / "logs.db")})
    srv.start()
    yield srv
    srv.stop()



@pytest.fixture(scope="module")
def stand_in():
    """Local stand-ins of the Telegram and Twilio APIs (tests/stand_ins), one per test module,
    so what a patient's app would receive can be read back (tests/helpers/platforms.py points
    the servers at it)."""
    from bot.ops.serve import free_port
    from tests.stand_ins.platforms import PlatformStandIn
    platform = PlatformStandIn(free_port()).start()
    yield platform
    platform.stop()

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium driven by Playwright (its own browser download never runs here).
    Module-scoped: Playwright's sync API keeps an event loop running while it is open, which
    would break later tests that start their own loop."""
    sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright
    if not Path(CHROMIUM).exists():
        pytest.fail("chromium is not installed: run `make browser` (apt-get install chromium)")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
