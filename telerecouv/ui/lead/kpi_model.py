"""The KPI table: one row per value of the cut (day, agent, stage...), the figures of SPEC §5.

The columns are described once (`COLUMNS`) and shared by the table, the XLSX and the PDF
exports, so the three always show the same figures under the same headings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from telerecouv.ui.lead.common import RIGHT, SORT_ROLE, money, number, percent

# How a figure is shown and exported: "text", "int", "rate" (0..1), "money", "decimal",
# "seconds".
Kind = str


@dataclass(frozen=True)
class Column:
    attribute: str
    heading: Callable[[], str]
    kind: Kind


def columns() -> list[Column]:
    return [
        Column("label", lambda: QCoreApplication.translate("KpiTable", "Cut"), "text"),
        Column(
            "files_attempted",
            lambda: QCoreApplication.translate("KpiTable", "Files attempted"),
            "int",
        ),
        Column(
            "files_reached", lambda: QCoreApplication.translate("KpiTable", "Files reached"), "int"
        ),
        Column(
            "reachability_rate",
            lambda: QCoreApplication.translate("KpiTable", "Reachability"),
            "rate",
        ),
        Column(
            "files_effective",
            lambda: QCoreApplication.translate("KpiTable", "Files effective"),
            "int",
        ),
        Column(
            "effectiveness_rate",
            lambda: QCoreApplication.translate("KpiTable", "Effectiveness"),
            "rate",
        ),
        Column("calls", lambda: QCoreApplication.translate("KpiTable", "Calls"), "int"),
        Column(
            "right_party_calls",
            lambda: QCoreApplication.translate("KpiTable", "Right-party calls"),
            "int",
        ),
        Column(
            "contact_rate",
            lambda: QCoreApplication.translate("KpiTable", "Contact rate (per call)"),
            "rate",
        ),
        Column(
            "promise_kept_rate",
            lambda: QCoreApplication.translate("KpiTable", "Promises kept"),
            "rate",
        ),
        Column(
            "plan_kept_rate", lambda: QCoreApplication.translate("KpiTable", "Plans kept"), "rate"
        ),
        Column(
            "amount_secured",
            lambda: QCoreApplication.translate("KpiTable", "Amount secured"),
            "money",
        ),
        Column(
            "amount_collected_amicable",
            lambda: QCoreApplication.translate("KpiTable", "Collected (amicable)"),
            "money",
        ),
        Column(
            "amount_collected_litigation",
            lambda: QCoreApplication.translate("KpiTable", "Collected (litigation)"),
            "money",
        ),
        Column(
            "formal_notices_avoided",
            lambda: QCoreApplication.translate("KpiTable", "Formal notices avoided"),
            "int",
        ),
        Column(
            "calls_per_agent_hour",
            lambda: QCoreApplication.translate("KpiTable", "Calls per agent-hour"),
            "decimal",
        ),
        Column(
            "average_handle_seconds",
            lambda: QCoreApplication.translate("KpiTable", "Average handle time"),
            "seconds",
        ),
    ]


def handle_time(seconds: Decimal | int | None) -> str:
    if seconds is None:
        return "—"
    whole = int(Decimal(seconds).to_integral_value())
    return f"{whole // 60}:{whole % 60:02d}"


def shown(value: Any, kind: Kind, currency: str = "EUR") -> str:
    """A figure as the screen and the PDF show it (French formats)."""
    if kind == "text":
        return "" if value is None else str(value)
    if kind == "int":
        return number(int(value or 0))
    if kind == "rate":
        return percent(value)
    if kind == "money":
        return money(value, currency)
    if kind == "decimal":
        return number(value, 1)
    if kind == "seconds":
        return handle_time(value)
    raise ValueError(f"unknown kind {kind!r}")


class KpiTableModel(QAbstractTableModel):
    """Small (one row per cut value, a few hundred at most): all rows in memory."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._columns = columns()
        self._rows: list[Any] = []
        self._total: Any = None
        self.currency = "EUR"

    @property
    def columns(self) -> list[Column]:
        return self._columns

    def set_rows(self, rows: Sequence[Any], total: Any = None) -> None:
        """The cut's rows, then (when given and there is more than one row) the total."""
        self.beginResetModel()
        self._rows = list(rows)
        self._total = total
        self.endResetModel()

    def rows(self) -> list[Any]:
        """What the table shows, in order, total included."""
        extra = [self._total] if self._total is not None and len(self._rows) != 1 else []
        return [*self._rows, *extra]

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows())

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].heading() if 0 <= section < len(self._columns) else None
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        rows = self.rows()
        if not index.isValid() or not 0 <= index.row() < len(rows):
            return None
        row, column = rows[index.row()], self._columns[index.column()]
        value = getattr(row, column.attribute, None)
        if role == Qt.ItemDataRole.DisplayRole:
            if column.attribute == "label" and row is self._total:
                return QCoreApplication.translate("KpiTable", "Total")
            return shown(value, column.kind, self.currency)
        if role == SORT_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind != "text":
            return int(RIGHT)
        if role == Qt.ItemDataRole.FontRole and row is self._total:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None
