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


BAD_ROWS = (
    "external_id;last_name;birth_date;email;Commentaire\n"
    "D-1;Martin;pas une date;;\n"
    "D-2;;01/01/1980;;\n"
    "D-3;Durand;01/01/1980;courriel;\n"
    "D-4;Petit;02/02/1982;;\n"
    "D-4;Petit;02/02/1982;;\n"
)


def test_rejected_rows_read_in_french(
    french: None,
    qtbot: QtBot,
    sqlite_database: Database,
    runner: SyncTaskRunner,
    tmp_path: Path,
) -> None:
    _organisation(sqlite_database)
    path = tmp_path / "debtors.csv"
    path.write_text(BAD_ROWS, encoding="utf-8")
    wizard = ImportWizard(SUPERVISOR, ImportService(sqlite_database.sessions), runner)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.kind.setCurrentIndex(wizard.file_page.kind.findData("debtors"))
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.mapping_page.isComplete()  # canonical headers map themselves
    wizard.next()  # the dry run starts by itself
    report = wizard.dry_report
    assert report is not None and (report.accepted, report.rejected) == (1, 4)
    # The report itself stays English (CLI, --json, the journal).
    assert [error.reason for error in report.errors] == [
        "'pas une date' is not a date; write dd/mm/yyyy or yyyy-mm-dd",
        "a person needs a last name",
        "'courriel' is not an e-mail address (name@domain.fr)",
        "the same external_id as line 5",
    ]
    assert report.warnings == ("column 'Commentaire' is not used for debtors",)

    dry = wizard.dry_page
    shown = [
        tuple(dry.errors.item(r, c).text() for c in range(3)) for r in range(dry.errors.rowCount())
    ]
    assert shown == [
        ("2", "birth_date", "'pas une date' n'est pas une date ; format attendu : "
                            "jj/mm/aaaa ou aaaa-mm-jj"),
        ("3", "last_name", "une personne physique doit avoir un nom"),
        ("4", "email", "'courriel' n'est pas une adresse e-mail (nom@domaine.fr)"),
        ("6", "external_id", "même external_id qu'à la ligne 5"),
    ]  # fmt: skip
    assert (
        "la colonne 'Commentaire' n'est pas utilisée pour l'import des débiteurs"
        in dry.summary.text()
    )

    saved = tmp_path / "rejets.csv"
    dry.write_errors(saved)
    lines = saved.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "ligne;champ;motif"  # the columns keep their names
    assert lines[2] == "3;last_name;une personne physique doit avoir un nom"
    assert lines[4] == "6;external_id;même external_id qu'à la ligne 5"
