"""The GUI thread never blocks more than 50 ms while a call is claimed and saved.

Two figures per run: the longest time the GUI thread itself worked between two ticks of a
5 ms timer (CPU time of that thread: our code, layout, painting), which must stay under
50 ms; and the longest wall-clock gap, which also counts the time the machine gave to other
processes. The wall-clock gap catches any database or file call made on the GUI thread (the
fake database here answers in 300 ms); its bound is 50 ms with TELERECOUV_STRICT_STALL=1 (an
otherwise idle machine: about 30-40 ms measured) and 250 ms by default, because the shared
test machine often runs several suites at once.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from pytestqt.qtbot import QtBot

from telerecouv.ui.agent.workspace import AgentScreen
from telerecouv.ui.tasks import TaskRunner
from tests.ui.agent.fakes import FakeCalls, FakeQueue

CTRL = Qt.KeyboardModifier.ControlModifier
CPU_LIMIT_MS = 50
WALL_LIMIT_MS = 50 if os.environ.get("TELERECOUV_STRICT_STALL") else 250


class StallMeter:
    """A 5 ms timer on the GUI thread: the longest gap between two ticks is the worst stall."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer(interval=5)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.worst = self.worst_cpu = 0.0

    def start(self) -> None:
        self.clock.start()
        self.last = 0
        self.last_cpu = time.thread_time()
        self.timer.start()

    def _tick(self) -> None:
        now, cpu = self.clock.elapsed(), time.thread_time()
        self.worst = max(self.worst, now - self.last)
        self.worst_cpu = max(self.worst_cpu, (cpu - self.last_cpu) * 1000)
        self.last, self.last_cpu = now, cpu

    def stop(self) -> tuple[float, float]:
        self.timer.stop()
        return self.worst_cpu, self.worst

    def check(self) -> None:
        cpu, wall = self.stop()
        assert cpu <= CPU_LIMIT_MS, f"the GUI thread worked {cpu:.0f} ms at a stretch"
        assert wall <= WALL_LIMIT_MS, f"the GUI thread stalled {wall:.0f} ms (wall clock)"


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
    assert time.monotonic() - started >= 0.6  # the slow work did happen meanwhile
    meter.check()
    runner.wait(5000)
