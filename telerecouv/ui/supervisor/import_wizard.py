"""The import wizard: choose a file, check what was detected, map the columns (saved as a
profile), dry run, then import with a progress bar and a cancel button, and the report of the
rejected rows. Every file access and every database call runs on the TaskRunner."""

from __future__ import annotations

import csv
import threading
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from telerecouv.config import data_dir
from telerecouv.services.imports.mapping import MappingProfile, profile_dirs, save_profile
from telerecouv.services.imports.report import ImportKind, ImportReport
from telerecouv.services.imports.schema import KIND_SPECS, Context, OrgInfo
from telerecouv.services.imports.service import FileSniff, ImportCancelled
from telerecouv.services.permissions import Actor
from telerecouv.ui.errors import translate
from telerecouv.ui.supervisor.common import ERROR_STYLE, configure_table, show_error, show_message

IGNORE = ""
ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "latin-1")
DELIMITERS = (";", ",", "\t", "|")


class ImportPort(Protocol):
    """ImportService, as the wizard uses it."""

    def sniff(self, path: Path, mapping: MappingProfile | None = None) -> FileSniff: ...
    def run(
        self,
        actor: Actor,
        kind: ImportKind | str,
        path: Path,
        *,
        dry_run: bool = False,
        mapping: MappingProfile | None = None,
        progress: Any = None,
        cancel: Any = None,
        organisation: str | None = None,
    ) -> ImportReport: ...


@cache
def kind_columns(kind: str) -> tuple[tuple[str, bool], ...]:
    """(canonical column, required) of a kind of file, in the documented order."""
    # The column list does not depend on the organisation; a neutral one lists it.
    ctx = Context(OrgInfo(0, "", "FR", "Europe/Paris", 2, 5), datetime(2000, 1, 1, tzinfo=UTC))
    return tuple((c.name, c.required) for c in KIND_SPECS[kind].columns(ctx))


def saved_profiles() -> list[Path]:
    """Profiles saved by supervisors, then the shipped examples."""
    found: list[Path] = []
    for folder in profile_dirs():
        if folder.is_dir():
            found += sorted(folder.glob("*.json"))
    return found


class ProgressRelay(QObject):
    """Carries progress from the worker thread to the GUI thread (queued signal)."""

    progressed = Signal(int, int)


