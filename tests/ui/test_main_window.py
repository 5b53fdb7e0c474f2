"""Role screens are added to the main window as tabs, each reachable by its shortcut."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from telerecouv.domain.enums import Role
from telerecouv.services.permissions import Actor
from telerecouv.ui.main_window import MainWindow
from telerecouv.ui.tasks import SyncTaskRunner


class _NoOverview:
    def queue_counts(self, actor: Actor) -> list[object]:
        return []


def test_screens_become_tabs_with_shortcuts(qtbot: QtBot, runner: SyncTaskRunner) -> None:
    actor = Actor(user_id=1, login="lead1", role=Role.TEAM_LEAD)
    window = MainWindow(actor, "sqlite:///x", _NoOverview(), runner)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    assert window.screens() is None  # backward compatible: the home panel alone
    assert window.centralWidget() is window.home

    first = QLabel("first")
    second = QLabel("second")
    assert window.add_screen(first, "First", "Ctrl+7") == 1
    assert window.add_screen(second, "Second", "Ctrl+8") == 2
    tabs = window.screens()
    assert tabs is not None and tabs.objectName() == "screenTabs"
    assert tabs.widget(0) is window.home
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget() is second
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget() is first
