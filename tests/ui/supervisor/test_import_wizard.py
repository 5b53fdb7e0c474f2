"""The import wizard: a Windows-1252 file with the creditor's own headers is detected,
mapped (and the mapping saved as a profile), dry-run, then imported with its rejected rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from telerecouv.config import data_dir
from telerecouv.domain.enums import Role
from telerecouv.services.database import Database
from telerecouv.services.imports.mapping import load_profile
from telerecouv.services.imports.report import ImportReport
from telerecouv.services.imports.service import ImportCancelled, ImportService
from telerecouv.services.permissions import Actor
from telerecouv.store.models import Debtor, Organisation
from telerecouv.ui.supervisor.import_wizard import ImportWizard
from telerecouv.ui.tasks import SyncTaskRunner

SUPERVISOR = Actor(None, "super1", Role.SUPERVISOR)
FILE = (
    "Matricule;Nom;Prénom;Téléphone;Ville\r\n"
    "ALLOC-1;Lefèvre;Zoé;06 12 34 56 78;Évry\r\n"
    "ALLOC-2;Dupont;Jean;01 23 45 67 89;Paris\r\n"
    ";Sans;Identifiant;06 00 00 00 00;Lyon\r\n"
)


def _organisation(database: Database) -> None:
    with database.sessions.begin() as session:
        session.add(Organisation(code="CAF-T", name="CAF test"))


def _map(wizard: ImportWizard, header: str, column: str) -> None:
    page = wizard.mapping_page
    row = next(
        r for r in range(page.mapping.rowCount()) if page.mapping.item(r, 0).text() == header
    )
    combo = page.mapping.cellWidget(row, 2)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(column))


def _debtors(database: Database) -> int:
    with database.sessions() as session:
        return int(session.scalar(select(func.count(Debtor.id))) or 0)


def test_detect_map_save_dry_run_import(
    qtbot: QtBot, database: Database, runner: SyncTaskRunner, tmp_path: Path
) -> None:
    _organisation(database)
    path = tmp_path / "allocataires.csv"
    path.write_bytes(FILE.encode("cp1252"))
    wizard = ImportWizard(SUPERVISOR, ImportService(database.sessions), runner, [("CAF-T", "CAF")])
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.kind.setCurrentIndex(wizard.file_page.kind.findData("debtors"))
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    wizard.next()
    assert wizard.currentId() == ImportWizard.MAPPING
    page = wizard.mapping_page
    assert "cp1252" in page.detected.text() and "« ; »" in page.detected.text()
    assert page.preview.rowCount() == 3 and page.preview.item(0, 1).text() == "Lefèvre"
    assert not page.isComplete()  # external_id is required and not mapped yet
    assert "external_id" in page.missing.text()

    _map(wizard, "Matricule", "external_id")
    _map(wizard, "Nom", "last_name")
    _map(wizard, "Prénom", "first_name")
    _map(wizard, "Téléphone", "phone_1")
    _map(wizard, "Ville", "city")
    assert page.isComplete()
    _map(wizard, "Ville", "last_name")
    assert not page.isComplete() and "last_name" in page.missing.text()
    _map(wizard, "Ville", "city")

    page.profile_name.setText("caf-allocataires")
    page.save_profile.click()
    saved = load_profile(data_dir() / "mappings" / "caf-allocataires.json")
    assert saved.columns["Matricule"] == "external_id" and saved.kind == "debtors"

    wizard.next()  # the dry run starts by itself
    dry = wizard.dry_page
    assert wizard.dry_report is not None
    assert (wizard.dry_report.accepted, wizard.dry_report.rejected) == (2, 1)
    assert dry.errors.rowCount() >= 1 and dry.errors.item(0, 0).text() == "4"
    assert _debtors(database) == 0

    wizard.next()
    run = wizard.import_page
    assert wizard.currentId() == ImportWizard.IMPORT and not run.isComplete()
    run.start_button.click()
    assert wizard.report is not None and wizard.report.accepted == 2
    assert run.progress.value() == run.progress.maximum()
    assert "2" in run.summary.text() and run.isComplete()
    assert _debtors(database) == 2
    report = tmp_path / "rejets.csv"
    run.write_errors(report)
    assert report.read_text(encoding="utf-8-sig").splitlines()[1].startswith("4;external_id")


def test_unreadable_file_stays_on_the_first_page(
    qtbot: QtBot, sqlite_database: Database, runner: SyncTaskRunner, tmp_path: Path
) -> None:
    wizard = ImportWizard(SUPERVISOR, ImportService(sqlite_database.sessions), runner)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path_edit, str(tmp_path / "missing.csv"))
    wizard.next()
    assert wizard.currentId() == ImportWizard.FILE
    assert "missing.csv" in wizard.file_page.message.text()


class CancelledService:
    """An import the user stops half-way: progress, then the cancel is seen."""

    def __init__(self, real: ImportService) -> None:
        self.real = real
        self.page: Any = None

    def sniff(self, path: Path, mapping: Any = None) -> Any:
        return self.real.sniff(path, mapping)

    def run(self, actor: Actor, kind: Any, path: Path, **options: Any) -> ImportReport:
        if options.get("dry_run"):
            return self.real.run(actor, kind, path, **options)
        options["progress"](50, 100)
        assert self.page.progress.value() == 500
        self.page.cancel_button.click()
        assert options["cancel"]()
        raise ImportCancelled("Import cancelled: nothing of the file was kept.")


def test_stop_leaves_nothing(
    qtbot: QtBot, sqlite_database: Database, runner: SyncTaskRunner, tmp_path: Path
) -> None:
    _organisation(sqlite_database)
    path = tmp_path / "claims.csv"
    path.write_text(
        "external_id,debtor_external_id,origin,initial_amount,balance\n"
        'C1,D1,benefit,"10,00","10,00"\n',
        encoding="utf-8",
    )
    service = CancelledService(ImportService(sqlite_database.sessions))
    wizard = ImportWizard(SUPERVISOR, service, runner)
    service.page = wizard.import_page
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.kind.setCurrentIndex(wizard.file_page.kind.findData("claims"))
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.mapping_page.isComplete()  # canonical headers map themselves
    wizard.next()
    wizard.next()
    wizard.import_page.start_button.click()
    assert wizard.import_page.summary.text() == wizard.import_page.tr(
        "Stopped: nothing was written."
    )
    assert wizard.import_page.start_button.isEnabled()
    assert not wizard.import_page.isComplete()
