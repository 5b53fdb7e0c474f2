"""Bulk SQL on one connection, the same for SQLite and PostgreSQL.

The import writes through the DBAPI cursor: `executemany` on SQLite, `COPY ... FROM STDIN`
(psycopg's `cursor.copy`) on PostgreSQL, bulk lookups with one bound list
(`json_each` / `unnest`). Values are encoded the way the ORM column types store them (money as
integer cents, dates as ISO text on SQLite, UTC times), so ORM reads see exactly what an ORM
write would have stored.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from enum import Enum
from time import perf_counter
from typing import Any

from sqlalchemy import Connection


class Bulk:
    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.pg = connection.dialect.name == "postgresql"
        self.raw: Any = connection.connection.dbapi_connection
        self._next_id: dict[str, int] = {}
        self._sequences: dict[str, str] = {}
        self.floors: dict[str, int] = {}
        self.seconds = 0.0  # spent in the database's calls (the import's report shows it)

    # -- statements -------------------------------------------------------------------------
    def sql(self, statement: str) -> str:
        return statement.replace("?", "%s") if self.pg else statement

    def fetch(self, statement: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        started = perf_counter()
        cursor = self.raw.cursor()
        try:
            cursor.execute(self.sql(statement), tuple(params))
            return [tuple(row) for row in cursor.fetchall()]
        finally:
            cursor.close()
            self.seconds += perf_counter() - started

    def run(self, statement: str, params: Sequence[Any] = ()) -> int:
        started = perf_counter()
        cursor = self.raw.cursor()
        try:
            cursor.execute(self.sql(statement), tuple(params))
            return int(cursor.rowcount or 0)
        finally:
            cursor.close()
            self.seconds += perf_counter() - started

    def many(self, statement: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        started = perf_counter()
        cursor = self.raw.cursor()
        try:
            cursor.executemany(self.sql(statement), rows)
        finally:
            cursor.close()
            self.seconds += perf_counter() - started

    def insert(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Insert many rows: COPY on PostgreSQL, executemany on SQLite."""
        if not rows:
            return
        names = ", ".join(columns)
        if self.pg:
            started = perf_counter()
            cursor = self.raw.cursor()
            try:
                with cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            finally:
                cursor.close()
                self.seconds += perf_counter() - started
            return
        marks = ", ".join("?" * len(columns))
        self.many(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)

    def any_of(self, column: str, values: Iterable[Any]) -> tuple[str, Any]:
        """A condition "column is one of values" with its single parameter (ids on PostgreSQL)."""
        items = list(values)
        if self.pg:  # not "= ANY(?)": without statistics that may test every row against all
            return f"{column} IN (SELECT unnest(CAST(? AS bigint[])))", items
        return f"{column} IN (SELECT value FROM json_each(?))", json.dumps(items)

    # -- ids ----------------------------------------------------------------------------------
    def floor(self, table: str) -> int:
        """The largest id before this import: rows above it were inserted by the import."""
        if table not in self.floors:
            self.floors[table] = int(self.fetch(f"SELECT COALESCE(MAX(id), 0) FROM {table}")[0][0])
        return self.floors[table]

    def allocate_ids(self, table: str, count: int) -> list[int]:
        """Primary keys for `count` new rows (the caller inserts them explicitly)."""
        if count == 0:
            return []
        if self.pg:
            sequence = self._sequence(table)
            rows = self.fetch("SELECT nextval(?) FROM generate_series(1, ?)", (sequence, count))
            return [int(row[0]) for row in rows]
        start = self._next_id.get(table)
        if start is None:
            start = self.floor(table) + 1
        self._next_id[table] = start + count
        return list(range(start, start + count))

    def _sequence(self, table: str) -> str:
        if table not in self._sequences:
            sequence = str(self.fetch("SELECT pg_get_serial_sequence(?, 'id')", (table,))[0][0])
            # Rows inserted with explicit ids (bulk loads) may have left the sequence behind.
            highest = self.floor(table)
            last, called = self.fetch(f"SELECT last_value, is_called FROM {sequence}")[0]
            if (int(last) + 1 if called else int(last)) <= highest:
                self.fetch("SELECT setval(?, ?)", (sequence, highest))
            self._sequences[table] = sequence
        return self._sequences[table]

    # -- values as stored ----------------------------------------------------------------------
    def day(self, value: date | None) -> Any:
        if value is None or self.pg:
            return value
        return value.isoformat()

    def moment(self, value: datetime | None) -> Any:
        if value is None:
            return None
        utc = value.astimezone(UTC)
        if self.pg:
            return utc
        return (
            f"{utc.year:04d}-{utc.month:02d}-{utc.day:02d} "
            f"{utc.hour:02d}:{utc.minute:02d}:{utc.second:02d}.{utc.microsecond:06d}"
        )

    def flag(self, value: bool) -> Any:
        return bool(value) if self.pg else int(bool(value))

    @staticmethod
    def code(value: Enum | str | None) -> str | None:
        if value is None:
            return None
        return value.value if isinstance(value, Enum) else value

    def read_flag(self, value: Any) -> bool:
        return bool(value)

    def read_day(self, value: Any) -> date | None:
        if value is None or isinstance(value, date):
            return value
        return date.fromisoformat(str(value))
