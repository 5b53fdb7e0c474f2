"""The audit viewer lists who changed what, filters it and shows the values before and after."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from telerecouv.domain.enums import Role
from telerecouv.services.audit import AuditService
from telerecouv.services.database import Database
from telerecouv.services.permissions import SYSTEM, Actor
from telerecouv.services.users import UserService
from telerecouv.ui.supervisor.audit import AuditScreen
from telerecouv.ui.tasks import SyncTaskRunner

SUPERVISOR = Actor(user_id=None, login="super1", role=Role.SUPERVISOR)


def _changes(database: Database) -> None:
    users = UserService(database.sessions)
    users.add_user(SYSTEM, "agent7", Role.AGENT, "agent7-secret", full_name="Agent Seven")
    users.add_user(SYSTEM, "lead7", Role.TEAM_LEAD, "lead7-secret", team="Nord")
    users.set_password(SYSTEM, "agent7", "another-secret")


def test_lists_filters_and_details(
    qtbot: QtBot, database: Database, runner: SyncTaskRunner
) -> None:
    _changes(database)
    screen = AuditScreen(SUPERVISOR, AuditService(database.sessions), runner)
    qtbot.addWidget(screen)
    screen.show()  # the first showing loads the log
    table = screen.table
    assert table.model().rowCount() == 3
    actions = {table.model().index(r, 2).data() for r in range(3)}
    assert actions == {"user.add", "user.password"}
    # Newest first.
    assert table.model().index(0, 2).data() == "user.password"
    assert screen.message.text() == screen.tr("%1 entries").replace("%1", "3")

    qtbot.keyClicks(screen.search, "lead7")
    assert table.model().rowCount() == 1
    table.setCurrentIndex(table.model().index(0, 0))
    detail = screen.detail.toPlainText()
    assert "cli — user.add — user" in detail
    assert '"team": "Nord"' in detail
    assert "team_lead" in table.model().index(0, 5).data()

    screen.search.clear()
    screen.entity.setCurrentIndex(screen.entity.findData("user"))
    assert table.model().rowCount() == 3


def test_refused_to_a_team_lead(qtbot: QtBot, database: Database, runner: SyncTaskRunner) -> None:
    lead = Actor(user_id=None, login="lead1", role=Role.TEAM_LEAD)
    screen = AuditScreen(lead, AuditService(database.sessions), runner)
    qtbot.addWidget(screen)
    screen.refresh()
    assert "may not read the audit log" in screen.message.text()
    assert screen.table.model().rowCount() == 0


def test_keyboard_refresh_picks_up_new_changes(
    qtbot: QtBot, sqlite_database: Database, runner: SyncTaskRunner
) -> None:
    screen = AuditScreen(SUPERVISOR, AuditService(sqlite_database.sessions), runner)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.table.model().rowCount() == 0
    _changes(sqlite_database)
    screen.refresh_button.setFocus()
    qtbot.keyClick(screen.refresh_button, Qt.Key.Key_Space)
    assert screen.table.model().rowCount() == 3


def test_search_ignores_case_and_accents_and_needs_every_word(
    qtbot: QtBot, database: Database, runner: SyncTaskRunner
) -> None:
    _changes(database)
    UserService(database.sessions).add_user(
        SYSTEM, "hlefevre", Role.AGENT, "hlefevre-secret", full_name="Hélène Lefèvre"
    )
    screen = AuditScreen(SUPERVISOR, AuditService(database.sessions), runner)
    qtbot.addWidget(screen)
    screen.show()
    model = screen.table.model()
    assert model.rowCount() == 4
    qtbot.keyClicks(screen.search, "HELENE lefevre")
    assert model.rowCount() == 1
    assert "Hélène Lefèvre" in model.index(0, 5).data()
    screen.search.clear()
    screen.search.setText("Lefèvre user.password")  # both words needed: no such row
    assert model.rowCount() == 0
    screen.search.clear()
    assert model.rowCount() == 4
