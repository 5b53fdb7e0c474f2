"""The calls of the outcome review: a paged model over ReviewService (1,000,000 rows)."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from telerecouv.domain.enums import CallResult
from telerecouv.services.review import CallRow
from telerecouv.ui.labels import reachability_label, result_label, stage_label
from telerecouv.ui.lead.common import RIGHT, money
from telerecouv.ui.lead.common import local_time as shown_time
from telerecouv.ui.lead.paged_model import PagedTableModel


def selection_label(reason: str | None) -> str:
    return {
        None: "",
        "sample": QCoreApplication.translate("lead", "Weekly sample"),
        "refusal": QCoreApplication.translate("lead", "Refusal"),
        "long_plan": QCoreApplication.translate("lead", "Plan over 24 months"),
        "manual": QCoreApplication.translate("lead", "Chosen by hand"),
    }.get(reason, reason or "")


def duration_text(seconds: int | None) -> str:
    if seconds is None:
        return ""
    return f"{seconds // 60}:{seconds % 60:02d}"


class CallTableModel(PagedTableModel[CallRow]):
    STARTED, AGENT, DEBTOR, STAGE, REACHED, RESULT, REVIEW, BALANCE, DURATION, TEAM = range(10)
    # The service's sort keys, by column (None: not sortable).
    SORT_KEYS: ClassVar[dict[int, str]] = {
        STARTED: "started_at",
        AGENT: "agent_login",
        TEAM: "team",
        DEBTOR: "debtor_name",
        STAGE: "stage",
        REACHED: "reachability",
        RESULT: "result",
        BALANCE: "balance",
        DURATION: "duration_seconds",
        REVIEW: "review_score",
    }

    sort_requested = Signal(str, bool)  # sort key, descending

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Agent"),
            self.tr("Debtor"),
            self.tr("Stage"),
            self.tr("Reached"),
            self.tr("Result"),
            self.tr("Review"),
            self.tr("Balance"),
            self.tr("Duration"),
            self.tr("Team"),
        ]

    def cell(self, row: CallRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.STARTED:
                return shown_time(row.started_at)
            if column == self.AGENT:
                return row.agent_login or ""
            if column == self.TEAM:
                return row.team or ""
            if column == self.DEBTOR:
                return f"{row.debtor_name} ({row.debtor_external_id})"
            if column == self.STAGE:
                return stage_label(row.stage)
            if column == self.REACHED:
                return reachability_label(row.reachability)
            if column == self.RESULT:
                text = result_label(row.result) if row.result else ""
                return text + (self.tr(" · long plan") if row.has_long_plan else "")
            if column == self.BALANCE:
                return money(row.balance)
            if column == self.DURATION:
                return duration_text(row.duration_seconds)
            if column == self.REVIEW:
                if row.review_score is not None:
                    return self.tr("%1/10").replace("%1", str(row.review_score))
                return (
                    self.tr("To review: %1").replace("%1", selection_label(row.selected_because))
                    if row.selected_because
                    else ""
                )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.BALANCE, self.DURATION):
            return int(RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.RESULT and row.result is CallResult.REFUSAL:
                return QBrush(QColor("#b00020"))
            if column == self.REVIEW and row.review_score is None and row.selected_because:
                return QBrush(QColor("#8a5a00"))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key:
            self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)
