"""Train the Rasa model only when something it learns from has changed.

The model file is named after a hash of its inputs (config, domain, data/, the synonyms
that build the spaCy pipeline), so an unchanged project reuses models/<hash>.tar.gz at
once and a changed one trains exactly once.
"""

import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterable, List

from bot import PROJECT_ROOT, settings
from bot.errors import NeedleGuideError
from bot.model_swap import check_model  # noqa: F401 - the Rasa server checks models too, without bot.ops

MODELS_DIR = settings.MODELS_DIR
TRAINING_INPUTS = ("config.yml", "domain.yml", "data", "knowledge/synonyms.yml", "bot/nlu")


def _files(root: Path, inputs: Iterable[str]) -> List[Path]:
    files: List[Path] = []
    for name in inputs:
        path = root / name
        if path.is_dir():
            files += sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix in (".yml", ".yaml", ".py")
            )
        elif path.exists():
            files.append(path)
    return files


def fingerprint(root: Path = PROJECT_ROOT, config: str = "config.yml") -> str:
    digest = hashlib.sha256()
    inputs = (config,) + tuple(i for i in TRAINING_INPUTS if i != "config.yml")
    for path in _files(root, inputs):
        try:  # a config outside the project (e.g. an absolute path) counts by name and content
            name = str(path.relative_to(root))
        except ValueError:
            name = path.name
        digest.update(name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def model_path(config: str = "config.yml", root: Path = PROJECT_ROOT) -> Path:
    stem = Path(config).stem
    return MODELS_DIR / f"{stem}-{fingerprint(root, config)}.tar.gz"


def train_if_needed(config: str = "config.yml", force: bool = False) -> Path:
    target = model_path(config)
    if target.exists() and not force:
        print(f"model up to date: {target.relative_to(PROJECT_ROOT)}")
        return target
    print(f"training {target.name} (data or config changed)...", flush=True)
    MODELS_DIR.mkdir(exist_ok=True)
    cmd = [
        sys.executable,
        "-m",
        "rasa",
        "train",
        "--config",
        config,
        "--domain",
        "domain.yml",
        "--data",
        "data",
        "--out",
        str(MODELS_DIR),
        "--fixed-model-name",
        target.name[: -len(".tar.gz")],
        "--quiet",
    ]
    started = time.monotonic()
    result = subprocess.run(cmd, cwd=PROJECT_ROOT)
    if result.returncode != 0 or not target.exists():
        raise NeedleGuideError(
            f"training failed (rasa train exited {result.returncode}); see the output above"
        )
    training_record(target).write_text(
        json.dumps({"seconds": round(time.monotonic() - started, 1), "config": str(config)})
    )
    return target


def training_record(model: Path) -> Path:
    """models/<name>.train.json: how long the training of that model took (for `make bench`)."""
    return Path(model).with_name(Path(model).name[: -len(".tar.gz")] + ".train.json")
