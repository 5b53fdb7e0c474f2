"""Small helpers shared by the team-lead, supervisor and admin screens."""

from __future__ import annotations

import logging
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDateEdit, QHeaderView, QLabel, QTableView, QWidget

from telerecouv.domain.money import format_money
from telerecouv.store.errors import KnownError
from telerecouv.ui.errors import error_text as known_error_text

log = logging.getLogger(__name__)

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2


def error_text(error: BaseException) -> str:
    """What to tell the user: the KnownError's message and hint, else a bug notice."""
    if isinstance(error, KnownError):
        return known_error_text(error)
    log.error("unexpected error", exc_info=error)
    return QCoreApplication.translate("common", "Unexpected error: %1").replace(
        "%1", f"{type(error).__name__}: {error}"
    )


def show_error(label: QLabel, error: BaseException) -> None:
    label.setStyleSheet("color: #b00020;")
    label.setText(error_text(error))


def show_info(label: QLabel, text: str) -> None:
    label.setStyleSheet("color: #1b5e20;")
    label.setText(text)


def money(amount: Decimal | None, currency: str = "EUR") -> str:
    return "" if amount is None else format_money(amount, currency)


def percent(value: Decimal | None) -> str:
    """A rate (0..1) as "60,0 %"; an empty cell when undefined (no denominator)."""
    if value is None:
        return "—"
    return f"{(value * 100).quantize(Decimal('0.1'))} %".replace(".", ",")


def number(value: Decimal | int | None, places: int = 1) -> str:
    if value is None:
        return "—"
    if isinstance(value, int):
        return f"{value:,}".replace(",", "\u202f")
    quantum = Decimal(1).scaleb(-places)
    return str(Decimal(value).quantize(quantum)).replace(".", ",")


def local_time(moment: datetime | None, zone: str | None = None) -> str:
    """A stored UTC time shown in the agent's local zone (the workstation's, or `zone`)."""
    if moment is None:
        return ""
    shown = moment.astimezone(ZoneInfo(zone)) if zone else moment.astimezone()
    return shown.strftime("%d/%m/%Y %H:%M")


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(value: date, name: str) -> QDateEdit:
    edit = QDateEdit(to_qdate(value), objectName=name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def configure_big_table(view: QTableView, widths: dict[int, int] | None = None) -> None:
    """Fixed column widths (never ResizeToContents: it reads every row) and row height."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.verticalHeader().setVisible(False)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    for column, width in (widths or {}).items():
        view.setColumnWidth(column, width)


def screen_shortcut(widget: QWidget, key: QKeySequence | str, slot) -> QShortcut:
    """A shortcut alive only while focus is inside `widget`: several screens share the main
    window (tabs), and two window-wide shortcuts on one key would cancel each other."""
    sequence = key if isinstance(key, QKeySequence) else QKeySequence(key)
    shortcut = QShortcut(sequence, widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)
    return shortcut
