"""Composition root of the GUI (Vorta's application.py): builds everything, hands it down."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from telerecouv.config import ConfigError, mask_url, resolve_database_url
from telerecouv.jobs.runner import EmbeddedJobs
from telerecouv.paths import TRANSLATIONS_DIR
from telerecouv.services.database import Database, open_database
from telerecouv.services.overview import OverviewService
from telerecouv.services.users import UserService
from telerecouv.store.errors import KnownError
from telerecouv.ui.agent.screens import install_screens as install_agent_screens
from telerecouv.ui.errors import translate
from telerecouv.ui.lead.screens import install_screens as install_lead_screens
from telerecouv.ui.login import LoginDialog
from telerecouv.ui.main_window import MainWindow
from telerecouv.ui.supervisor.screens import install_screens as install_supervisor_screens
from telerecouv.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
ENV_LANGUAGE = "TELERECOUV_LANGUAGE"


def install_translations(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """French by default; TELERECOUV_LANGUAGE=en shows the source strings."""
    language = language or os.environ.get(ENV_LANGUAGE, "fr")
    if language.startswith("en"):
        return []
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    translators = []
    sources = [(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language}")]
    # One file per area of the interface (core, agent, lead, supervisor...).
    sources += [
        (str(TRANSLATIONS_DIR), qm.stem) for qm in sorted(TRANSLATIONS_DIR.glob(f"*_{language}.qm"))
    ]
    for directory, name in sources:
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            log.warning("translation %s not found in %s", name, directory)
    return translators


def start_shared_jobs(database: Database) -> EmbeddedJobs | None:
    """Embedded mode (SQLite): this application runs the shared sweeps itself, the same as
    `telerecouv worker` and under the same lease (of two applications on one file, one runs
    them), on APScheduler's threads. Central mode (PostgreSQL): `telerecouv worker` runs
    them; the GUI keeps only its agent's call-back reminders (agent screen)."""
    if not database.is_sqlite:
        return None
    jobs = EmbeddedJobs(database.sessions)
    jobs.start()
    return jobs


class Application:
    """Holds the long-lived objects of one GUI session."""

    def __init__(self, qapp: QApplication, url: str) -> None:
        self.qapp = qapp
        self.url = url
        self.runner = TaskRunner(qapp)
        self.database: Database | None = None
        self.jobs: EmbeddedJobs | None = None  # the shared sweeps, on SQLite only
        self.window: MainWindow | None = None
        self.exit_code = 0

    def start(self) -> None:
        progress = QProgressDialog(
            QCoreApplication.translate("Application", "Opening the database %1...").replace(
                "%1", mask_url(self.url)
            ),
            None,
            0,
            0,
        )
        progress.setWindowTitle("telerecouv")
        progress.setMinimumDuration(500)
        self._progress = progress
        self.runner.run(lambda: open_database(self.url), self._opened, self._open_failed)

    def _opened(self, database: Database) -> None:
        self._progress.close()
        self.database = database
        self.jobs = start_shared_jobs(database)
        login = LoginDialog(UserService(database.sessions), self.runner, database.display_url)
        self._login = login
        login.logged_in.connect(self._logged_in)
        login.rejected.connect(self.qapp.quit)
        login.show()

    def _logged_in(self, actor) -> None:
        assert self.database is not None
        self.window = MainWindow(
            actor, self.database.display_url, OverviewService(self.database.sessions), self.runner
        )
        install_agent_screens(self.window, self.database.sessions, actor, self.runner)
        install_lead_screens(self.window, self.database.sessions, actor, self.runner)
        install_supervisor_screens(self.window, self.database.sessions, actor, self.runner)
        jobs = self.jobs
        self.window.watch_jobs(None if jobs is None else lambda: jobs.running_here)
        self.window.show()
        self.window.refresh()

    def _open_failed(self, error: BaseException) -> None:
        self._progress.close()
        if isinstance(error, KnownError):
            text = f"{translate(error.message)}\n\n{translate(error.hint)}".strip()
        else:
            text = QCoreApplication.translate(
                "Application", "Unexpected error while opening the database: %1"
            ).replace("%1", type(error).__name__)
            log.error("cannot open database", exc_info=error)
        QMessageBox.critical(
            None, QCoreApplication.translate("Application", "telerecouv - database"), text
        )
        self.exit_code = 2
        self.qapp.quit()

    def shutdown(self) -> None:
        if self.jobs is not None:
            self.jobs.stop()  # waits for a sweep in progress, gives the lease back
            self.jobs = None
        self.runner.wait(5000)
        if self.database:
            self.database.dispose()


def run(database_url: str | None = None) -> int:
    qapp = QApplication.instance() or QApplication(sys.argv)
    qapp.setApplicationName("telerecouv")
    qapp.setOrganizationName("telerecouv")
    install_translations(qapp)
    try:
        url = resolve_database_url(database_url)
    except ConfigError as exc:
        QMessageBox.critical(None, "telerecouv", str(exc))
        return 2
    app = Application(qapp, url)
    app.start()
    code = qapp.exec()
    app.shutdown()
    return app.exit_code or code
