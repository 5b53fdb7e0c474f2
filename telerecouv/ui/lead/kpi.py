"""KPI dashboard: SPEC §5 figures of a period, cut by day/week/month, agent, team, stage,
queue or organisation; headline figures with their reference values, a chart beside the
table, exports to XLSX and PDF (written on a worker thread)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from telerecouv.config import data_dir
from telerecouv.domain.enums import Stage
from telerecouv.services.kpi import KpiFilter, KpiRow, KpiService
from telerecouv.services.permissions import Actor
from telerecouv.store.types import utcnow
from telerecouv.ui.labels import stage_label
from telerecouv.ui.lead.common import money, number, percent, screen_shortcut, show_error, show_info
from telerecouv.ui.lead.filters import (
    PeriodEdit,
    any_label,
    enum_data,
    fill_agents,
    fill_organisations,
    fill_queues,
    fill_teams,
    stage_combo,
)
from telerecouv.ui.lead.kpi_export import KpiReport, write_pdf, write_xlsx
from telerecouv.ui.lead.kpi_model import KpiTableModel, handle_time

MAX_BARS = 40  # more categories than that make an unreadable chart: the table has them all
REACHABILITY_REFERENCE = 0.60
EFFECTIVENESS_REFERENCE = 0.73


def cut_choices() -> list[tuple[str, str]]:
    return [
        ("total", QCoreApplication.translate("KpiScreen", "Whole period")),
        ("day", QCoreApplication.translate("KpiScreen", "Day")),
        ("week", QCoreApplication.translate("KpiScreen", "Week")),
        ("month", QCoreApplication.translate("KpiScreen", "Month")),
        ("agent", QCoreApplication.translate("KpiScreen", "Agent")),
        ("team", QCoreApplication.translate("KpiScreen", "Team")),
        ("stage", QCoreApplication.translate("KpiScreen", "Stage")),
        ("queue", QCoreApplication.translate("KpiScreen", "Queue")),
        ("organisation", QCoreApplication.translate("KpiScreen", "Organisation")),
    ]


class Card(QFrame):
    """One headline figure, with its reference value underneath."""

    def __init__(self, name: str, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title)
        self.title.setStyleSheet("color: #555;")
        self.value = QLabel("—", objectName=f"{name}Value")
        self.value.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.note = QLabel("", objectName=f"{name}Note")
        self.note.setStyleSheet("color: #666; font-size: 8pt;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        self.setAccessibleName(title)

    def show_value(self, value: str, note: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)
        self.setAccessibleDescription(f"{value} {note}".strip())


class KpiScreen(QWidget):
    def __init__(
        self,
        actor: Actor,
        service: KpiService,
        directory: Any,
        runner,
        *,
        today: date | None = None,
        export_dir: Path | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kpiScreen")
        self._actor = actor
        self._service = service
        self._directory = directory
        self._runner = runner
        self._directory_data: Any = None
        self._loaded_once = False
        self._export_dir = export_dir
        self._filter: KpiFilter | None = None
        self._total: KpiRow | None = None
        today = today or utcnow().astimezone().date()

        # -- filters ----------------------------------------------------------------------
        self.period = PeriodEdit(today, self)
        self.cut = QComboBox(objectName="kpiCut")
        for key, label in cut_choices():
            self.cut.addItem(label, key)
        self.cut.setCurrentIndex(self.cut.findData("week"))
        self.organisation = QComboBox(objectName="kpiOrganisation")
        self.team = QComboBox(objectName="kpiTeam")
        self.agent = QComboBox(objectName="kpiAgent")
        self.queue = QComboBox(objectName="kpiQueue")
        for combo in (self.organisation, self.team, self.agent, self.queue):
            combo.addItem(any_label(), None)
            combo.setMinimumContentsLength(12)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.stage = stage_combo("kpiStage")
        self.refresh_button = QPushButton(self.tr("&Show"), objectName="kpiRefresh")
        self.xlsx_button = QPushButton(self.tr("Export &XLSX"), objectName="kpiExportXlsx")
        self.pdf_button = QPushButton(self.tr("Export &PDF"), objectName="kpiExportPdf")
        for button in (self.xlsx_button, self.pdf_button):
            button.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(self.period)
        top.addWidget(QLabel(self.tr("&Cut by"), buddy=self.cut))
        top.addWidget(self.cut)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.xlsx_button)
        top.addWidget(self.pdf_button)
        second = QHBoxLayout()
        for text, combo in (
            (self.tr("&Organisation"), self.organisation),
            (self.tr("T&eam"), self.team),
            (self.tr("A&gent"), self.agent),
            (self.tr("Sta&ge"), self.stage),
            (self.tr("&Queue"), self.queue),
        ):
            second.addWidget(QLabel(text, buddy=combo))
            second.addWidget(combo, 1)

        # -- headline figures ---------------------------------------------------------------
        self.cards = {
            "reachability": Card("kpiReachability", self.tr("Reachability")),
            "effectiveness": Card("kpiEffectiveness", self.tr("Effectiveness when reached")),
            "contact": Card("kpiContact", self.tr("Contact rate per call")),
            "per_hour": Card("kpiPerHour", self.tr("Calls per agent-hour")),
            "handle": Card("kpiHandle", self.tr("Average handle time")),
            "kept": Card("kpiKept", self.tr("Promises / plans kept")),
            "secured": Card("kpiSecured", self.tr("Amount secured")),
            "collected": Card("kpiCollected", self.tr("Collected amicable / litigation")),
            "notices": Card("kpiNotices", self.tr("Formal notices avoided")),
        }
        cards = QGridLayout()
        for position, card in enumerate(self.cards.values()):
            cards.addWidget(card, position // 5, position % 5)

        # -- table and chart -------------------------------------------------------------------
        self.model = KpiTableModel(self)
        self.table = QTableView(objectName="kpiTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Figures by cut"))
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setDefaultSectionSize(112)
        self.table.setColumnWidth(0, 150)
        self.chart_metric = QComboBox(objectName="kpiChartMetric")
        self.chart_metric.addItem(self.tr("Rates"), "rates")
        self.chart_metric.addItem(self.tr("Amounts"), "amounts")
        self.chart_metric.addItem(self.tr("Calls"), "calls")
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart, objectName="kpiChart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setAccessibleName(self.tr("KPI chart"))
        self.chart_view.setMinimumWidth(360)
        chart_side = QWidget()
        chart_layout = QVBoxLayout(chart_side)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_row = QHBoxLayout()
        chart_row.addWidget(QLabel(self.tr("C&hart"), buddy=self.chart_metric))
        chart_row.addWidget(self.chart_metric, 1)
        chart_layout.addLayout(chart_row)
        chart_layout.addWidget(self.chart_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(chart_side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 560])

        self.message = QLabel(objectName="kpiMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addLayout(cards)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        # -- wiring -------------------------------------------------------------------------
        self.refresh_button.clicked.connect(self.refresh)
        self.period.changed.connect(self.refresh)
        for combo in (self.cut, self.organisation, self.agent, self.stage, self.queue):
            combo.activated.connect(self.refresh)
        self.team.activated.connect(self._team_chosen)
        self.chart_metric.activated.connect(self._draw_chart)
        self.xlsx_button.clicked.connect(lambda: self.export_xlsx())
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        screen_shortcut(self, QKeySequence(QKeySequence.StandardKey.Refresh), self.refresh)

    # -- loading -------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self.refresh_all()

    def refresh_all(self) -> None:
        self._loaded_once = True
        self._runner.run(
            lambda: self._directory.load(self._actor),
            self._directory_loaded,
            lambda error: show_error(self.message, error),
        )
        self.refresh()

    def _directory_loaded(self, directory: Any) -> None:
        self._directory_data = directory
        fill_organisations(self.organisation, directory)
        fill_teams(self.team, directory)
        fill_agents(self.agent, directory, self.team.currentData())
        fill_queues(self.queue, directory)

    def _team_chosen(self) -> None:
        if self._directory_data is not None:
            fill_agents(self.agent, self._directory_data, self.team.currentData())
        self.refresh()

    def current_filter(self) -> KpiFilter:
        start, end = self.period.period()
        return KpiFilter(
            date_from=start,
            date_to=end,
            by=self.cut.currentData(),
            organisation_id=self.organisation.currentData(),
            team_id=self.team.currentData(),
            agent_id=self.agent.currentData(),
            stage=enum_data(self.stage, Stage),
            queue_id=self.queue.currentData(),
        )

    def refresh(self) -> None:
        self._loaded_once = True
        f = self.current_filter()
        service, actor = self._service, self._actor
        self.message.setText(self.tr("Computing..."))
        self.message.setStyleSheet("")

        def load() -> tuple[KpiRow, list[KpiRow]]:
            total = service.total(actor, f)
            rows = [total] if f.by == "total" else service.figures(actor, f)
            return total, rows

        self._runner.run(
            load,
            lambda result: self._show(f, *result),
            lambda error: show_error(self.message, error),
        )

    def _show(self, f: KpiFilter, total: KpiRow, rows: list[KpiRow]) -> None:
        if f != self.current_filter():
            return  # an older answer: a newer question is on its way
        self._filter, self._total = f, total
        self.model.currency = self._currency()
        self.model.set_rows(self._labelled(f, rows), total if f.by != "total" else None)
        self._show_cards(total)
        self._draw_chart()
        self.message.clear()
        for button in (self.xlsx_button, self.pdf_button):
            button.setEnabled(True)
        if total.calls == 0:
            show_info(self.message, self.tr("No call in this period for these filters."))

    def _currency(self) -> str:
        chosen = self.organisation.currentData()
        if self._directory_data is not None:
            for organisation in self._directory_data.organisations:
                if organisation.id == chosen:
                    return str(organisation.currency)
        return "EUR"

    def _labelled(self, f: KpiFilter, rows: list[KpiRow]) -> list[KpiRow]:
        """Stages get their French label, days and months the French date order; other cuts
        keep the service's label (a login, a team, a queue, an organisation code)."""
        labelled = []
        for row in rows:
            label = row.label
            try:
                if f.by == "total":
                    label = self.tr("Total")
                elif f.by == "stage":
                    label = stage_label(Stage(row.key))
                elif f.by == "day":
                    label = date.fromisoformat(row.key).strftime("%d/%m/%Y")
                elif f.by == "week":
                    monday = date.fromisoformat(row.key).strftime("%d/%m/%Y")
                    label = self.tr("week of %1").replace("%1", monday)
                elif f.by == "month":
                    year, month = row.key.split("-")
                    label = f"{month}/{year}"
            except ValueError:
                label = row.label  # "-": calls without that attribute
            labelled.append(replace(row, label=label))
        return labelled

    def _show_cards(self, total: KpiRow) -> None:
        currency = self._currency()
        cards = self.cards
        cards["reachability"].show_value(
            percent(total.reachability_rate),
            self.tr("%1 of %2 files · reference 60 %")
            .replace("%1", number(total.files_reached))
            .replace("%2", number(total.files_attempted)),
        )
        cards["effectiveness"].show_value(
            percent(total.effectiveness_rate),
            self.tr("%1 files · reference 73 %").replace("%1", number(total.files_effective)),
        )
        cards["contact"].show_value(
            percent(total.contact_rate),
            self.tr("%1 of %2 calls")
            .replace("%1", number(total.right_party_calls))
            .replace("%2", number(total.calls)),
        )
        cards["per_hour"].show_value(
            number(total.calls_per_agent_hour, 1), self.tr("reference about 10")
        )
        cards["handle"].show_value(handle_time(total.average_handle_seconds), self.tr("min:s"))
        cards["kept"].show_value(
            f"{percent(total.promise_kept_rate)} / {percent(total.plan_kept_rate)}"
        )
        cards["secured"].show_value(money(total.amount_secured, currency))
        cards["collected"].show_value(
            money(total.amount_collected_amicable, currency),
            self.tr("litigation: %1").replace(
                "%1", money(total.amount_collected_litigation, currency)
            ),
        )
        cards["notices"].show_value(number(total.formal_notices_avoided))

    # -- chart -----------------------------------------------------------------------------
    def _draw_chart(self) -> None:
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        rows = self.model.rows()
        if self._filter is not None and self._filter.by != "total" and len(rows) > 1:
            rows = rows[:-1]  # the total would flatten the other bars
        rows = rows[:MAX_BARS]
        if not rows:
            chart.setTitle("")
            return
        metric = self.chart_metric.currentData()
        categories = [
            str(row.label) if row is not self._total else self.tr("Total") for row in rows
        ]
        if self._filter is not None and self._filter.by == "day":
            categories = [label[:5] for label in categories]  # 01/11: the year is in the title
        elif self._filter is not None and self._filter.by == "week":
            categories = [row.key[8:10] + "/" + row.key[5:7] for row in rows]
        if metric == "rates":
            sets = [
                (self.tr("Reachability"), "reachability_rate", "#1565c0"),
                (self.tr("Effectiveness"), "effectiveness_rate", "#2e7d32"),
                (self.tr("Contact rate"), "contact_rate", "#ef6c00"),
            ]
            scale, top = 100.0, 100.0
            chart.setTitle(self.tr("Rates (%) - dashed: references 60 % and 73 %"))
        elif metric == "amounts":
            sets = [
                (self.tr("Secured"), "amount_secured", "#6a1b9a"),
                (self.tr("Collected (amicable)"), "amount_collected_amicable", "#2e7d32"),
                (self.tr("Collected (litigation)"), "amount_collected_litigation", "#c62828"),
            ]
            scale, top = 1.0, 0.0
            chart.setTitle(self.tr("Amounts (%1)").replace("%1", self._currency()))
        else:
            sets = [
                (self.tr("Calls"), "calls", "#455a64"),
                (self.tr("Right-party calls"), "right_party_calls", "#1565c0"),
            ]
            scale, top = 1.0, 0.0
            chart.setTitle(self.tr("Calls"))
        series = QBarSeries()
        highest = 0.0
        for name, attribute, colour in sets:
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(colour))
            for row in rows:
                value = getattr(row, attribute, None)
                shown = float(value) * scale if value is not None else 0.0
                highest = max(highest, shown)
                bar_set.append(shown)
            series.append(bar_set)
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append(categories)
        if len(categories) > 8:
            x_axis.setLabelsAngle(-90)
        x_axis.setTruncateLabels(False)
        y_axis = QValueAxis()
        y_axis.setRange(0, top or max(highest * 1.1, 1.0))
        y_axis.setLabelFormat("%.0f")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        if metric == "rates":
            for reference, colour in (
                (REACHABILITY_REFERENCE, "#1565c0"),
                (EFFECTIVENESS_REFERENCE, "#2e7d32"),
            ):
                line = QLineSeries()
                line.setName(self.tr("Reference %1 %").replace("%1", str(int(reference * 100))))
                line.append(-0.5, reference * 100)
                line.append(len(categories) - 0.5, reference * 100)
                pen = QPen(QColor(colour))
                pen.setStyle(Qt.PenStyle.DashLine)
                pen.setWidth(2)
                line.setPen(pen)
                chart.addSeries(line)
                line.attachAxis(x_axis)
                line.attachAxis(y_axis)
                for marker in chart.legend().markers(line):
                    marker.setVisible(False)  # the title names the references

    def chart_image(self) -> QImage:
        """The chart drawn again at print size (vector rendering, sharp in the PDF)."""
        image = QImage(1600, 800, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.render(painter, QRectF(image.rect()), self.chart_view.viewport().rect())
        painter.end()
        return image

    # -- exports ---------------------------------------------------------------------------
    def report(self) -> KpiReport:
        f = self._filter
        assert f is not None
        start, end = f.date_from.strftime("%d/%m/%Y"), f.date_to.strftime("%d/%m/%Y")
        parts = [self.tr("From %1 to %2").replace("%1", start).replace("%2", end)]
        parts.append(self.tr("cut by: %1").replace("%1", self.cut.currentText()))
        for combo in (self.organisation, self.team, self.agent, self.stage, self.queue):
            if combo.currentData() is not None:
                parts.append(combo.currentText())
        columns = self.model.columns
        rows = self.model.rows()
        return KpiReport(
            title=self.tr("telerecouv - KPIs"),
            subtitle=" · ".join(parts),
            columns=columns,
            headings=[column.heading() for column in columns],
            rows=rows,
            total_label=self.tr("Total"),
            has_total=f.by != "total" and len(rows) > 1,
            currency=self._currency(),
        )

    def _ask_path(self, suffix: str, filter_text: str) -> Path | None:
        f = self._filter
        assert f is not None
        name = f"kpi_{f.date_from:%Y%m%d}_{f.date_to:%Y%m%d}_{f.by}.{suffix}"
        folder = self._export_dir or data_dir()
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the KPIs"), str(folder / name), filter_text
        )
        return Path(chosen) if chosen else None

    def export_xlsx(self, path: Path | None = None) -> None:
        if self._filter is None:
            return
        path = path or self._ask_path("xlsx", self.tr("Excel workbook (*.xlsx)"))
        if path is None:
            return
        report = self.report()
        self._export(path, lambda: write_xlsx(path, report))

    def export_pdf(self, path: Path | None = None) -> None:
        if self._filter is None:
            return
        path = path or self._ask_path("pdf", self.tr("PDF document (*.pdf)"))
        if path is None:
            return
        report, image = self.report(), self.chart_image()
        self._export(path, lambda: write_pdf(path, report, image))

    def _export(self, path: Path, job) -> None:
        self.message.setText(self.tr("Exporting..."))

        def failed(error: BaseException) -> None:
            if isinstance(error, OSError):  # a folder that is gone, a file open elsewhere...
                self.message.setStyleSheet("color: #b00020;")
                self.message.setText(
                    self.tr("Cannot write %1: %2")
                    .replace("%1", str(path))
                    .replace("%2", error.strerror or str(error))
                )
            else:
                show_error(self.message, error)

        self._runner.run(
            job,
            lambda written: show_info(
                self.message, self.tr("Saved to %1").replace("%1", str(written))
            ),
            failed,
        )
