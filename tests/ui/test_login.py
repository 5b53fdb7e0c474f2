"""Logging in from the keyboard opens the main window with the queues."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from telerecouv.services.database import Database
from telerecouv.services.demo import DemoBuilder
from telerecouv.services.overview import OverviewService
from telerecouv.services.users import UserService
from telerecouv.ui.login import LoginDialog
from telerecouv.ui.main_window import MainWindow
from telerecouv.ui.tasks import SyncTaskRunner


def test_wrong_then_right_password(
    qtbot: QtBot, sqlite_database: Database, runner: SyncTaskRunner
) -> None:
    DemoBuilder(sqlite_database.sessions).build(debtors=40, seed=2)
    dialog = LoginDialog(UserService(sqlite_database.sessions), runner, "sqlite:///x")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.login_edit, "agent1")
    qtbot.keyClicks(dialog.password_edit, "nope")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.actor is None
    assert dialog.message.text() == dialog.tr("Unknown login or wrong password.")
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, "agent1-demo")
    with qtbot.waitSignal(dialog.logged_in) as signal:
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    actor = signal.args[0]
    assert actor.login == "agent1"

    window = MainWindow(actor, "sqlite:///x", OverviewService(sqlite_database.sessions), runner)
    qtbot.addWidget(window)
    window.refresh()
    table = window.home.table
    assert table.rowCount() == 18  # 3 demo organisations x 6 stages
    waiting = sum(int(table.item(r, 2).text()) for r in range(table.rowCount()))
    assert waiting > 0
