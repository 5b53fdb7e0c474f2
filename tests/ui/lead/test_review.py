"""Outcome review: a million calls scroll smoothly, filters reach the service, reviews save."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from telerecouv.domain.enums import CallResult, Role, Stage
from telerecouv.services.permissions import Actor
from telerecouv.ui.lead.review import ReviewScreen
from telerecouv.ui.tasks import SyncTaskRunner
from tests.ui.lead.contract_fakes import FakeDirectory, FakeReviewService

LEAD = Actor(user_id=5, login="lead1", role=Role.TEAM_LEAD)


def make(qtbot: QtBot, service, directory=None) -> ReviewScreen:
    screen = ReviewScreen(
        LEAD,
        service,
        directory or FakeDirectory(),
        SyncTaskRunner(),
        today=date(2026, 11, 20),
    )
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    return screen


def test_a_million_rows_load_only_the_pages_seen(qtbot: QtBot) -> None:
    service = FakeReviewService(total=1_000_000)
    screen = make(qtbot, service)
    assert screen.model.rowCount() == 1_000_000
    assert "1\u202f000\u202f000" in screen.count_label.text()
    qtbot.waitUntil(lambda: service.pages != [])
    assert service.pages[0] == (0, 200, "started_at", True)
    screen.table.scrollToBottom()
    qtbot.waitUntil(lambda: screen.model.item(999_999) is not None)
    assert screen.model.loaded_rows() <= 60 * 200
    assert len(service.pages) < 10
    # No column sized from its contents: that would read every row.
    header = screen.table.horizontalHeader()
    assert all(
        header.sectionResizeMode(c) != header.ResizeMode.ResizeToContents
        for c in range(header.count())
    )


def test_the_paged_model_is_a_valid_qt_model(qtbot: QtBot, qtmodeltester) -> None:
    service = FakeReviewService(total=450)
    screen = make(qtbot, service)
    qtbot.waitUntil(lambda: screen.model.item(0) is not None)
    qtmodeltester.check(screen.model)


def test_filters_reach_the_service(qtbot: QtBot) -> None:
    service = FakeReviewService(total=30)
    screen = make(qtbot, service)
    qtbot.waitUntil(lambda: screen.agent.count() > 1)
    screen.team.setCurrentIndex(screen.team.findData(1))
    screen.team.activated.emit(screen.team.currentIndex())
    # Choosing a team narrows the agents to that team.
    assert [screen.agent.itemData(i) for i in range(screen.agent.count())] == [None, 11, 12]
    screen.stage.setCurrentIndex(screen.stage.findData(Stage.DEFAULT_M2))
    screen.result.setCurrentIndex(screen.result.findData(CallResult.REFUSAL))
    qtbot.keyClicks(screen.min_amount, "1 500,50")
    screen.refusals.setChecked(True)
    screen.long_plans.setChecked(True)
    qtbot.keyClicks(screen.text, "huissier")
    qtbot.keyClick(screen.text, Qt.Key.Key_Return)
    f = service.filters[-1]
    assert f.team_id == 1
    assert f.stage is Stage.DEFAULT_M2
    assert f.result is CallResult.REFUSAL
    assert str(f.min_amount) == "1500.50"
    assert f.refusals_only and f.long_plans_only
    assert f.text == "huissier"
    assert (f.date_from, f.date_to) == (date(2026, 11, 1), date(2026, 11, 20))


def test_a_bad_amount_is_named_and_nothing_is_asked(qtbot: QtBot) -> None:
    service = FakeReviewService(total=30)
    screen = make(qtbot, service)
    asked = len(service.filters)
    qtbot.keyClicks(screen.min_amount, "douze")
    qtbot.keyClick(screen.min_amount, Qt.Key.Key_Return)
    assert len(service.filters) == asked
    assert "Balance at least" in screen.message.text()


def test_sorting_by_a_column_asks_the_service(qtbot: QtBot) -> None:
    service = FakeReviewService(total=30)
    screen = make(qtbot, service)
    screen.table.sortByColumn(screen.model.BALANCE, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: service.pages[-1][2:] == ("balance", False))


def test_detail_shows_script_path_plan_and_notes_and_the_review_saves(qtbot: QtBot) -> None:
    service = FakeReviewService(total=30)
    screen = make(qtbot, service)
    qtbot.waitUntil(lambda: screen.model.item(0) is not None)
    screen.table.setFocus()
    screen.table.setCurrentIndex(screen.model.index(0, 0))
    text = screen.detail.toPlainText()
    assert "identify → explain_debt → negotiate_plan → close" in text
    assert "12 months" in text and "103,33" in text
    assert "12 échéances" in text
    assert screen.save_review.isEnabled()
    screen.score.setValue(8)
    qtbot.keyClicks(screen.comment, "Bonne reformulation")
    qtbot.mouseClick(screen.save_review, Qt.MouseButton.LeftButton)
    assert service.reviews[1] == (8, "Bonne reformulation")
    assert "Review saved" in screen.message.text()
    assert screen.model.index(0, screen.model.REVIEW).data() == "8/10"
    assert "8/10 by lead1" in screen.detail.toPlainText()


def test_weekly_sample_then_shows_the_calls_to_review(qtbot: QtBot) -> None:
    service = FakeReviewService(total=30)
    screen = make(qtbot, service)
    screen.per_agent.setValue(3)
    qtbot.mouseClick(screen.sample_button, Qt.MouseButton.LeftButton)
    assert service.samples == [(date(2026, 11, 9), 3)]
    assert "15 calls" in screen.message.text()
    assert screen.to_review.isChecked()
    assert service.filters[-1].to_review_only


def test_service_errors_are_shown(qtbot: QtBot) -> None:
    from telerecouv.store.errors import PermissionDenied

    class Refusing(FakeReviewService):
        def count(self, actor, f):
            raise PermissionDenied("lead1 may not review calls.", "Ask an administrator.")

    screen = make(qtbot, Refusing(total=3))
    assert "may not review calls" in screen.message.text()


def test_no_directory_service_leaves_the_filters_usable(qtbot: QtBot) -> None:
    empty = SimpleNamespace(
        load=lambda actor: SimpleNamespace(agents=(), teams=(), organisations=(), queues=())
    )
    screen = make(qtbot, FakeReviewService(total=3), empty)
    assert screen.agent.count() == 1


def test_keyboard_ctrl_f_searches_and_ctrl_s_saves_the_review(qtbot: QtBot) -> None:
    service = FakeReviewService(total=30)
    screen = make(qtbot, service)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    qtbot.waitUntil(lambda: screen.model.item(0) is not None)
    screen.table.setFocus()
    screen.table.setCurrentIndex(screen.model.index(2, 0))
    qtbot.keyClick(screen.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert screen.text.hasFocus()
    screen.score.setValue(6)
    qtbot.keyClick(screen.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert service.reviews[3] == (6, "")


def test_a_bad_amount_is_named_in_french(french: None, qtbot: QtBot) -> None:
    screen = make(qtbot, FakeReviewService(total=30))
    qtbot.keyClicks(screen.min_amount, "douze")
    qtbot.keyClick(screen.min_amount, Qt.Key.Key_Return)
    assert "'douze' n'est pas un montant" in screen.message.text()
