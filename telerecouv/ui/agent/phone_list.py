"""The debtor's phone numbers with the local time at each, and dial / copy actions.

Dialling hands a `tel:`/`sip:` URI, built from the workstation's template, to the softphone
through the desktop (QDesktopServices.openUrl, injectable for tests). The template may use
{e164} (+33612345678), {digits} (33612345678) and {national} (0612345678).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from telerecouv.services.debtor_file import PhoneView
from telerecouv.ui.agent import format as fmt
from telerecouv.ui.agent.labels import phone_type_label, source_label

DEFAULT_DIAL_TEMPLATE = "tel:{e164}"


def dial_uri(template: str, phone: PhoneView) -> str:
    digits = phone.e164.lstrip("+")
    national = re.sub(r"\D", "", phone.display)
    return (
        (template or DEFAULT_DIAL_TEMPLATE)
        .replace("{e164}", phone.e164)
        .replace("{digits}", digits)
        .replace("{national}", national)
    )


class PhoneList(QWidget):
    dialled = Signal(object)  # PhoneView
    add_requested = Signal()
    deactivate_requested = Signal(object)  # PhoneView

    COLUMNS = 4

    def __init__(
        self,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("phoneList")
        self._open_url = open_url
        self._clock = clock
        self.template = DEFAULT_DIAL_TEMPLATE
        self.phones: tuple[PhoneView, ...] = ()

        self.table = QTableWidget(0, self.COLUMNS, objectName="phoneTable")
        self.table.setAccessibleName(self.tr("Phone numbers"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Type"), self.tr("Local time"), self.tr("Source")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMaximumHeight(118)
        self.table.activated.connect(lambda _index: self.dial_selected())

        self.dial_button = QPushButton(self.tr("Call (F6)"), objectName="dialButton")
        self.dial_button.setAccessibleName(self.tr("Call the selected number"))
        self.dial_button.clicked.connect(self.dial_selected)
        self.copy_button = QPushButton(self.tr("Copy"), objectName="copyNumberButton")
        self.copy_button.setAccessibleName(self.tr("Copy the selected number"))
        self.copy_button.clicked.connect(self.copy_selected)
        self.add_button = QPushButton(self.tr("Add..."), objectName="addPhoneButton")
        self.add_button.setAccessibleName(self.tr("Add or correct a phone number"))
        self.add_button.clicked.connect(self.add_requested)
        self.wrong_button = QPushButton(self.tr("Remove..."), objectName="removePhoneButton")
        self.wrong_button.setAccessibleName(self.tr("Remove the selected number"))
        self.wrong_button.setToolTip(self.tr("Wrong or dead number: keep it in the history"))
        self.wrong_button.clicked.connect(self._deactivate)
        copy_shortcut = QShortcut(QKeySequence.StandardKey.Copy, self.table)
        copy_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        copy_shortcut.activated.connect(self.copy_selected)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.dial_button, self.copy_button, self.add_button, self.wrong_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setInterval(30_000)
        self._timer.timeout.connect(self.refresh_times)
        self._timer.start()
        self._update_buttons()

    def show_phones(self, phones: tuple[PhoneView, ...]) -> None:
        self.phones = phones
        self.table.setRowCount(len(phones))
        for row, phone in enumerate(phones):
            invalid = self.tr("invalid")
            number = phone.display if phone.valid else f"{phone.display} ({invalid})"
            values = [number, phone_type_label(phone.phone_type), "", source_label(phone.source)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if not phone.valid:
                    item.setForeground(Qt.GlobalColor.gray)
                    item.setToolTip(self.tr("This number cannot be dialled: correct it."))
                self.table.setItem(row, column, item)
        self.refresh_times()
        first_valid = next((row for row, p in enumerate(phones) if p.valid), None)
        if first_valid is not None:
            self.table.selectRow(first_valid)
        self._update_buttons()

    def refresh_times(self) -> None:
        now = self._clock()
        for row, phone in enumerate(self.phones):
            item = self.table.item(row, 2)
            if item is not None:
                item.setText(fmt.local_time(phone.time_zones, now))

    def selected(self) -> PhoneView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if rows:
            return self.phones[rows[0].row()]
        return next((p for p in self.phones if p.valid), None)

    def dial_selected(self) -> bool:
        phone = self.selected()
        if phone is None or not phone.valid:
            return False
        self._open_url(QUrl(dial_uri(self.template, phone)))
        self.dialled.emit(phone)
        return True

    def copy_selected(self) -> None:
        phone = self.selected()
        if phone is not None:
            QGuiApplication.clipboard().setText(phone.e164 if phone.valid else phone.display)

    def _deactivate(self) -> None:
        phone = self.selected()
        if phone is not None:
            self.deactivate_requested.emit(phone)

    def _update_buttons(self) -> None:
        has_valid = any(p.valid for p in self.phones)
        self.dial_button.setEnabled(has_valid)
        self.copy_button.setEnabled(bool(self.phones))
        self.wrong_button.setEnabled(bool(self.phones))
