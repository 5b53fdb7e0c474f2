"""French is shipped complete and used by default."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from telerecouv.paths import TRANSLATIONS_DIR
from telerecouv.ui.app import install_translations

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import i18n


def test_every_string_is_translated() -> None:
    assert i18n.unfinished() == {}


def test_compiled_files_are_up_to_date(tmp_path: Path) -> None:
    for fresh in i18n.release(tmp_path):
        shipped = TRANSLATIONS_DIR / fresh.name
        assert shipped.exists(), f"{fresh.name} not compiled: run tools/i18n.py release"
        assert shipped.read_bytes() == fresh.read_bytes(), f"{fresh.name} is stale"


def test_french_by_default(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TELERECOUV_LANGUAGE", raising=False)
    translators = install_translations(qapp)
    try:
        assert len(translators) >= 2  # Qt's own and ours
        assert qapp.translate("labels", "Default M+2") == "Défaillance M+2"
        assert qapp.translate("LoginDialog", "Log in") == "Se connecter"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
