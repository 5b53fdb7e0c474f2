from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from telerecouv.ui.app import install_translations
from telerecouv.ui.tasks import SyncTaskRunner


@pytest.fixture
def runner() -> SyncTaskRunner:
    return SyncTaskRunner()


@pytest.fixture
def french(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The French translations installed (the default language), removed afterwards."""
    monkeypatch.delenv("TELERECOUV_LANGUAGE", raising=False)
    translators = install_translations(qapp)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
