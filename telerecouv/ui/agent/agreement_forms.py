"""The payment promise and the relief request, recorded with the call.

A relief request is recorded only when the debtor asks for it (never offered by the agent):
the form shows where it will go (administrative services, or the amicable appeals board
above 1.5 x BMAF) and the rate the local scale suggests, as a hint, not a decision.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from telerecouv.domain.enums import CallResult
from telerecouv.domain.money import format_money, parse_money
from telerecouv.services.debtor_file import DebtorFile
from telerecouv.ui.agent.call_state import PromiseState, ReliefState
from telerecouv.ui.agent.debtor_card import open_claims
from telerecouv.ui.agent.labels import relief_route_label


class PromiseForm(QFrame):
    changed = Signal()
    agreed = Signal(object, object)  # PromiseState, CallResult

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promiseForm")
        self.setAccessibleName(self.tr("Payment promise"))
        self.file: DebtorFile | None = None
        self.amount = QLineEdit(objectName="promiseAmount")
        self.amount.setAccessibleName(self.tr("Amount promised"))
        self.due_on = QDateEdit(objectName="promiseDueOn")
        self.due_on.setAccessibleName(self.tr("Payment date promised"))
        self.due_on.setDisplayFormat("dd/MM/yyyy")
        self.due_on.setCalendarPopup(True)
        self.message = QLabel(objectName="promiseMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Record the promise"), objectName="promiseSave")
        self.save_button.clicked.connect(self.agree)
        form = QFormLayout()
        form.addRow(self.tr("&Amount:"), self.amount)
        form.addRow(self.tr("&Paid by:"), self.due_on)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.save_button)
        self.amount.textEdited.connect(lambda _t: self._check())
        self.due_on.dateChanged.connect(lambda _d: self._check())
        self.setEnabled(False)

    def load(self, file: DebtorFile, today: date, state: PromiseState | None = None) -> None:
        self.file = file
        self.today = today
        self.amount.setText(state.amount.replace(".", ",") if state else "")
        due = date.fromisoformat(state.due_on) if state and state.due_on else None
        self.due_on.setMinimumDate(QDate(today))
        self.due_on.setDate(QDate(due or today + timedelta(days=7)))
        self.setEnabled(bool(open_claims(file)))
        self._check()

    def clear(self) -> None:
        self.file = None
        self.amount.clear()
        self.message.clear()
        self.setEnabled(False)

    def _amount(self) -> Decimal | None:
        try:
            value = parse_money(self.amount.text())
        except (ValueError, InvalidOperation, ArithmeticError):
            return None
        return value if value > 0 else None

    def _check(self) -> bool:
        amount = self._amount()
        ok = amount is not None and self.file is not None
        if ok and self.file is not None:
            full = amount >= self.file.total_balance
            self.message.setText(
                self.tr("Full payment of %1").replace(
                    "%1", format_money(self.file.total_balance, self.file.currency)
                )
                if full
                else self.tr("Partial payment")
            )
            self.message.setStyleSheet("color: #1b6e20;")
        else:
            self.message.setText(self.tr("Type the amount promised, e.g. 150,00."))
            self.message.setStyleSheet("color: #b00020;")
        self.save_button.setEnabled(ok)
        self.changed.emit()
        return ok

    def state(self) -> PromiseState:
        amount = self._amount()
        return PromiseState(
            amount=str(amount) if amount is not None else "",
            due_on=self.due_on.date().toPython().isoformat(),
            claim_id=None,
        )

    def agree(self) -> bool:
        if not self._check() or self.file is None:
            return False
        amount = self._amount()
        assert amount is not None
        result = (
            CallResult.FULL_PAYMENT_PROMISED
            if amount >= self.file.total_balance
            else CallResult.PARTIAL_PAYMENT_PROMISED
        )
        self.agreed.emit(self.state(), result)
        return True


class ReliefForm(QFrame):
    changed = Signal()
    agreed = Signal(object)  # ReliefState

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reliefForm")
        self.setAccessibleName(self.tr("Relief request"))
        self.file: DebtorFile | None = None
        notice = QLabel(
            self.tr("Only when the debtor asks for it. Never for fraud."),
            objectName="reliefNotice",
        )
        notice.setWordWrap(True)
        notice.setStyleSheet("color: #555; font-style: italic;")
        self.claim = QComboBox(objectName="reliefClaim")
        self.claim.setAccessibleName(self.tr("Claim concerned"))
        self.reason = QPlainTextEdit(objectName="reliefReason")
        self.reason.setAccessibleName(self.tr("The debtor's request, in their words"))
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(70)
        self.routing = QLabel(objectName="reliefRouting")
        self.routing.setWordWrap(True)
        self.routing.setTextFormat(Qt.TextFormat.RichText)
        self.save_button = QPushButton(self.tr("Record the request"), objectName="reliefSave")
        self.save_button.clicked.connect(self.agree)
        form = QFormLayout()
        form.addRow(self.tr("&Claim:"), self.claim)
        form.addRow(self.tr("&Request:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(notice)
        layout.addLayout(form)
        layout.addWidget(self.routing)
        layout.addStretch(1)
        layout.addWidget(self.save_button)
        self.reason.textChanged.connect(self._check)
        self.claim.currentIndexChanged.connect(lambda _i: self._check())
        self.setEnabled(False)

    def load(self, file: DebtorFile, state: ReliefState | None = None) -> None:
        self.file = file
        self.claim.clear()
        for claim in open_claims(file):
            self.claim.addItem(
                f"{claim.external_id}  {format_money(claim.balance, file.currency)}", claim.id
            )
        if state:
            self.claim.setCurrentIndex(max(0, self.claim.findData(state.claim_id)))
            self.reason.setPlainText(state.reason)
        else:
            self.reason.clear()
        hints = []
        if file.relief_route_preview is not None:
            hints.append(
                self.tr("Goes to: <b>%1</b>").replace(
                    "%1", relief_route_label(file.relief_route_preview)
                )
            )
        if file.suggested_relief_rate is not None:
            rate = f"{file.suggested_relief_rate * 100:.0f}".replace(".", ",")
            hints.append(
                self.tr("Scale suggests %1 % (a hint, not a decision)").replace("%1", rate)
            )
        self.routing.setText("<br>".join(hints))
        self.setEnabled(self.claim.count() > 0)
        self._check()

    def clear(self) -> None:
        self.file = None
        self.claim.clear()
        self.reason.clear()
        self.routing.clear()
        self.setEnabled(False)

    def _check(self) -> bool:
        ok = self.claim.currentData() is not None and len(self.reason.toPlainText().strip()) >= 3
        self.save_button.setEnabled(ok)
        self.changed.emit()
        return ok

    def state(self) -> ReliefState:
        return ReliefState(
            claim_id=int(self.claim.currentData() or 0), reason=self.reason.toPlainText().strip()
        )

    def agree(self) -> bool:
        if not self._check():
            return False
        self.agreed.emit(self.state())
        return True
