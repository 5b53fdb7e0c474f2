"""The supervisor's "Imports and reports" screen: opens the import wizard."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from telerecouv.services.permissions import Actor
from telerecouv.ui.supervisor.import_wizard import ImportPort, ImportWizard


class ImportsScreen(QWidget):
    def __init__(
        self,
        actor: Actor,
        imports: ImportPort,
        runner,
        organisations: list[tuple[str, str]] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importsScreen")
        self._actor = actor
        self._imports = imports
        self._runner = runner
        self._organisations = organisations or []
        self.wizard: ImportWizard | None = None
        self.reports: QWidget | None = None

        box = QGroupBox(self.tr("Creditor files"))
        self.import_button = QPushButton(self.tr("&Import a file..."), objectName="openImport")
        self.import_button.setAccessibleName(self.tr("Import a creditor file"))
        self.import_button.clicked.connect(self.open_wizard)
        explain = QLabel(
            self.tr(
                "Debtors, claims, defaults, payments or past calls, in CSV or XLSX. The wizard "
                "detects the encoding and the delimiter, maps the columns (saved as a profile), "
                "checks every row in a dry run, then imports the file in one transaction."
            )
        )
        explain.setWordWrap(True)
        inner = QVBoxLayout(box)
        inner.addWidget(explain)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch(1)
        inner.addLayout(row)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(box)
        self.layout_.addStretch(1)

    def set_organisations(self, organisations: list[tuple[str, str]]) -> None:
        self._organisations = organisations
        setter = getattr(self.reports, "set_organisations", None)
        if setter is not None:
            setter(organisations)

    def add_section(self, widget: QWidget) -> None:
        """Another section (the monthly reports) above the stretch."""
        self.layout_.insertWidget(self.layout_.count() - 1, widget)

    def open_wizard(self) -> None:
        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.raise_()
            self.wizard.activateWindow()
            return
        self.wizard = ImportWizard(
            self._actor, self._imports, self._runner, self._organisations, self
        )
        self.wizard.setModal(False)
        self.wizard.show()
