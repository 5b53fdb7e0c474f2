"""End to end on a demo database (SQLite and PostgreSQL): lead1 logs in, the three screens
appear as tabs, the review lists the demo calls and saves a review, the KPIs match the CLI's
figures, a long plan is approved."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from telerecouv.domain.enums import PaymentMeans, PlanStatus, Role
from telerecouv.services.demo import DemoBuilder
from telerecouv.services.kpi import KpiFilter, KpiService
from telerecouv.services.overview import OverviewService
from telerecouv.services.permissions import Actor
from telerecouv.store.models import CallAttempt, Debtor, PaymentPlan, User
from telerecouv.store.types import utcnow
from telerecouv.ui.lead.screens import install_screens
from telerecouv.ui.main_window import MainWindow
from telerecouv.ui.tasks import SyncTaskRunner


def lead_of(database) -> Actor:
    with database.sessions() as session:
        user = session.scalar(select(User).where(User.login == "lead1"))
        assert user is not None
        return Actor(
            user_id=user.id,
            login=user.login,
            role=Role(user.role),
            full_name=user.full_name,
            team_id=user.team_id,
        )


def test_team_lead_screens_on_demo_data(qtbot: QtBot, database, tmp_path: Path) -> None:
    today = utcnow().astimezone().date()
    DemoBuilder(database.sessions).build(debtors=60, seed=3, today=today)
    with database.sessions.begin() as session:
        calls = session.scalar(select(func.count()).select_from(CallAttempt))
        agent = session.scalar(select(User).where(User.login == "agent1"))
        debtor = session.scalars(select(Debtor).order_by(Debtor.id)).first()
        session.add(
            PaymentPlan(
                debtor_id=debtor.id,
                agent_id=agent.id,
                status=PlanStatus.PENDING_APPROVAL,
                total=Decimal("3600.00"),
                months=36,
                instalment_amount=Decimal("100.00"),
                first_due_on=today + timedelta(days=20),
                means=PaymentMeans.TRANSFER,
                justification="Revenus modestes, trois enfants.",
                needs_approval=True,
            )
        )
    assert calls > 0
    actor = lead_of(database)
    runner = SyncTaskRunner()
    window = MainWindow(actor, "demo", OverviewService(database.sessions), runner)
    qtbot.addWidget(window)
    review, approvals, kpis = install_screens(window, database.sessions, actor, runner)
    tabs = window.screens()
    assert tabs is not None and tabs.count() == 4
    window.resize(1366, 768)
    window.show()

    # Review: last 90 days hold the demo's calls.
    tabs.setCurrentWidget(review)
    review.period.quick.setCurrentIndex(review.period.quick.findData("90d"))
    review.period.quick.activated.emit(review.period.quick.currentIndex())
    qtbot.waitUntil(lambda: review.model.rowCount() > 0)
    qtbot.waitUntil(lambda: review.model.item(0) is not None)
    review.table.setCurrentIndex(review.model.index(0, 0))
    assert review.save_review.isEnabled()
    review.score.setValue(7)
    qtbot.keyClicks(review.comment, "Bon appel")
    qtbot.mouseClick(review.save_review, Qt.MouseButton.LeftButton)
    assert "Review saved" in review.message.text()
    assert "7/10" in review.detail.toPlainText()

    # Approvals: the 36-month plan is there; approve it.
    tabs.setCurrentWidget(approvals)
    assert approvals.model.rowCount() == 1
    qtbot.mouseClick(approvals.approve_button, Qt.MouseButton.LeftButton)
    assert "approved" in approvals.message.text()
    assert approvals.model.rowCount() == 0
    assert approvals.decided.rowCount() == 1  # the decision, as the agent will see it
    with database.sessions() as session:
        assert session.scalar(select(PaymentPlan.status).where(PaymentPlan.months == 36)) is (
            PlanStatus.ACTIVE
        )

    # KPIs: the headline figure is the service's own.
    tabs.setCurrentWidget(kpis)
    kpis.period.set_period(today - timedelta(days=89), today)
    total = KpiService(database.sessions).total(
        actor, KpiFilter(date_from=today - timedelta(days=89), date_to=today)
    )
    assert total.calls > 0
    from telerecouv.ui.lead.common import percent

    assert kpis.cards["reachability"].value.text() == percent(total.reachability_rate)
    assert kpis.model.rowCount() >= 2  # weeks, then the total
    target = tmp_path / "kpi.xlsx"
    kpis.export_xlsx(target)
    assert target.exists()


def test_agents_get_no_lead_screen(qtbot: QtBot, sqlite_database) -> None:
    actor = Actor(user_id=1, login="agent1", role=Role.AGENT)
    runner = SyncTaskRunner()
    window = MainWindow(actor, "demo", OverviewService(sqlite_database.sessions), runner)
    qtbot.addWidget(window)
    assert install_screens(window, sqlite_database.sessions, actor, runner) == []
    assert window.screens() is None
