"""Fixtures of the end-to-end tests (the shared `servers` is in tests/conftest.py)."""
import pytest


@pytest.fixture(scope="module")
def stand_in():
    """Local stand-ins of the Telegram and Twilio APIs (tests/stand_ins), one per test module,
    so what a patient's app would receive can be read back."""
    from bot.ops.serve import free_port
    from tests.stand_ins.platforms import PlatformStandIn
    platform = PlatformStandIn(free_port()).start()
    yield platform
    platform.stop()
