"""Adds the supervisor's and the administrator's screens to the main window, by permission."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from telerecouv.services.admin import AdminService
from telerecouv.services.audit import AuditService
from telerecouv.services.exports import ExportService
from telerecouv.services.imports.service import ImportService
from telerecouv.services.permissions import Actor, Permission
from telerecouv.services.queue.policy import QueuePolicyService
from telerecouv.services.queue.service import QueueService
from telerecouv.services.supervision import SupervisionService
from telerecouv.store.models import Organisation
from telerecouv.ui.admin.users import UsersScreen
from telerecouv.ui.supervisor.audit import AuditScreen
from telerecouv.ui.supervisor.imports_screen import ImportsScreen
from telerecouv.ui.supervisor.queue_settings import QueueSettingsScreen
from telerecouv.ui.supervisor.reports import ReportsPanel


def organisations(sessions: sessionmaker[Session]) -> list[tuple[str, str]]:
    """(code, name) of every organisation; called on a worker thread."""
    with sessions() as session:
        rows = session.execute(
            select(Organisation.code, Organisation.name).order_by(Organisation.code)
        )
        return [(code, name) for code, name in rows]


def install_screens(window, sessions: sessionmaker[Session], actor: Actor, runner) -> None:
    """Called by the composition root after login; agents and team leads get none of these.

    `window` offers `add_screen(widget, title, shortcut)` (MainWindow); a window without it
    (an older main window) simply gets no extra screen.
    """
    if not hasattr(window, "add_screen"):
        return
    if actor.can(Permission.TUNE_QUEUES):
        window.add_screen(
            QueueSettingsScreen(
                actor,
                QueuePolicyService(sessions),
                QueueService(sessions),
                SupervisionService(sessions),
                runner,
            ),
            QCoreApplication.translate("supervisor", "Queue &settings"),
            "Ctrl+Shift+Q",
        )
    if actor.can(Permission.IMPORT_FILES) or actor.can(Permission.EXPORT_REPORTS):
        screen = ImportsScreen(actor, ImportService(sessions), runner)
        screen.import_button.setEnabled(actor.can(Permission.IMPORT_FILES))
        if actor.can(Permission.EXPORT_REPORTS):
            screen.reports = ReportsPanel(actor, ExportService(sessions), runner)
            screen.add_section(screen.reports)
        runner.run(lambda: organisations(sessions), screen.set_organisations)
        window.add_screen(
            screen,
            QCoreApplication.translate("supervisor", "&Imports and reports"),
            "Ctrl+Shift+I",
        )
    if actor.can(Permission.READ_AUDIT):
        window.add_screen(
            AuditScreen(actor, AuditService(sessions), runner),
            QCoreApplication.translate("supervisor", "Audit lo&g"),
            "Ctrl+Shift+A",
        )
    if actor.can(Permission.MANAGE_USERS):
        window.add_screen(
            UsersScreen(actor, AdminService(sessions), runner),
            QCoreApplication.translate("supervisor", "&Users and teams"),
            "Ctrl+Shift+U",
        )
