"""Approvals: payment plans beyond 24 months wait for a team lead, who approves or rejects them
with a reason (audited by the service; the agent reads the decision on the debtor's file)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from telerecouv.services.approvals import ApprovalService, PendingPlan
from telerecouv.services.permissions import Actor
from telerecouv.ui.labels import plan_status_label
from telerecouv.ui.lead.common import (
    RIGHT,
    local_time,
    money,
    screen_shortcut,
    show_error,
    show_info,
)

DECISIONS_SHOWN = 50


class PendingModel(QAbstractTableModel):
    CREATED, AGENT, DEBTOR, MONTHS, INSTALMENT, TOTAL = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._plans: list[PendingPlan] = []
        self._headers = [
            self.tr("Agreed on"),
            self.tr("Agent"),
            self.tr("Debtor"),
            self.tr("Months"),
            self.tr("Instalment"),
            self.tr("Total"),
        ]

    def set_plans(self, plans: Sequence[PendingPlan]) -> None:
        self.beginResetModel()
        self._plans = list(plans)
        self.endResetModel()

    def plan(self, row: int) -> PendingPlan | None:
        return self._plans[row] if 0 <= row < len(self._plans) else None

    def row_of(self, plan_id: int) -> int:
        for row, plan in enumerate(self._plans):
            if plan.plan_id == plan_id:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._plans)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        plan = self.plan(index.row()) if index.isValid() else None
        if plan is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.CREATED: local_time(plan.created_at),
                self.AGENT: plan.agent_login or "",
                self.DEBTOR: f"{plan.debtor_name} ({plan.debtor_external_id})",
                self.MONTHS: str(plan.months),
                self.INSTALMENT: money(plan.instalment),
                self.TOTAL: money(plan.total),
            }.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.MONTHS:
            return int(RIGHT)
        return None


def plan_html(plan: PendingPlan) -> str:
    lines = [
        f"<h3>{escape(plan.debtor_name)} <small>({escape(plan.debtor_external_id)})</small></h3>",
        "<p>"
        + escape(
            QCoreApplication.translate(
                "ApprovalsScreen", "%1 months, %2 a month, %3 in all, agreed by %4 on %5."
            )
            .replace("%1", str(plan.months))
            .replace("%2", money(plan.instalment))
            .replace("%3", money(plan.total))
            .replace("%4", plan.agent_login or "?")
            .replace("%5", local_time(plan.created_at))
        )
        + "</p>",
    ]
    heading = QCoreApplication.translate("ApprovalsScreen", "Claims")
    lines.append(f"<h4>{escape(heading)}</h4>")
    lines.append(escape(", ".join(plan.claims)) if plan.claims else "—")
    heading = QCoreApplication.translate("ApprovalsScreen", "Agent's justification")
    lines.append(f"<h4>{escape(heading)}</h4>")
    if plan.justification:
        lines.append(f"<p style='white-space:pre-wrap'>{escape(plan.justification)}</p>")
    else:
        none_given = QCoreApplication.translate("ApprovalsScreen", "none given")
        lines.append(f"<i>{escape(none_given)}</i>")
    return "\n".join(lines)


class ApprovalsScreen(QWidget):
    def __init__(self, actor: Actor, service: ApprovalService, runner, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalsScreen")
        self._actor = actor
        self._service = service
        self._runner = runner
        self._loaded_once = False

        self.model = PendingModel(self)
        self.table = QTableView(objectName="approvalsTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Plans waiting for approval"))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((124, 80, 230, 60, 100)):
            self.table.setColumnWidth(column, width)
        self.count_label = QLabel(objectName="approvalsCount")
        self.refresh_button = QPushButton(self.tr("&Refresh"), objectName="approvalsRefresh")

        self.detail = QTextBrowser(objectName="approvalsDetail")
        self.reason = QPlainTextEdit(objectName="approvalsReason")
        self.reason.setPlaceholderText(
            self.tr("Reason (required to reject; the agent reads it). Ctrl+Enter approves.")
        )
        self.reason.setMaximumHeight(110)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.approve_button = QPushButton(self.tr("&Approve"), objectName="approvalsApprove")
        self.reject_button = QPushButton(self.tr("Re&ject"), objectName="approvalsReject")
        self.reject_button.setStyleSheet("color: #b00020;")
        decision = QGroupBox(self.tr("Decision"))
        form = QFormLayout(decision)
        form.addRow(self.tr("Rea&son:"), self.reason)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.approve_button)
        form.addRow(buttons)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.detail, 1)
        side_layout.addWidget(decision)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.count_label, 1)
        header.addWidget(self.refresh_button)
        left_layout.addLayout(header)
        left_layout.addWidget(self.table, 2)
        self.decided = QTableWidget(0, 5, objectName="approvalsDecided")
        self.decided.setHorizontalHeaderLabels(
            [
                self.tr("Decided on"),
                self.tr("By"),
                self.tr("Debtor"),
                self.tr("Decision"),
                self.tr("Reason"),
            ]
        )
        self.decided.setAccessibleName(self.tr("Recent decisions"))
        self.decided.verticalHeader().setVisible(False)
        self.decided.setWordWrap(False)
        self.decided.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.decided.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.decided.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((124, 70, 210, 90)):
            self.decided.setColumnWidth(column, width)
        decided_label = QLabel(self.tr("Recent &decisions"), buddy=self.decided)
        left_layout.addWidget(decided_label)
        left_layout.addWidget(self.decided, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(side)
        splitter.setSizes([760, 560])
        self.message = QLabel(objectName="approvalsMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        self.refresh_button.clicked.connect(self.refresh)
        self.approve_button.clicked.connect(self.approve)
        self.reject_button.clicked.connect(self.reject)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        screen_shortcut(self, "Ctrl+Return", self.approve)
        # In the reason box the editor would take Ctrl+Return for itself: approve from there too.
        self.reason.installEventFilter(self)
        self._show_plan(None)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.reason and event.type() in (
            QEvent.Type.KeyPress,
            QEvent.Type.ShortcutOverride,
        ):
            key, modifiers = event.key(), event.modifiers()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                modifiers & Qt.KeyboardModifier.ControlModifier
            ):
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    self.approve()
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self.refresh()

    def refresh(self, keep_message: bool = False) -> None:
        self._loaded_once = True
        if not keep_message:
            self.message.clear()
        service, actor = self._service, self._actor
        self._runner.run(
            lambda: (service.pending(actor), service.decisions(actor, limit=DECISIONS_SHOWN)),
            self._loaded,
            lambda error: show_error(self.message, error),
        )

    def _loaded(self, result: tuple[list[PendingPlan], list[Any]]) -> None:
        plans, decisions = result
        self._show_decisions(decisions)
        chosen = self.current_plan()
        self.model.set_plans(plans)
        self.count_label.setText(
            self.tr("Plans waiting for approval: %1").replace("%1", str(len(plans)))
        )
        row = self.model.row_of(chosen.plan_id) if chosen else -1
        if plans:
            self.table.setCurrentIndex(self.model.index(max(row, 0), 0))
        else:
            self._show_plan(None)

    def _show_decisions(self, decisions: list[Any]) -> None:
        self.decided.setRowCount(len(decisions))
        for row, decision in enumerate(decisions):
            values = [
                local_time(decision.decided_at),
                decision.decided_by or "",
                f"{decision.debtor_name} ({decision.months} "
                + self.tr("months")
                + f", {money(decision.total)})",
                plan_status_label(decision.status),
                decision.reason or "",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.decided.setItem(row, column, item)

    def current_plan(self) -> PendingPlan | None:
        index = self.table.currentIndex()
        return self.model.plan(index.row()) if index.isValid() else None

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_plan(self.model.plan(current.row()) if current.isValid() else None)

    def _show_plan(self, plan: PendingPlan | None) -> None:
        for widget in (self.approve_button, self.reject_button, self.reason):
            widget.setEnabled(plan is not None)
        self.reason.clear()
        if plan is None:
            self.detail.setHtml(
                "<p style='color:#666'>{}</p>".format(escape(self.tr("No plan is waiting.")))
            )
            return
        self.detail.setHtml(plan_html(plan))

    def approve(self) -> None:
        self._decide(approve=True)

    def reject(self) -> None:
        if not self.reason.toPlainText().strip():
            self.reason.setFocus()
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(self.tr("Give the reason of the rejection: the agent reads it."))
            return
        self._decide(approve=False)

    def _decide(self, *, approve: bool) -> None:
        plan = self.current_plan()
        if plan is None:
            return
        reason = self.reason.toPlainText().strip()
        plan_id, actor, service = plan.plan_id, self._actor, self._service
        if approve:
            text = self.tr("Plan of %1 approved.")
            job: Any = lambda: service.approve(actor, plan_id, reason)  # noqa: E731
        else:
            text = self.tr("Plan of %1 rejected; the file goes back to the queue.")
            job = lambda: service.reject(actor, plan_id, reason)  # noqa: E731

        def decided(_decision: object) -> None:
            show_info(self.message, text.replace("%1", plan.debtor_name))
            self.refresh(keep_message=True)

        def failed(error: BaseException) -> None:
            show_error(self.message, error)
            self.refresh(keep_message=True)  # another lead may have decided meanwhile

        self.approve_button.setEnabled(False)
        self.reject_button.setEnabled(False)
        self._runner.run(job, decided, failed)
