"""Report tables and their two file forms: CSV (French conventions) and XLSX (real cell types).

A `Table` is a title, typed columns and an iterator of rows (streamed: a month of calls is
never held in memory). CSV files are UTF-8 with a BOM, ";"-separated, decimal comma, dates
dd/mm/yyyy, so that a French spreadsheet opens them as they are and our own import reads them
back. XLSX cells carry their type: dates and times as dates, amounts as numbers shown with two
decimals, counts as integers; openpyxl's write-only mode streams the rows to disk.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

TEXT, INT, MONEY, RATE, DAY, MOMENT = "text", "int", "money", "rate", "date", "datetime"
XLSX_FORMATS = {
    MONEY: "#,##0.00",
    RATE: "0.00%",
    DAY: "DD/MM/YYYY",
    MOMENT: "DD/MM/YYYY HH:MM:SS",
    INT: "0",
}
WIDTHS = {TEXT: 22, INT: 10, MONEY: 14, RATE: 10, DAY: 12, MOMENT: 20}


@dataclass(frozen=True)
class Column:
    name: str  # stable English header (the creditor maps it once)
    type: str = TEXT


@dataclass
class Table:
    name: str  # file / sheet name: "agreed", "paid", ...
    title: str  # sheet title (French, as the creditor reads it)
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]


def csv_text(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == MONEY:
        return f"{Decimal(value):.2f}".replace(".", ",")
    if kind == RATE:
        return f"{Decimal(value):.4f}".replace(".", ",")
    if kind == MOMENT and isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M:%S")
    if kind == DAY and isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, bool):
        return "oui" if value else "non"
    return str(getattr(value, "value", value))


def write_csv(table: Table, path: Path) -> int:
    """Write one table; returns the number of data rows."""
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
        writer.writerow([column.name for column in table.columns])
        kinds = [column.type for column in table.columns]
        for row in table.rows:
            writer.writerow([csv_text(v, k) for v, k in zip(row, kinds, strict=True)])
            count += 1
    return count


def xlsx_value(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind in (MONEY, RATE):
        return Decimal(value)
    if kind == MOMENT and isinstance(value, datetime):
        return value.replace(tzinfo=None)  # already in the organisation's local time
    if kind == INT:
        return int(value)
    if isinstance(value, bool):
        return "oui" if value else "non"
    if kind == TEXT:
        return str(getattr(value, "value", value))
    return value


def write_xlsx(tables: Sequence[Table], path: Path) -> dict[str, int]:
    """One workbook, one sheet per table; returns the row count of each."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    counts: dict[str, int] = {}
    bold = Font(bold=True)
    for table in tables:
        sheet = book.create_sheet(title=table.title[:31])
        for index, column in enumerate(table.columns, 1):
            sheet.column_dimensions[get_column_letter(index)].width = WIDTHS[column.type]
        sheet.freeze_panes = "A2"
        header = []
        for column in table.columns:
            cell = WriteOnlyCell(sheet, value=column.name)
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        count = 0
        for row in table.rows:
            cells = []
            for value, column in zip(row, table.columns, strict=True):
                cell = WriteOnlyCell(sheet, value=xlsx_value(value, column.type))
                if column.type in XLSX_FORMATS:
                    cell.number_format = XLSX_FORMATS[column.type]
                cells.append(cell)
            sheet.append(cells)
            count += 1
        counts[table.name] = count
    book.save(path)
    return counts
