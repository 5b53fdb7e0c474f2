"""The supervisor's queue settings with a live preview of the top of each queue.

Every edit rebuilds a draft `QueueSettings` and, after a short pause, asks the queue service
for the top of the chosen queue twice, under the saved settings and under the draft, on a
worker thread: the supervisor sees what agents would get before applying anything. Pausing a
queue, assigning agents, calling hours and "move to top" apply at once (each audited by the
service); the priority, retry and cap settings apply with "Apply".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any, Protocol

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from telerecouv.domain.enums import DEFAULT_STAGE_ORDER, Reachability, Stage
from telerecouv.domain.priority import PolicyError
from telerecouv.domain.windows import WEEKDAYS_FR, CallingHours, HoursError, window_state
from telerecouv.services.domain_messages import hours_problem, policy_problem
from telerecouv.services.permissions import Actor
from telerecouv.services.queue.policy import QueueSettings, RetryRule, validate
from telerecouv.services.supervision import QueueBoard, QueueInfo
from telerecouv.store.errors import KnownError, ValidationError
from telerecouv.store.types import utcnow
from telerecouv.ui.labels import reachability_label, role_label, stage_label
from telerecouv.ui.supervisor.common import (
    configure_table,
    local_time,
    show_error,
    show_message,
)

PREVIEW_ROWS = 15
PREVIEW_DELAY_MS = 350


class PolicyPort(Protocol):
    """QueuePolicyService, as this screen uses it."""

    def load(self) -> QueueSettings: ...
    def save(self, actor: Actor, settings: QueueSettings) -> int: ...
    def set_paused(self, actor: Actor, queue_id: int, paused: bool) -> None: ...
    def assign(self, actor: Actor, user_id: int, queue_ids: list[int]) -> None: ...
    def pin_to_top(self, actor: Actor, work_item_id: int) -> None: ...
    def set_calling_hours(
        self, actor: Actor, organisation_id: int, hours: CallingHours
    ) -> None: ...


class ListingPort(Protocol):
    """QueueService.list_items."""

    def list_items(
        self,
        *,
        queue_id: int | None = None,
        stage: Stage | None = None,
        limit: int = 50,
        settings: QueueSettings | None = None,
    ) -> list[Any]: ...


class BoardPort(Protocol):
    def board(self, actor: Actor) -> QueueBoard: ...


def weekday_label(day: int) -> str:
    return WEEKDAYS_FR[day].capitalize()


def hours_text(ranges: list[list[str]]) -> str:
    return ", ".join(f"{a}-{b}" for a, b in ranges)


def parse_hours_text(day: int, text: str) -> list[list[str]]:
    """ "09:00-12:30, 13:30-19:00" -> [["09:00", "12:30"], ["13:30", "19:00"]] (empty: closed)."""
    ranges = []
    for part in (p.strip() for p in text.replace(";", ",").split(",")):
        if not part:
            continue
        bounds = [b.strip() for b in part.split("-")]
        if len(bounds) != 2:
            raise HoursError(f"{WEEKDAYS_FR[day]}: {part!r} is not a range like 09:00-12:30")
        ranges.append(bounds)
    return ranges


class DelayEdit(QWidget):
    """A delay as a number and a unit (minutes, hours, days)."""

    UNITS = (1, 60, 1440)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.amount = QSpinBox()
        self.amount.setRange(0, 60 * 1440)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("minutes"), 1)
        self.unit.addItem(self.tr("hours"), 60)
        self.unit.addItem(self.tr("days"), 1440)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.amount, 1)
        layout.addWidget(self.unit)
        self.setFocusProxy(self.amount)

    def set_delay(self, delay: timedelta) -> None:
        minutes = int(delay.total_seconds() // 60)
        unit = next((u for u in reversed(self.UNITS) if minutes and minutes % u == 0), 1)
        self.unit.setCurrentIndex(self.UNITS.index(unit))
        self.amount.setValue(minutes // unit)

    def delay(self) -> timedelta:
        return timedelta(minutes=self.amount.value() * int(self.unit.currentData()))

    def connect_changed(self, slot) -> None:
        self.amount.valueChanged.connect(slot)
        self.unit.currentIndexChanged.connect(slot)


def _spin(maximum: int, minimum: int = 0) -> QSpinBox:
    box = QSpinBox()
    box.setRange(minimum, maximum)
    return box


def _weight() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, 1_000_000)
    box.setDecimals(1)
    box.setSingleStep(5)
    return box


class QueueSettingsScreen(QWidget):
    def __init__(
        self,
        actor: Actor,
        policy: PolicyPort,
        listing: ListingPort,
        board: BoardPort,
        runner,
        parent=None,
        *,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("queueSettingsScreen")
        self._clock = clock
        self._actor = actor
        self._policy = policy
        self._listing = listing
        self._board_service = board
        self._runner = runner
        self._saved: QueueSettings | None = None
        self._board: QueueBoard | None = None
        self._loading = False
        self._preview_seq = 0
        self._loaded_once = False

        self.sections = QTabWidget(objectName="queueSections")
        self.sections.addTab(self._priority_tab(), self.tr("&Priority"))
        self.sections.addTab(self._retry_tab(), self.tr("Re&tries and caps"))
        self.sections.addTab(self._queues_tab(), self.tr("&Queues and agents"))
        self.sections.addTab(self._hours_tab(), self.tr("Calling &hours"))

        self.apply_button = QPushButton(self.tr("&Apply"), objectName="queueApply")
        self.apply_button.setToolTip(self.tr("Save the priority, retry and cap settings (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Re&vert"), objectName="queueRevert")
        self.message = QLabel(objectName="queueMessage")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.apply_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.sections, 1)
        left_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self._preview_panel())
        splitter.setSizes([570, 790])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.preview)
        self.apply_button.clicked.connect(self.apply)
        self.revert_button.clicked.connect(self.revert)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.apply)
        self._set_dirty(False)

    # -- building -------------------------------------------------------------------------
    def _priority_tab(self) -> QWidget:
        page = QWidget()
        self.stage_table = QTableWidget(len(Stage), 3, objectName="stageWeights")
        self.stage_table.setAccessibleName(self.tr("Stage weights"))
        self.stage_table.setHorizontalHeaderLabels(
            [self.tr("Order"), self.tr("Stage"), self.tr("Weight")]
        )
        configure_table(self.stage_table, {0: 50, 1: 200})
        self.stage_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stage_weights: dict[Stage, QDoubleSpinBox] = {}
        for row, stage in enumerate(DEFAULT_STAGE_ORDER):
            self.stage_table.setItem(row, 0, QTableWidgetItem(""))
            item = QTableWidgetItem(stage_label(stage))
            item.setData(Qt.ItemDataRole.UserRole, stage.value)
            self.stage_table.setItem(row, 1, item)
            box = _weight()
            box.setObjectName(f"weight_{stage.value}")
            box.setAccessibleName(self.tr("Weight of %1").replace("%1", stage_label(stage)))
            box.valueChanged.connect(self._changed)
            self.stage_weights[stage] = box
            self.stage_table.setCellWidget(row, 2, box)
        self.stage_table.verticalHeader().setDefaultSectionSize(28)
        self.move_up = QPushButton(self.tr("Stage &up"), objectName="stageUp")
        self.move_down = QPushButton(self.tr("Stage do&wn"), objectName="stageDown")
        self.move_up.clicked.connect(lambda: self._move_stage(-1))
        self.move_down.clicked.connect(lambda: self._move_stage(+1))
        moves = QHBoxLayout()
        moves.addWidget(QLabel(self.tr("Higher weight is called first.")), 1)
        moves.addWidget(self.move_up)
        moves.addWidget(self.move_down)

        factors = QGroupBox(self.tr("Within a stage"))
        form = QFormLayout(factors)
        self.notice_weight, self.notice_horizon = _weight(), _spin(3650, 1)
        self.limitation_weight, self.limitation_horizon = _weight(), _spin(3650, 1)
        self.balance_weight = _weight()
        self.age_weight, self.age_horizon = _weight(), _spin(3650, 1)
        self.attempts_weight, self.attempts_horizon = _weight(), _spin(3650, 1)
        rows = [
            (self.tr("Formal-notice deadline"), self.notice_weight, self.notice_horizon, "notice"),
            (self.tr("Limitation date"), self.limitation_weight, self.limitation_horizon, "lim"),
            (self.tr("Balance"), self.balance_weight, None, "balance"),
            (self.tr("Age of the default"), self.age_weight, self.age_horizon, "age"),
            (
                self.tr("Attempts so far (minus)"),
                self.attempts_weight,
                self.attempts_horizon,
                "att",
            ),
        ]
        for label, weight, horizon, name in rows:
            weight.setObjectName(f"{name}Weight")
            weight.setAccessibleName(label)
            weight.valueChanged.connect(self._changed)
            line = QHBoxLayout()
            line.addWidget(QLabel(self.tr("points")))
            line.addWidget(weight, 1)
            if horizon is not None:
                horizon.setObjectName(f"{name}Horizon")
                horizon.setAccessibleName(label + " - " + self.tr("horizon"))
                horizon.valueChanged.connect(self._changed)
                line.addWidget(
                    QLabel(self.tr("attempts") if name == "att" else self.tr("horizon (days)"))
                )
                line.addWidget(horizon, 1)
            else:
                line.addStretch(2)
            form.addRow(label, line)

        layout = QVBoxLayout(page)
        layout.addWidget(self.stage_table)
        layout.addLayout(moves)
        layout.addWidget(factors)
        layout.addStretch(1)
        return page

    def _retry_tab(self) -> QWidget:
        page = QWidget()
        self.retry_table = QTableWidget(len(Reachability), 3, objectName="retryRules")
        self.retry_table.setAccessibleName(self.tr("Retry rules"))
        self.retry_table.setHorizontalHeaderLabels(
            [self.tr("Outcome"), self.tr("Call again after"), self.tr("Maximum attempts")]
        )
        configure_table(self.retry_table, {0: 170, 1: 200})
        self.retry_table.verticalHeader().setDefaultSectionSize(28)
        self.retry_table.setMinimumHeight(28 * (len(Reachability) + 1) + 6)
        self.retry_delays: dict[Reachability, DelayEdit] = {}
        self.retry_max: dict[Reachability, QSpinBox] = {}
        for row, reach in enumerate(Reachability):
            self.retry_table.setItem(row, 0, QTableWidgetItem(reachability_label(reach)))
            delay = DelayEdit()
            delay.setObjectName(f"delay_{reach.value}")
            delay.amount.setAccessibleName(
                self.tr("Delay after %1").replace("%1", reachability_label(reach))
            )
            delay.connect_changed(self._changed)
            maximum = _spin(50, 1)
            maximum.setObjectName(f"max_{reach.value}")
            maximum.setAccessibleName(
                self.tr("Maximum attempts after %1").replace("%1", reachability_label(reach))
            )
            maximum.valueChanged.connect(self._changed)
            self.retry_delays[reach] = delay
            self.retry_max[reach] = maximum
            self.retry_table.setCellWidget(row, 1, delay)
            self.retry_table.setCellWidget(row, 2, maximum)

        caps = QGroupBox(self.tr("Caps per file"))
        form = QFormLayout(caps)
        self.per_day = _spin(50, 1)
        self.per_day.setObjectName("capPerDay")
        self.per_week = _spin(50, 1)
        self.per_week.setObjectName("capPerWeek")
        self.grace = _spin(1440)
        self.grace.setObjectName("callbackGrace")
        self.grace.setSuffix(self.tr(" min"))
        for label, box in (
            (self.tr("Attempts per &day:"), self.per_day),
            (self.tr("Attempts per &7 days:"), self.per_week),
            (self.tr("Personal call-back kept for:"), self.grace),
        ):
            box.valueChanged.connect(self._changed)
            box.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, box)
        note = QLabel(
            self.tr(
                "An organisation's own caps apply when they are stricter. Exhausting the "
                "attempts of an outcome, or a refusal, ends the amicable phase."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.retry_table)
        layout.addWidget(caps)
        layout.addWidget(note)
        layout.addStretch(1)
        return page

    def _queues_tab(self) -> QWidget:
        page = QWidget()
        self.queue_table = QTableWidget(0, 4, objectName="queueStates")
        self.queue_table.setAccessibleName(self.tr("Queues"))
        self.queue_table.setHorizontalHeaderLabels(
            [self.tr("Organisation"), self.tr("Queue"), self.tr("Waiting"), self.tr("State")]
        )
        configure_table(self.queue_table, {0: 110, 1: 190, 2: 70})
        self.pause_button = QPushButton(self.tr("&Pause / resume"), objectName="queuePause")
        self.pause_button.clicked.connect(self.toggle_pause)
        self.agent_table = QTableWidget(0, 3, objectName="agentQueues")
        self.agent_table.setAccessibleName(self.tr("Agents"))
        self.agent_table.setHorizontalHeaderLabels(
            [self.tr("Agent"), self.tr("Team"), self.tr("Works")]
        )
        configure_table(self.agent_table, {0: 160, 1: 90})
        self.agent_queue_list = QListWidget(objectName="agentQueueChoice")
        self.agent_queue_list.setAccessibleName(self.tr("Queues of the agent"))
        self.assign_button = QPushButton(self.tr("Save &assignment"), objectName="agentAssign")
        self.assign_button.clicked.connect(self.save_assignment)
        self.agent_table.currentCellChanged.connect(lambda *_: self._show_agent())

        layout = QVBoxLayout(page)
        layout.addWidget(self.queue_table, 3)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.pause_button)
        layout.addLayout(row)
        agents = QHBoxLayout()
        agents.addWidget(self.agent_table, 3)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Queues worked (none ticked: all):")))
        side.addWidget(self.agent_queue_list, 1)
        side.addWidget(self.assign_button)
        agents.addLayout(side, 2)
        layout.addLayout(agents, 3)
        return page

    def _hours_tab(self) -> QWidget:
        page = QWidget()
        self.hours_org = QComboBox(objectName="hoursOrganisation")
        self.hours_org.setAccessibleName(self.tr("Organisation"))
        self.hours_org.currentIndexChanged.connect(self._show_hours)
        self.hours_edits: list[QLineEdit] = []
        form = QFormLayout()
        org_label = QLabel(self.tr("&Organisation:"))
        org_label.setBuddy(self.hours_org)
        form.addRow(org_label, self.hours_org)
        for day in range(7):
            edit = QLineEdit(objectName=f"hours_{day}")
            edit.setPlaceholderText(self.tr("closed"))
            edit.setAccessibleName(weekday_label(day))
            self.hours_edits.append(edit)
            form.addRow(weekday_label(day), edit)
        self.hours_button = QPushButton(self.tr("Save calling &hours"), objectName="hoursSave")
        self.hours_button.clicked.connect(self.save_hours)
        note = QLabel(
            self.tr(
                "Ranges like 09:00-12:30, 13:30-19:00, in the debtor's own local time; "
                "public holidays of the debtor's region are closed."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(note)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.hours_button)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _preview_panel(self) -> QWidget:
        panel = QWidget()
        self.preview_queue = QComboBox(objectName="previewQueue")
        self.preview_queue.setAccessibleName(self.tr("Queue to preview"))
        self.preview_queue.currentIndexChanged.connect(lambda: self.preview())
        self.before_table = self._preview_table("previewBefore", self.tr("Order now"))
        self.after_table = self._preview_table("previewAfter", self.tr("Order after the change"))
        self.pin_button = QPushButton(self.tr("&Move to top"), objectName="pinToTop")
        self.pin_button.setToolTip(self.tr("Offer the selected file first in its queue"))
        self.pin_button.clicked.connect(self.pin_selected)
        self._pin_source = self.before_table
        for table in (self.before_table, self.after_table):
            table.currentCellChanged.connect(
                lambda *_args, table=table: setattr(self, "_pin_source", table)
            )
        self.preview_message = QLabel(objectName="previewMessage")
        self.preview_message.setWordWrap(True)
        # Said in words when agents would get nothing now (paused, closed, empty, waiting).
        self.nothing_callable = QLabel(objectName="previewNothingCallable")
        self.nothing_callable.setWordWrap(True)
        self.nothing_callable.setStyleSheet(
            "font-weight: 600; color: #8a4b00; background: #fff4e0; padding: 6px;"
        )
        self.nothing_callable.setVisible(False)
        self.nothing_callable.setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum
        )
        top = QHBoxLayout()
        label = QLabel(self.tr("Pre&view:"))
        label.setBuddy(self.preview_queue)
        top.addWidget(label)
        top.addWidget(self.preview_queue, 1)
        top.addWidget(self.pin_button)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.nothing_callable)
        self._captions = {
            self.before_table: QLabel(self.tr("Now (saved settings):")),
            self.after_table: QLabel(self.tr("After the change (not saved yet):")),
        }
        for table, caption in self._captions.items():
            layout.addWidget(caption)
            layout.addWidget(table, 1)
        layout.addWidget(self.preview_message)
        layout.addStretch(0)  # takes the room only while the tables are hidden
        return panel

    def _preview_table(self, name: str, accessible: str) -> QTableWidget:
        table = QTableWidget(0, 5, objectName=name)
        table.setAccessibleName(accessible)
        table.setHorizontalHeaderLabels(
            [self.tr("#"), self.tr("File"), self.tr("Score"), self.tr("Move"), self.tr("Why")]
        )
        configure_table(table, {0: 30, 1: 125, 2: 55, 3: 62})
        return table

    # -- loading --------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self.load()

    def load(self) -> None:
        self._loaded_once = True
        show_message(self.message, self.tr("Loading..."))
        self._runner.run(
            lambda: (self._policy.load(), self._board_service.board(self._actor)),
            self._loaded,
            lambda error: show_error(self.message, error),
        )

    def _loaded(self, result: tuple[QueueSettings, QueueBoard]) -> None:
        settings, board = result
        self._saved = settings
        self._set_board(board)
        self._fill(settings)
        show_message(
            self.message,
            self.tr("Settings version %1.").replace("%1", str(settings.priority.version)),
        )
        self.preview()

    def _set_board(self, board: QueueBoard) -> None:
        self._board = board
        chosen = self.preview_queue.currentData()
        self.preview_queue.blockSignals(True)
        self.preview_queue.clear()
        self.preview_queue.addItem(self.tr("All queues"), None)
        for queue in board.queues:
            self.preview_queue.addItem(self._queue_name(queue), queue.id)
        index = self.preview_queue.findData(chosen) if chosen is not None else 0
        self.preview_queue.setCurrentIndex(max(index, 0))
        self.preview_queue.blockSignals(False)

        self.queue_table.setRowCount(len(board.queues))
        for row, queue in enumerate(board.queues):
            state = self.tr("Paused") if queue.paused else self.tr("Active")
            values = [queue.organisation_code, stage_label(queue.stage), str(queue.waiting), state]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, queue.id)
                if queue.paused:
                    item.setForeground(QBrush(QColor("#b00020")))
                self.queue_table.setItem(row, column, item)

        current_agent = self._current_agent_id()
        self.agent_table.setRowCount(len(board.agents))
        for row, agent in enumerate(board.agents):
            works = (
                "; ".join(self._queue_short(q) for q in agent.queue_ids)
                if agent.queue_ids
                else self.tr("all queues")
            )
            name = agent.full_name or agent.login
            values = [f"{name} ({agent.login})", agent.team or "", works]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, agent.user_id)
                item.setToolTip(role_label(agent.role))
                self.agent_table.setItem(row, column, item)
            if agent.user_id == current_agent:
                self.agent_table.setCurrentCell(row, 0)
        self._show_agent()

        chosen_org = self.hours_org.currentData()
        self.hours_org.blockSignals(True)
        self.hours_org.clear()
        for org in board.organisations:
            self.hours_org.addItem(f"{org.code} - {org.name}", org.id)
        index = self.hours_org.findData(chosen_org) if chosen_org is not None else 0
        self.hours_org.setCurrentIndex(max(index, 0))
        self.hours_org.blockSignals(False)
        self._show_hours()

    def _queue_name(self, queue: QueueInfo) -> str:
        return f"{queue.organisation_code} - {stage_label(queue.stage)}"

    def _queue_short(self, queue_id: int) -> str:
        queue = self._queue(queue_id)
        return self._queue_name(queue) if queue else str(queue_id)

    def _queue(self, queue_id: int) -> QueueInfo | None:
        if self._board is None:
            return None
        return next((q for q in self._board.queues if q.id == queue_id), None)

    def _fill(self, settings: QueueSettings) -> None:
        self._loading = True
        try:
            policy = settings.priority
            for stage, box in self.stage_weights.items():
                box.setValue(policy.stage_weights[stage])
            self.notice_weight.setValue(policy.notice_weight)
            self.notice_horizon.setValue(policy.notice_horizon_days)
            self.limitation_weight.setValue(policy.limitation_weight)
            self.limitation_horizon.setValue(policy.limitation_horizon_days)
            self.balance_weight.setValue(policy.balance_weight)
            self.age_weight.setValue(policy.age_weight)
            self.age_horizon.setValue(policy.age_horizon_days)
            self.attempts_weight.setValue(policy.attempts_weight)
            self.attempts_horizon.setValue(policy.attempts_horizon)
            for reach in Reachability:
                rule = settings.retry[reach]
                self.retry_delays[reach].set_delay(rule.delay)
                self.retry_max[reach].setValue(rule.max_attempts)
            self.per_day.setValue(settings.max_attempts_per_day)
            self.per_week.setValue(settings.max_attempts_per_week)
            self.grace.setValue(int(settings.callback_grace.total_seconds() // 60))
        finally:
            self._loading = False
        self._show_order()
        self._set_dirty(False)

    # -- the draft ------------------------------------------------------------------------
    def draft(self) -> QueueSettings:
        """The settings as edited; raises ValidationError naming the field."""
        base = self._saved or QueueSettings()
        try:
            priority = replace(
                base.priority,
                stage_weights={stage: box.value() for stage, box in self.stage_weights.items()},
                notice_weight=self.notice_weight.value(),
                notice_horizon_days=self.notice_horizon.value(),
                limitation_weight=self.limitation_weight.value(),
                limitation_horizon_days=self.limitation_horizon.value(),
                balance_weight=self.balance_weight.value(),
                age_weight=self.age_weight.value(),
                age_horizon_days=self.age_horizon.value(),
                attempts_weight=self.attempts_weight.value(),
                attempts_horizon=self.attempts_horizon.value(),
            )
        except PolicyError as exc:
            raise ValidationError(policy_problem(exc), field=f"priority.{exc.field}") from None
        settings = replace(
            base,
            priority=priority,
            retry={
                reach: RetryRule(self.retry_delays[reach].delay(), self.retry_max[reach].value())
                for reach in Reachability
            },
            max_attempts_per_day=self.per_day.value(),
            max_attempts_per_week=self.per_week.value(),
            callback_grace=timedelta(minutes=self.grace.value()),
        )
        validate(settings)
        return settings

    def _changed(self) -> None:
        if self._loading:
            return
        self._show_order()
        if not self._dirty:
            show_message(
                self.message,
                self.tr("Not saved yet: check the preview, then Apply (Ctrl+S)."),
            )
        self._set_dirty(True)
        self._timer.start()

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.apply_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _order(self) -> list[Stage]:
        return sorted(
            Stage,
            key=lambda s: (-self.stage_weights[s].value(), DEFAULT_STAGE_ORDER.index(s)),
        )

    def _show_order(self) -> None:
        order = self._order()
        for row, stage in enumerate(DEFAULT_STAGE_ORDER):
            item = self.stage_table.item(row, 0)
            if item is not None:
                item.setText(str(order.index(stage) + 1))

    def _move_stage(self, step: int) -> None:
        """Swap the weight of the selected stage with its neighbour in the call order."""
        row = self.stage_table.currentRow()
        if not 0 <= row < len(DEFAULT_STAGE_ORDER):
            return
        stage = DEFAULT_STAGE_ORDER[row]
        order = self._order()
        position = order.index(stage) + step
        if not 0 <= position < len(order):
            return
        other = order[position]
        a, b = self.stage_weights[stage], self.stage_weights[other]
        value_a, value_b = a.value(), b.value()
        if value_a == value_b:
            value_a, value_b = (value_b + 1, value_b) if step < 0 else (value_b - 1, value_b)
            value_a = max(value_a, 0.0)
            a.setValue(value_a)
        else:
            self._loading = True
            a.setValue(value_b)
            self._loading = False
            b.setValue(value_a)

    # -- preview --------------------------------------------------------------------------
    def preview(self) -> None:
        """Top of the chosen queue under the saved settings and under the draft."""
        try:
            draft = self.draft() if self._dirty else None
        except KnownError as error:
            show_error(self.preview_message, error)
            self.after_table.setRowCount(0)
            return
        queue_id = self.preview_queue.currentData()
        self._preview_seq += 1
        seq = self._preview_seq
        show_message(self.preview_message, self.tr("Computing the preview..."))

        def work() -> tuple[list[Any], list[Any] | None]:
            before = self._listing.list_items(queue_id=queue_id, limit=PREVIEW_ROWS)
            after = (
                None
                if draft is None
                else self._listing.list_items(queue_id=queue_id, limit=PREVIEW_ROWS, settings=draft)
            )
            return before, after

        self._runner.run(
            work,
            lambda result: self._previewed(seq, *result),
            lambda error: self._preview_failed(seq, error),
        )

    def _preview_failed(self, seq: int, error: BaseException) -> None:
        if seq == self._preview_seq:
            show_error(self.preview_message, error)

    def _previewed(self, seq: int, before: list[Any], after: list[Any] | None) -> None:
        if seq != self._preview_seq:
            return  # a newer preview is on its way
        self._fill_preview(self.before_table, before, None)
        self._fill_preview(self.after_table, before if after is None else after, before)
        reason = self.nothing_callable_reason(before)
        self.nothing_callable.setText(reason or "")
        self.nothing_callable.setVisible(reason is not None)
        for table, caption in self._captions.items():
            shown = table.rowCount() > 0  # an empty table says nothing: the words do
            table.setVisible(shown)
            caption.setVisible(shown)
        if reason is not None and not any(table.rowCount() for table in self._captions):
            show_message(self.preview_message, "")
            return
        if after is None:
            text = self.tr("No change yet: both lists are the saved order.")
        else:
            ranks = {row.item_id: i for i, row in enumerate(before)}
            moved = sum(1 for i, row in enumerate(after) if ranks.get(row.item_id) != i)
            text = (
                self.tr("%1 of the first %2 files change place.")
                .replace("%1", str(moved))
                .replace("%2", str(len(after)))
            )
        show_message(self.preview_message, text)

    def nothing_callable_reason(self, rows: list[Any]) -> str | None:
        """Why agents would get no file of the previewed queue(s) now, in words; None when
        some file is callable. `rows` is the saved order (callable files have no
        next_eligible_at)."""
        board = self._board
        if board is None:
            return None
        chosen = self.preview_queue.currentData()
        queues = [q for q in board.queues if chosen is None or q.id == chosen]
        if not queues:
            return None
        active = {q.id for q in queues if not q.paused}
        if any(row.next_eligible_at is None and row.queue_id in active for row in rows):
            return None
        lead = self.tr("No file callable now: %1")
        if not active:
            why = (
                self.tr("the queue is paused")
                if len(queues) == 1
                else self.tr("every queue is paused")
            )
            return lead.replace("%1", why)
        waiting = [q for q in queues if q.id in active and q.waiting > 0]
        if not waiting and not any(row.queue_id in active for row in rows):
            why = (
                self.tr("the queue is empty")
                if len(queues) == 1
                else self.tr("no file is waiting in the active queues")
            )
            return lead.replace("%1", why)
        now = self._clock()
        organisations = {o.id: o for o in board.organisations}
        opens: list[datetime] = []
        closed = True
        for org_id in {q.organisation_id for q in (waiting or queues) if q.id in active}:
            org = organisations.get(org_id)
            if org is None:
                closed = False
                continue
            try:
                state = window_state(
                    org.timezone, CallingHours.from_json(org.calling_hours or {}), now
                )
            except (HoursError, ValueError):
                closed = False
                continue
            if state.open:
                closed = False
            elif state.opens_at is not None:
                opens.append(state.opens_at)
        if closed:
            if opens:
                why = self.tr("outside the calling hours (they open %1)").replace(
                    "%1", local_time(min(opens))
                )
            else:
                why = self.tr("outside the calling hours (no opening in the next three weeks)")
            return lead.replace("%1", why)
        later = [row.next_eligible_at for row in rows if row.next_eligible_at is not None]
        if later:
            why = self.tr(
                "every file waits for its retry delay, call-back or calling window "
                "(the first one at %1)"
            ).replace("%1", local_time(min(later)))
        else:
            why = self.tr("every waiting file waits for its retry delay or call-back")
        return lead.replace("%1", why)

    def _fill_preview(self, table: QTableWidget, rows: list[Any], reference: list[Any] | None):
        ranks = {row.item_id: i for i, row in enumerate(reference or [])}
        table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            move = ""
            if reference is not None:
                old = ranks.get(row.item_id)
                if old is None:
                    move = self.tr("new")
                elif old > i:
                    move = f"↑{old - i}"
                elif old < i:
                    move = f"↓{i - old}"
            why = row.explanation
            if row.next_eligible_at is not None:
                why = (
                    self.tr("%1 (from %2)")
                    .replace("%1", why)
                    .replace("%2", local_time(row.next_eligible_at))
                )
            values = [str(i + 1), row.debtor_external_id, f"{row.score:.1f}", move, why]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.item_id)
                if column == 4:
                    item.setToolTip(
                        f"{stage_label(row.stage)} — {', '.join(row.claim_external_ids)}"
                    )
                if move and column == 3:
                    color = (
                        "#1b5e20" if move.startswith("↑") or move == self.tr("new") else "#b00020"
                    )
                    item.setForeground(QBrush(QColor(color)))
                table.setItem(i, column, item)

    # -- actions --------------------------------------------------------------------------
    def apply(self) -> None:
        if not self._dirty:
            return
        try:
            settings = self.draft()
        except KnownError as error:
            show_error(self.message, error)
            return
        self.apply_button.setEnabled(False)
        show_message(self.message, self.tr("Saving..."))
        self._runner.run(
            lambda: (self._policy.save(self._actor, settings), self._policy.load()),
            self._applied,
            self._apply_failed,
        )

    def _applied(self, result: tuple[int, QueueSettings]) -> None:
        version, settings = result
        self._saved = settings
        self._fill(settings)
        show_message(
            self.message,
            self.tr("Saved as version %1: agents get the new order at their next call.").replace(
                "%1", str(version)
            ),
            ok=True,
        )
        self.preview()

    def _apply_failed(self, error: BaseException) -> None:
        self.apply_button.setEnabled(True)
        show_error(self.message, error)

    def revert(self) -> None:
        if self._saved is not None:
            self._fill(self._saved)
            show_message(self.message, self.tr("Changes discarded."))
            self.preview()

    def _after_change(self, text: str) -> None:
        """A change applied at once: reload the board and the preview."""

        def reloaded(board: QueueBoard) -> None:
            self._set_board(board)
            show_message(self.message, text, ok=True)
            self.preview()

        self._runner.run(
            lambda: self._board_service.board(self._actor),
            reloaded,
            lambda error: show_error(self.message, error),
        )

    def _run_change(self, fn, text: str) -> None:
        self._runner.run(
            fn, lambda _result: self._after_change(text), lambda e: show_error(self.message, e)
        )

    def toggle_pause(self) -> None:
        row = self.queue_table.currentRow()
        item = self.queue_table.item(row, 0) if row >= 0 else None
        queue = self._queue(item.data(Qt.ItemDataRole.UserRole)) if item else None
        if queue is None:
            show_message(self.message, self.tr("Choose a queue first."))
            return
        paused = not queue.paused
        text = (self.tr("Queue %1 paused.") if paused else self.tr("Queue %1 resumed.")).replace(
            "%1", self._queue_name(queue)
        )
        self._run_change(lambda: self._policy.set_paused(self._actor, queue.id, paused), text)

    def _current_agent_id(self) -> int | None:
        row = self.agent_table.currentRow()
        item = self.agent_table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show_agent(self) -> None:
        self.agent_queue_list.clear()
        agent_id = self._current_agent_id()
        if self._board is None or agent_id is None:
            self.assign_button.setEnabled(False)
            return
        agent = next(a for a in self._board.agents if a.user_id == agent_id)
        for queue in self._board.queues:
            item = QListWidgetItem(self._queue_name(queue))
            item.setData(Qt.ItemDataRole.UserRole, queue.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = queue.id in agent.queue_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.agent_queue_list.addItem(item)
        self.assign_button.setEnabled(True)

    def save_assignment(self) -> None:
        agent_id = self._current_agent_id()
        if agent_id is None:
            return
        queue_ids = [
            self.agent_queue_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.agent_queue_list.count())
            if self.agent_queue_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        self._run_change(
            lambda: self._policy.assign(self._actor, agent_id, queue_ids),
            self.tr("Assignment saved."),
        )

    def _show_hours(self) -> None:
        org_id = self.hours_org.currentData()
        org = (
            next((o for o in self._board.organisations if o.id == org_id), None)
            if self._board
            else None
        )
        for day, edit in enumerate(self.hours_edits):
            edit.setText(hours_text(org.calling_hours.get(str(day), [])) if org else "")

    def save_hours(self) -> None:
        org_id = self.hours_org.currentData()
        if org_id is None:
            return
        try:
            document = {
                str(day): ranges
                for day, edit in enumerate(self.hours_edits)
                if (ranges := parse_hours_text(day, edit.text()))
            }
            hours = CallingHours.from_json(document)
        except HoursError as error:
            show_error(self.message, ValidationError(hours_problem(error), field="calling_hours"))
            return
        self._run_change(
            lambda: self._policy.set_calling_hours(self._actor, org_id, hours),
            self.tr("Calling hours saved."),
        )

    def pin_selected(self) -> None:
        table = self._pin_source
        row = table.currentRow()
        item = table.item(row, 0) if row >= 0 else None
        if item is None:
            show_message(self.preview_message, self.tr("Choose a file in the preview first."))
            return
        item_id = item.data(Qt.ItemDataRole.UserRole)
        file_id = table.item(row, 1).text()
        self._run_change(
            lambda: self._policy.pin_to_top(self._actor, item_id),
            self.tr("File %1 moved to the top of its queue.").replace("%1", file_id),
        )
