"""Queue settings: a change shows the new top of the queue before it is applied; applying,
pausing, assigning, calling hours and "move to top" are saved and audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from telerecouv.domain.enums import Role, Stage, WorkItemStatus
from telerecouv.domain.priority import PriorityInputs, explain, score
from telerecouv.services.database import Database
from telerecouv.services.demo import DemoBuilder
from telerecouv.services.permissions import Actor
from telerecouv.services.queue.policy import QueuePolicyService, QueueSettings, load_settings
from telerecouv.services.supervision import SupervisionService
from telerecouv.store.models import AuditEntry, Debtor, Organisation, Queue, User, WorkItem
from telerecouv.ui.supervisor.queue_settings import QueueSettingsScreen
from telerecouv.ui.tasks import SyncTaskRunner

TODAY = date(2026, 11, 23)


@dataclass(frozen=True)
class Row:
    """QueueService.QueueRow's fields."""

    item_id: int
    debtor_id: int
    debtor_external_id: str
    queue_id: int
    stage: Stage
    score: float
    explanation: str
    next_eligible_at: datetime | None
    time_zones: tuple[str, ...]
    claim_external_ids: tuple[str, ...]


class Listing:
    """QueueService.list_items over the real work items: pins first, then the domain score."""

    def __init__(self, database: Database) -> None:
        self._sessions = database.sessions
        self.calls: list[QueueSettings | None] = []

    def list_items(
        self,
        *,
        queue_id: int | None = None,
        stage: Stage | None = None,
        limit: int = 50,
        settings: QueueSettings | None = None,
    ) -> list[Any]:
        self.calls.append(settings)
        with self._sessions() as session:
            policy = (settings or load_settings(session)).priority
            query = (
                select(WorkItem, Debtor.external_id)
                .join(Debtor)
                .where(WorkItem.status == WorkItemStatus.QUEUED)
            )
            if queue_id is not None:
                query = query.where(WorkItem.queue_id == queue_id)
            rows = []
            for item, external_id in session.execute(query):
                inputs = PriorityInputs(
                    item.stage or Stage.DEFAULT_M1,
                    item.balance_total,
                    item.formal_notice_due_on,
                    item.limitation_on,
                    item.default_since,
                    item.attempts,
                    item.manual_priority,
                )
                rows.append(
                    (
                        item.pinned_at is None,
                        -score(policy, inputs, TODAY),
                        item.id,
                        Row(
                            item.id,
                            item.debtor_id,
                            external_id,
                            item.queue_id or 0,
                            inputs.stage,
                            score(policy, inputs, TODAY),
                            explain(policy, inputs, TODAY),
                            None,
                            ("Europe/Paris",),
                            (),
                        ),
                    )
                )
        rows.sort(key=lambda r: r[:3])
        return [r[3] for r in rows[:limit]]


@pytest.fixture
def screen(qtbot: QtBot, database: Database, runner: SyncTaskRunner) -> QueueSettingsScreen:
    DemoBuilder(database.sessions).build(debtors=60, seed=4)
    with database.sessions() as session:
        user_id = session.scalar(select(User.id).where(User.login == "super1"))
    actor = Actor(user_id, "super1", Role.SUPERVISOR)
    widget = QueueSettingsScreen(
        actor,
        QueuePolicyService(database.sessions),
        Listing(database),
        SupervisionService(database.sessions),
        runner,
    )
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def _ids(table) -> list[str]:
    return [table.item(r, 1).text() for r in range(table.rowCount())]