class ImportWizard(QWizard):
    FILE, MAPPING, DRY_RUN, IMPORT = range(4)

    def __init__(
        self,
        actor: Actor,
        service: ImportPort,
        runner,
        organisations: list[tuple[str, str]] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import a creditor file"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.actor = actor
        self.service = service
        self.runner = runner
        self.sniffed: FileSniff | None = None
        self.dry_report: ImportReport | None = None
        self.report: ImportReport | None = None
        self.file_page = FilePage(organisations or [])
        self.mapping_page = MappingPage()
        self.dry_page = RunPage(dry_run=True)
        self.import_page = RunPage(dry_run=False)
        self.setPage(self.FILE, self.file_page)
        self.setPage(self.MAPPING, self.mapping_page)
        self.setPage(self.DRY_RUN, self.dry_page)
        self.setPage(self.IMPORT, self.import_page)
        self.resize(1000, 640)

    # What the pages agreed on.
    def kind(self) -> str:
        return str(self.file_page.kind.currentData())

    def path(self) -> Path:
        return Path(self.file_page.path_edit.text().strip())

    def organisation(self) -> str | None:
        data = self.file_page.organisation.currentData()
        return str(data) if data else None

    def profile(self) -> MappingProfile:
        return self.mapping_page.profile()


class FilePage(QWizardPage):
    def __init__(self, organisations: list[tuple[str, str]]) -> None:
        super().__init__()
        self.setObjectName("importFilePage")
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "CSV (UTF-8 or Windows-1252, comma or semicolon) or XLSX, as the creditor sent it."
            )
        )
        self.kind = QComboBox(objectName="importKind")
        for kind, label in (
            (ImportKind.DEBTORS, self.tr("Debtors")),
            (ImportKind.CLAIMS, self.tr("Claims")),
            (ImportKind.DEFAULTS, self.tr("Defaults (failure stages)")),
            (ImportKind.PAYMENTS, self.tr("Payments")),
            (ImportKind.CALLS, self.tr("Past calls")),
        ):
            self.kind.addItem(label, kind.value)
        self.path_edit = QLineEdit(objectName="importPath")
        self.browse = QPushButton(self.tr("&Browse..."), objectName="importBrowse")
        self.browse.clicked.connect(self._browse)
        self.organisation = QComboBox(objectName="importOrganisation")
        self.organisation.addItem(self.tr("(from the profile, or the only one)"), None)
        for code, name in organisations:
            self.organisation.addItem(f"{code} - {name}", code)
        self.profile = QComboBox(objectName="importProfile")
        self.profile.addItem(self.tr("(none: our canonical column names)"), None)
        self.message = QLabel(objectName="importFileMessage")
        self.message.setWordWrap(True)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse)
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Kind of file:"), self.kind),
            (self.tr("&File:"), path_row),
            (self.tr("&Organisation:"), self.organisation),
            (self.tr("Mapping &profile:"), self.profile),
        ):
            label = QLabel(text)
            if isinstance(widget, QWidget):
                label.setBuddy(widget)
                widget.setAccessibleName(text.replace("&", "").rstrip(":"))
                form.addRow(label, widget)
            else:
                label.setBuddy(self.path_edit)
                self.path_edit.setAccessibleName(text.replace("&", "").rstrip(":"))
                form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.path_edit.textChanged.connect(self.completeChanged)
        self._validating = False
        self._sniffed_key: tuple[Any, ...] | None = None

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, ImportWizard)
        wizard.runner.run(saved_profiles, self._profiles, lambda e: show_error(self.message, e))

    def _profiles(self, paths: list[Path]) -> None:
        chosen = self.profile.currentData()
        while self.profile.count() > 1:
            self.profile.removeItem(1)
        for path in paths:
            self.profile.addItem(path.stem, str(path))
        index = self.profile.findData(chosen) if chosen else 0
        self.profile.setCurrentIndex(max(index, 0))

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Creditor file"),
            str(Path.home()),
            self.tr("Creditor files (*.csv *.txt *.xlsx);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def _key(self) -> tuple[Any, ...]:
        return (self.path_edit.text().strip(), self.profile.currentData(), self.kind.currentData())

    def validatePage(self) -> bool:
        """Reads the file (off the GUI thread) before going on; the page waits for it."""
        wizard = self.wizard()
        assert isinstance(wizard, ImportWizard)
        key = self._key()
        if self._sniffed_key == key:
            return True
        path = wizard.path()
        profile_path = self.profile.currentData()
        kind = wizard.kind()

        def work() -> tuple[MappingProfile, FileSniff]:
            from telerecouv.services.imports.mapping import load_profile

            profile = load_profile(profile_path) if profile_path else MappingProfile(kind=kind)
            if profile.kind is None:
                profile = MappingProfile(**{**profile.__dict__, "kind": kind})
            return profile, wizard.service.sniff(path, profile)

        def done(result: tuple[MappingProfile, FileSniff]) -> None:
            profile, sniff = result
            wizard.sniffed = sniff
            wizard.mapping_page.start(profile, sniff)
            self._sniffed_key = key
            self.message.clear()
            if not self._validating:
                wizard.next()

        show_message(self.message, self.tr("Reading the file..."))
        self._validating = True
        try:
            wizard.runner.run(work, done, lambda e: show_error(self.message, e))
        finally:
            self._validating = False
        return self._sniffed_key == key


class MappingPage(QWizardPage):
    """What was detected, the first rows, and which of our columns each header is."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("importMappingPage")
        self.setTitle(self.tr("Check the file and map its columns"))
        self.detected = QLabel(objectName="importDetected")
        self.encoding = QComboBox(objectName="importEncoding")
        self.encoding.addItem(self.tr("detected"), None)
        for name in ENCODINGS:
            self.encoding.addItem(name, name)
        self.delimiter = QComboBox(objectName="importDelimiter")
        self.delimiter.addItem(self.tr("detected"), None)
        for value, label in zip(DELIMITERS, ("; ", ", ", self.tr("tab"), "|"), strict=True):
            self.delimiter.addItem(label.strip(), value)
        self.reread = QPushButton(self.tr("&Read again"), objectName="importReread")
        self.reread.clicked.connect(self._reread)
        self.preview = QTableWidget(0, 0, objectName="importPreview")
        self.preview.setAccessibleName(self.tr("First rows of the file"))
        configure_table(self.preview)
        self.mapping = QTableWidget(0, 3, objectName="importMapping")
        self.mapping.setAccessibleName(self.tr("Column mapping"))
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Column of the file"), self.tr("First value"), self.tr("Our column")]
        )
        configure_table(self.mapping, {0: 200, 1: 200})
        self.mapping.verticalHeader().setDefaultSectionSize(28)
        self.missing = QLabel(objectName="importMissing")
        self.missing.setWordWrap(True)
        self.profile_name = QLineEdit(objectName="importProfileName")
        self.profile_name.setPlaceholderText(self.tr("profile name, e.g. caf-claims"))
        self.profile_name.setAccessibleName(self.tr("Profile name"))
        self.save_profile = QPushButton(self.tr("&Save as profile"), objectName="importSaveProfile")
        self.save_profile.clicked.connect(self._save_profile)
        self.message = QLabel(objectName="importMappingMessage")
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.detected, 1)
        for text, widget in (
            (self.tr("&Encoding:"), self.encoding),
            (self.tr("&Delimiter:"), self.delimiter),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            top.addWidget(label)
            top.addWidget(widget)
        top.addWidget(self.reread)
        save_row = QHBoxLayout()
        save_row.addWidget(self.missing, 1)
        save_row.addWidget(self.profile_name)
        save_row.addWidget(self.save_profile)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.mapping, 3)
        layout.addLayout(save_row)
        layout.addWidget(self.message)
        self._base = MappingProfile()
        self._sniff: FileSniff | None = None
        self._combos: list[QComboBox] = []

    def _wizard(self) -> ImportWizard:
        wizard = self.wizard()
        assert isinstance(wizard, ImportWizard)
        return wizard

    def start(self, profile: MappingProfile, sniff: FileSniff) -> None:
        self._base = profile
        self._set_combo(self.encoding, profile.encoding)
        self._set_combo(self.delimiter, profile.delimiter)
        self.profile_name.setText(profile.name)
        self._show(sniff)

    @staticmethod
    def _set_combo(combo: QComboBox, value: str | None) -> None:
        index = combo.findData(value) if value is not None else 0
        combo.setCurrentIndex(max(index, 0))

    def _show(self, sniff: FileSniff) -> None:
        self._sniff = sniff
        if sniff.format == "xlsx":
            text = self.tr("Excel workbook, sheet %1").replace("%1", sniff.sheet or "")
        else:
            delimiter = {"\t": self.tr("tab")}.get(sniff.delimiter or "", sniff.delimiter or "")
            text = (
                self.tr("CSV, encoding %1, delimiter %2")
                .replace("%1", sniff.encoding or "?")
                .replace("%2", f"« {delimiter} »")
            )
        self.detected.setText(
            text + " — " + self.tr("%1 columns").replace("%1", str(len(sniff.headers)))
        )
        self.preview.clear()
        self.preview.setColumnCount(len(sniff.headers))
        self.preview.setHorizontalHeaderLabels(list(sniff.headers))
        self.preview.setRowCount(len(sniff.rows))
        for r, row in enumerate(sniff.rows):
            for c, value in enumerate(row[: len(sniff.headers)]):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        for c in range(len(sniff.headers)):
            self.preview.setColumnWidth(c, 120)

        columns = kind_columns(self._wizard().kind())
        known = {name for name, _required in columns}
        self._combos = []
        self.mapping.setRowCount(len(sniff.headers))
        for r, header in enumerate(sniff.headers):
            self.mapping.setItem(r, 0, QTableWidgetItem(header))
            first = sniff.rows[0][r] if sniff.rows and r < len(sniff.rows[0]) else ""
            self.mapping.setItem(r, 1, QTableWidgetItem(first))
            combo = QComboBox()
            combo.setObjectName(f"map_{r}")
            combo.setAccessibleName(self.tr("Our column for %1").replace("%1", header))
            combo.addItem(self.tr("(not imported)"), IGNORE)
            for name, required in columns:
                combo.addItem(f"{name} *" if required else name, name)
            canonical = sniff.canonical[r] if r < len(sniff.canonical) else ""
            combo.setCurrentIndex(max(combo.findData(canonical), 0) if canonical in known else 0)
            combo.currentIndexChanged.connect(self._check)
            self.mapping.setCellWidget(r, 2, combo)
            self._combos.append(combo)
        self._check()

    def _reread(self) -> None:
        wizard = self._wizard()
        profile = self.profile()
        path = wizard.path()
        show_message(self.message, self.tr("Reading the file..."))

        def done(sniff: FileSniff) -> None:
            wizard.sniffed = sniff
            self._base = profile
            self._show(sniff)
            self.message.clear()

        wizard.runner.run(
            lambda: wizard.service.sniff(path, profile), done, lambda e: show_error(self.message, e)
        )

    def mapped(self) -> dict[str, str]:
        """file header -> our column, for the headers that are imported."""
        if self._sniff is None:
            return {}
        return {
            header: combo.currentData()
            for header, combo in zip(self._sniff.headers, self._combos, strict=False)
            if combo.currentData() != IGNORE
        }

    def missing_columns(self) -> list[str]:
        chosen = set(self.mapped().values())
        return [
            name
            for name, required in kind_columns(self._wizard().kind())
            if required and name not in chosen and name not in self._base.defaults
        ]

    def duplicates(self) -> list[str]:
        seen: set[str] = set()
        doubles = []
        for column in self.mapped().values():
            if column in seen:
                doubles.append(column)
            seen.add(column)
        return doubles

    def _check(self) -> None:
        missing, doubles = self.missing_columns(), self.duplicates()
        parts = []
        if missing:
            parts.append(
                self.tr("Required columns not mapped: %1").replace("%1", ", ".join(missing))
            )
        if doubles:
            parts.append(self.tr("Mapped twice: %1").replace("%1", ", ".join(sorted(set(doubles)))))
        if parts:
            self.missing.setStyleSheet("color: #b00020;")
            self.missing.setText(". ".join(parts) + ".")
        else:
            self.missing.setStyleSheet("color: #1b5e20;")
            self.missing.setText(self.tr("Every required column is mapped (marked *)."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._sniff is not None and not self.missing_columns() and not self.duplicates()

    def profile(self) -> MappingProfile:
        """The profile the import uses: the loaded one with this page's choices."""
        base = self._base
        columns = {header: column for header, column in self.mapped().items() if header != column}
        return MappingProfile(
            name=self.profile_name.text().strip() or base.name,
            kind=self._wizard().kind(),
            description=base.description,
            organisation=self._wizard().organisation() or base.organisation,
            encoding=self.encoding.currentData(),
            delimiter=self.delimiter.currentData(),
            sheet=base.sheet,
            header_row=base.header_row,
            columns=columns,
            values=base.values,
            defaults=base.defaults,
        )

    def _save_profile(self) -> None:
        name = self.profile_name.text().strip()
        if not name or "/" in name or "\\" in name or name.startswith("."):
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("Type a profile name (letters, digits, '-' or '_')."))
            return
        profile = self.profile()
        target = data_dir() / "mappings" / f"{name}.json"

        def work() -> Path:
            target.parent.mkdir(parents=True, exist_ok=True)
            save_profile(profile, target)
            return target

        self._wizard().runner.run(
            work,
            lambda path: show_message(
                self.message, self.tr("Profile saved: %1").replace("%1", str(path)), ok=True
            ),
            lambda e: show_error(self.message, e),
        )


