"""Running database and file work off the GUI thread (Anki's QueryOp, Picard's thread pool).

`TaskRunner.run(fn, on_success, on_failure)` runs `fn()` on a QThreadPool worker and calls
back on the GUI thread. `SyncTaskRunner` does the same synchronously, for tests.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._fn = fn
        self.signals = signals
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            log.debug("task failed: %s", "".join(traceback.format_exception(exc)))
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


class TaskRunner(QObject):
    """Runs callables on a thread pool; counts the running ones for the busy indicator."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._running = 0
        self._keep: set[_Signals] = set()

    @property
    def busy(self) -> bool:
        return self._running > 0

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Success | None = None,
        on_failure: Failure | None = None,
    ) -> None:
        signals = _Signals()  # lives in the GUI thread: its slots run there
        self._keep.add(signals)
        if on_success:
            signals.succeeded.connect(on_success)
        if on_failure:
            signals.failed.connect(on_failure)
        signals.finished.connect(lambda: self._done(signals))
        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Task(fn, signals))

    def _done(self, signals: _Signals) -> None:
        self._keep.discard(signals)
        self._running -= 1
        if self._running == 0:
            self.busy_changed.emit(False)

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)


class SyncTaskRunner(QObject):
    """Same interface, runs immediately: deterministic tests."""

    busy_changed = Signal(bool)
    busy = False

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Success | None = None,
        on_failure: Failure | None = None,
    ) -> None:
        try:
            result = fn()
        except Exception as exc:
            if on_failure is None:
                raise
            on_failure(exc)
        else:
            if on_success:
                on_success(result)

    def wait(self, msecs: int = 0) -> bool:
        return True
