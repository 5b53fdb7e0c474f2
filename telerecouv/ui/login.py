"""The login dialog: authenticates in the background, never blocks the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from telerecouv.services.permissions import Actor
from telerecouv.services.users import AuthenticationFailed, UserService
from telerecouv.store.errors import KnownError
from telerecouv.ui.errors import error_text


class LoginDialog(QDialog):
    logged_in = Signal(object)  # Actor

    def __init__(self, users: UserService, runner, database_label: str, parent=None) -> None:
        super().__init__(parent)
        self._users = users
        self._runner = runner
        self.actor: Actor | None = None
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("telerecouv - Log in"))
        self.setMinimumWidth(380)

        self.login_edit = QLineEdit(objectName="loginEdit")
        self.login_edit.setAccessibleName(self.tr("Login"))
        self.password_edit = QLineEdit(objectName="passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.message = QLabel(objectName="loginMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        database = QLabel(self.tr("Database: %1").replace("%1", database_label))
        database.setObjectName("loginDatabase")
        database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        database.setStyleSheet("color: #555;")

        form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.login_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Telephone debt recovery"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(database)
        layout.addWidget(self.buttons)

    def _submit(self) -> None:
        login, password = self.login_edit.text().strip(), self.password_edit.text()
        if not login or not password:
            self.message.setText(self.tr("Type your login and your password."))
            return
        self._set_busy(True)
        self._runner.run(
            lambda: self._users.authenticate(login, password), self._succeeded, self._failed
        )

    def _set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        self.login_edit.setEnabled(not busy)
        self.password_edit.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Checking..."))

    def _succeeded(self, actor: Actor) -> None:
        self._set_busy(False)
        self.actor = actor
        self.logged_in.emit(actor)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, AuthenticationFailed):
            self.message.setText(self.tr("Unknown login or wrong password."))
        elif isinstance(error, KnownError):
            self.message.setText(error_text(error))
        else:
            self.message.setText(self.tr("Unexpected error: %1").replace("%1", repr(error)))
        self.password_edit.selectAll()
        self.password_edit.setFocus()
