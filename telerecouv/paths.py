"""Where the shipped resources live (repository layout, editable install)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESOURCES_DIR = ROOT / "resources"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
SCRIPTS_DIR = RESOURCES_DIR / "scripts"
EXAMPLES_DIR = RESOURCES_DIR / "examples"
