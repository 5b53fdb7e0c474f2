"""Adds the agent's workspace to the main window (composition root side of issue #5)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from sqlalchemy.orm import Session, sessionmaker

from telerecouv.config import Settings, data_dir
from telerecouv.domain.enums import Role
from telerecouv.jobs.sweeps import ReminderPoller
from telerecouv.paths import SCRIPTS_DIR
from telerecouv.services.calls import CallService
from telerecouv.services.contacts import ContactService
from telerecouv.services.debtor_file import DebtorFileService
from telerecouv.services.letters import LetterService
from telerecouv.services.outbox import DraftStore, Outbox, user_dir
from telerecouv.services.permissions import Actor, Permission
from telerecouv.services.queue.service import QueueService
from telerecouv.store.types import utcnow
from telerecouv.ui.agent.backend import AgentBackend
from telerecouv.ui.agent.workspace import AgentScreen


def build_backend(
    sessions: sessionmaker[Session],
    actor: Actor,
    *,
    clock: Callable[[], datetime] = utcnow,
    home: Path | None = None,
) -> AgentBackend:
    """The real services behind the workspace; local files under the user's data dir."""
    queue = QueueService(sessions, clock=clock)
    base = home or data_dir()
    login = actor.login
    return AgentBackend(
        queue=queue,
        files=DebtorFileService(sessions, explain=queue.explain),
        calls=CallService(sessions, clock=clock),
        contacts=ContactService(sessions),
        letters=LetterService(sessions),
        outbox=Outbox(user_dir("outbox", login) if home is None else base / "outbox" / login),
        drafts=DraftStore(user_dir("drafts", login) if home is None else base / "drafts" / login),
        scripts_dir=SCRIPTS_DIR,
        letters_dir=base / "letters",
        settings=lambda: Settings.load().values,
        reminders=ReminderPoller(sessions, actor.user_id) if actor.user_id is not None else None,
    )


def install_screens(
    window, sessions: sessionmaker[Session], actor: Actor, runner, **options
) -> AgentScreen | None:
    """Called by the composition root after login, for every user who may take calls.

    Agents land on it; team leads and supervisors find it as a tab (Ctrl+1).
    """
    if not actor.can(Permission.WORK_CALLS) or not hasattr(window, "add_screen"):
        return None
    clock = options.pop("clock", utcnow)
    backend = build_backend(sessions, actor, clock=clock, home=options.pop("home", None))
    screen = AgentScreen(actor, backend, runner, clock=clock, **options)
    window.add_screen(screen, QCoreApplication.translate("agent", "&Calls"), "Ctrl+1")
    refresh = getattr(window, "refresh_action", None)
    if refresh is not None:  # F5 is "next call" for whoever takes calls
        refresh.setShortcut(QKeySequence("Ctrl+R"))
    for widget in screen.status_widgets():
        window.statusBar().addPermanentWidget(widget)
    if actor.role is Role.AGENT:
        window.show_screen(screen)
    screen.start()
    return screen
