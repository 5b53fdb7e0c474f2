"""Adds the supervisor's and the administrator's screens to the main window, by permission."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session, sessionmaker

from telerecouv.services.admin import AdminService
from telerecouv.services.audit import AuditService
from telerecouv.services.permissions import Actor, Permission
from telerecouv.ui.admin.users import UsersScreen
from telerecouv.ui.supervisor.audit import AuditScreen


def install_screens(window, sessions: sessionmaker[Session], actor: Actor, runner) -> None:
    """Called by the composition root after login; agents and team leads get none of these.

    `window` offers `add_screen(widget, title, shortcut)` (MainWindow); a window without it
    (an older main window) simply gets no extra screen.
    """
    if not hasattr(window, "add_screen"):
        return
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
