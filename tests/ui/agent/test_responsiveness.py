"""The GUI thread never blocks more than 50 ms while a call is claimed and saved."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from pytestqt.qtbot import QtBot

from telerecouv.ui.agent.workspace import AgentScreen
from telerecouv.ui.tasks import TaskRunner
from tests.ui.agent.fakes import FakeCalls, FakeQueue

CTRL = Qt.KeyboardModifier.ControlModifier


class StallMeter:
    """A 5 ms timer on the GUI thread: the longest gap between two ticks is the worst stall."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.last = 0
        self.worst = 0
        self.timer = QTimer(interval=5)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.clock.start()
        self.last = 0
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def stop(self) -> int:
        self.timer.stop()
        return self.worst


def test_claiming_and_saving_never_stall_the_gui(
    qtbot: QtBot, make_screen: Callable[..., AgentScreen], demo
) -> None:
    runner = TaskRunner()
    # The database answers slowly (300 ms): the work must happen off the GUI thread.
    queue, calls = FakeQueue(demo, delay=0.3), FakeCalls(delay=0.3)
    screen = make_screen(runner=runner, queue=queue, calls=calls)
    qtbot.waitUntil(lambda: not runner.busy and screen.library is not None, timeout=5000)
    meter = StallMeter()
    meter.start()
    started = time.monotonic()
    qtbot.keyClick(screen, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: screen.call is not None, timeout=5000)
    qtbot.keyClick(screen, Qt.Key.Key_F4)
    qtbot.keyClick(screen.outcome.reachability, Qt.Key.Key_2)
    qtbot.keyClick(screen.outcome.reachability, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: len(calls.recorded) == 1 and screen.call is None, timeout=5000)
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    worst = meter.stop()
    assert time.monotonic() - started >= 0.6  # the slow work did happen meanwhile
    assert worst <= 50, f"the GUI thread stalled {worst} ms"
    runner.wait(5000)
