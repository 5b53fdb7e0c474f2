"""Monthly reports are exported from the GUI: month, format, organisation, folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from telerecouv.domain.enums import Role
from telerecouv.services.permissions import Actor
from telerecouv.store.errors import NotFound
from telerecouv.ui.supervisor.reports import ReportsPanel, previous_month
from telerecouv.ui.tasks import SyncTaskRunner

SUPERVISOR = Actor(None, "super1", Role.SUPERVISOR)


class Exports:
    """ExportService's contract: writes files, returns their paths."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def monthly(self, actor, month, fmt, out_dir, *, organisation=None) -> list[Path]:
        self.calls.append(("monthly", month, fmt, out_dir, organisation))
        path = out_dir / f"mensuel-{organisation}-{month:%Y-%m}.{fmt}"
        path.write_text("x")
        return [path]

    def outcomes(self, actor, month, fmt, out_dir, *, organisation=None) -> list[Path]:
        raise NotFound(f"No organisation {organisation!r}.")


def test_previous_month() -> None:
    assert previous_month(date(2026, 1, 15)) == date(2025, 12, 1)
    assert previous_month(date(2026, 11, 23)) == date(2026, 10, 1)


def test_export_monthly_and_a_refusal(qtbot: QtBot, runner: SyncTaskRunner, tmp_path: Path) -> None:
    service = Exports()
    panel = ReportsPanel(SUPERVISOR, service, runner)
    qtbot.addWidget(panel)
    panel.set_organisations([("CAF-DEMO", "CAF"), ("CNSS-DEMO", "CNSS")])
    panel.month.setDate(QDate(2026, 10, 1))
    panel.format.setCurrentIndex(panel.format.findData("csv"))
    panel.organisation.setCurrentIndex(panel.organisation.findData("CNSS-DEMO"))
    panel.folder.setText(str(tmp_path / "out"))
    panel.monthly_button.click()
    assert service.calls == [("monthly", date(2026, 10, 1), "csv", tmp_path / "out", "CNSS-DEMO")]
    assert panel.files.count() == 1
    assert Path(panel.files.item(0).text()).exists()
    assert panel.message.text() == panel.tr("%1 files written.").replace("%1", "1")

    panel.outcomes_button.click()
    assert "No organisation" in panel.message.text()
    assert panel.outcomes_button.isEnabled()


def test_real_export_of_the_demo(
    qtbot: QtBot, database, runner: SyncTaskRunner, tmp_path: Path
) -> None:
    from telerecouv.services.demo import DemoBuilder
    from telerecouv.services.exports import ExportService

    DemoBuilder(database.sessions).build(debtors=30, seed=5)
    panel = ReportsPanel(SUPERVISOR, ExportService(database.sessions), runner)
    qtbot.addWidget(panel)
    panel.set_organisations([("CAF-DEMO", "CAF")])
    panel.organisation.setCurrentIndex(1)
    panel.folder.setText(str(tmp_path))
    panel.monthly_button.click()
    assert panel.files.count() == 1, panel.message.text()
    written = Path(panel.files.item(0).text())
    assert written.suffix == ".xlsx" and written.exists()
    panel.format.setCurrentIndex(panel.format.findData("csv"))
    panel.outcomes_button.click()
    assert panel.files.count() >= 1 and panel.files.item(0).text().endswith(".csv")
