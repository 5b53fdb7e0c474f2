"""A table model over millions of rows: windowed paging, pages fetched off the GUI thread.

The model knows the total count (so the scroll bar is true) and holds a bounded cache of
pages. A row that is not loaded shows "…" and asks for its page; the page arrives through the
TaskRunner and the rows are repainted. Changing the filter or the sort starts a new
*generation*: answers of an older generation are dropped, so a slow query never overwrites a
newer one.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 200
MAX_PAGES = 60  # 12,000 rows in memory at most


class PagedTableModel(QAbstractTableModel, Generic[T]):
    """Subclasses give the headers and `cell(row_object, column, role)`."""

    loading_changed = Signal(bool)
    count_changed = Signal(int)
    failed = Signal(object)

    def __init__(self, runner, parent=None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._runner = runner
        self._page_size = page_size
        self._count = 0
        self._pages: OrderedDict[int, Sequence[T]] = OrderedDict()
        self._pending: set[int] = set()
        self._wanted: set[int] = set()
        self._generation = 0
        self._count_fn: Callable[[], int] | None = None
        self._page_fn: Callable[[int, int], Sequence[T]] | None = None
        self._header_cache: list[str] | None = None
        self._flush = QTimer(self, singleShot=True, interval=0)
        self._flush.timeout.connect(self._request_wanted)

    # -- to implement ---------------------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, item: T, column: int, role: int) -> Any:
        raise NotImplementedError

    # -- loading ----------------------------------------------------------------------------
    def load(self, count_fn: Callable[[], int], page_fn: Callable[[int, int], Sequence[T]]) -> None:
        """Start over with a new query: count first, then the first page."""
        self._generation += 1
        generation = self._generation
        self._count_fn, self._page_fn = count_fn, page_fn
        self.beginResetModel()
        self._count = 0
        self._pages.clear()
        self._pending.clear()
        self._wanted.clear()
        self.endResetModel()
        self.loading_changed.emit(True)
        self._runner.run(
            count_fn,
            lambda count: self._counted(generation, count),
            lambda error: self._failed(generation, error),
        )

    def reload_page_of(self, row: int) -> None:
        """Fetch again the page holding `row` (after a change to that row)."""
        page = row // self._page_size
        self._pages.pop(page, None)
        self._fetch(page)

    @property
    def total(self) -> int:
        return self._count

    def item(self, row: int) -> T | None:
        page = self._pages.get(row // self._page_size)
        if page is None:
            return None
        offset = row % self._page_size
        return page[offset] if offset < len(page) else None

    def loaded_rows(self) -> int:
        return sum(len(page) for page in self._pages.values())

    def _counted(self, generation: int, count: int) -> None:
        if generation != self._generation:
            return
        if count > 0:
            self.beginInsertRows(QModelIndex(), 0, count - 1)
            self._count = count
            self.endInsertRows()
        self.count_changed.emit(count)
        if count:
            self._fetch(0)
        else:
            self.loading_changed.emit(False)

    def _fetch(self, page: int) -> None:
        if page in self._pending or self._page_fn is None:
            return
        self._pending.add(page)
        generation, page_fn, size = self._generation, self._page_fn, self._page_size
        self.loading_changed.emit(True)
        self._runner.run(
            lambda: page_fn(page * size, size),
            lambda rows: self._arrived(generation, page, rows),
            lambda error: self._failed(generation, error, page),
        )

    def _arrived(self, generation: int, page: int, rows: Sequence[T]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page)
        self._pages[page] = list(rows)
        self._pages.move_to_end(page)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        first = page * self._page_size
        last = min(first + self._page_size, self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))
        if not self._pending:
            self.loading_changed.emit(False)

    def _failed(self, generation: int, error: BaseException, page: int | None = None) -> None:
        if generation != self._generation:
            return
        if page is not None:
            self._pending.discard(page)
        self.loading_changed.emit(False)
        self.failed.emit(error)

    def _request_wanted(self) -> None:
        wanted, self._wanted = self._wanted, set()
        for page in sorted(wanted):
            if page not in self._pages:
                self._fetch(page)

    # -- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else self._count

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._headers())

    def _headers(self) -> list[str]:
        if self._header_cache is None:  # translated once: data() and columnCount() are hot
            self._header_cache = self.headers()
        return self._header_cache

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self._headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        page = index.row() // self._page_size
        rows = self._pages.get(page)
        if rows is None:
            if page not in self._pending:
                # Never fetch from inside data(): note the page, ask once the view is painted.
                self._wanted.add(page)
                self._flush.start()
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        offset = index.row() % self._page_size
        if offset >= len(rows):
            return None
        return self.cell(rows[offset], index.column(), role)
