"""Chromium driven by Playwright (headless, Debian's chromium; the network is closed, so
Playwright's own browser download is never used)."""

from pathlib import Path

import pytest

from bot import PROJECT_ROOT

SCREENSHOTS = PROJECT_ROOT / "reports" / "screenshots"


@pytest.fixture
def context(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    ctx.set_default_timeout(30_000)
    yield ctx
    ctx.close()


@pytest.fixture
def phone_context(browser):
    ctx = browser.new_context(
        viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True, device_scale_factor=2
    )
    ctx.set_default_timeout(30_000)
    yield ctx
    ctx.close()


@pytest.fixture
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
