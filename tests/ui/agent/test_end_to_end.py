"""A shift on a real database: log in, take calls, follow the script, agree a 10-month plan,
record a no-answer, a refusal, a call-back and a relief request; check what the database holds.
Real queue engine, debtor file and call recording; only the clock is fixed (a Tuesday at
10:00 in Paris, inside the calling hours)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from telerecouv.domain.enums import CallResult, Reachability, WorkItemStatus
from telerecouv.services.database import Database
from telerecouv.services.demo import DemoBuilder
from telerecouv.services.overview import OverviewService
from telerecouv.services.users import UserService
from telerecouv.store.models import CallAttempt, PaymentPlan, ReliefRequest, WorkItem
from telerecouv.ui.agent.screens import install_screens
from telerecouv.ui.agent.workspace import TAB_PLAN, AgentScreen
from telerecouv.ui.login import LoginDialog
from telerecouv.ui.main_window import MainWindow
from telerecouv.ui.tasks import SyncTaskRunner

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)  # Tuesday 10:00 in Paris
CTRL = Qt.KeyboardModifier.ControlModifier


def key(qtbot: QtBot, code: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), code, modifier)


def last_call(database: Database, debtor_id: int) -> CallAttempt:
    with database.sessions() as session:
        return session.scalars(
            select(CallAttempt)
            .where(CallAttempt.debtor_id == debtor_id)
            .order_by(CallAttempt.id.desc())
        ).first()


def item_of(database: Database, debtor_id: int) -> WorkItem:
    with database.sessions() as session:
        return session.scalars(select(WorkItem).where(WorkItem.debtor_id == debtor_id)).one()


def take(qtbot: QtBot, screen: AgentScreen) -> int:
    key(qtbot, Qt.Key.Key_F5)
    assert screen.call is not None, screen.call_state.text()
    return screen.call.debtor_id


def test_a_shift_on_the_real_services(qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    DemoBuilder(database.sessions).build(debtors=30, seed=4)
    runner = SyncTaskRunner()
    login = LoginDialog(UserService(database.sessions), runner, "test")
    qtbot.addWidget(login)
    login.show()
    qtbot.keyClicks(login.login_edit, "agent1")
    qtbot.keyClicks(login.password_edit, "agent1-demo")
    with qtbot.waitSignal(login.logged_in) as signal:
        qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
    actor = signal.args[0]
    window = MainWindow(actor, "test", OverviewService(database.sessions), runner)
    qtbot.addWidget(window)
    screen = install_screens(
        window,
        database.sessions,
        actor,
        runner,
        clock=lambda: NOW,
        home=tmp_path / "home",
        open_url=lambda url: True,
    )
    assert screen is not None
    window.resize(1366, 768)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    assert window.screens().currentWidget() is screen  # an agent lands on the calls
    screen.setFocus()

    # 1. A 10-month plan, from the script: the debtor answers, then the calculator.
    plan_debtor = None
    for _ in range(10):
        debtor = take(qtbot, screen)
        assert screen.script.script is not None
        assert screen.file.explanation  # "pourquoi ce dossier"
        screen.show_form(TAB_PLAN)
        qtbot.keyClicks(screen.plan.months, "10")
        if screen.plan.save_button.isEnabled():
            plan_debtor = debtor
            break
        # this file cannot take 10 months (minimum instalment): nobody answers instead
        key(qtbot, Qt.Key.Key_F4)
        key(qtbot, Qt.Key.Key_2)
        key(qtbot, Qt.Key.Key_Return, CTRL)
    assert plan_debtor is not None
    screen.script.setFocus()
    key(qtbot, Qt.Key.Key_1)  # the script: right party
    assert len(screen.script.path_taken()) >= 3
    screen.show_form(TAB_PLAN)
    key(qtbot, Qt.Key.Key_Return, CTRL)  # agree the plan
    key(qtbot, Qt.Key.Key_Return, CTRL)  # save the call
    assert screen.call is None, screen.outcome.message.text()
    call = last_call(database, plan_debtor)
    assert (call.reachability, call.result) == (Reachability.RIGHT_PARTY, CallResult.PLAN_AGREED)
    assert call.script_path and len(call.script_path) >= 3
    with database.sessions() as session:
        plan = session.scalars(
            select(PaymentPlan).where(PaymentPlan.debtor_id == plan_debtor)
        ).one()
        assert plan.months == 10
    assert screen.confirmation.isVisible()
    assert screen.confirmation_text.toPlainText()

    # 2. No answer: three keys, the file goes back to the queue for later.
    debtor = take(qtbot, screen)
    key(qtbot, Qt.Key.Key_F4)
    key(qtbot, Qt.Key.Key_2)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert last_call(database, debtor).reachability is Reachability.NO_ANSWER
    item = item_of(database, debtor)
    assert item.status is WorkItemStatus.QUEUED and item.lease_token is None

    # 3. Refusal: the amicable phase failed.
    debtor = take(qtbot, screen)
    key(qtbot, Qt.Key.Key_F4)
    key(qtbot, Qt.Key.Key_1)
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_8)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert last_call(database, debtor).result is CallResult.REFUSAL
    assert item_of(database, debtor).status is WorkItemStatus.FAILED

    # 4. Call-back tomorrow 10:00, debtor's time.
    debtor = take(qtbot, screen)
    key(qtbot, Qt.Key.Key_F4)
    key(qtbot, Qt.Key.Key_1)
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_5)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    call = last_call(database, debtor)
    assert call.result is CallResult.CALLBACK_REQUESTED and call.callback_at is not None
    assert call.callback_at > NOW

    # 5. Relief request, in the debtor's words.
    debtor = take(qtbot, screen)
    key(qtbot, Qt.Key.Key_F9)
    qtbot.keyClicks(screen.relief.reason, "Je demande une remise de dette")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert screen.call is None, screen.outcome.message.text()
    assert last_call(database, debtor).result is CallResult.RELIEF_REQUESTED
    with database.sessions() as session:
        assert (
            session.scalar(
                select(func.count())
                .select_from(ReliefRequest)
                .where(ReliefRequest.debtor_id == debtor)
            )
            == 1
        )


def test_no_stall_on_the_real_services(qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    from telerecouv.ui.tasks import TaskRunner
    from tests.ui.agent.test_responsiveness import StallMeter

    DemoBuilder(database.sessions).build(debtors=30, seed=5)
    actor = UserService(database.sessions).authenticate("agent2", "agent2-demo")
    runner = TaskRunner()
    window = MainWindow(actor, "test", OverviewService(database.sessions), runner)
    qtbot.addWidget(window)
    screen = install_screens(
        window, database.sessions, actor, runner, clock=lambda: NOW, home=tmp_path / "h"
    )
    assert screen is not None
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.waitUntil(lambda: not runner.busy and screen.library is not None, timeout=10000)
    meter = StallMeter()
    meter.start()
    screen.setFocus()
    key(qtbot, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: screen.call is not None, timeout=10000)
    qtbot.waitUntil(lambda: screen.outcome.isEnabled(), timeout=10000)
    key(qtbot, Qt.Key.Key_F4)
    key(qtbot, Qt.Key.Key_2)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: screen.call is None and not runner.busy, timeout=10000)
    meter.check()
    runner.wait(5000)
