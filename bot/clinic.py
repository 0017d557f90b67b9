"""The clinic's own details (name, phone, booking, hours...) from clinic.yml.

Nothing clinic-specific lives in code or training data: every reply that mentions the
clinic reads it from here, so a clinic rebrands Needle Guide by editing one file.
"""
import os
from functools import lru_cache
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

import yaml

from bot import MODALITIES, PROJECT_ROOT
from bot.errors import NeedleGuideError

DEFAULT_PATH = PROJECT_ROOT / "clinic.yml"
REQUIRED = ("name", "phone", "booking_url")


@dataclass(frozen=True)
class Clinic:
    name: str
    phone: str
    booking_url: str
    booking_urls: Dict[str, str] = field(default_factory=dict)
    address: str = ""
    hours: List[str] = field(default_factory=list)
    modalities: List[str] = field(default_factory=lambda: list(MODALITIES))
    emergency_number: str = "911"
    crisis_line: str = "988"
    allowed_origins: List[str] = field(default_factory=list)
    retention_days: int = 90

    def booking_url_for(self, modality: Optional[str]) -> str:
        """The discipline's own booking page where the clinic has one, else the main one."""
        return self.booking_urls.get(modality or "", self.booking_url)

    def offers(self, modality: str) -> bool:
        return modality in self.modalities

    @property
    def hours_text(self) -> str:
        return "; ".join(self.hours)


def load_clinic(path: Optional[Path] = None) -> Clinic:
    """clinic.yml (path from NEEDLE_CLINIC, else the project's own), read and checked once
    per version of the file: actions call this on every message, and an edit still takes
    effect without a restart."""
    path = Path(path or os.environ.get("NEEDLE_CLINIC") or DEFAULT_PATH)
    try:
        stat = path.stat()
    except OSError:
        raise NeedleGuideError(f"{path}: clinic file not found")
    return _read_clinic(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=8)
def _read_clinic(path_text: str, mtime: int, size: int) -> Clinic:
    path = Path(path_text)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise NeedleGuideError(f"{path}: clinic file not found")
    except yaml.YAMLError as exc:
        raise NeedleGuideError(f"{path}: not valid YAML ({exc.__class__.__name__})")
    if not isinstance(data, dict):
        raise NeedleGuideError(f"{path}: expected a mapping of settings")
    missing = [key for key in REQUIRED if not data.get(key)]
    if missing:
        raise NeedleGuideError(f"{path}: missing {', '.join(missing)}")
    unknown = set(data) - set(Clinic.__dataclass_fields__)
    if unknown:
        raise NeedleGuideError(f"{path}: unknown setting(s) {', '.join(sorted(unknown))}")
    bad = [m for m in list(data.get("modalities") or []) + list(data.get("booking_urls") or {})
           if m not in MODALITIES]
    if bad:
        raise NeedleGuideError(f"{path}: unknown modality {bad[0]!r} (use {', '.join(MODALITIES)})")
    data = {k: (str(v) if k in ("phone", "emergency_number", "crisis_line") else v)
            for k, v in data.items() if v is not None}
    return Clinic(**data)


def allowed_origins(clinic: Clinic, env: Optional[Dict[str, str]] = None) -> List[str]:
    """The websites allowed to embed the widget: clinic.yml's `allowed_origins` plus the
    ones in NEEDLE_EXTRA_ORIGINS (comma- or space-separated; tests add their page's port)."""
    extra = (env if env is not None else os.environ).get("NEEDLE_EXTRA_ORIGINS", "")
    origins = list(clinic.allowed_origins)
    for origin in extra.replace(",", " ").split():
        origin = origin.rstrip("/")
        if origin not in origins:
            origins.append(origin)
    return origins
