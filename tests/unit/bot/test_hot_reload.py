"""Hot reload without servers (issue 13, finding 8): the allowed websites follow clinic.yml
as it is now, the model route needs its token, and `bot serve` loads only a whole, finished
model file (the end-to-end proof is tests/e2e/test_hot_reload.py)."""
import os
import shutil
import time
from types import SimpleNamespace

import pytest

from bot import PROJECT_ROOT, model_swap
from bot.channels import origins
from bot.ops.serve import MODEL_POLL, Servers, _default_follow
from bot.ops.training import MODELS_DIR

SITE = "https://new-site.example"


@pytest.fixture
def clinic(tmp_path, monkeypatch):
    path = tmp_path / "clinic.yml"
    shutil.copyfile(PROJECT_ROOT / "clinic.yml", path)
    monkeypatch.setenv("NEEDLE_CLINIC", str(path))
    monkeypatch.delenv("NEEDLE_EXTRA_ORIGINS", raising=False)
    return path


def _set_origins(path, sites):
    text = path.read_text(encoding="utf-8")
    head, rest = text.split("allowed_origins:\n", 1)
    rest = "\n".join(line for line in rest.splitlines() if not line.startswith("  - "))
    path.write_text(head + "allowed_origins:\n" + "".join(f"  - {s}\n" for s in sites) + rest + "\n",
                    encoding="utf-8")


def test_allowed_websites_follow_the_clinic_file_as_it_is_now(clinic):
    assert not origins.allowed(SITE)
    _set_origins(clinic, [SITE])
    assert origins.allowed(SITE) and not origins.allowed("http://127.0.0.1:8080")
    _set_origins(clinic, [])
    assert not origins.allowed(SITE) and not origins.allowed("https://anything.example")  # none means none
    assert not origins.allowed(None) and not origins.allowed("")


def test_a_broken_edit_keeps_the_last_good_websites(clinic):
    _set_origins(clinic, [SITE])
    assert origins.allowed(SITE)
    clinic.write_text(clinic.read_text(encoding="utf-8") + "parking: [unclosed\n", encoding="utf-8")
    assert origins.allowed(SITE)


def _headers(origin, method="POST", asked=""):
    request = SimpleNamespace(method=method, headers={k: v for k, v in (
        ("origin", origin), ("access-control-request-headers", asked)) if v})
    response = SimpleNamespace(headers={})
    origins.add_cors_headers(request, response)
    return response.headers


def test_cors_headers_only_for_an_allowed_website(clinic):
    _set_origins(clinic, [SITE])
    preflight = _headers(SITE, "OPTIONS", "content-type")
    assert preflight["Access-Control-Allow-Origin"] == SITE and preflight["Vary"] == "Origin"
    assert "POST" in preflight["Access-Control-Allow-Methods"]
    assert preflight["Access-Control-Allow-Headers"] == "content-type"
    assert _headers("https://evil.example") == {} and _headers("") == {}
    assert _headers(SITE, "OPTIONS", "x\r\nSet-Cookie: a=b")["Access-Control-Allow-Headers"] == "Content-Type"


def test_the_model_route_needs_its_token():
    assert model_swap.authorized({"authorization": "Bearer s3cret"}, "s3cret")
    assert not model_swap.authorized({"authorization": "Bearer guess"}, "s3cret")
    assert not model_swap.authorized({}, "s3cret")
    assert not model_swap.authorized({"authorization": "Bearer "}, "")  # no token set: closed


def test_serve_follows_the_model_its_config_names_now():
    follow = _default_follow(MODELS_DIR / "config-0123456789abcdef.tar.gz")
    assert follow is not None and follow().parent == MODELS_DIR and follow().name.startswith("config-")
    assert _default_follow(MODELS_DIR / "my-model.tar.gz") is None
    assert _default_follow(PROJECT_ROOT / "elsewhere" / "config-0123456789abcdef.tar.gz") is None


def _servers(tmp_path, target, swaps):
    served = tmp_path / "served.tar.gz"
    served.write_bytes(b"")
    srv = Servers(model=served, follow=lambda: target)
    srv._swap_model = lambda look: swaps.append(look[0])
    return srv


def _looks(srv, times):
    now = time.monotonic()
    for i in range(times):
        srv.look_for_model(now + i * (MODEL_POLL + 0.1))
        if srv._swapping is not None:
            srv._swapping.join(5)


def test_only_a_finished_model_file_is_loaded(tmp_path):
    model = next(MODELS_DIR.glob("config-*.tar.gz"), None)
    if model is None:
        pytest.skip("no trained model")
    target, swaps = tmp_path / "config-new.tar.gz", []
    srv = _servers(tmp_path, target, swaps)
    _looks(srv, 2)
    assert swaps == []  # not there yet

    data = model.read_bytes()
    target.write_bytes(data[: len(data) // 2])  # `rasa train` still writing
    _looks(srv, 3)
    assert swaps == []

    target.write_bytes(data)
    os.utime(target, ns=(time.time_ns(), time.time_ns()))
    srv.look_for_model(time.monotonic() + 100)  # first look at the whole file: wait one more
    assert swaps == []
    srv.look_for_model(time.monotonic() + 200)
    srv._swapping.join(5)
    assert swaps == [target]
