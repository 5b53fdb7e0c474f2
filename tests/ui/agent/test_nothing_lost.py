"""Nothing lost: the open call survives a crash; outcomes wait in the outbox for the database."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from telerecouv.domain.enums import CallResult, Reachability
from telerecouv.ui.agent.workspace import AgentScreen
from tests.ui.agent.fakes import FakeCalls, FakeQueue

CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_killed_call_is_reopened_with_notes_script_and_plan(
    qtbot: QtBot, make_screen: Callable[..., AgentScreen], demo
) -> None:
    queue, calls = FakeQueue(demo), FakeCalls()
    first = make_screen(queue=queue, calls=calls, draft_delay_ms=10)
    qtbot.keyClick(first, Qt.Key.Key_F5)
    call = first.call
    assert call is not None
    qtbot.keyClick(first.script, Qt.Key.Key_1)  # first choice of the script
    path = first.script.path_taken()
    assert len(path) >= 3
    first.show_form(1)
    qtbot.keyClicks(first.plan.months, "6")
    first.show_form(0)
    qtbot.keyClicks(first.outcome.notes, "rappeler apres 18h")
    qtbot.waitUntil(
        lambda: first.backend.load_draft() is not None and "18h" in str(first.backend.load_draft())
    )
    # the workstation dies: no save, no release; the widget just goes away
    first.hide()
    first.deleteLater()

    second = make_screen(queue=queue, calls=calls)
    assert second.call is not None
    assert second.call.client_token == call.client_token
    assert second.call.debtor_id == call.debtor_id
    assert second.outcome.notes.toPlainText() == "rappeler apres 18h"
    assert second.script.path_taken() == path
    assert second.plan.months.value() == 6
    assert second.banner.isVisible()
    qtbot.keyClick(second, Qt.Key.Key_F4)
    qtbot.keyClick(second.outcome.reachability, Qt.Key.Key_2)
    qtbot.keyClick(second.outcome.reachability, Qt.Key.Key_Return, CTRL)
    saved = calls.recorded[call.client_token]
    assert saved.reachability is Reachability.NO_ANSWER
    assert saved.notes == "rappeler apres 18h"
    assert saved.script_path == path
    assert second.backend.load_draft() is None  # nothing left to reopen


def test_outbox_when_the_database_is_down_then_sent_once(
    qtbot: QtBot, make_screen: Callable[..., AgentScreen]
) -> None:
    calls = FakeCalls()
    screen = make_screen(calls=calls)
    qtbot.keyClick(screen, Qt.Key.Key_F5)
    token = screen.call.client_token
    calls.down = True
    qtbot.keyClick(screen, Qt.Key.Key_F4)
    qtbot.keyClick(screen.outcome.reachability, Qt.Key.Key_1)
    qtbot.keyClick(screen.outcome.reachability, Qt.Key.Key_Tab)
    qtbot.keyClick(screen.outcome.result, Qt.Key.Key_8)  # refusal
    qtbot.keyClick(screen.outcome.result, Qt.Key.Key_Return, CTRL)
    assert calls.recorded == {}
    assert screen.call is None  # the agent goes on working
    assert screen.outbox_banner.isVisible()
    assert "1" in screen.outbox_banner.text()
    assert screen.backend.pending_outcomes() == 1

    screen.flush_outbox()  # still down: kept
    assert screen.outbox_banner.isVisible() and calls.recorded == {}

    calls.down = False
    screen.flush_outbox()
    assert list(calls.recorded) == [token]
    assert calls.recorded[token].result is CallResult.REFUSAL
    assert not screen.outbox_banner.isVisible()
    screen.flush_outbox()
    assert len(calls.recorded) == 1 and screen.backend.pending_outcomes() == 0


def test_outbox_left_by_a_previous_session_is_sent_at_start(
    qtbot: QtBot, make_screen: Callable[..., AgentScreen]
) -> None:
    calls = FakeCalls()
    calls.down = True
    first = make_screen(calls=calls)
    qtbot.keyClick(first, Qt.Key.Key_F5)
    qtbot.keyClick(first, Qt.Key.Key_F4)
    qtbot.keyClick(first.outcome.reachability, Qt.Key.Key_3)  # voicemail
    qtbot.keyClick(first.outcome.reachability, Qt.Key.Key_Return, CTRL)
    assert first.backend.pending_outcomes() == 1
    first.deleteLater()

    calls.down = False
    second = make_screen(calls=calls)
    assert len(calls.recorded) == 1
    assert not second.outbox_banner.isVisible()


class SchemaAheadCalls(FakeCalls):
    """The central database was migrated by a newer version of the application."""

    def __init__(self) -> None:
        super().__init__()
        self.ahead = False

    def record(self, actor, outcome):  # type: ignore[no-untyped-def]
        if self.ahead:
            from telerecouv.store.errors import SchemaTooNew

            raise SchemaTooNew(
                "The database schema (rev 0099) is newer than this program.",
                "Update telerecouv on this workstation.",
            )
        return super().record(actor, outcome)


def test_outbox_when_the_database_is_newer_then_sent_once_it_matches(
    qtbot: QtBot, make_screen: Callable[..., AgentScreen]
) -> None:
    calls = SchemaAheadCalls()
    screen = make_screen(calls=calls)
    qtbot.keyClick(screen, Qt.Key.Key_F5)
    token = screen.call.client_token
    calls.ahead = True
    qtbot.keyClick(screen, Qt.Key.Key_F4)
    qtbot.keyClick(screen.outcome.reachability, Qt.Key.Key_2)  # no answer
    qtbot.keyClick(screen.outcome.reachability, Qt.Key.Key_Return, CTRL)
    assert screen.call is None  # kept, not refused: the agent goes on working
    assert screen.backend.pending_outcomes() == 1
    assert screen.outbox_banner.isVisible()
    assert "newer than this application" in screen.outbox_banner.text()
    assert "updated" in screen.outbox_banner.text()

    screen.flush_outbox()  # still ahead: kept, still says why
    assert calls.recorded == {} and "updated" in screen.outbox_banner.text()

    calls.ahead = False  # the workstation was updated: the versions match
    screen.flush_outbox()
    assert list(calls.recorded) == [token]
    assert calls.recorded[token].reachability is Reachability.NO_ANSWER
    assert not screen.outbox_banner.isVisible()
    screen.flush_outbox()
    assert len(calls.recorded) == 1 and screen.backend.pending_outcomes() == 0
