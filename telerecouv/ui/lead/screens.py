"""Adds the team lead's screens to the main window, by permission (team leads and above)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session, sessionmaker

from telerecouv.services.approvals import ApprovalService
from telerecouv.services.directory import DirectoryService
from telerecouv.services.kpi import KpiService
from telerecouv.services.permissions import Actor, Permission
from telerecouv.services.review import ReviewService
from telerecouv.ui.lead.approvals import ApprovalsScreen
from telerecouv.ui.lead.kpi import KpiScreen
from telerecouv.ui.lead.review import ReviewScreen


def install_screens(window, sessions: sessionmaker[Session], actor: Actor, runner) -> list:
    """Called by the composition root after login; agents get none of these.

    `window` offers `add_screen(widget, title, shortcut)` (MainWindow). Returns the screens
    added (tests look at them).
    """
    if not hasattr(window, "add_screen"):
        return []
    directory = DirectoryService(sessions)
    added = []
    if actor.can(Permission.REVIEW_CALLS):
        screen = ReviewScreen(actor, ReviewService(sessions), directory, runner)
        window.add_screen(
            screen, QCoreApplication.translate("lead", "Outcome &review"), "Ctrl+Shift+R"
        )
        added.append(screen)
    if actor.can(Permission.APPROVE_PLANS):
        screen = ApprovalsScreen(actor, ApprovalService(sessions), runner)
        window.add_screen(
            screen, QCoreApplication.translate("lead", "&Plans to approve"), "Ctrl+Shift+P"
        )
        added.append(screen)
    if actor.can(Permission.READ_KPIS):
        screen = KpiScreen(actor, KpiService(sessions), directory, runner)
        window.add_screen(screen, QCoreApplication.translate("lead", "&KPIs"), "Ctrl+Shift+K")
        added.append(screen)
    return added
