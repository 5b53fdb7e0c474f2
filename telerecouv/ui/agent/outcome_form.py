"""The outcome of the call: reachability, then the result, notes and a call-back.

Keyboard: F4 puts the focus on the reachability list; its entries start with a digit, so one
key picks one ("2" = no answer); Ctrl+Return saves. A no-answer is therefore three keys:
F4, 2, Ctrl+Return. The result list is enabled only when someone answered. The call-back is
typed in the debtor's local time (their zone is shown beside it) and stored in UTC.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, Qt, QTimeZone, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from telerecouv.domain.enums import CallbackScope, CallResult, Reachability
from telerecouv.ui.agent import format as fmt
from telerecouv.ui.agent.labels import scope_label
from telerecouv.ui.labels import reachability_label, result_label

REACHABILITY_ORDER = (
    Reachability.RIGHT_PARTY,
    Reachability.NO_ANSWER,
    Reachability.VOICEMAIL,
    Reachability.BUSY,
    Reachability.THIRD_PARTY,
    Reachability.WRONG_NUMBER,
    Reachability.INVALID_NUMBER,
)
RESULT_ORDER = (
    CallResult.PLAN_AGREED,
    CallResult.FULL_PAYMENT_PROMISED,
    CallResult.PARTIAL_PAYMENT_PROMISED,
    CallResult.ALREADY_PAID,
    CallResult.CALLBACK_REQUESTED,
    CallResult.DISPUTE,
    CallResult.RELIEF_REQUESTED,
    CallResult.REFUSAL,
    CallResult.HARDSHIP_REFERRAL,
)


class DigitComboBox(QComboBox):
    """A list whose entries are picked with the digit they start with, at once."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            digit = str(key - Qt.Key.Key_0)
            for index in range(self.count()):
                if self.itemText(index).startswith(f"{digit} "):
                    self.setCurrentIndex(index)
                    return
        super().keyPressEvent(event)


