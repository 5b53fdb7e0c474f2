"""Outcome review: every call of a period, filtered and sorted, with a detail pane and the
quality review (score and comment; weekly sample, refusals and long plans pre-selected)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from telerecouv.domain.enums import CallResult, Reachability, Stage
from telerecouv.domain.money import parse_money
from telerecouv.services.domain_messages import money_problem
from telerecouv.services.permissions import Actor
from telerecouv.services.review import CallDetail, CallFilter, ReviewService
from telerecouv.store.types import utcnow
from telerecouv.ui.errors import translate
from telerecouv.ui.labels import (
    plan_status_label,
    reachability_label,
    result_label,
    stage_label,
)
from telerecouv.ui.lead.common import (
    configure_big_table,
    date_edit,
    from_qdate,
    local_time,
    money,
    screen_shortcut,
    show_error,
    show_info,
)
from telerecouv.ui.lead.filters import (
    PeriodEdit,
    enum_data,
    fill_agents,
    fill_teams,
    reachability_combo,
    result_combo,
    stage_combo,
)
from telerecouv.ui.lead.review_model import (
    CallTableModel,
    duration_text,
    selection_label,
)


class ReviewScreen(QWidget):
    def __init__(
        self,
        actor: Actor,
        service: ReviewService,
        directory: Any,
        runner,
        *,
        today: date | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewScreen")
        self._actor = actor
        self._service = service
        self._directory = directory
        self._runner = runner
        self._sort = ("started_at", True)
        self._shown_call: int | None = None
        self._loaded_once = False
        today = today or utcnow().astimezone().date()

        # -- filters --------------------------------------------------------------------
        self.period = PeriodEdit(today, self)
        self.agent = QComboBox(objectName="reviewAgent")
        self.team = QComboBox(objectName="reviewTeam")
        self.agent.addItem(self.tr("(all)"), None)
        self.team.addItem(self.tr("(all)"), None)
        self.stage = stage_combo("reviewStage")
        self.reachability = reachability_combo("reviewReachability")
        self.result = result_combo("reviewResult")
        self.min_amount = QLineEdit(objectName="reviewMinAmount")
        self.min_amount.setPlaceholderText(self.tr("e.g. 500"))
        self.min_amount.setMaximumWidth(110)
        self.long_plans = QCheckBox(self.tr("Plans over 24 &months"), objectName="reviewLong")
        self.refusals = QCheckBox(self.tr("Re&fusals"), objectName="reviewRefusals")
        self.to_review = QCheckBox(self.tr("To re&view only"), objectName="reviewToReview")
        self.text = QLineEdit(objectName="reviewText")
        self.text.setPlaceholderText(self.tr("Search the notes (Ctrl+F)"))
        self.text.setClearButtonEnabled(True)
        self.apply_button = QPushButton(self.tr("&Search"), objectName="reviewApply")
        self.apply_button.setDefault(True)

        grid = QGridLayout()
        grid.addWidget(self.period, 0, 0, 1, 4)
        grid.addWidget(QLabel(self.tr("A&gent"), buddy=self.agent), 0, 4)
        grid.addWidget(self.agent, 0, 5)
        grid.addWidget(QLabel(self.tr("T&eam"), buddy=self.team), 0, 6)
        grid.addWidget(self.team, 0, 7)
        grid.addWidget(QLabel(self.tr("Sta&ge"), buddy=self.stage), 1, 0)
        grid.addWidget(self.stage, 1, 1)
        grid.addWidget(QLabel(self.tr("Reac&hed"), buddy=self.reachability), 1, 2)
        grid.addWidget(self.reachability, 1, 3)
        grid.addWidget(QLabel(self.tr("Res&ult"), buddy=self.result), 1, 4)
        grid.addWidget(self.result, 1, 5)
        grid.addWidget(QLabel(self.tr("Balance &at least"), buddy=self.min_amount), 1, 6)
        grid.addWidget(self.min_amount, 1, 7)
        checks = QHBoxLayout()
        for widget in (self.long_plans, self.refusals, self.to_review):
            checks.addWidget(widget)
        checks.addWidget(self.text, 1)
        checks.addWidget(self.apply_button)
        grid.addLayout(checks, 2, 0, 1, 8)

        # -- table ----------------------------------------------------------------------
        self.model = CallTableModel(runner, self)
        self.table = QTableView(objectName="reviewTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(
            CallTableModel.STARTED, Qt.SortOrder.DescendingOrder
        )
        configure_big_table(
            self.table,
            {
                CallTableModel.STARTED: 124,
                CallTableModel.AGENT: 62,
                CallTableModel.DEBTOR: 190,
                CallTableModel.STAGE: 112,
                CallTableModel.REACHED: 105,
                CallTableModel.RESULT: 140,
                CallTableModel.REVIEW: 96,
                CallTableModel.BALANCE: 90,
                CallTableModel.DURATION: 55,
            },
        )
        self.count_label = QLabel(objectName="reviewCount")
        self.message = QLabel(objectName="reviewMessage")
        self.message.setWordWrap(True)

        # -- detail and review ----------------------------------------------------------
        self.detail = QTextBrowser(objectName="reviewDetail")
        self.detail.setOpenLinks(False)
        self.score = QSpinBox(objectName="reviewScore")
        self.score.setRange(0, 10)
        self.score.setSuffix(self.tr(" / 10"))
        self.comment = QPlainTextEdit(objectName="reviewComment")
        self.comment.setPlaceholderText(self.tr("What went well, what to coach"))
        self.comment.setMaximumHeight(90)
        self.save_review = QPushButton(self.tr("Save the &review"), objectName="reviewSave")
        self.save_review.setEnabled(False)
        review_box = QGroupBox(self.tr("Quality review"))
        form = QFormLayout(review_box)
        form.addRow(self.tr("S&core:"), self.score)
        form.addRow(self.tr("C&omment:"), self.comment)
        form.addRow(self.save_review)
        detail_side = QWidget()
        side = QVBoxLayout(detail_side)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.detail, 1)
        side.addWidget(review_box)

        # -- sample selection -----------------------------------------------------------
        self.week = date_edit(today - timedelta(days=today.weekday() + 7), "reviewWeek")
        self.per_agent = QSpinBox(objectName="reviewPerAgent")
        self.per_agent.setRange(1, 50)
        self.per_agent.setValue(5)
        self.sample_button = QPushButton(
            self.tr("Pre-select the week's calls"), objectName="reviewSample"
        )
        self.sample_button.setToolTip(
            self.tr(
                "A random sample of calls per agent, every refusal and every plan over "
                "24 months of the week are added to the calls to review."
            )
        )
        sample = QHBoxLayout()
        sample.addWidget(self.count_label, 1)
        sample.addWidget(QLabel(self.tr("Week of"), buddy=self.week))
        sample.addWidget(self.week)
        sample.addWidget(QLabel(self.tr("calls per agent"), buddy=self.per_agent))
        sample.addWidget(self.per_agent)
        sample.addWidget(self.sample_button)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(detail_side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([820, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(splitter, 1)
        layout.addLayout(sample)
        layout.addWidget(self.message)

        # -- wiring -----------------------------------------------------------------------
        self.apply_button.clicked.connect(self.refresh)
        self.text.returnPressed.connect(self.refresh)
        self.min_amount.returnPressed.connect(self.refresh)
        for combo in (self.agent, self.stage, self.reachability, self.result):
            combo.activated.connect(self.refresh)
        self.team.activated.connect(self._team_chosen)
        for box in (self.long_plans, self.refusals, self.to_review):
            box.toggled.connect(self.refresh)
        self.period.changed.connect(self.refresh)
        self.model.sort_requested.connect(self._sort_requested)
        self.model.count_changed.connect(self._counted)
        self.model.failed.connect(lambda error: show_error(self.message, error))
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.save_review.clicked.connect(self._save_review)
        self.sample_button.clicked.connect(self._select_sample)
        screen_shortcut(self, QKeySequence(QKeySequence.StandardKey.Find), self.text.setFocus)
        screen_shortcut(self, "Ctrl+S", self._save_review)

    # -- loading ---------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self.refresh_all()

    def refresh_all(self) -> None:
        """Load the agents and teams of the filters, then the calls."""
        self._loaded_once = True
        self._runner.run(
            lambda: self._directory.load(self._actor),
            self._directory_loaded,
            lambda error: show_error(self.message, error),
        )
        self.refresh()

    def _directory_loaded(self, directory: Any) -> None:
        self._directory_data = directory
        fill_teams(self.team, directory)
        fill_agents(self.agent, directory, self.team.currentData())

    def _team_chosen(self) -> None:
        if getattr(self, "_directory_data", None) is not None:
            fill_agents(self.agent, self._directory_data, self.team.currentData())
        self.refresh()

    def current_filter(self) -> CallFilter:
        start, end = self.period.period()
        amount_text = self.min_amount.text().strip()
        min_amount: Decimal | None = parse_money(amount_text) if amount_text else None
        return CallFilter(
            date_from=start,
            date_to=end,
            agent_id=self.agent.currentData(),
            team_id=self.team.currentData(),
            stage=enum_data(self.stage, Stage),
            reachability=enum_data(self.reachability, Reachability),
            result=enum_data(self.result, CallResult),
            min_amount=min_amount,
            long_plans_only=self.long_plans.isChecked(),
            refusals_only=self.refusals.isChecked(),
            text=self.text.text().strip() or None,
            to_review_only=self.to_review.isChecked(),
        )

    def refresh(self) -> None:
        self._loaded_once = True
        try:
            call_filter = self.current_filter()
        except ValueError as error:
            self.min_amount.setFocus()
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(
                self.tr("Balance at least: %1").replace("%1", translate(money_problem(error)))
            )
            return
        self.message.clear()
        self._show_detail(None)
        key, descending = self._sort
        service, actor = self._service, self._actor
        self.count_label.setText(self.tr("Counting..."))
        self.model.load(
            lambda: service.count(actor, call_filter),
            lambda offset, limit: service.page(
                actor, call_filter, offset=offset, limit=limit, sort=key, descending=descending
            ),
        )

    def _counted(self, count: int) -> None:
        self.count_label.setText(
            self.tr("%1 calls").replace("%1", f"{count:,}".replace(",", "\u202f"))
        )

    def _sort_requested(self, key: str, descending: bool) -> None:
        if (key, descending) != self._sort:
            self._sort = (key, descending)
            self.refresh()

    # -- detail ----------------------------------------------------------------------------
    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.item(current.row()) if current.isValid() else None
        if row is None:
            self._show_detail(None)
            return
        call_id = row.id
        self._shown_call = call_id
        self._runner.run(
            lambda: self._service.detail(self._actor, call_id),
            lambda detail: self._show_detail(detail) if self._shown_call == call_id else None,
            lambda error: show_error(self.message, error),
        )

    def _show_detail(self, detail: CallDetail | None) -> None:
        self.save_review.setEnabled(detail is not None)
        if detail is None:
            self._shown_call = None
            self.detail.setHtml(
                "<p style='color:#666'>{}</p>".format(self.tr("Choose a call to see its detail."))
            )
            self.comment.clear()
            self.score.setValue(0)
            return
        self._shown_call = detail.row.id
        self.detail.setHtml(detail_html(detail))
        self.score.setValue(detail.row.review_score or 0)
        self.comment.setPlainText(detail.review_comment or "")

    def _save_review(self) -> None:
        call_id = self._shown_call
        if call_id is None:
            return
        score, comment = self.score.value(), self.comment.toPlainText().strip()
        row = self.table.currentIndex().row()

        def saved(_result: object) -> None:
            show_info(self.message, self.tr("Review saved."))
            if row >= 0:
                self.model.reload_page_of(row)
            self._runner.run(
                lambda: self._service.detail(self._actor, call_id),
                lambda detail: self._show_detail(detail) if self._shown_call == call_id else None,
            )

        self._runner.run(
            lambda: self._service.review(self._actor, call_id, score, comment),
            saved,
            lambda error: show_error(self.message, error),
        )

    def _select_sample(self) -> None:
        week = from_qdate(self.week.date())
        week -= timedelta(days=week.weekday())
        per_agent = self.per_agent.value()
        team_id = self.team.currentData()

        def selected(count: int) -> None:
            if self.to_review.isChecked():
                self.refresh()
            else:
                self.to_review.setChecked(True)  # shows them (refresh through toggled)
            show_info(
                self.message,
                self.tr("%1 calls of the week of %2 added to the calls to review.")
                .replace("%1", str(count))
                .replace("%2", week.strftime("%d/%m/%Y")),
            )

        self._runner.run(
            lambda: self._service.select_sample(
                self._actor, week, per_agent, None, team_id=team_id
            ),
            selected,
            lambda error: show_error(self.message, error),
        )


def detail_html(detail: CallDetail) -> str:
    """The detail pane: who, when, outcome, script path, plan, notes, review."""
    row = detail.row
    lines = [
        f"<h3>{escape(row.debtor_name)} <small>({escape(row.debtor_external_id)})</small></h3>",
        "<table cellspacing=4>",
    ]

    def line(label: str, value: str) -> None:
        lines.append(f"<tr><td style='color:#555'>{escape(label)}</td><td>{value}</td></tr>")

    agent = (row.agent_login or "") + (f" — {row.team}" if row.team else "")
    line(QCoreApplication.translate("ReviewDetail", "Date"), escape(local_time(row.started_at)))
    line(QCoreApplication.translate("ReviewDetail", "Agent"), escape(agent))
    line(QCoreApplication.translate("ReviewDetail", "Stage"), escape(stage_label(row.stage)))
    line(
        QCoreApplication.translate("ReviewDetail", "Reached"),
        escape(reachability_label(row.reachability)),
    )
    line(
        QCoreApplication.translate("ReviewDetail", "Result"),
        escape(result_label(row.result) if row.result else "—"),
    )
    line(QCoreApplication.translate("ReviewDetail", "Balance"), escape(money(row.balance)))
    if row.duration_seconds is not None:
        line(
            QCoreApplication.translate("ReviewDetail", "Duration"),
            escape(duration_text(row.duration_seconds)),
        )
    if row.selected_because:
        line(
            QCoreApplication.translate("ReviewDetail", "Selected for review"),
            escape(selection_label(row.selected_because)),
        )
    lines.append("</table>")
    heading = QCoreApplication.translate("ReviewDetail", "Script path")
    lines.append(f"<h4>{escape(heading)}</h4>")
    if detail.script_path:
        lines.append(" → ".join(escape(step) for step in detail.script_path))
    else:
        missing = QCoreApplication.translate("ReviewDetail", "not recorded")
        lines.append(f"<i>{escape(missing)}</i>")
    plan = detail.plan
    if plan is not None:
        months, total, instalment, status, justification = plan
        heading = QCoreApplication.translate("ReviewDetail", "Payment plan")
        lines.append(f"<h4>{escape(heading)}</h4>")
        lines.append(
            escape(
                QCoreApplication.translate("ReviewDetail", "%1 months, %2 a month, %3 in all (%4)")
                .replace("%1", str(months))
                .replace("%2", money(instalment))
                .replace("%3", money(total))
                .replace("%4", plan_status_label(status))
            )
        )
        if justification:
            label = QCoreApplication.translate("ReviewDetail", "Justification:")
            lines.append(f"<p><b>{escape(label)}</b> {escape(justification)}</p>")
    heading = QCoreApplication.translate("ReviewDetail", "Notes")
    lines.append(f"<h4>{escape(heading)}</h4>")
    if detail.notes:
        lines.append(f"<p style='white-space:pre-wrap'>{escape(detail.notes)}</p>")
    else:
        missing = QCoreApplication.translate("ReviewDetail", "no notes")
        lines.append(f"<i>{escape(missing)}</i>")
    if row.review_score is not None:
        heading = QCoreApplication.translate("ReviewDetail", "Review")
        lines.append(f"<h4>{escape(heading)}</h4>")
        lines.append(
            escape(
                QCoreApplication.translate("ReviewDetail", "%1/10 by %2")
                .replace("%1", str(row.review_score))
                .replace("%2", detail.reviewer_login or "")
            )
        )
        if detail.review_comment:
            lines.append(f"<p>{escape(detail.review_comment)}</p>")
    return "\n".join(lines)