class RunPage(QWizardPage):
    """Runs the dry run or the import with a progress bar, a cancel button and the report."""

    def __init__(self, *, dry_run: bool) -> None:
        super().__init__()
        self.dry_run = dry_run
        self.setObjectName("importDryRunPage" if dry_run else "importRunPage")
        if dry_run:
            self.setTitle(self.tr("Dry run"))
            self.setSubTitle(self.tr("Every row is checked; nothing is written to the database."))
        else:
            self.setTitle(self.tr("Import"))
            self.setSubTitle(
                self.tr(
                    "The file goes in as one transaction: a cancel leaves the database as it was."
                )
            )
            self.setFinalPage(True)
        self.progress = QProgressBar(objectName="importProgress" + ("Dry" if dry_run else ""))
        self.progress.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(
            self.tr("&Stop"), objectName="importCancel" + ("Dry" if dry_run else "")
        )
        self.cancel_button.clicked.connect(self.cancel)
        self.start_button = QPushButton(
            self.tr("&Start the dry run") if dry_run else self.tr("&Import now"),
            objectName="importStart" + ("Dry" if dry_run else ""),
        )
        self.start_button.clicked.connect(self.start)
        self.summary = QLabel(objectName="importSummary" + ("Dry" if dry_run else ""))
        self.summary.setWordWrap(True)
        self.errors = QTableWidget(0, 3, objectName="importErrors" + ("Dry" if dry_run else ""))
        self.errors.setAccessibleName(self.tr("Rejected rows"))
        self.errors.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Field"), self.tr("Reason")]
        )
        configure_table(self.errors, {0: 60, 1: 160})
        self.save_errors = QPushButton(
            self.tr("Save the &rejected rows..."),
            objectName="importSaveErrors" + ("Dry" if dry_run else ""),
        )
        self.save_errors.clicked.connect(self._save_errors)
        self.save_errors.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_errors)
        layout.addLayout(bottom)
        self._running = False
        self._cancel = threading.Event()
        self._report: ImportReport | None = None
        self._relay = ProgressRelay(self)
        self._relay.progressed.connect(self._progressed)
        self.cancel_button.setEnabled(False)

    def _wizard(self) -> ImportWizard:
        wizard = self.wizard()
        assert isinstance(wizard, ImportWizard)
        return wizard

    def initializePage(self) -> None:
        self._report = None
        self.summary.clear()
        self.errors.setRowCount(0)
        self.progress.setValue(0)
        self.save_errors.setEnabled(False)
        self.start_button.setEnabled(True)
        if self.dry_run:
            self.start()  # the dry run changes nothing: run it at once

    def isComplete(self) -> bool:
        return self._report is not None and not self._running

    def start(self) -> None:
        if self._running:
            return
        wizard = self._wizard()
        kind, path, profile = wizard.kind(), wizard.path(), wizard.profile()
        organisation = wizard.organisation()
        self._cancel.clear()
        self._running = True
        self._report = None
        self.completeChanged.emit()
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)
        show_message(self.summary, self.tr("Working..."))
        relay, cancel = self._relay, self._cancel

        def work() -> ImportReport:
            return wizard.service.run(
                wizard.actor,
                kind,
                path,
                dry_run=self.dry_run,
                mapping=profile,
                progress=lambda done, total: relay.progressed.emit(done, total),
                cancel=cancel.is_set,
                organisation=organisation,
            )

        wizard.runner.run(work, self._finished, self._failed)

    def cancel(self) -> None:
        if self._running:
            self._cancel.set()
            show_message(self.summary, self.tr("Stopping..."))

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * min(done, total) / total))
        else:
            self.progress.setRange(0, 0)

    def _stopped(self) -> None:
        self._running = False
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 1000)

    def _failed(self, error: BaseException) -> None:
        self._stopped()
        self.start_button.setEnabled(True)
        self.progress.setValue(0)
        if isinstance(error, ImportCancelled):
            show_message(self.summary, self.tr("Stopped: nothing was written."))
        else:
            show_error(self.summary, error)
        self.completeChanged.emit()

    def _finished(self, report: ImportReport) -> None:
        self._stopped()
        self.progress.setValue(1000)
        self._report = report
        wizard = self._wizard()
        if self.dry_run:
            wizard.dry_report = report
            text = self.tr(
                "Dry run: %1 rows would go in (%2 new, %3 changed, %4 unchanged), %5 rejected."
            )
            self.start_button.setEnabled(True)
        else:
            wizard.report = report
            text = self.tr(
                "Imported: %1 rows went in (%2 new, %3 changed, %4 unchanged), %5 rejected."
            )
        text = (
            text.replace("%1", str(report.accepted))
            .replace("%2", str(report.inserted))
            .replace("%3", str(report.updated))
            .replace("%4", str(report.unchanged))
            .replace("%5", str(report.rejected))
        )
        if report.errors_omitted:
            text += " " + self.tr("(%1 more errors not listed)").replace(
                "%1", str(report.errors_omitted)
            )
        for warning in report.warnings:
            text += "\n" + translate(warning)
        show_message(self.summary, text, ok=report.rejected == 0)
        self.errors.setRowCount(len(report.errors))
        # The reasons in the interface's language; the fields keep our canonical column names.
        for r, error in enumerate(report.errors):
            for c, value in enumerate((str(error.line), error.field, translate(error.reason))):
                self.errors.setItem(r, c, QTableWidgetItem(value))
        self.save_errors.setEnabled(bool(report.errors))
        self.completeChanged.emit()

    def _save_errors(self) -> None:
        report = self._report
        if report is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Rejected rows"),
            str(Path.home() / f"rejets-{report.kind}.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.write_errors(Path(path))

    def write_errors(self, path: Path) -> None:
        report = self._report
        assert report is not None
        # Translated here, on the GUI thread (where the translators live), like the table;
        # the field column keeps our canonical column names.
        rows = [(error.line, error.field, translate(error.reason)) for error in report.errors]

        def work() -> Path:
            with path.open("w", encoding="utf-8-sig", newline="") as stream:
                writer = csv.writer(stream, delimiter=";")
                writer.writerow(["ligne", "champ", "motif"])
                writer.writerows(rows)
            return path

        self._wizard().runner.run(
            work,
            lambda saved: show_message(
                self.summary,
                self.summary.text() + "\n" + self.tr("Saved: %1").replace("%1", str(saved)),
            ),
            lambda e: show_error(self.summary, e),
        )
