"""Set-up errors are one clear line, never a traceback."""
import subprocess
import sys
import tarfile

import pytest

from bot import PROJECT_ROOT
from bot.errors import NeedleGuideError
from bot.ops.training import check_model, fingerprint

FIND_PYTHON = str(PROJECT_ROOT / "scripts" / "find_python.sh")


def test_finds_a_working_python_310():
    result = subprocess.run([FIND_PYTHON], env={"PYTHON_CANDIDATES": f"/nonexistent {sys.executable}", "PATH": "/usr/bin:/bin"},
                            capture_output=True, text=True)
    assert result.returncode == 0
    assert "3.10" in subprocess.run([result.stdout.strip(), "--version"], capture_output=True, text=True).stdout


def test_no_python_310_stops_with_a_clear_message():
    result = subprocess.run([FIND_PYTHON], env={"PYTHON_CANDIDATES": "/nonexistent python3.11", "PATH": "/usr/bin:/bin"},
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "no working Python 3.10 found" in result.stderr


def test_missing_model_is_reported(tmp_path):
    with pytest.raises(NeedleGuideError, match="model not found"):
        check_model(tmp_path / "nope.tar.gz")


def test_corrupt_model_is_reported(tmp_path):
    bad = tmp_path / "model.tar.gz"
    bad.write_bytes(b"not a tarball")
    with pytest.raises(NeedleGuideError, match="corrupt"):
        check_model(bad)
    empty = tmp_path / "empty.tar.gz"
    with tarfile.open(empty, "w:gz"):
        pass
    with pytest.raises(NeedleGuideError, match="not a Rasa model"):
        check_model(empty)


def test_fingerprint_changes_only_with_training_inputs(tmp_path):
    for name in ("config.yml", "domain.yml"):
        (tmp_path / name).write_text(name)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "a.yml").write_text("x")
    first = fingerprint(tmp_path)
    (tmp_path / "README.md").write_text("docs do not retrain")
    assert fingerprint(tmp_path) == first
    (tmp_path / "data" / "a.yml").write_text("y")
    assert fingerprint(tmp_path) != first


def test_fingerprint_of_a_config_in_another_folder(tmp_path):
    (tmp_path / "domain.yml").write_text("d")
    (tmp_path / "bench").mkdir()
    (tmp_path / "bench" / "other.yml").write_text("a")
    outside = tmp_path.parent / f"{tmp_path.name}-outside.yml"
    outside.write_text("a")
    inside = fingerprint(tmp_path, "bench/other.yml")
    assert fingerprint(tmp_path, str(outside)) != fingerprint(tmp_path)
    outside.write_text("b")
    assert fingerprint(tmp_path, "bench/other.yml") == inside
    first = fingerprint(tmp_path, str(outside))
    outside.write_text("c")
    assert fingerprint(tmp_path, str(outside)) != first
