"""Small helpers shared by the supervisor's and the administrator's screens."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView

from telerecouv.store.errors import KnownError
from telerecouv.ui.errors import error_text as known_error_text

log = logging.getLogger(__name__)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"


def error_text(error: BaseException) -> str:
    """What to tell the user: a KnownError's message and hint, else a short bug notice."""
    if isinstance(error, KnownError):
        return known_error_text(error)
    log.error("unexpected error in a supervisor screen", exc_info=error)
    return QCoreApplication.translate("supervisor", "Unexpected error: %1").replace(
        "%1", type(error).__name__
    )


def show_error(label: QLabel, error: BaseException) -> None:
    label.setStyleSheet(ERROR_STYLE)
    label.setText(error_text(error))


def show_message(label: QLabel, text: str, *, ok: bool = False) -> None:
    label.setStyleSheet(OK_STYLE if ok else "")
    label.setText(text)


def local_time(value: datetime | None) -> str:
    """An aware UTC instant in the workstation's zone, "23/11/2026 14:05"."""
    if value is None:
        return ""
    return value.astimezone().strftime("%d/%m/%Y %H:%M")


def configure_table(table: QTableView, widths: dict[int, int] | None = None) -> None:
    """Fixed column widths (never ResizeToContents), row selection, last column stretched."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(22)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in (widths or {}).items():
        table.setColumnWidth(column, width)