class OutcomeForm(QFrame):
    changed = Signal()
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomeForm")
        self.setAccessibleName(self.tr("Outcome of the call"))
        self._zone = "Europe/Paris"
        self._loading = False

        self.reachability = DigitComboBox(objectName="outcomeReachability")
        self.reachability.setAccessibleName(self.tr("Who answered"))
        self.reachability.addItem(self.tr("- choose (F4) -"), None)
        for number, value in enumerate(REACHABILITY_ORDER, start=1):
            self.reachability.addItem(f"{number}  {reachability_label(value)}", value)
        self.result = DigitComboBox(objectName="outcomeResult")
        self.result.setAccessibleName(self.tr("Result of the call"))
        self.result.addItem(self.tr("- no result -"), None)
        for number, value in enumerate(RESULT_ORDER, start=1):
            self.result.addItem(f"{number}  {result_label(value)}", value)
        self.notes = QPlainTextEdit(objectName="outcomeNotes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("What was said (saved as you type)"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(60)
        self.callback_at = QDateTimeEdit(objectName="callbackAt")
        self.callback_at.setAccessibleName(self.tr("Call-back date and time, debtor's time"))
        self.callback_at.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.callback_at.setCalendarPopup(True)
        self._utc = QTimeZone(QTimeZone.Initialization.UTC)
        self.callback_at.setTimeZone(self._utc)  # wall time only; no DST of this machine
        self.callback_zone = QLabel(objectName="callbackZone")
        self.callback_zone.setStyleSheet("color: #555;")
        self.callback_scope = QComboBox(objectName="callbackScope")
        self.callback_scope.setAccessibleName(self.tr("Who calls back"))
        for scope in (CallbackScope.PERSONAL, CallbackScope.TEAM):
            self.callback_scope.addItem(scope_label(scope), scope)
        self.agreement = QLabel(objectName="outcomeAgreement")
        self.agreement.setWordWrap(True)
        self.agreement.setStyleSheet("color: #1b6e20;")
        self.message = QLabel(objectName="outcomeMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.save_button = QPushButton(
            self.tr("Save the call (Ctrl+Enter)"), objectName="saveOutcomeButton"
        )
        self.save_button.setAccessibleName(self.tr("Save the call"))
        self.save_button.setStyleSheet("font-weight: 600; padding: 6px;")
        self.save_button.clicked.connect(self.save_requested)

        callback_row = QHBoxLayout()
        callback_row.addWidget(self.callback_at)
        callback_row.addWidget(self.callback_zone, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Reached:"), self.reachability)
        form.addRow(self.tr("R&esult:"), self.result)
        self._callback_label = QLabel(self.tr("Call-&back:"))
        self._callback_label.setBuddy(self.callback_at)
        form.addRow(self._callback_label, callback_row)
        self._scope_label = QLabel(self.tr("Called back &by:"))
        self._scope_label.setBuddy(self.callback_scope)
        form.addRow(self._scope_label, self.callback_scope)
        form.addRow(self.tr("&Notes:"), self.notes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(form, 1)
        layout.addWidget(self.agreement)
        layout.addWidget(self.message)
        layout.addWidget(self.save_button)

        self.reachability.currentIndexChanged.connect(self._reachability_changed)
        self.result.currentIndexChanged.connect(self._result_changed)
        self.notes.textChanged.connect(self._emit)
        self.callback_at.dateTimeChanged.connect(self._emit)
        self.callback_scope.currentIndexChanged.connect(self._emit)
        self.clear()

    # --- state ----------------------------------------------------------------------------

    def clear(self) -> None:
        self._loading = True
        self.reachability.setCurrentIndex(0)
        self.result.setCurrentIndex(0)
        self.notes.clear()
        self.callback_scope.setCurrentIndex(0)
        self.agreement.clear()
        self.message.clear()
        self._loading = False
        self._update_enabled()

    def set_zone(self, zone: str, now: datetime) -> None:
        """The debtor's zone: the call-back is typed in their local time."""
        self._zone = zone if fmt.zone_info(zone) else "Europe/Paris"
        self.callback_zone.setText(
            self.tr("debtor's time (%1)").replace("%1", fmt.zone_name(self._zone))
        )
        local = (now + timedelta(days=1)).astimezone(ZoneInfo(self._zone))
        local = local.replace(hour=10, minute=0, second=0, microsecond=0)
        self.set_callback(local)

    def set_callback(self, moment: datetime) -> None:
        """Shows an instant as the debtor's wall-clock time (the edit holds no zone: the
        typed wall time is read back in the debtor's zone by `callback_moment`)."""
        local = moment.astimezone(ZoneInfo(self._zone))
        self.callback_at.setDateTime(
            QDateTime(local.date(), local.time().replace(tzinfo=None), self._utc)
        )

    def callback_moment(self) -> datetime:
        """The call-back as an aware datetime (the debtor's zone)."""
        value = self.callback_at.dateTime()
        day, time = value.date().toPython(), value.time().toPython()
        return datetime.combine(day, time, tzinfo=ZoneInfo(self._zone))

    def set_values(
        self,
        reachability: Reachability | None,
        result: CallResult | None,
        notes: str | None = None,
    ) -> None:
        """Preset from the script or a form; emits `changed` once."""
        self._loading = True
        self.reachability.setCurrentIndex(max(0, self.reachability.findData(reachability)))
        self.result.setCurrentIndex(max(0, self.result.findData(result)))
        if notes is not None and notes != self.notes.toPlainText():
            self.notes.setPlainText(notes)
        self._loading = False
        self._update_enabled()
        self.changed.emit()

    def current_reachability(self) -> Reachability | None:
        data = self.reachability.currentData()  # Qt hands StrEnum members back as str
        return Reachability(data) if data else None

    def current_result(self) -> CallResult | None:
        data = self.result.currentData()
        return CallResult(data) if data and self.result.isEnabled() else None

    def current_scope(self) -> CallbackScope:
        return CallbackScope(self.callback_scope.currentData())

    def show_error(self, text: str) -> None:
        self.message.setText(text)

    # --- reactions ------------------------------------------------------------------------

    def _reachability_changed(self) -> None:
        self._update_enabled()
        self._emit()

    def _result_changed(self) -> None:
        self._update_enabled()
        self._emit()

    def _update_enabled(self) -> None:
        reach = self.current_reachability()
        answered = reach in (Reachability.RIGHT_PARTY, Reachability.THIRD_PARTY)
        self.result.setEnabled(answered)
        callback = answered and self.current_result() is CallResult.CALLBACK_REQUESTED
        for widget in (self.callback_at, self.callback_scope, self.callback_zone,
                       self._callback_label, self._scope_label):  # fmt: skip
            widget.setVisible(callback)
        self.message.clear()

    def _emit(self) -> None:
        if not self._loading:
            self.changed.emit()
