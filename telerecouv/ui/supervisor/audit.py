"""Audit viewer for supervisors and admins: who changed what, when, before and after."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from telerecouv.domain.text import fold, fold_words
from telerecouv.services.audit import AuditRow, AuditService
from telerecouv.services.permissions import Actor
from telerecouv.ui.supervisor.common import (
    SORT_ROLE,
    configure_table,
    local_time,
    show_error,
    show_message,
)

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def change_summary(row: AuditRow) -> str:
    """ "field: old → new" for every field that differs, in one line."""
    before, after = row.before or {}, row.after or {}
    parts = []
    for key in sorted(set(before) | set(after), key=str):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        if key not in before:
            parts.append(f"{key}: {_short(new)}")
        elif key not in after:
            parts.append(f"{key}: {_short(old)} → ∅")
        else:
            parts.append(f"{key}: {_short(old)} → {_short(new)}")
    return "; ".join(parts)


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


class AuditModel(QAbstractTableModel):
    WHEN, USER, ACTION, ENTITY, ENTITY_ID, CHANGE = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []
        self._folded: list[str | None] = []  # per row, fold() of its cells, made when searched
        self._headers = [
            self.tr("When"),
            self.tr("User"),
            self.tr("Action"),
            self.tr("Entity"),
            self.tr("Id"),
            self.tr("Change"),
        ]

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._folded = [None] * len(self._rows)
        self.endResetModel()

    def row_at(self, row: int) -> AuditRow:
        return self._rows[row]

    def folded_text(self, row: int) -> str:
        """Every cell of the row, lower case without accents, for the search box."""
        folded = self._folded[row]
        if folded is None:
            cells = (self.data(self.index(row, c)) for c in range(self.columnCount()))
            folded = self._folded[row] = fold(" ".join(str(cell) for cell in cells))
        return folded

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == SORT_ROLE:
            if column == self.WHEN:
                return row.at.timestamp()
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                local_time(row.at),
                row.user_login,
                row.action,
                row.entity,
                row.entity_id or "",
                change_summary(row) or (row.detail or ""),
            ][column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CHANGE:
            return change_summary(row) or row.detail
        return None


class AuditFilter(QSortFilterProxyModel):
    """Free-text filter over every column of the loaded rows, and one entity.

    Every word typed must appear in one of the row's cells, case and accents ignored
    ("helene" finds "Hélène"), as in the review's search of the call notes."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._entity: str | None = None
        self._words: list[str] = []

    def set_entity(self, entity: str | None) -> None:
        self.beginFilterChange()
        self._entity = entity
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold_words(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, AuditModel):
            return super().filterAcceptsRow(source_row, source_parent)
        if self._entity is not None and model.row_at(source_row).entity != self._entity:
            return False
        if self._words:
            folded = model.folded_text(source_row)
            return all(word in folded for word in self._words)
        return True


class AuditScreen(QWidget):
    """The last audit entries (newest first), filtered by entity and by any text."""

    LIMITS = (200, 1000, 5000)

    def __init__(self, actor: Actor, service: AuditService, runner, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("auditScreen")
        self._actor = actor
        self._service = service
        self._runner = runner
        self._loaded_once = False

        self.entity = QComboBox(objectName="auditEntity")
        self.entity.setAccessibleName(self.tr("Kind of change"))
        self.entity.addItem(self.tr("All changes"), None)
        self.limit = QComboBox(objectName="auditLimit")
        self.limit.setAccessibleName(self.tr("Number of entries"))
        for limit in self.LIMITS:
            self.limit.addItem(self.tr("Last %1").replace("%1", str(limit)), limit)
        self.search = QLineEdit(objectName="auditSearch")
        self.search.setAccessibleName(self.tr("Search the audit log"))
        self.search.setPlaceholderText(self.tr("Search user, action, value..."))
        self.search.setClearButtonEnabled(True)
        self.refresh_button = QPushButton(self.tr("&Refresh"), objectName="auditRefresh")
        self.message = QLabel(objectName="auditMessage")

        self.model = AuditModel(self)
        self.proxy = AuditFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(objectName="auditTable")
        self.table.setAccessibleName(self.tr("Audit log"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AuditModel.WHEN, Qt.SortOrder.DescendingOrder)
        configure_table(self.table, {0: 130, 1: 90, 2: 160, 3: 120, 4: 60})
        self.detail = QPlainTextEdit(objectName="auditDetail")
        self.detail.setAccessibleName(self.tr("Values before and after"))
        self.detail.setReadOnly(True)

        bar = QHBoxLayout()
        show = QLabel(self.tr("&Show:"))
        show.setBuddy(self.entity)
        bar.addWidget(show)
        bar.addWidget(self.entity)
        bar.addWidget(self.limit)
        search = QLabel(self.tr("S&earch:"))
        search.setBuddy(self.search)
        bar.addWidget(search)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.refresh_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([400, 160])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        self.entity.currentIndexChanged.connect(
            lambda: self.proxy.set_entity(self.entity.currentData())
        )
        self.limit.currentIndexChanged.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.search.textChanged.connect(self.proxy.set_text)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self._loaded_once = True
            self.refresh()

    def refresh(self) -> None:
        self._loaded_once = True
        limit = self.limit.currentData()
        show_message(self.message, self.tr("Loading..."))
        self.refresh_button.setEnabled(False)
        self._runner.run(
            lambda: self._service.recent(self._actor, limit=limit),
            self._loaded,
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        show_error(self.message, error)

    def _loaded(self, rows: list[AuditRow]) -> None:
        self.refresh_button.setEnabled(True)
        self.model.set_rows(rows)
        chosen = self.entity.currentData()
        self.entity.blockSignals(True)
        while self.entity.count() > 1:
            self.entity.removeItem(1)
        for entity in sorted({row.entity for row in rows}):
            self.entity.addItem(entity, entity)
        index = self.entity.findData(chosen) if chosen else 0
        self.entity.setCurrentIndex(max(index, 0))
        self.entity.blockSignals(False)
        self.proxy.set_entity(self.entity.currentData())
        self.detail.clear()
        show_message(self.message, self.tr("%1 entries").replace("%1", str(len(rows))))

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.detail.clear()
            return
        row = self.model.row_at(self.proxy.mapToSource(current).row())
        lines = [
            f"{local_time(row.at)} — {row.user_login} — {row.action} — {row.entity} "
            f"{row.entity_id or ''}".rstrip()
        ]
        if row.detail:
            lines.append(row.detail)
        for title, values in ((self.tr("Before"), row.before), (self.tr("After"), row.after)):
            if values is not None:
                lines.append(f"{title}:")
                lines.append(json.dumps(values, ensure_ascii=False, indent=2, sort_keys=True))
        self.detail.setPlainText("\n".join(lines))
