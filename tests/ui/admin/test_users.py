"""An administrator manages users and teams from the keyboard; each change is audited."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from telerecouv.domain.enums import Role
from telerecouv.services.admin import AdminService
from telerecouv.services.database import Database
from telerecouv.services.permissions import SYSTEM, Actor
from telerecouv.services.users import UserService
from telerecouv.store.models import AuditEntry
from telerecouv.ui.admin.users import UsersScreen
from telerecouv.ui.tasks import SyncTaskRunner


def _screen(qtbot: QtBot, database: Database, runner: SyncTaskRunner) -> UsersScreen:
    admin = UserService(database.sessions).add_user(SYSTEM, "boss", Role.ADMIN, "boss-secret")
    actor = Actor(admin.id, "boss", Role.ADMIN)
    screen = UsersScreen(actor, AdminService(database.sessions), runner)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    return screen


def _row(screen: UsersScreen, login: str) -> int:
    table = screen.user_table
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == login)


def _actions(database: Database) -> list[str]:
    with database.sessions() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_team_then_user_then_change_and_deactivate(
    qtbot: QtBot, database: Database, runner: SyncTaskRunner
) -> None:
    screen = _screen(qtbot, database, runner)
    assert screen.user_table.rowCount() == 1

    screen.team_name.setText("Équipe Nord")  # QTest types ASCII only
    qtbot.mouseClick(screen.team_add, Qt.MouseButton.LeftButton)
    assert screen.team_table.item(0, 0).text() == "Équipe Nord"

    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    assert screen.focusWidget() is screen.login_edit
    qtbot.keyClicks(screen.login_edit, "Agent9")
    screen.name_edit.setText("Léa Martin")
    screen.team_box.setCurrentIndex(screen.team_box.findText("Équipe Nord"))
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    row = _row(screen, "agent9")
    assert screen.user_table.item(row, 1).text() == "Léa Martin"
    assert screen.user_table.item(row, 3).text() == "Équipe Nord"
    password = screen.password_shown.text()
    assert len(password) >= 8
    assert UserService(database.sessions).authenticate("agent9", password).login == "agent9"
    assert screen.team_table.item(0, 1).text() == "1"

    # Promote to team lead and change the name in one save.
    screen.role_box.setCurrentIndex(screen.role_box.findData(Role.TEAM_LEAD.value))
    screen.name_edit.setText("Léa Martin-Durand")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    row = _row(screen, "agent9")
    assert screen.user_table.item(row, 2).text() == screen.tr("Team lead")
    assert screen.user_table.item(row, 1).text() == "Léa Martin-Durand"
    assert screen.password_shown.text() == ""  # shown once only

    # The team cannot be deactivated while it has an active member.
    screen.team_table.setCurrentCell(0, 0)
    qtbot.mouseClick(screen.team_active, Qt.MouseButton.LeftButton)
    assert "still has 1 active member" in screen.message.text()

    screen.user_table.setCurrentCell(_row(screen, "agent9"), 0)
    qtbot.mouseClick(screen.active_button, Qt.MouseButton.LeftButton)
    row = _row(screen, "agent9")
    assert screen.user_table.item(row, 4).text() == screen.tr("Deactivated")
    screen.show_inactive.setChecked(False)
    assert screen.user_table.rowCount() == 1

    assert _actions(database)[-5:] == [
        "team.add",
        "user.add",
        "user.name",
        "user.role",
        "user.deactivate",
    ]


def test_reset_password_and_refusals(
    qtbot: QtBot, database: Database, runner: SyncTaskRunner
) -> None:
    UserService(database.sessions).add_user(SYSTEM, "agent5", Role.AGENT, "agent5-secret")
    screen = _screen(qtbot, database, runner)
    screen.user_table.setCurrentCell(_row(screen, "agent5"), 0)
    qtbot.mouseClick(screen.password_button, Qt.MouseButton.LeftButton)
    password = screen.password_shown.text()
    assert UserService(database.sessions).authenticate("agent5", password).login == "agent5"
    assert "user.password_reset" in _actions(database)

    # An administrator cannot deactivate themselves; the message says why.
    screen.user_table.setCurrentCell(_row(screen, "boss"), 0)
    qtbot.mouseClick(screen.active_button, Qt.MouseButton.LeftButton)
    assert screen.message.text()
    assert screen.user_table.item(_row(screen, "boss"), 4).text() == screen.tr("Active")

    # A bad login is refused with the service's message, nothing created.
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.login_edit, "x")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert "Invalid login" in screen.message.text()
    assert screen.user_table.rowCount() == 2


def test_refused_to_a_supervisor(qtbot: QtBot, sqlite_database: Database, runner) -> None:
    screen = UsersScreen(
        Actor(None, "super1", Role.SUPERVISOR), AdminService(sqlite_database.sessions), runner
    )
    qtbot.addWidget(screen)
    screen.show()
    assert "may not list users" in screen.message.text()
