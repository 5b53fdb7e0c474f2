"""The debtor card: who, how much, which stage, which deadlines, why this file, identity.

The total due and the stage are the largest things on screen; the formal-notice deadline and
the limitation date turn orange then red as they come near. The national identifier is
masked until the agent asks to see it (the reveal is audited by the service).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from telerecouv.domain.enums import ClaimStatus, DebtorKind
from telerecouv.domain.money import format_money
from telerecouv.services.debtor_file import ClaimView, DebtorFile
from telerecouv.ui.agent import format as fmt
from telerecouv.ui.agent.labels import claim_status_label, exclusion_label
from telerecouv.ui.labels import stage_label

# Days before a deadline when it is shown as near (orange) and urgent (red).
NOTICE_NEAR, NOTICE_URGENT = 10, 3
LIMITATION_NEAR, LIMITATION_URGENT = 90, 30

URGENT_STYLE = "color: #b00020; font-weight: 600;"
NEAR_STYLE = "color: #b35c00; font-weight: 600;"
CALM_STYLE = "color: #222;"


def open_claims(file: DebtorFile) -> list[ClaimView]:
    """Claims the agent may negotiate: open, in scope, not fraud, with a balance."""
    return [
        c
        for c in file.claims
        if c.status is ClaimStatus.OPEN and c.exclusion_reason is None and not c.fraud
    ]


def deadline_style(days: int | None, near: int, urgent: int) -> str:
    if days is None:
        return CALM_STYLE
    if days <= urgent:
        return URGENT_STYLE
    return NEAR_STYLE if days <= near else CALM_STYLE


def _label(name: str, style: str = "", wrap: bool = False) -> QLabel:
    label = QLabel(objectName=name)
    if style:
        label.setStyleSheet(style)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DebtorCard(QFrame):
    reveal_requested = Signal()
    edit_email_requested = Signal()
    edit_address_requested = Signal()
    edit_representative_requested = Signal()

    CLAIM_COLUMNS = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("debtorCard")
        self.setAccessibleName(self.tr("Debtor file"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.file: DebtorFile | None = None

        self.name = _label("debtorName", "font-size: 16pt; font-weight: 700;", wrap=True)
        self.subtitle = _label("debtorSubtitle", "color: #555;", wrap=True)
        self.total = _label("totalDue", "font-size: 20pt; font-weight: 700; color: #0b3d91;")
        self.total.setAccessibleName(self.tr("Total due"))
        self.stage = _label(
            "stageBadge",
            "background: #0b3d91; color: white; border-radius: 4px; padding: 3px 8px;"
            " font-weight: 600;",
        )
        self.stage.setAccessibleName(self.tr("Stage"))
        self.fraud = _label("fraudWarning", URGENT_STYLE, wrap=True)
        self.notice = _label("formalNoticeDeadline")
        self.notice.setAccessibleName(self.tr("Formal notice deadline"))
        self.limitation = _label("limitationDate")
        self.limitation.setAccessibleName(self.tr("Limitation date"))
        self.why = _label("priorityExplanation", "color: #444; font-style: italic;", wrap=True)
        self.why.setAccessibleName(self.tr("Why this file"))

        self.birth = _label("birthDate")
        self.identifier = _label("nationalId")
        self.reveal_button = QPushButton(self.tr("Show"), objectName="revealIdButton")
        self.reveal_button.setToolTip(
            self.tr("Show the full identifier (recorded in the audit log)")
        )
        self.reveal_button.setAccessibleName(self.tr("Show the national identifier"))
        self.reveal_button.clicked.connect(self.reveal_requested)
        self.address = _label("debtorAddress", wrap=True)
        self.email = _label("debtorEmail", wrap=True)
        self.representative = _label("debtorRepresentative", wrap=True)
        self.quotient = _label("householdQuotient")

        self.claims = QTableWidget(0, self.CLAIM_COLUMNS, objectName="claimsTable")
        self.claims.setAccessibleName(self.tr("Claims"))
        self.claims.setHorizontalHeaderLabels(
            [
                self.tr("Claim"),
                self.tr("Notification"),
                self.tr("Stage"),
                self.tr("Balance"),
                self.tr("Formal notice"),
                self.tr("State"),
            ]
        )
        self.claims.verticalHeader().setVisible(False)
        self.claims.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.claims.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.claims.setWordWrap(False)
        header = self.claims.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        headline = QHBoxLayout()
        headline.addWidget(self.total)
        headline.addStretch(1)
        headline.addWidget(self.stage, alignment=Qt.AlignmentFlag.AlignVCenter)

        identity = QFormLayout()
        identity.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        identity.setHorizontalSpacing(8)
        identity.setVerticalSpacing(2)
        id_row = QHBoxLayout()
        id_row.addWidget(self.identifier, 1)
        id_row.addWidget(self.reveal_button)
        identity.addRow(self.tr("Born on:"), self.birth)
        identity.addRow(self.tr("Identifier:"), id_row)
        identity.addRow(
            self._linked(self.tr("Address:"), self.edit_address_requested), self.address
        )
        identity.addRow(self._linked(self.tr("E-mail:"), self.edit_email_requested), self.email)
        self.representative_label = self._linked(
            self.tr("Representative:"), self.edit_representative_requested
        )
        identity.addRow(self.representative_label, self.representative)
        identity.addRow(self.tr("Household quotient:"), self.quotient)
        self._identity = identity

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.name)
        layout.addWidget(self.subtitle)
        layout.addLayout(headline)
        layout.addWidget(self.fraud)
        layout.addWidget(self.notice)
        layout.addWidget(self.limitation)
        layout.addWidget(self.why)
        self.phones_slot = QVBoxLayout()  # the phone list is placed here by the workspace
        layout.addLayout(self.phones_slot)
        layout.addLayout(identity)
        layout.addWidget(self.claims, 1)
        self.clear()

    def _linked(self, text: str, signal) -> QLabel:
        """A form label that is also a link opening the matching edit dialog."""
        label = QLabel(f'<a href="#">{text}</a>')
        label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        label.setToolTip(self.tr("Change"))
        label.linkActivated.connect(lambda _link: signal.emit())
        return label

    def clear(self) -> None:
        self.file = None
        for label in (self.name, self.subtitle, self.total, self.stage, self.fraud, self.notice,
                      self.limitation, self.why, self.birth, self.identifier, self.address,
                      self.email, self.representative, self.quotient):  # fmt: skip
            label.clear()
        self.stage.setVisible(False)
        self.fraud.setVisible(False)
        self.reveal_button.setEnabled(False)
        self.claims.setRowCount(0)

    def show_file(self, file: DebtorFile, today: date) -> None:
        self.file = file
        money = file.currency
        self.name.setText(file.display_name)
        kind = self.tr("Company") if file.kind is DebtorKind.COMPANY else self.tr("Person")
        self.subtitle.setText(f"{kind} · {file.external_id} · {file.organisation_name}")
        self.total.setText(format_money(file.total_balance, money))
        self.stage.setText(stage_label(file.stage))
        self.stage.setVisible(file.stage is not None)
        if file.any_fraud:
            self.fraud.setText(
                self.tr("Fraud flagged on a claim: no plan or relief from the workbench.")
            )
        self.fraud.setVisible(file.any_fraud)

        claims = open_claims(file)
        notice = min((c.formal_notice_due_on for c in claims if c.formal_notice_due_on),
                     default=None)  # fmt: skip
        limitation = min((c.limitation_on for c in claims if c.limitation_on), default=None)
        self.notice.setText(self.tr("Formal notice: %1").replace("%1", fmt.deadline(notice, today)))
        self.notice.setStyleSheet(
            deadline_style(fmt.days_left(notice, today), NOTICE_NEAR, NOTICE_URGENT)
        )
        self.limitation.setText(
            self.tr("Limitation: %1").replace("%1", fmt.deadline(limitation, today))
        )
        self.limitation.setStyleSheet(
            deadline_style(fmt.days_left(limitation, today), LIMITATION_NEAR, LIMITATION_URGENT)
        )
        self.why.setText(
            self.tr("Why this file: %1").replace("%1", file.explanation) if file.explanation else ""
        )
        self.why.setVisible(bool(file.explanation))

        self.birth.setText(fmt.day(file.birth_date))
        self.identifier.setText(file.national_id_masked or fmt.DASH)
        self.reveal_button.setEnabled(bool(file.national_id_masked))
        place = " ".join(p for p in (file.postal_code, file.city) if p)
        address = ", ".join(p for p in (file.address, place, file.country) if p)
        self.address.setText(address or fmt.DASH)
        self.email.setText(file.email or fmt.DASH)
        company = file.kind is DebtorKind.COMPANY
        self.representative.setText(file.representative or fmt.DASH)
        self.representative.setVisible(company)
        self.representative_label.setVisible(company)
        self.quotient.setText(
            format_money(file.household_quotient, money) if file.household_quotient else fmt.DASH
        )
        self._show_claims(file, today)

    def show_identifier(self, value: str) -> None:
        self.identifier.setText(value)
        self.reveal_button.setEnabled(False)

    def _show_claims(self, file: DebtorFile, today: date) -> None:
        self.claims.setRowCount(len(file.claims))
        for row, claim in enumerate(file.claims):
            notification = " ".join(
                p for p in (claim.notification_ref, fmt.day(claim.notified_on)) if p
            )
            if claim.fraud:
                state = self.tr("Fraud")
            elif claim.exclusion_reason is not None:
                state = exclusion_label(claim.exclusion_reason)
            else:
                state = claim_status_label(claim.status)
            values = [
                claim.external_id,
                notification,
                stage_label(claim.stage),
                format_money(claim.balance, file.currency),
                fmt.day(claim.formal_notice_due_on),
                state,
            ]
            negotiable = claim in open_claims(file)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if not negotiable:
                    item.setForeground(Qt.GlobalColor.gray)
                if column == 4 and negotiable:
                    days = fmt.days_left(claim.formal_notice_due_on, today)
                    if days is not None and days <= NOTICE_NEAR:
                        item.setForeground(Qt.GlobalColor.darkRed)
                self.claims.setItem(row, column, item)
