"""The replicated service (make cluster, issue 18), started once for the whole session
from Debian's packages (bot/ops/cluster.py): PostgreSQL, Redis, HAProxy, two Rasa servers with
their action servers, and the demo page server whose widget talks to HAProxy.

Skipped, with the reason, only where PostgreSQL, Redis or HAProxy cannot be installed or
started here; everything after that (the Rasa servers, the answers) must work."""
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from bot.errors import NeedleGuideError
from tests.helpers import trained_model
from tests.helpers.platforms import CLUSTER_TWILIO as TWILIO


@pytest.fixture(scope="session")
def platforms():
    """A local stand-in of Twilio's API: the replicas send their SMS replies to it."""
    from bot.ops.serve import free_port
    from tests.stand_ins.platforms import PlatformStandIn
    stand_in = PlatformStandIn(free_port()).start()
    yield stand_in
    stand_in.stop()


@pytest.fixture(scope="session")
def cluster(platforms):
    from bot.ops.cluster import Cluster, ensure_installed
    from bot.ops.serve import free_port
    try:
        ensure_installed()
    except NeedleGuideError as exc:
        pytest.skip(f"PostgreSQL/Redis/HAProxy cannot be installed here: {exc}")
    model = Path(os.environ["NEEDLE_CLUSTER_MODEL"]) if os.environ.get("NEEDLE_CLUSTER_MODEL") else trained_model()
    root = Path(tempfile.mkdtemp(prefix="needle-cluster-test-"))
    c = Cluster(model=model, root=root, front_port=free_port(), pg_port=free_port(), redis_port=free_port(),
                rasa_ports=[free_port(), free_port()], action_ports=[free_port(), free_port()],
                web_port=free_port(), extra_env={**TWILIO, "TWILIO_API_URL": platforms.url})
    try:
        c.start_postgres()
        c.start_redis()
    except (NeedleGuideError, OSError) as exc:
        c.stop()
        shutil.rmtree(root, ignore_errors=True)
        pytest.skip(f"PostgreSQL or Redis cannot be started here: {exc}")
    try:
        c.start_replicas()
        c.start_haproxy()
        c.wait_front()
        c.start_web()
    except BaseException:
        c.stop()
        raise
    yield c
    c.stop()
    shutil.rmtree(root, ignore_errors=True)
