"""Filter widgets shared by the review and KPI screens: period, agents, teams, stages.

The lists come from a *directory* (services/directory.py: `load(actor)` returns agents, teams,
organisations and queues); the helpers only read those attributes.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import Enum
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from telerecouv.domain.enums import CallResult, Reachability, Stage
from telerecouv.ui.labels import reachability_label, result_label, stage_label
from telerecouv.ui.lead.common import date_edit, from_qdate, to_qdate

E = TypeVar("E", bound=Enum)


def any_label() -> str:
    return QCoreApplication.translate("filters", "(all)")


class PeriodEdit(QWidget):
    """From/to dates with quick choices (this month, last month, last 7 days...)."""

    changed = Signal()

    def __init__(self, today: date, parent=None) -> None:
        super().__init__(parent)
        self._today = today
        self.date_from = date_edit(today.replace(day=1), "periodFrom")
        self.date_to = date_edit(today, "periodTo")
        self.quick = QComboBox(objectName="periodQuick")
        for key, label in (
            ("", self.tr("Custom")),
            ("today", self.tr("Today")),
            ("7d", self.tr("Last 7 days")),
            ("month", self.tr("This month")),
            ("last_month", self.tr("Last month")),
            ("90d", self.tr("Last 90 days")),
            ("year", self.tr("This year")),
        ):
            self.quick.addItem(label, key)
        self.quick.setCurrentIndex(self.quick.findData("month"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("&From"), buddy=self.date_from))
        layout.addWidget(self.date_from)
        layout.addWidget(QLabel(self.tr("&to"), buddy=self.date_to))
        layout.addWidget(self.date_to)
        layout.addWidget(self.quick)
        layout.addStretch(1)
        self.quick.activated.connect(self._quick_chosen)
        self.date_from.dateChanged.connect(self._edited)
        self.date_to.dateChanged.connect(self._edited)

    def period(self) -> tuple[date, date]:
        start, end = from_qdate(self.date_from.date()), from_qdate(self.date_to.date())
        return (start, end) if start <= end else (end, start)

    def set_period(self, start: date, end: date, quick: str = "") -> None:
        """Show `start`..`end`; `quick` names the choice it came from ("" for custom)."""
        self.quick.setCurrentIndex(max(self.quick.findData(quick), 0))
        for edit, value in ((self.date_from, start), (self.date_to, end)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(value))
            edit.blockSignals(False)
        self.changed.emit()

    def _quick_chosen(self) -> None:
        today, key = self._today, self.quick.currentData()
        if key == "today":
            self.set_period(today, today, key)
        elif key == "7d":
            self.set_period(today - timedelta(days=6), today, key)
        elif key == "month":
            self.set_period(today.replace(day=1), today, key)
        elif key == "last_month":
            end = today.replace(day=1) - timedelta(days=1)
            self.set_period(end.replace(day=1), end, key)
        elif key == "90d":
            self.set_period(today - timedelta(days=89), today, key)
        elif key == "year":
            self.set_period(today.replace(month=1, day=1), today, key)

    def _edited(self) -> None:
        self.quick.setCurrentIndex(0)
        self.changed.emit()


def enum_data(combo: QComboBox, kind: type[E]) -> E | None:
    """The chosen enum member (Qt hands StrEnum data back as a plain str)."""
    value = combo.currentData()
    return None if value is None else kind(value)


def fill_agents(combo: QComboBox, directory: Any, team_id: int | None = None) -> None:
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(any_label(), None)
    for agent in directory.agents:
        if team_id is None or agent.team_id == team_id:
            combo.addItem(agent.label, agent.id)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.blockSignals(False)


def fill_teams(combo: QComboBox, directory: Any) -> None:
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(any_label(), None)
    for team in directory.teams:
        combo.addItem(team.name, team.id)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.blockSignals(False)


def fill_organisations(combo: QComboBox, directory: Any) -> None:
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(any_label(), None)
    for organisation in directory.organisations:
        combo.addItem(f"{organisation.code} — {organisation.name}", organisation.id)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.blockSignals(False)


def stage_combo(name: str) -> QComboBox:
    combo = QComboBox(objectName=name)
    combo.addItem(any_label(), None)
    for stage in Stage:
        combo.addItem(stage_label(stage), stage)
    return combo


def reachability_combo(name: str) -> QComboBox:
    combo = QComboBox(objectName=name)
    combo.addItem(any_label(), None)
    for value in Reachability:
        combo.addItem(reachability_label(value), value)
    return combo


def result_combo(name: str) -> QComboBox:
    combo = QComboBox(objectName=name)
    combo.addItem(any_label(), None)
    for value in CallResult:
        combo.addItem(result_label(value), value)
    return combo


def fill_queues(combo: QComboBox, directory: Any) -> None:
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(any_label(), None)
    for queue in directory.queues:
        combo.addItem(f"{queue.organisation_code} — {queue.name}", queue.id)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.blockSignals(False)
