"""Embedded mode: the application itself runs the shared sweeps (no `telerecouv worker`),
under the worker's lease, off the GUI thread, and gives the lease back on quit. Central mode:
the GUI leaves them to the worker and says so."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from telerecouv.domain.enums import WorkItemStatus
from telerecouv.jobs import lease, sweeps
from telerecouv.jobs.runner import EmbeddedJobs
from telerecouv.services.database import Database
from telerecouv.services.demo import DemoBuilder
from telerecouv.store.models import User, WorkItem
from telerecouv.store.types import utcnow
from telerecouv.ui.app import Application

TTL = timedelta(seconds=90)


def _abandoned_lease(database: Database) -> int:
    """A file leased by a workstation that died an hour ago."""
    with database.sessions.begin() as session:
        item = session.scalars(
            select(WorkItem).where(WorkItem.status == WorkItemStatus.QUEUED).order_by(WorkItem.id)
        ).first()
        assert item is not None
        agent = session.scalars(select(User.id).where(User.login == "agent1")).one()
        item.status = WorkItemStatus.LEASED
        item.leased_by_id = agent
        item.lease_token = "dead-workstation"
        item.lease_expires_at = utcnow() - timedelta(hours=1)
        return item.id


def _status(database: Database, item_id: int) -> WorkItemStatus:
    with database.sessions() as session:
        return session.scalars(select(WorkItem.status).where(WorkItem.id == item_id)).one()


def _log_in(qtbot: QtBot, app: Application) -> None:
    qtbot.waitUntil(lambda: getattr(app, "_login", None) is not None, timeout=15000)
    login = app._login
    qtbot.addWidget(login)
    qtbot.keyClicks(login.login_edit, "agent1")
    qtbot.keyClicks(login.password_edit, "agent1-demo")
    qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)

    def settled() -> bool:  # logged in, or refused with a message
        text = login.message.text()
        return app.window is not None or (text != "" and not text.endswith("..."))

    qtbot.waitUntil(settled, timeout=15000)
    assert app.window is not None, login.message.text()
    qtbot.addWidget(app.window)


def test_the_app_runs_the_sweeps_itself_on_sqlite(
    qtbot: QtBot,
    qapp: QApplication,
    sqlite_database: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    DemoBuilder(sqlite_database.sessions).build(debtors=12, seed=3)
    item_id = _abandoned_lease(sqlite_database)
    gui_thread = threading.get_ident()
    threads: list[int] = []
    real = sweeps.SHARED_JOBS["expire_leases"]

    def spy(sessions: Any, now: Any) -> Any:  # the real sweep; notes which thread runs it
        threads.append(threading.get_ident())
        return real(sessions, now)

    monkeypatch.setitem(sweeps.SHARED_JOBS, "expire_leases", spy)
    app = Application(qapp, sqlite_database.url)
    try:
        app.start()
        _log_in(qtbot, app)
        assert app.jobs is not None and app.jobs.runner is not None
        # Nobody runs `telerecouv worker`: the application's own sweep frees the file.
        qtbot.waitUntil(lambda: _status(sqlite_database, item_id) is WorkItemStatus.QUEUED)
        label = app.window.jobs_label
        qtbot.waitUntil(lambda: label.text() == "Scheduled jobs: run on this workstation")
        assert label.isVisible()
        holder = app.jobs.runner.holder
        assert lease.holder_of(sqlite_database.sessions, lease.SHARED_JOBS_LEASE, utcnow()) == (
            holder
        )
    finally:
        app.shutdown()
    assert threads and gui_thread not in threads
    # Quit gives the lease back: another application takes over at once.
    assert lease.holder_of(sqlite_database.sessions, lease.SHARED_JOBS_LEASE, utcnow()) is None


def test_two_apps_on_one_sqlite_file_one_runs_the_sweeps(
    qtbot: QtBot, sqlite_database: Database
) -> None:
    ran: list[str] = []

    def probe(name: str) -> Any:
        def job(_sessions: Any, _now: Any) -> dict[str, Any]:
            ran.append(name)
            return {}

        return job

    first = EmbeddedJobs(sqlite_database.sessions, holder="first")
    second = EmbeddedJobs(sqlite_database.sessions, holder="second")
    try:
        first.start()
        assert first.runner is not None
        first.runner.jobs = {"probe": probe("first")}
        qtbot.waitUntil(lambda: first.running_here is True)
        second.start()
        assert second.runner is not None
        second.runner.jobs = {"probe": probe("second")}
        qtbot.waitUntil(lambda: second.running_here is False)
        assert second.runner.run("probe").ran is False
        assert first.runner.run("probe").ran is True
        assert "second" not in ran
        first.stop()  # quitting the first hands the sweeps over at once
        assert second.runner.run("probe").ran is True
        assert second.running_here is True
    finally:
        first.stop()
        second.stop()
    assert lease.holder_of(sqlite_database.sessions, lease.SHARED_JOBS_LEASE, utcnow()) is None


def test_a_closed_runner_does_not_take_the_lease_back(sqlite_database: Database) -> None:
    jobs = EmbeddedJobs(sqlite_database.sessions, holder="gui")
    jobs.start()
    assert jobs.runner is not None
    runner = jobs.runner
    jobs.stop()
    assert runner.run("expire_leases").ran is False  # a job still queued in the pool
    assert runner.leader() is False
    assert lease.holder_of(sqlite_database.sessions, lease.SHARED_JOBS_LEASE, utcnow()) is None


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_central_mode_leaves_the_sweeps_to_the_worker(
    qtbot: QtBot, qapp: QApplication, database: Database
) -> None:
    DemoBuilder(database.sessions).build(debtors=12, seed=3)
    item_id = _abandoned_lease(database)
    app = Application(qapp, database.url)
    try:
        app.start()
        _log_in(qtbot, app)
        assert app.jobs is None
        assert app.window.jobs_label.text() == (
            "Scheduled jobs: run by the server (telerecouv worker)"
        )
        # The agent's own call-back reminders still run on this workstation.
        from telerecouv.ui.agent.workspace import AgentScreen

        screen = app.window.findChild(AgentScreen)
        assert screen is not None and screen.backend.reminders is not None
        assert _status(database, item_id) is WorkItemStatus.LEASED
        assert lease.holder_of(database.sessions, lease.SHARED_JOBS_LEASE, utcnow()) is None
    finally:
        app.shutdown()
