"""KPI exports: XLSX (openpyxl) and PDF (QPdfWriter). Both run on a TaskRunner worker.

The screen hands plain data over: a `KpiReport` (title lines, columns, rows of KpiRow-like
objects) and, for the PDF, the chart already rendered to a QImage on the GUI thread. Painting
on a QPdfWriter and a QImage is allowed outside the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from telerecouv.ui.lead.kpi_model import Column, shown

XLSX_FORMATS = {
    "int": "#,##0",
    "rate": "0.0%",
    "money": "#,##0.00",
    "decimal": "0.0",
    "seconds": "0",
}


@dataclass(frozen=True)
class KpiReport:
    title: str
    subtitle: str  # the period and the filters, in words
    columns: Sequence[Column]
    headings: Sequence[str]  # translated on the GUI thread
    rows: Sequence[Any]  # KpiRow-like, the total last when there is one
    total_label: str
    has_total: bool
    currency: str = "EUR"

    def label(self, index: int, row: Any) -> str:
        if self.has_total and index == len(self.rows) - 1:
            return self.total_label
        return str(row.label)


def write_xlsx(path: Path, report: KpiReport) -> Path:
    """One sheet: title, filters, headings, one row per cut value; numbers stay numbers."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "KPI"
    sheet.append([report.title])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([report.subtitle])
    sheet.append([])
    sheet.append(list(report.headings))
    for cell in sheet[4]:
        cell.font = Font(bold=True)
    for index, row in enumerate(report.rows):
        values: list[Any] = []
        for column in report.columns:
            if column.attribute == "label":
                values.append(report.label(index, row))
                continue
            value = getattr(row, column.attribute, None)
            values.append(Decimal(value) if isinstance(value, Decimal) else value)
        sheet.append(values)
        line = sheet.max_row
        for position, column in enumerate(report.columns, start=1):
            style = XLSX_FORMATS.get(column.kind)
            if style:
                sheet.cell(line, position).number_format = style
            if report.has_total and index == len(report.rows) - 1:
                sheet.cell(line, position).font = Font(bold=True)
    sheet.column_dimensions["A"].width = 28
    for letter in "BCDEFGHIJKLMNOPQ":
        sheet.column_dimensions[letter].width = 15
    sheet.freeze_panes = "B5"
    path = Path(path)
    workbook.save(path)
    return path


def write_pdf(path: Path, report: KpiReport, chart: QImage | None) -> Path:
    """A4 landscape: title, filters, the chart, then the table (continued on new pages)."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setTitle(report.title)
    writer.setCreator("telerecouv")
    writer.setResolution(120)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    painter = QPainter(writer)
    try:
        paint_report(painter, page.width(), page.height(), writer.newPage, report, chart)
    finally:
        painter.end()
    return path


def paint_report(
    painter: QPainter,
    width: float,
    height: float,
    new_page: Callable[[], object],
    report: KpiReport,
    chart: QImage | None,
) -> None:
    """Paints the report on pages of `width` x `height` device pixels (a PDF, a preview)."""
    y = 0.0
    title_font = QFont("DejaVu Sans", 15, QFont.Weight.Bold)
    body = QFont("DejaVu Sans", 7)
    bold = QFont("DejaVu Sans", 7, QFont.Weight.Bold)
    painter.setFont(title_font)
    line = painter.fontMetrics().height()
    painter.drawText(QRectF(0, y, width, line), Qt.AlignmentFlag.AlignLeft, report.title)
    y += line * 1.2
    painter.setFont(body)
    line = painter.fontMetrics().height()
    painter.drawText(QRectF(0, y, width, line * 2), Qt.TextFlag.TextWordWrap, report.subtitle)
    y += line * 2.5
    if chart is not None and not chart.isNull():
        box_height = height * 0.42
        scaled = chart.size().scaled(
            int(width), int(box_height), Qt.AspectRatioMode.KeepAspectRatio
        )
        painter.drawImage(QRectF(0, y, scaled.width(), scaled.height()), chart)
        y += scaled.height() + line

    # The table: the first column wider, the others share the rest.
    count = len(report.columns)
    first = width * 0.16
    other = (width - first) / max(count - 1, 1)
    lefts = [0.0] + [first + other * i for i in range(count - 1)]
    widths = [first] + [other] * (count - 1)
    row_height = line * 1.5
    header_height = line * 3.2

    def header(top: float) -> float:
        painter.setFont(bold)
        for left, cell_width, heading in zip(lefts, widths, report.headings, strict=True):
            painter.drawText(
                QRectF(left + 2, top, cell_width - 4, header_height),
                int(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter)
                | int(Qt.TextFlag.TextWordWrap),
                heading,
            )
        painter.drawLine(0, int(top + header_height + 2), int(width), int(top + header_height + 2))
        return top + header_height + 4

    y = header(y)
    for index, row in enumerate(report.rows):
        if y + row_height > height:
            new_page()
            y = header(0.0)
        is_total = report.has_total and index == len(report.rows) - 1
        painter.setFont(bold if is_total else body)
        for position, column in enumerate(report.columns):
            if column.attribute == "label":
                text = report.label(index, row)
                align = Qt.AlignmentFlag.AlignLeft
            else:
                text = shown(getattr(row, column.attribute, None), column.kind, report.currency)
                align = Qt.AlignmentFlag.AlignRight
            painter.drawText(
                QRectF(lefts[position] + 2, y, widths[position] - 4, row_height),
                int(align | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
        y += row_height
    painter.setFont(body)
    footer = QCoreApplication.translate(
        "KpiExport",
        "Reachability: files with a right-party call / files attempted. Effectiveness: files "
        "with a plan, a promise or already paid on a right-party call / files reached. "
        "References: 60 % and 73 % (family-benefit network).",
    )
    if y + line * 3 > height:
        new_page()
        y = 0.0
    painter.drawText(QRectF(0, y + line, width, line * 3), Qt.TextFlag.TextWordWrap, footer)
