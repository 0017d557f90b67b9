"""Needle Guide: a patient-education assistant for needling treatments, built on Rasa."""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
MODALITIES = ("acupuncture", "dry_needling", "ims")
MODALITY_NAMES = {"acupuncture": "acupuncture", "dry_needling": "dry needling", "ims": "IMS"}