def _audit(database: Database) -> list[str]:
    with database.sessions() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_preview_before_apply_then_apply(
    screen: QueueSettingsScreen, database: Database, qtbot: QtBot
) -> None:
    assert screen.stage_weights[Stage.DEFAULT_M2].value() == 600
    assert screen.before_table.rowCount() > 0
    assert _ids(screen.after_table) == _ids(screen.before_table)
    assert not screen.apply_button.isEnabled()
    first_before = _ids(screen.before_table)

    # New claims first: the preview moves them up, nothing is saved yet.
    screen.stage_weights[Stage.NEW_CLAIM_NO_RIGHTS].setValue(5000)
    qtbot.waitUntil(
        lambda: (
            screen.after_table.item(0, 4) is not None
            and "mise en indu" in screen.after_table.item(0, 4).text()
        )
    )
    assert _ids(screen.before_table) == first_before
    assert "↑" in screen.after_table.item(0, 3).text() or screen.after_table.item(0, 3).text()
    assert screen.apply_button.isEnabled()
    assert QueuePolicyService(database.sessions).load().priority.version == 0
    assert screen.stage_table.item(5, 0).text() == "1"  # NEW_CLAIM ranks first now

    qtbot.keyClick(screen, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = QueuePolicyService(database.sessions).load()
    assert saved.priority.version == 1
    assert saved.priority.stage_weights[Stage.NEW_CLAIM_NO_RIGHTS] == 5000
    assert "version 1" in screen.message.text()
    assert not screen.apply_button.isEnabled()
    assert _ids(screen.before_table) == _ids(screen.after_table)
    assert "mise en indu" in screen.before_table.item(0, 4).text()
    assert _audit(database)[-1] == "queue.settings"


def test_invalid_draft_is_explained_and_revert(
    screen: QueueSettingsScreen, database: Database
) -> None:
    screen.per_day.setValue(9)
    screen.per_week.setValue(4)  # fewer per week than per day
    screen.preview()
    assert "attempts per week" in screen.preview_message.text()
    screen.apply()
    assert "attempts per week" in screen.message.text()
    assert QueuePolicyService(database.sessions).load().max_attempts_per_week == 7
    screen.revert()
    assert screen.per_week.value() == 7 and not screen.apply_button.isEnabled()


def test_retry_rules_and_stage_order_buttons(
    screen: QueueSettingsScreen, database: Database
) -> None:
    from telerecouv.domain.enums import Reachability

    busy = screen.retry_delays[Reachability.BUSY]
    assert busy.amount.value() == 30 and busy.unit.currentData() == 1
    assert screen.retry_delays[Reachability.RIGHT_PARTY].unit.currentData() == 1440
    busy.amount.setValue(2)
    busy.unit.setCurrentIndex(1)  # hours
    screen.retry_max[Reachability.BUSY].setValue(9)
    # DEFAULT_M1 (row 4, 5th) one place up: swaps weights with END_OF_RIGHTS.
    screen.stage_table.setCurrentCell(4, 1)
    screen.move_up.click()
    assert screen.stage_table.item(4, 0).text() == "4"
    screen.apply()
    saved = QueuePolicyService(database.sessions).load()
    assert saved.retry[Reachability.BUSY].delay.total_seconds() == 7200
    assert saved.retry[Reachability.BUSY].max_attempts == 9
    weights = saved.priority.stage_weights
    assert weights[Stage.DEFAULT_M1] > weights[Stage.END_OF_RIGHTS]


def test_pause_assign_hours_and_pin(
    screen: QueueSettingsScreen, database: Database, qtbot: QtBot
) -> None:
    # Pause the first queue.
    screen.queue_table.setCurrentCell(0, 0)
    screen.pause_button.click()
    assert screen.queue_table.item(0, 3).text() == screen.tr("Paused")
    with database.sessions() as session:
        queue_id = screen.queue_table.item(0, 0).data(Qt.ItemDataRole.UserRole)
        assert session.get(Queue, queue_id).paused

    # agent2 works two queues only.
    row = next(
        r
        for r in range(screen.agent_table.rowCount())
        if "(agent2)" in screen.agent_table.item(r, 0).text()
    )
    screen.agent_table.setCurrentCell(row, 0)
    for i in (0, 1):
        screen.agent_queue_list.item(i).setCheckState(Qt.CheckState.Checked)
    screen.assign_button.click()
    row = next(
        r
        for r in range(screen.agent_table.rowCount())
        if "(agent2)" in screen.agent_table.item(r, 0).text()
    )
    assert screen.agent_table.item(row, 2).text().count("; ") == 1

    # Calling hours: a bad range names the day; a good one is stored.
    screen.hours_edits[0].setText("9h-12h")
    screen.save_hours()
    assert "lundi" in screen.message.text()
    screen.hours_edits[0].setText("08:30-12:00, 14:00-18:00")
    screen.hours_edits[5].setText("09:00-12:00")
    screen.save_hours()
    org_id = screen.hours_org.currentData()
    with database.sessions() as session:
        hours = session.get(Organisation, org_id).calling_hours
    assert hours["0"] == [["08:30", "12:00"], ["14:00", "18:00"]]
    assert hours["5"] == [["09:00", "12:00"]]

    # Move the last file of the preview to the top.
    screen.preview_queue.setCurrentIndex(0)
    last = screen.before_table.rowCount() - 1
    file_id = screen.before_table.item(last, 1).text()
    screen.before_table.setCurrentCell(last, 1)
    screen.pin_button.click()
    assert screen.before_table.item(0, 1).text() == file_id
    assert _audit(database)[-4:] == [
        "queue.pause",
        "queue.assign",
        "organisation.calling_hours",
        "queue.pin",
    ]


def test_end_to_end_with_the_queue_service(
    qtbot: QtBot, database: Database, runner: SyncTaskRunner
) -> None:
    """The real QueueService orders the preview: a stage weight change moves that stage's
    files to the top before it is saved, and the first claim follows it once applied. On
    SQLite and PostgreSQL."""
    from telerecouv.services.queue.service import QueueService

    DemoBuilder(database.sessions).build(debtors=80, seed=6)
    with database.sessions() as session:
        user_id = session.scalar(select(User.id).where(User.login == "super1"))
        agent_id = session.scalar(select(User.id).where(User.login == "agent1"))
    actor = Actor(user_id, "super1", Role.SUPERVISOR)
    # Inside the calling hours (Tuesday 10:00 in Paris): the files are callable now, in score
    # order; outside them the service lists files by the time they become callable.
    queues = QueueService(database.sessions, clock=lambda: datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    widget = QueueSettingsScreen(
        actor,
        QueuePolicyService(database.sessions),
        queues,
        SupervisionService(database.sessions),
        runner,
    )
    qtbot.addWidget(widget)
    widget.show()
    assert widget.before_table.rowCount() > 0
    assert "mise en indu" not in widget.before_table.item(0, 4).text()
    widget.stage_weights[Stage.NEW_CLAIM_NO_RIGHTS].setValue(100_000)
    widget.preview()
    assert "mise en indu" in widget.after_table.item(0, 4).text()
    assert "mise en indu" not in widget.before_table.item(0, 4).text()
    previewed_top = widget.after_table.item(0, 1).text()
    widget.apply()
    assert QueuePolicyService(database.sessions).load().priority.version == 1
    assert widget.before_table.item(0, 1).text() == previewed_top
    lease = queues.next_item(Actor(agent_id, "agent1", Role.AGENT))
    assert lease is not None and lease.stage is Stage.NEW_CLAIM_NO_RIGHTS


def test_preview_says_in_words_why_nothing_is_callable(
    qtbot: QtBot, sqlite_database: Database, runner: SyncTaskRunner
) -> None:
    """Paused, outside the calling hours, empty: the preview says so instead of showing an
    empty (or misleading) table."""
    from telerecouv.services.queue.service import QueueService

    database = sqlite_database
    DemoBuilder(database.sessions).build(debtors=40, seed=6)
    with database.sessions() as session:
        user_id = session.scalar(select(User.id).where(User.login == "super1"))
    actor = Actor(user_id, "super1", Role.SUPERVISOR)
    clock = {"now": datetime(2026, 11, 24, 9, 0, tzinfo=UTC)}  # Tuesday 10:00 in Paris
    widget = QueueSettingsScreen(
        actor,
        QueuePolicyService(database.sessions),
        QueueService(database.sessions, clock=lambda: clock["now"]),
        SupervisionService(database.sessions),
        runner,
        clock=lambda: clock["now"],
    )
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    board = widget._board
    assert board is not None
    busy = max(board.queues, key=lambda q: q.waiting)
    empty = next(q for q in board.queues if q.waiting == 0)
    note = widget.nothing_callable

    def choose(queue_id: int | None) -> None:
        widget.preview_queue.setCurrentIndex(widget.preview_queue.findData(queue_id))

    # Inside the calling hours, the busiest queue has callable files: no words, a table.
    choose(busy.id)
    assert note.isHidden() and widget.before_table.rowCount() > 0
    assert widget.before_table.isVisible()

    # Wednesday 04:00 in Paris (07:00 in Réunion, 23:00 in the Antilles, where a demo debtor
    # may live): closed everywhere until Wednesday morning.
    clock["now"] = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)
    widget.preview()
    assert note.isVisible()
    assert note.text().startswith("No file callable now: outside the calling hours")
    assert "25/11/2026" in note.text()  # they open on Wednesday

    # Back inside the hours, the supervisor pauses the queue.
    clock["now"] = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    QueuePolicyService(database.sessions).set_paused(actor, busy.id, True)
    widget.load()
    choose(busy.id)
    assert note.text() == "No file callable now: the queue is paused"

    # A queue with nothing in it: words instead of an empty table.
    choose(empty.id)
    assert note.text() == "No file callable now: the queue is empty"
    assert widget.before_table.isHidden() and widget.after_table.isHidden()


def test_calling_hours_refusal_in_french(french: None, screen: QueueSettingsScreen) -> None:
    screen.hours_edits[1].setText("09:00-12:00, 11:00-13:00")
    screen.save_hours()
    assert screen.message.text() == "mardi : deux plages se chevauchent"
