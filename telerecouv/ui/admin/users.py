"""Users and teams for administrators: create, change role/team/name, deactivate, reset a
password; create, rename and deactivate teams. Every change goes through AdminService, which
checks the permission and writes the audit row."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from telerecouv.domain.enums import Role
from telerecouv.services.admin import AdminUser, TeamInfo, temporary_password
from telerecouv.services.permissions import Actor
from telerecouv.ui.labels import role_label
from telerecouv.ui.supervisor.common import configure_table, local_time, show_error, show_message


class AdminPort(Protocol):
    """AdminService, as this screen uses it."""

    def users(self, actor: Actor, *, include_inactive: bool = True) -> list[AdminUser]: ...
    def teams(self, actor: Actor) -> list[TeamInfo]: ...
    def create_user(
        self,
        actor: Actor,
        login: str,
        role: Role,
        password: str,
        *,
        full_name: str = "",
        team_id: int | None = None,
    ) -> AdminUser: ...
    def set_role(self, actor: Actor, user_id: int, role: Role) -> AdminUser: ...
    def set_team(self, actor: Actor, user_id: int, team_id: int | None) -> AdminUser: ...
    def set_full_name(self, actor: Actor, user_id: int, full_name: str) -> AdminUser: ...
    def set_active(self, actor: Actor, user_id: int, active: bool) -> AdminUser: ...
    def reset_password(self, actor: Actor, user_id: int, password: str | None = None) -> str: ...
    def create_team(self, actor: Actor, name: str) -> TeamInfo: ...
    def rename_team(self, actor: Actor, team_id: int, name: str) -> TeamInfo: ...
    def set_team_active(self, actor: Actor, team_id: int, active: bool) -> TeamInfo: ...


class UsersScreen(QWidget):
    def __init__(self, actor: Actor, service: AdminPort, runner, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("usersScreen")
        self._actor = actor
        self._service = service
        self._runner = runner
        self._users: list[AdminUser] = []
        self._teams: list[TeamInfo] = []
        self._loaded_once = False
        self._creating = False

        # Users list.
        self.user_table = QTableWidget(0, 6, objectName="userTable")
        self.user_table.setAccessibleName(self.tr("Users"))
        self.user_table.setHorizontalHeaderLabels(
            [
                self.tr("Login"),
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Team"),
                self.tr("State"),
                self.tr("Last login"),
            ]
        )
        configure_table(self.user_table, {0: 90, 1: 170, 2: 110, 3: 140, 4: 80})
        self.show_inactive = QCheckBox(
            self.tr("Show &deactivated users"), objectName="showInactive"
        )
        self.show_inactive.setChecked(True)
        self.show_inactive.toggled.connect(self._show_users)
        self.user_table.currentCellChanged.connect(lambda *_: self._user_selected())

        # User form.
        self.login_edit = QLineEdit(objectName="userLogin")
        self.name_edit = QLineEdit(objectName="userName")
        self.role_box = QComboBox(objectName="userRole")
        for role in Role:
            self.role_box.addItem(role_label(role), role.value)
        self.team_box = QComboBox(objectName="userTeam")
        self.new_button = QPushButton(self.tr("&New user"), objectName="userNew")
        self.save_button = QPushButton(self.tr("&Save user"), objectName="userSave")
        self.active_button = QPushButton(self.tr("Deacti&vate"), objectName="userActive")
        self.password_button = QPushButton(self.tr("Reset &password"), objectName="userPassword")
        self.password_shown = QLineEdit(objectName="temporaryPassword")
        self.password_shown.setReadOnly(True)
        self.password_shown.setAccessibleName(self.tr("Temporary password"))
        self.password_shown.setPlaceholderText(self.tr("shown once, give it to the user"))
        form_box = QGroupBox(self.tr("User"))
        form = QFormLayout(form_box)
        for label, widget in (
            (self.tr("&Login:"), self.login_edit),
            (self.tr("Full na&me:"), self.name_edit),
            (self.tr("&Role:"), self.role_box),
            (self.tr("Te&am:"), self.team_box),
            (self.tr("Temporary password:"), self.password_shown),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(caption, widget)
        user_buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.active_button, self.password_button):
            user_buttons.addWidget(button)
        form.addRow(user_buttons)
        self.new_button.clicked.connect(self.new_user)
        self.save_button.clicked.connect(self.save_user)
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button.clicked.connect(self.reset_password)

        # Teams.
        self.team_table = QTableWidget(0, 3, objectName="teamTable")
        self.team_table.setAccessibleName(self.tr("Teams"))
        self.team_table.setHorizontalHeaderLabels(
            [self.tr("Team"), self.tr("Active members"), self.tr("State")]
        )
        configure_table(self.team_table, {0: 180, 1: 110})
        self.team_name = QLineEdit(objectName="teamName")
        self.team_name.setAccessibleName(self.tr("Team name"))
        self.team_name.setPlaceholderText(self.tr("Team name"))
        self.team_add = QPushButton(self.tr("Add &team"), objectName="teamAdd")
        self.team_rename = QPushButton(self.tr("R&ename"), objectName="teamRename")
        self.team_active = QPushButton(self.tr("Dea&ctivate team"), objectName="teamActive")
        self.team_add.clicked.connect(self.add_team)
        self.team_rename.clicked.connect(self.rename_team)
        self.team_active.clicked.connect(self.toggle_team)
        self.team_table.currentCellChanged.connect(lambda *_: self._team_selected())
        teams_box = QGroupBox(self.tr("Teams"))
        teams_layout = QVBoxLayout(teams_box)
        teams_layout.addWidget(self.team_table, 1)
        team_row = QHBoxLayout()
        team_row.addWidget(self.team_name, 1)
        team_row.addWidget(self.team_add)
        team_row.addWidget(self.team_rename)
        team_row.addWidget(self.team_active)
        teams_layout.addLayout(team_row)

        self.message = QLabel(objectName="usersMessage")
        self.message.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.user_table, 1)
        left_layout.addWidget(self.show_inactive)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(form_box)
        right_layout.addWidget(teams_box, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([760, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self._user_selected()
        self._team_selected()

    # -- loading ------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self.refresh()

    def refresh(
        self,
        message: str | None = None,
        select_login: str | None = None,
        password: str | None = None,
    ) -> None:
        self._loaded_once = True
        self._runner.run(
            lambda: (self._service.users(self._actor), self._service.teams(self._actor)),
            lambda result: self._loaded(
                *result, message=message, select_login=select_login, password=password
            ),
            lambda error: show_error(self.message, error),
        )

    def _loaded(
        self,
        users: list[AdminUser],
        teams: list[TeamInfo],
        *,
        message: str | None,
        select_login: str | None,
        password: str | None = None,
    ) -> None:
        current = select_login or (self.selected_user().login if self.selected_user() else None)
        self._users, self._teams = users, teams
        self.team_box.clear()
        self.team_box.addItem(self.tr("(no team)"), None)
        for team in teams:
            if team.active:
                self.team_box.addItem(team.name, team.id)
        self._show_users(select=current)
        self._show_teams()
        if password:
            self.password_shown.setText(password)
            self.password_shown.selectAll()
            self.password_shown.setFocus()
        if message:
            show_message(self.message, message, ok=True)

    def _visible_users(self) -> list[AdminUser]:
        return [u for u in self._users if u.active or self.show_inactive.isChecked()]

    def _show_users(self, *_args, select: str | None = None) -> None:
        users = self._visible_users()
        self.user_table.blockSignals(True)
        self.user_table.setRowCount(len(users))
        chosen = -1
        for row, user in enumerate(users):
            values = [
                user.login,
                user.full_name,
                role_label(user.role),
                user.team or "",
                self.tr("Active") if user.active else self.tr("Deactivated"),
                local_time(user.last_login_at),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if not user.active:
                    item.setForeground(QBrush(QColor("#777777")))
                self.user_table.setItem(row, column, item)
            if user.login == select:
                chosen = row
        self.user_table.blockSignals(False)
        if chosen >= 0:
            self.user_table.setCurrentCell(chosen, 0)
        self._user_selected()

    def _show_teams(self) -> None:
        current = self.selected_team()
        self.team_table.blockSignals(True)
        self.team_table.setRowCount(len(self._teams))
        for row, team in enumerate(self._teams):
            values = [
                team.name,
                str(team.members),
                self.tr("Active") if team.active else self.tr("Deactivated"),
            ]
            for column, value in enumerate(values):
                self.team_table.setItem(row, column, QTableWidgetItem(value))
            if current is not None and team.id == current.id:
                self.team_table.setCurrentCell(row, 0)
        self.team_table.blockSignals(False)
        self._team_selected()

    # -- users --------------------------------------------------------------------------------
    def selected_user(self) -> AdminUser | None:
        row = self.user_table.currentRow()
        users = self._visible_users()
        return users[row] if 0 <= row < len(users) else None

    def _user_selected(self) -> None:
        user = self.selected_user()
        self._creating = False
        self.password_shown.clear()
        self.login_edit.setReadOnly(True)
        has_user = user is not None
        for widget in (self.save_button, self.active_button, self.password_button):
            widget.setEnabled(has_user)
        if user is None:
            self.login_edit.clear()
            self.name_edit.clear()
            return
        self.login_edit.setText(user.login)
        self.name_edit.setText(user.full_name)
        self.role_box.setCurrentIndex(self.role_box.findData(user.role.value))
        index = self.team_box.findData(user.team_id)
        self.team_box.setCurrentIndex(max(index, 0))
        self.active_button.setText(
            self.tr("Deacti&vate") if user.active else self.tr("Reacti&vate")
        )

    def new_user(self) -> None:
        self.user_table.clearSelection()
        self.user_table.setCurrentCell(-1, -1)
        self._creating = True
        self.login_edit.setReadOnly(False)
        self.login_edit.clear()
        self.name_edit.clear()
        self.role_box.setCurrentIndex(self.role_box.findData(Role.AGENT.value))
        self.team_box.setCurrentIndex(0)
        self.password_shown.clear()
        self.save_button.setEnabled(True)
        self.active_button.setEnabled(False)
        self.password_button.setEnabled(False)
        self.login_edit.setFocus()
        show_message(
            self.message, self.tr("New user: type the login, the name, choose role and team.")
        )

    def save_user(self) -> None:
        role = Role(self.role_box.currentData())
        team_id = self.team_box.currentData()
        full_name = self.name_edit.text().strip()
        if self._creating:
            login = self.login_edit.text().strip().lower()
            password = temporary_password()

            def create() -> str:
                self._service.create_user(
                    self._actor, login, role, password, full_name=full_name, team_id=team_id
                )
                return login

            def created(login: str) -> None:
                self._creating = False
                self.refresh(
                    self.tr("User %1 created; give them the temporary password.").replace(
                        "%1", login
                    ),
                    select_login=login,
                    password=password,
                )

            self._runner.run(create, created, lambda e: show_error(self.message, e))
            return
        user = self.selected_user()
        if user is None:
            return

        def update() -> int:
            changes = 0
            if full_name != user.full_name:
                self._service.set_full_name(self._actor, user.id, full_name)
                changes += 1
            if team_id != user.team_id:
                self._service.set_team(self._actor, user.id, team_id)
                changes += 1
            if role is not user.role:
                self._service.set_role(self._actor, user.id, role)
                changes += 1
            return changes

        def updated(changes: int) -> None:
            if changes == 0:
                show_message(self.message, self.tr("Nothing to save."))
            else:
                self.refresh(
                    self.tr("User %1 saved.").replace("%1", user.login), select_login=user.login
                )

        self._runner.run(update, updated, lambda e: self._failed_and_reload(e, user.login))

    def _failed_and_reload(self, error: BaseException, login: str) -> None:
        """Some changes may have gone in before the refusal: show the truth again."""
        self.refresh(select_login=login)
        show_error(self.message, error)

    def toggle_active(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        active = not user.active
        text = (
            self.tr("User %1 reactivated.") if active else self.tr("User %1 deactivated.")
        ).replace("%1", user.login)
        self._runner.run(
            lambda: self._service.set_active(self._actor, user.id, active),
            lambda _r: self.refresh(text, select_login=user.login),
            lambda e: show_error(self.message, e),
        )

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is None:
            return

        def done(password: str) -> None:
            self.password_shown.setText(password)
            self.password_shown.selectAll()
            self.password_shown.setFocus()
            show_message(
                self.message,
                self.tr("Password of %1 reset: give them the temporary password.").replace(
                    "%1", user.login
                ),
                ok=True,
            )

        self._runner.run(
            lambda: self._service.reset_password(self._actor, user.id),
            done,
            lambda e: show_error(self.message, e),
        )

    # -- teams --------------------------------------------------------------------------------
    def selected_team(self) -> TeamInfo | None:
        row = self.team_table.currentRow()
        return self._teams[row] if 0 <= row < len(self._teams) else None

    def _team_selected(self) -> None:
        team = self.selected_team()
        self.team_rename.setEnabled(team is not None)
        self.team_active.setEnabled(team is not None)
        if team is not None:
            self.team_name.setText(team.name)
            self.team_active.setText(
                self.tr("Dea&ctivate team") if team.active else self.tr("Rea&ctivate team")
            )

    def add_team(self) -> None:
        name = self.team_name.text()
        self._runner.run(
            lambda: self._service.create_team(self._actor, name),
            lambda team: self.refresh(self.tr("Team %1 created.").replace("%1", team.name)),
            lambda e: show_error(self.message, e),
        )

    def rename_team(self) -> None:
        team = self.selected_team()
        if team is None:
            return
        name = self.team_name.text()
        self._runner.run(
            lambda: self._service.rename_team(self._actor, team.id, name),
            lambda renamed: self.refresh(self.tr("Team renamed %1.").replace("%1", renamed.name)),
            lambda e: show_error(self.message, e),
        )

    def toggle_team(self) -> None:
        team = self.selected_team()
        if team is None:
            return
        active = not team.active
        text = (
            self.tr("Team %1 reactivated.") if active else self.tr("Team %1 deactivated.")
        ).replace("%1", team.name)
        self._runner.run(
            lambda: self._service.set_team_active(self._actor, team.id, active),
            lambda _r: self.refresh(text),
            lambda e: show_error(self.message, e),
        )
