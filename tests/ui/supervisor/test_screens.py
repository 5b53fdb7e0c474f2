"""Each role sees its own screens in the main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from telerecouv.domain.enums import Role
from telerecouv.services.database import Database
from telerecouv.services.permissions import Actor
from telerecouv.ui.supervisor.screens import install_screens
from telerecouv.ui.tasks import SyncTaskRunner


class Window:
    """MainWindow.add_screen's contract: (widget, title, shortcut)."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.screens: dict[str, tuple[str, str | None]] = {}

    def add_screen(self, widget: QWidget, title: str, shortcut: str | None = None) -> int:
        self.qtbot.addWidget(widget)
        self.screens[widget.objectName()] = (title, shortcut)
        return len(self.screens)


def _installed(qtbot: QtBot, database: Database, runner: SyncTaskRunner, role: Role) -> Window:
    window = Window(qtbot)
    install_screens(window, database.sessions, Actor(None, role.value, role), runner)
    return window


@pytest.mark.parametrize("role", [Role.AGENT, Role.TEAM_LEAD])
def test_no_supervisor_screen_below_supervisor(
    qtbot: QtBot, sqlite_database: Database, runner: SyncTaskRunner, role: Role
) -> None:
    assert _installed(qtbot, sqlite_database, runner, role).screens == {}


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.ADMIN])
def test_supervisor_and_admin_see_the_audit_log(
    qtbot: QtBot, sqlite_database: Database, runner: SyncTaskRunner, role: Role
) -> None:
    screens = _installed(qtbot, sqlite_database, runner, role).screens
    assert {"queueSettingsScreen", "importsScreen", "auditScreen"} <= set(screens)
    assert ("usersScreen" in screens) == (role is Role.ADMIN)
    shortcuts = [shortcut for _title, shortcut in screens.values()]
    assert len(shortcuts) == len(set(shortcuts))  # no two screens share a shortcut


def test_in_the_real_main_window(
    qtbot: QtBot, sqlite_database: Database, runner: SyncTaskRunner
) -> None:
    from telerecouv.services.overview import OverviewService
    from telerecouv.ui.main_window import MainWindow

    actor = Actor(None, "admin", Role.ADMIN)
    window = MainWindow(actor, "sqlite:///x", OverviewService(sqlite_database.sessions), runner)
    qtbot.addWidget(window)
    install_screens(window, sqlite_database.sessions, actor, runner)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    tabs = window.screens()
    assert tabs is not None
    names = [tabs.widget(i).objectName() for i in range(tabs.count())]
    assert {"auditScreen", "usersScreen"} <= set(names)
    qtbot.keyClick(
        window,
        Qt.Key.Key_U,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert tabs.currentWidget().objectName() == "usersScreen"
