"""Monthly reports for the creditor, exported from the GUI (ExportService, off the GUI thread)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
)

from telerecouv.config import data_dir
from telerecouv.services.permissions import Actor
from telerecouv.ui.supervisor.common import show_error, show_message


class ExportPort(Protocol):
    """ExportService, as this panel uses it."""

    def monthly(
        self, actor: Actor, month: date, fmt: str, out_dir: Path, *, organisation: str | None = None
    ) -> list[Path]: ...
    def outcomes(
        self, actor: Actor, month: date, fmt: str, out_dir: Path, *, organisation: str | None = None
    ) -> list[Path]: ...


def previous_month(today: date) -> date:
    first = today.replace(day=1)
    return (first.replace(year=first.year - 1, month=12) if first.month == 1
            else first.replace(month=first.month - 1))  # fmt: skip


class ReportsPanel(QGroupBox):
    def __init__(self, actor: Actor, service: ExportPort, runner, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPanel")
        self.setTitle(self.tr("Reports for the creditor"))
        self._actor = actor
        self._service = service
        self._runner = runner

        self.month = QDateEdit(objectName="reportMonth")
        self.month.setDisplayFormat("MM/yyyy")
        start = previous_month(date.today())
        self.month.setDate(QDate(start.year, start.month, 1))
        self.format = QComboBox(objectName="reportFormat")
        self.format.addItem(self.tr("Excel workbook (XLSX)"), "xlsx")
        self.format.addItem(self.tr("CSV files"), "csv")
        self.organisation = QComboBox(objectName="reportOrganisation")
        self.organisation.addItem(self.tr("Every organisation (one set each)"), None)
        self.folder = QLineEdit(str(data_dir() / "exports"), objectName="reportFolder")
        self.browse = QPushButton(self.tr("Fol&der..."), objectName="reportBrowse")
        self.browse.clicked.connect(self._browse)
        self.monthly_button = QPushButton(
            self.tr("Export the &monthly report"), objectName="exportMonthly"
        )
        self.outcomes_button = QPushButton(
            self.tr("Export the call &outcomes"), objectName="exportOutcomes"
        )
        self.monthly_button.clicked.connect(lambda: self.export("monthly"))
        self.outcomes_button.clicked.connect(lambda: self.export("outcomes"))
        self.files = QListWidget(objectName="reportFiles")
        self.files.setAccessibleName(self.tr("Files written"))
        self.message = QLabel(objectName="reportMessage")
        self.message.setWordWrap(True)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        form = QFormLayout()
        for text, widget in (
            (self.tr("Mont&h:"), self.month),
            (self.tr("&Format:"), self.format),
            (self.tr("Organi&sation:"), self.organisation),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        folder_label = QLabel(self.tr("Folde&r:"))
        folder_label.setBuddy(self.folder)
        self.folder.setAccessibleName(self.tr("Folder"))
        form.addRow(folder_label, folder_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.monthly_button)
        buttons.addWidget(self.outcomes_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.files)

    def set_organisations(self, organisations: list[tuple[str, str]]) -> None:
        while self.organisation.count() > 1:
            self.organisation.removeItem(1)
        for code, name in organisations:
            self.organisation.addItem(f"{code} - {name}", code)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def export(self, report: str) -> None:
        chosen = self.month.date()
        month = date(chosen.year(), chosen.month(), 1)
        fmt = str(self.format.currentData())
        organisation = self.organisation.currentData()
        folder = Path(self.folder.text().strip() or str(data_dir() / "exports"))
        method = self._service.monthly if report == "monthly" else self._service.outcomes
        for button in (self.monthly_button, self.outcomes_button):
            button.setEnabled(False)
        show_message(self.message, self.tr("Exporting..."))

        def work() -> list[Path]:
            folder.mkdir(parents=True, exist_ok=True)
            return method(self._actor, month, fmt, folder, organisation=organisation)

        self._runner.run(work, self._done, self._failed)

    def _enable(self) -> None:
        for button in (self.monthly_button, self.outcomes_button):
            button.setEnabled(True)

    def _done(self, paths: list[Path]) -> None:
        self._enable()
        self.files.clear()
        for path in paths:
            self.files.addItem(str(path))
        show_message(
            self.message, self.tr("%1 files written.").replace("%1", str(len(paths))), ok=True
        )

    def _failed(self, error: BaseException) -> None:
        self._enable()
        show_error(self.message, error)
