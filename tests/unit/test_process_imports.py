"""What each process loads, read from the files that make it load it (README: Processes).

bot/ops/ is what `python -m bot` runs: no Rasa process (Rasa server, action server, widget
server) nor the staff review (Datasette) may import it, or a tool's dependencies and start-up
work would end up in the servers patients talk to. And importing a Rasa plug-in must not
patch Rasa: only the Rasa server's entry point (bot/rasa_server.py) does that.

Each process is imitated in a fresh interpreter that imports what its configuration names:
config.yml's components, endpoints.yml's tracker and lock stores (both endpoints files),
credentials.yml's channels plus the messaging apps bot/channels/config.py adds, the actions
package the action server is started with, the widget server, and the review plugins.
"""

import json
import subprocess
import sys

import pytest
import yaml

from bot import PROJECT_ROOT

REVIEW_PYTHON = PROJECT_ROOT / ".venv-review" / "bin" / "python"


def class_module(path: str) -> str:
    return path.rsplit(".", 1)[0]


def rasa_server_modules():
    config = yaml.safe_load((PROJECT_ROOT / "config.yml").read_text())
    modules = {class_module(c["name"]) for c in config["pipeline"] + config["policies"] if "." in c["name"]}
    for endpoints in (PROJECT_ROOT / "endpoints.yml", PROJECT_ROOT / "deploy" / "cluster" / "endpoints.yml"):
        text = endpoints.read_text()
        for key in ("tracker_store", "lock_store"):
            store = (yaml.safe_load(text) or {}).get(key) or {}
            if "." in str(store.get("type", "")):
                modules.add(class_module(store["type"]))
    from bot.channels.config import TELEGRAM_CLASS, TWILIO_CLASS

    channels = yaml.safe_load((PROJECT_ROOT / "credentials.yml").read_text())
    modules |= {class_module(name) for name in channels if "." in name}
    modules |= {class_module(TELEGRAM_CLASS), class_module(TWILIO_CLASS), "bot.rasa_server"}
    return sorted(modules)


PROCESSES = {
    "Rasa server": rasa_server_modules,
    "action server": lambda: [
        "bot.logprivacy",
        "actions",
    ],  # bot/ops/serve.py: -m bot.logprivacy rasa_sdk --actions actions
    "widget server": lambda: ["bot.logprivacy", "bot.web"],  # -m bot.logprivacy bot.web
}

PROBE = """
import importlib, json, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
patched = []
if "rasa" in sys.modules:
    from rasa.core.actions.action import RemoteAction
    from rasa.core.processor import MessageProcessor
    from rasa.shared.core.domain import Domain
    for f in (RemoteAction.run, RemoteAction._validate_action_result, MessageProcessor._run_prediction_loop,
              Domain.is_empty):
        if not f.__module__.startswith("rasa."):
            patched.append(f.__qualname__)
print(json.dumps({"ops": sorted(m for m in sys.modules if m == "bot.ops" or m.startswith("bot.ops.")),
                  "patched": patched, "loaded": sorted(m for m in sys.modules if m.startswith(("bot", "actions")))}))
"""


def probe(python, modules):
    done = subprocess.run(
        [str(python), "-c", PROBE, *modules], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_rasa_server_loads_our_plugins_from_its_config_files():
    modules = rasa_server_modules()
    assert {
        "bot.nlu.components",
        "bot.tracker_store.redacting",
        "bot.lock_store",
        "bot.channels.rest",
        "bot.channels.socketio",
    } <= set(modules)


@pytest.mark.parametrize("process", sorted(PROCESSES))
def test_no_server_process_imports_the_tools_or_patches_rasa_on_import(process):
    seen = probe(sys.executable, PROCESSES[process]())
    assert seen["ops"] == [], f"the {process} imports {seen['ops']}"
    assert seen["patched"] == [], f"importing the {process}'s modules patched {seen['patched']}"


def test_the_staff_review_plugins_do_not_import_the_tools():
    if not REVIEW_PYTHON.exists():
        pytest.skip("no .venv-review (make review-install)")
    plugins = sorted((PROJECT_ROOT / "review" / "plugins").glob("*.py"))
    code = "import runpy, sys\nfor p in sys.argv[1:]:\n    runpy.run_path(p)\n"
    lazy = [
        "bot.privacy.erase",
        "bot.privacy.export",
        "bot.review.audit",
    ]  # imported inside the plugins' handlers
    done = subprocess.run(
        [str(REVIEW_PYTHON), "-c", code + PROBE.replace("sys.argv[1:]", repr(lazy), 1), *map(str, plugins)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert "bot.review.sessions" in seen["loaded"]
    assert seen["ops"] == []
