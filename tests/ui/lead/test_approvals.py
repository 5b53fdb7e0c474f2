"""Approvals: long plans listed, approved or rejected with a reason, the list refreshed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from telerecouv.domain.enums import PlanStatus, Role
from telerecouv.services.permissions import Actor
from telerecouv.ui.lead.approvals import ApprovalsScreen
from telerecouv.ui.tasks import SyncTaskRunner
from tests.ui.lead.lead_fakes import FakeApprovalService

LEAD = Actor(user_id=5, login="lead1", role=Role.TEAM_LEAD)


def make(qtbot: QtBot, service) -> ApprovalsScreen:
    screen = ApprovalsScreen(LEAD, service, SyncTaskRunner())
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    return screen


def test_pending_plans_with_their_justification(qtbot: QtBot, qtmodeltester) -> None:
    screen = make(qtbot, FakeApprovalService())
    assert screen.model.rowCount() == 2
    assert screen.count_label.text().endswith(": 2")
    text = screen.detail.toPlainText()
    assert "36 months" in text and "150,00" in text
    assert "RSA seul" in text and "IND-2026-001" in text
    qtmodeltester.check(screen.model)


def test_approve_with_ctrl_enter(qtbot: QtBot) -> None:
    service = FakeApprovalService()
    screen = make(qtbot, service)
    screen.reason.setFocus()
    qtbot.keyClicks(screen.reason, "Ressources justifiees")
    qtbot.keyClick(screen.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert service.decided == [(41, PlanStatus.ACTIVE, "Ressources justifiees")]
    assert "Durand Marie approved" in screen.message.text()
    assert screen.model.rowCount() == 1
    assert "SARL Atlas" in screen.detail.toPlainText()


def test_reject_needs_a_reason(qtbot: QtBot) -> None:
    service = FakeApprovalService()
    screen = make(qtbot, service)
    screen.table.setCurrentIndex(screen.model.index(1, 0))
    qtbot.mouseClick(screen.reject_button, Qt.MouseButton.LeftButton)
    assert service.decided == []
    assert "reason" in screen.message.text()
    assert screen.reason.hasFocus()
    qtbot.keyClicks(screen.reason, "Trop long : 24 mois maximum")
    qtbot.mouseClick(screen.reject_button, Qt.MouseButton.LeftButton)
    assert service.decided == [(42, PlanStatus.REJECTED, "Trop long : 24 mois maximum")]
    assert "rejected" in screen.message.text()
    # The decision is listed with its reason (what the agent will read).
    assert screen.decided.rowCount() == 1
    assert screen.decided.item(0, 4).text() == "Trop long : 24 mois maximum"
    assert screen.decided.item(0, 3).text() == "Rejected"  # ui.labels.plan_status_label


def test_a_plan_decided_meanwhile_is_reported_and_the_list_refreshed(qtbot: QtBot) -> None:
    service = FakeApprovalService()
    screen = make(qtbot, service)
    del service.plans[41]  # another lead decided it
    qtbot.mouseClick(screen.approve_button, Qt.MouseButton.LeftButton)
    assert "not waiting for approval" in screen.message.text()
    assert screen.model.rowCount() == 1


def test_nothing_waiting(qtbot: QtBot) -> None:
    service = FakeApprovalService()
    service.plans.clear()
    screen = make(qtbot, service)
    assert not screen.approve_button.isEnabled()
    assert "No plan is waiting" in screen.detail.toPlainText()
