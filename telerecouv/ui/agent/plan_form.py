"""The payment-plan calculator: months <-> instalment both ways, over the domain calculator.

Several open claims can share one plan (ticked in the list). Typing a number of months gives
the instalment; typing an affordable instalment gives the months. Beyond the agent's limit
(24 months by default) a justification is asked and the plan goes to a team lead. Fraud files
get no plan. SEPA direct debit asks for an IBAN, checked as it is typed. "Agree" hands the plan
to the outcome (result "plan agreed"); it is written with the call, in the same transaction.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from stdnum import iban as iban_number
from stdnum.exceptions import ValidationError as StdnumError

from telerecouv.domain.enums import PaymentMeans
from telerecouv.domain.money import format_money, parse_money
from telerecouv.domain.plans import (
    PlanError,
    PlanProposal,
    PlanRules,
    plan_by_instalment,
    plan_by_months,
    validate_justification,
)
from telerecouv.services.debtor_file import DebtorFile
from telerecouv.ui.agent import format as fmt
from telerecouv.ui.agent.call_state import PlanState
from telerecouv.ui.agent.debtor_card import open_claims
from telerecouv.ui.agent.labels import means_label

MEANS_ORDER = (
    PaymentMeans.TRANSFER,
    PaymentMeans.DIRECT_DEBIT,
    PaymentMeans.CARD,
    PaymentMeans.CHEQUE,
    PaymentMeans.CASH,
    PaymentMeans.BENEFIT_DEDUCTION,
)


def plain_money(amount: Decimal) -> str:
    """ "1240,50": what the instalment field shows (no grouping, decimal comma)."""
    return f"{amount:.2f}".replace(".", ",")


class PlanCalculator(QFrame):
    changed = Signal()
    agreed = Signal(object)  # PlanState

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planCalculator")
        self.setAccessibleName(self.tr("Payment plan calculator"))
        self.file: DebtorFile | None = None
        self.rules = PlanRules()
        self.proposal: PlanProposal | None = None
        self._by_instalment = False
        self._loading = False

        self.claims = QListWidget(objectName="planClaims")
        self.claims.setAccessibleName(self.tr("Claims in the plan"))
        self.claims.setMaximumHeight(80)
        self.balance = QLabel(objectName="planBalance")
        self.balance.setStyleSheet("font-weight: 600;")
        self.months = QSpinBox(objectName="planMonths")
        self.months.setAccessibleName(self.tr("Number of monthly instalments"))
        self.months.setRange(0, self.rules.absolute_max_months)
        self.months.setSpecialValueText(self.tr("-"))
        self.instalment = QLineEdit(objectName="planInstalment")
        self.instalment.setAccessibleName(self.tr("Monthly instalment"))
        self.instalment.setPlaceholderText(self.tr("amount the debtor can pay each month"))
        self.first_due = QDateEdit(objectName="planFirstDue")
        self.first_due.setAccessibleName(self.tr("First due date"))
        self.first_due.setDisplayFormat("dd/MM/yyyy")
        self.first_due.setCalendarPopup(True)
        self.means = QComboBox(objectName="planMeans")
        self.means.setAccessibleName(self.tr("Means of payment"))
        for means in MEANS_ORDER:
            self.means.addItem(means_label(means), means)
        self.iban = QLineEdit(objectName="planIban")
        self.iban.setAccessibleName(self.tr("IBAN for the direct debit"))
        self.iban.setPlaceholderText("FR76 ....")
        self.iban_label = QLabel(self.tr("&IBAN:"))
        self.iban_label.setBuddy(self.iban)
        self.justification = QPlainTextEdit(objectName="planJustification")
        self.justification.setAccessibleName(self.tr("Justification for a long plan"))
        self.justification.setTabChangesFocus(True)
        self.justification.setMaximumHeight(54)
        self.justification_label = QLabel(self.tr("&Justification:"))
        self.justification_label.setBuddy(self.justification)
        self.preview = QLabel(objectName="planPreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.message = QLabel(objectName="planMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.save_button = QPushButton(
            self.tr("Agree this plan (Ctrl+Enter)"), objectName="planSaveButton"
        )
        self.save_button.setAccessibleName(self.tr("Agree this plan"))
        self.save_button.clicked.connect(self.agree)

        form = QFormLayout()
        form.addRow(self.tr("Claims:"), self.claims)
        form.addRow(self.tr("Balance:"), self.balance)
        form.addRow(self.tr("&Months:"), self.months)
        form.addRow(self.tr("Ins&talment:"), self.instalment)
        form.addRow(self.tr("First &due date:"), self.first_due)
        form.addRow(self.tr("Means of &payment:"), self.means)
        form.addRow(self.iban_label, self.iban)
        form.addRow(self.justification_label, self.justification)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.save_button)

        self.claims.itemChanged.connect(lambda _item: self._recompute())
        self.months.valueChanged.connect(self._months_typed)
        self.instalment.textEdited.connect(self._instalment_typed)
        self.first_due.dateChanged.connect(lambda _d: self._recompute())
        self.means.currentIndexChanged.connect(lambda _i: self._recompute())
        self.iban.textChanged.connect(lambda _t: self._recompute())
        self.justification.textChanged.connect(self._recompute)
        self.clear()

    # --- state ----------------------------------------------------------------------------

    def clear(self) -> None:
        self.file = None
        self._loading = True
        self.claims.clear()
        self.months.setValue(0)
        self.instalment.clear()
        self.iban.clear()
        self.justification.clear()
        self.means.setCurrentIndex(0)
        self._loading = False
        self.proposal = None
        self.preview.clear()
        self.message.clear()
        self.balance.clear()
        self.setEnabled(False)
        self._update_visibility()

    def load(self, file: DebtorFile, today: date, state: PlanState | None = None) -> None:
        """A new file (and, after a crash, the plan draft that was being typed)."""
        self.file = file
        self.rules = PlanRules(minimum_instalment=file.minimum_instalment)
        self._loading = True
        self.claims.clear()
        chosen = set(state.claim_ids) if state and state.claim_ids else None
        for claim in open_claims(file):
            item = QListWidgetItem(
                f"{claim.external_id}  {format_money(claim.balance, file.currency)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, claim.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = chosen is None or claim.id in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.claims.addItem(item)
        first = date.fromisoformat(state.first_due_on) if state and state.first_due_on else None
        self.first_due.setDate(QDate(first or fmt.next_month_day(today)))
        self.months.setValue(state.months if state else 0)
        self.instalment.setText(state.instalment.replace(".", ",") if state else "")
        self._by_instalment = bool(state and state.by_instalment)
        if state:
            self.means.setCurrentIndex(max(0, self.means.findData(PaymentMeans(state.means))))
            self.iban.setText(state.iban)
            self.justification.setPlainText(state.justification)
        self._loading = False
        self.setEnabled(True)
        if file.any_fraud and not open_claims(file):
            self.setEnabled(False)
        self._recompute()

    def current_means(self) -> PaymentMeans:
        return PaymentMeans(self.means.currentData())  # Qt hands StrEnum members back as str

    def claim_ids(self) -> list[int]:
        ids = []
        for row in range(self.claims.count()):
            item = self.claims.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def selected_balance(self) -> Decimal:
        if self.file is None:
            return Decimal("0.00")
        ids = set(self.claim_ids())
        return sum((c.balance for c in self.file.claims if c.id in ids), Decimal("0.00"))

    def state(self) -> PlanState:
        first = self.first_due.date().toPython()
        return PlanState(
            claim_ids=self.claim_ids(),
            months=self.proposal.months if self.proposal else self.months.value(),
            instalment=str(self._typed_instalment() or ""),
            by_instalment=self._by_instalment,
            first_due_on=first.isoformat(),
            means=self.current_means().value,
            iban=self.iban.text().strip(),
            justification=self.justification.toPlainText().strip(),
        )

    # --- reactions ------------------------------------------------------------------------

    def _months_typed(self, _value: int) -> None:
        if not self._loading:
            self._by_instalment = False
            self._recompute()

    def _instalment_typed(self, _text: str) -> None:
        self._by_instalment = True
        self._recompute()

    def _typed_instalment(self) -> Decimal | None:
        text = self.instalment.text().strip()
        if not text:
            return None
        try:
            return parse_money(text)
        except (ValueError, InvalidOperation, ArithmeticError):
            return None

    def _recompute(self) -> None:
        if self._loading or self.file is None:
            return
        self._update_visibility()
        money = self.file.currency
        balance = self.selected_balance()
        self.balance.setText(format_money(balance, money))
        self.proposal = None
        problem = ""
        first = self.first_due.date().toPython()
        fraud = self.file.any_fraud and not open_claims(self.file)
        try:
            if not self.claim_ids():
                problem = self.tr("Tick at least one claim.")
            elif self._by_instalment:
                amount = self._typed_instalment()
                if amount is None:
                    problem = self.tr("Type the instalment as 120,50.")
                else:
                    self.proposal = plan_by_instalment(balance, amount, first, self.rules,
                                                       fraud=fraud)  # fmt: skip
                    self._loading = True
                    self.months.setValue(self.proposal.months)
                    self._loading = False
            elif self.months.value() > 0:
                self.proposal = plan_by_months(balance, self.months.value(), first, self.rules,
                                               fraud=fraud)  # fmt: skip
                self.instalment.setText(plain_money(self.proposal.instalment))
            else:
                problem = self.tr("Type a number of months or an instalment.")
        except PlanError as error:
            problem = self._plan_error(error)
        if self.proposal is not None:
            problem = problem or self._other_problems(self.proposal)
        self._show_preview()
        self.message.setText(problem)
        self.save_button.setEnabled(self.proposal is not None and not problem)
        self.changed.emit()

    def _other_problems(self, proposal: PlanProposal) -> str:
        if self.current_means() is PaymentMeans.DIRECT_DEBIT:
            text = self.iban.text().strip()
            if not text:
                return self.tr("A SEPA direct debit needs the debtor's IBAN.")
            try:
                iban_number.validate(text)
            except StdnumError:
                return self.tr("This IBAN is not valid: check the digits.")
        try:
            validate_justification(proposal, self.justification.toPlainText())
        except PlanError:
            return self.tr(
                "More than %1 months: write why (at least 10 characters); a team lead approves."
            ).replace("%1", str(self.rules.max_months_without_approval))
        return ""

    def _plan_error(self, error: PlanError) -> str:
        minimum = format_money(self.rules.minimum_instalment, self.file.currency if self.file
                               else "EUR")  # fmt: skip
        return {
            "fraud": self.tr("Fraud: no plan can be agreed from the workbench."),
            "non_positive_balance": self.tr("Nothing is due on the ticked claims."),
            "months_out_of_range": self.tr("Choose between 1 and %1 months.").replace(
                "%1", str(self.rules.absolute_max_months)
            ),
            "below_minimum": self.tr("The instalment cannot be under %1.").replace("%1", minimum),
            "instalment_too_small": self.tr("This instalment would need too many months."),
            "needs_justification": self.tr("Write why this long plan is needed."),
        }.get(error.code, str(error))

    def _show_preview(self) -> None:
        proposal, file = self.proposal, self.file
        if proposal is None or file is None:
            self.preview.clear()
            return
        money = file.currency
        last = proposal.instalments[-1]
        text = (
            self.tr("%1 x %2, from %3 to %4, total %5")
            .replace("%1", str(proposal.months))
            .replace("%2", format_money(proposal.instalment, money))
            .replace("%3", fmt.day(proposal.instalments[0].due_on))
            .replace("%4", fmt.day(last.due_on))
            .replace("%5", format_money(proposal.balance, money))
        )
        if proposal.months > 1 and proposal.last_instalment != proposal.instalment:
            text += " " + self.tr("(last instalment %1)").replace(
                "%1", format_money(proposal.last_instalment, money)
            )
        if proposal.needs_approval:
            text += (
                "<br><b style='color:#b35c00'>"
                + self.tr("Longer than %1 months: a team lead must approve it.").replace(
                    "%1", str(self.rules.max_months_without_approval)
                )
                + "</b>"
            )
        self.preview.setText(text)

    def _update_visibility(self) -> None:
        debit = self.current_means() is PaymentMeans.DIRECT_DEBIT
        self.iban.setVisible(debit)
        self.iban_label.setVisible(debit)
        long_plan = self.months.value() > self.rules.max_months_without_approval
        self.justification.setVisible(long_plan)
        self.justification_label.setVisible(long_plan)

    def agree(self) -> bool:
        if self.proposal is None or not self.save_button.isEnabled():
            return False
        self.agreed.emit(self.state())
        return True
