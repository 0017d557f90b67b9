"""The `needle-guide` command that pyproject.toml installs behaves like `python -m bot`."""

import importlib
import os

import pytest
import tomli

from bot import PROJECT_ROOT


def console_script(name: str):
    """The function pyproject.toml's [project.scripts] entry `name` runs, as pip's wrapper finds it."""
    scripts = tomli.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    module, _, function = scripts[name].partition(":")
    return getattr(importlib.import_module(module), function)


def test_needle_guide_runs_the_command_line(capsys):
    with pytest.raises(SystemExit) as done:
        console_script("needle-guide")(["--help"])
    usage = capsys.readouterr().out
    assert done.value.code == 0
    assert all(command in usage for command in ("build", "train", "serve", "chat"))


def test_needle_guide_keeps_rasas_telemetry_off_like_python_m_bot(monkeypatch, capsys):
    """The servers it starts inherit its environment: a clinic that starts the assistant with
    `needle-guide serve` must not send usage data to Rasa any more than with `make run`."""
    monkeypatch.delenv("RASA_TELEMETRY_ENABLED", raising=False)
    monkeypatch.delenv("TF_CPP_MIN_LOG_LEVEL", raising=False)
    with pytest.raises(SystemExit):
        console_script("needle-guide")(["--help"])
    assert os.environ.get("RASA_TELEMETRY_ENABLED") == "false"
    assert os.environ.get("TF_CPP_MIN_LOG_LEVEL") == "3"
