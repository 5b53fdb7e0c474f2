"""KPI dashboard: the service's figures, cuts and filters, chart beside the table, exports."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCharts import QBarSeries, QLineSeries
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from telerecouv.domain.enums import Role, Stage
from telerecouv.services.permissions import Actor
from telerecouv.ui.lead.kpi import KpiScreen
from telerecouv.ui.tasks import SyncTaskRunner
from tests.ui.lead.contract_fakes import FakeDirectory
from tests.ui.lead.lead_fakes import FakeKpiService

LEAD = Actor(user_id=5, login="lead1", role=Role.TEAM_LEAD)


def make(qtbot: QtBot, service, tmp_path: Path) -> KpiScreen:
    screen = KpiScreen(
        LEAD,
        service,
        FakeDirectory(),
        SyncTaskRunner(),
        today=date(2026, 11, 20),
        export_dir=tmp_path,
    )
    qtbot.addWidget(screen)
    screen.resize(1366, 720)
    screen.show()
    return screen


def cell(screen: KpiScreen, row: int, heading: str) -> str:
    headings = [
        screen.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(screen.model.columnCount())
    ]
    return screen.model.index(row, headings.index(heading)).data()


def test_headline_figures_with_their_references(qtbot: QtBot, tmp_path: Path) -> None:
    screen = make(qtbot, FakeKpiService(), tmp_path)
    # 112 of 200 files reached: 56,0 %; 79 effective of 112: 70,5 %; 140 of 500 calls: 28,0 %.
    assert screen.cards["reachability"].value.text() == "56,0 %"
    assert "reference 60 %" in screen.cards["reachability"].note.text()
    assert screen.cards["effectiveness"].value.text() == "70,5 %"
    assert "reference 73 %" in screen.cards["effectiveness"].note.text()
    assert screen.cards["contact"].value.text() == "28,0 %"
    assert screen.cards["handle"].value.text() == "3:12"
    assert screen.cards["per_hour"].value.text() == "9,4"
    assert screen.cards["secured"].value.text() == "25\u202f200,00\u00a0€"


def test_cut_by_agent_shows_one_row_each_and_the_total(qtbot: QtBot, tmp_path: Path) -> None:
    service = FakeKpiService()
    screen = make(qtbot, service, tmp_path)
    screen.cut.setCurrentIndex(screen.cut.findData("agent"))
    screen.cut.activated.emit(screen.cut.currentIndex())
    assert service.filters[-1].by == "agent"
    assert screen.model.rowCount() == 4
    assert cell(screen, 0, "Cut") == "agent1"
    assert cell(screen, 0, "Reachability") == "62,0 %"
    assert cell(screen, 2, "Effectiveness") == "66,7 %"
    assert cell(screen, 3, "Cut") == "Total"
    assert cell(screen, 3, "Files attempted") == "200"
    # The chart has the three agents (the total would flatten them) and the references.
    bars = [s for s in screen.chart.series() if isinstance(s, QBarSeries)]
    assert [b.count() for b in bars[0].barSets()] == [3, 3, 3]
    assert bars[0].barSets()[0].at(0) == 62.0
    lines = [s for s in screen.chart.series() if isinstance(s, QLineSeries)]
    assert sorted(line.at(0).y() for line in lines) == [60.0, 73.0]


def test_filters_and_stage_labels(qtbot: QtBot, tmp_path: Path) -> None:
    service = FakeKpiService()
    screen = make(qtbot, service, tmp_path)
    screen.team.setCurrentIndex(screen.team.findData(2))
    screen.team.activated.emit(screen.team.currentIndex())
    assert [screen.agent.itemData(i) for i in range(screen.agent.count())] == [None, 13]
    screen.stage.setCurrentIndex(screen.stage.findData(Stage.DEFAULT_M2))
    screen.queue.setCurrentIndex(screen.queue.findData(7))
    screen.cut.setCurrentIndex(screen.cut.findData("stage"))
    screen.cut.activated.emit(screen.cut.currentIndex())
    f = service.filters[-1]
    assert (f.team_id, f.stage, f.queue_id, f.by) == (2, Stage.DEFAULT_M2, 7, "stage")
    assert (f.date_from, f.date_to) == (date(2026, 11, 1), date(2026, 11, 20))
    assert cell(screen, 0, "Cut") == "Default M+2"


def test_cut_by_day_over_a_month(qtbot: QtBot, tmp_path: Path) -> None:
    screen = make(qtbot, FakeKpiService(), tmp_path)
    screen.period.set_period(date(2026, 10, 1), date(2026, 10, 31))
    screen.cut.setCurrentIndex(screen.cut.findData("day"))
    screen.cut.activated.emit(screen.cut.currentIndex())
    assert screen.model.rowCount() == 32
    assert cell(screen, 0, "Cut") == "01/10/2026"
    screen.chart_metric.setCurrentIndex(screen.chart_metric.findData("amounts"))
    screen.chart_metric.activated.emit(screen.chart_metric.currentIndex())
    bars = [s for s in screen.chart.series() if isinstance(s, QBarSeries)]
    assert bars[0].barSets()[0].count() == 31


def test_export_xlsx_has_the_same_figures(qtbot: QtBot, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    screen = make(qtbot, FakeKpiService(), tmp_path)
    screen.cut.setCurrentIndex(screen.cut.findData("agent"))
    screen.cut.activated.emit(screen.cut.currentIndex())
    target = tmp_path / "kpi.xlsx"
    screen.export_xlsx(target)
    assert str(target) in screen.message.text()
    sheet = load_workbook(target).active
    assert sheet["A4"].value == "Cut"
    assert sheet["A5"].value == "agent1"
    headings = [c.value for c in sheet[4]]
    reach = headings.index("Reachability") + 1
    assert float(sheet.cell(5, reach).value) == 0.62
    assert sheet.cell(5, reach).number_format == "0.0%"
    assert sheet["A8"].value == "Total"
    assert sheet.cell(8, headings.index("Files attempted") + 1).value == 200


def test_export_pdf(qtbot: QtBot, tmp_path: Path) -> None:
    screen = make(qtbot, FakeKpiService(), tmp_path)
    screen.cut.setCurrentIndex(screen.cut.findData("agent"))
    screen.cut.activated.emit(screen.cut.currentIndex())
    target = tmp_path / "kpi.pdf"
    screen.export_pdf(target)
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_size > 2000
    assert str(target) in screen.message.text()


def test_export_failure_is_shown(qtbot: QtBot, tmp_path: Path) -> None:
    screen = make(qtbot, FakeKpiService(), tmp_path)
    screen.export_xlsx(tmp_path / "missing-folder" / "kpi.xlsx")
    assert "Cannot write" in screen.message.text()
    assert "missing-folder" in screen.message.text()


def test_an_empty_period_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    class Empty(FakeKpiService):
        def total(self, actor, f):
            from tests.ui.lead.lead_fakes import kpi_row

            return kpi_row("total", "total", 0, 0, 0, 0, 0)

        def figures(self, actor, f):
            return [] if f.by != "total" else [self.total(actor, f)]

    screen = make(qtbot, Empty(), tmp_path)
    assert screen.cards["reachability"].value.text() == "—"
    assert "No call" in screen.message.text()


def test_whole_period_is_one_total_row(qtbot: QtBot, tmp_path: Path) -> None:
    screen = make(qtbot, FakeKpiService(), tmp_path)
    screen.cut.setCurrentIndex(screen.cut.findData("total"))
    screen.cut.activated.emit(screen.cut.currentIndex())
    assert screen.model.rowCount() == 1
    assert cell(screen, 0, "Cut") == "Total"
    assert screen.chart_image().width() == 1600
