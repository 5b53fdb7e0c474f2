"""Bulk SQL on one connection, the same for SQLite and PostgreSQL.

The import writes through the DBAPI cursor: `executemany` on SQLite, `COPY ... FROM STDIN`
(psycopg's `cursor.copy`) on PostgreSQL, bulk lookups with one bound list
(`json_each` / `unnest`). Values are encoded the way the ORM column types store them (money as
integer cents, dates as ISO text on SQLite, UTC times), so ORM reads see exactly what an ORM
write would have stored.

On PostgreSQL a COPY is not waited for: its data and end are sent, and the server inserts the
rows, updates the indexes and checks the foreign keys while Python parses the next chunk. Its
result is read (and its error raised) before the connection is used again: by any Bulk
statement, and through SQLAlchemy events before any other statement, commit, rollback or
savepoint on the same connection (`settle`).
"""

from __future__ import annotations

import json
import select
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from enum import Enum
from time import perf_counter
from typing import Any

from psycopg.copy import LibpqWriter
from psycopg.errors import error_from_result
from psycopg.pq import ExecStatus
from sqlalchemy import Connection, event

# SQLAlchemy events after which the connection is used: a pending COPY is settled first.
_SETTLE_BEFORE = (
    "before_cursor_execute", "commit", "rollback", "savepoint", "rollback_savepoint",
    "release_savepoint", "begin_twophase", "prepare_twophase",
)  # fmt: skip


class _DeferredWriter(LibpqWriter):
    """A psycopg COPY writer whose end does not wait for the server (see `Bulk.settle`)."""

    def finish(self, exc: BaseException | None = None) -> None:
        if exc is not None:
            super().finish(exc)  # cancelled: psycopg waits for the server's answer
            return
        pgconn = self.connection.pgconn
        while pgconn.put_copy_end(None) == 0:
            select.select([], [pgconn.socket], [])
        while pgconn.flush() != 0:  # everything sent; the result stays to be read
            select.select([], [pgconn.socket], [])


class Bulk:
    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.pg = connection.dialect.name == "postgresql"
        self.raw: Any = connection.connection.dbapi_connection
        self._next_id: dict[str, int] = {}
        self._sequences: dict[str, str] = {}
        self._column_types: dict[str, dict[str, int]] = {}
        self.floors: dict[str, int] = {}
        self.seconds = 0.0  # spent in the database's calls (the import's report shows it)
        self._pending_copy = False
        self._listening = False

    # -- a COPY left running ------------------------------------------------------------------
    def settle(self, *_: Any, raise_error: bool = True) -> None:
        """Read the result of the COPY sent last, raising its error (if any)."""
        if not self._pending_copy:
            return
        self._pending_copy = False
        pgconn = self.raw.pgconn
        failed: Any = None
        while True:
            pgconn.consume_input()
            while pgconn.is_busy():
                select.select([pgconn.socket], [], [])
                pgconn.consume_input()
            result = pgconn.get_result()
            if result is None:
                break
            if failed is None and result.status != ExecStatus.COMMAND_OK:
                failed = result
        if failed is not None and raise_error:
            raise error_from_result(failed, encoding=self.raw.info.encoding)

    def _settle_quietly(self, *_: Any) -> None:
        self.settle(raise_error=False)  # the transaction is rolled back anyway

    def _listen(self) -> None:
        """Settle before SQLAlchemy uses the connection (other code shares it)."""
        if self._listening:
            return
        self._listening = True
        for name in _SETTLE_BEFORE:
            quiet = name in ("rollback", "rollback_savepoint")
            event.listen(self.connection, name, self._settle_quietly if quiet else self.settle)

    # -- statements -------------------------------------------------------------------------
    def sql(self, statement: str) -> str:
        return statement.replace("?", "%s") if self.pg else statement

    @contextmanager
    def _cursor(self) -> Iterator[Any]:
        """A cursor on the connection once a pending COPY is settled; the time is counted."""
        started = perf_counter()
        try:
            self.settle()
            cursor = self.raw.cursor()
            try:
                yield cursor
            finally:
                cursor.close()
        finally:
            self.seconds += perf_counter() - started

    def fetch(self, statement: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._cursor() as cursor:
            cursor.execute(self.sql(statement), tuple(params))
            return [tuple(row) for row in cursor.fetchall()]

    def run(self, statement: str, params: Sequence[Any] = ()) -> int:
        with self._cursor() as cursor:
            cursor.execute(self.sql(statement), tuple(params))
            return int(cursor.rowcount or 0)

    def many(self, statement: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        with self._cursor() as cursor:
            cursor.executemany(self.sql(statement), rows)

    def insert(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Insert many rows: COPY on PostgreSQL, executemany on SQLite."""
        if not rows:
            return
        names = ", ".join(columns)
        if self.pg:
            # Binary COPY with the columns' types set once: psycopg's C dumpers encode each
            # value for its column (no per-value type lookup, no text the server re-parses),
            # about four times cheaper than text `write_row`. The values are the same as the
            # ORM's: integer cents, dates, aware UTC times, booleans, text.
            types = self.column_types(table)
            oids = [types[name] for name in columns]  # read before the COPY starts
            statement = f"COPY {table} ({names}) FROM STDIN (FORMAT BINARY)"
            with self._cursor() as cursor:
                self._listen()
                with cursor.copy(statement, writer=_DeferredWriter(cursor)) as copy:
                    copy.set_types(oids)
                    for row in rows:
                        copy.write_row(row)
                self._pending_copy = True  # sent and ended: its result is read by `settle`
            return
        marks = ", ".join("?" * len(columns))
        self.many(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)

    def column_types(self, table: str) -> dict[str, int]:
        """Type OIDs of a PostgreSQL table's columns (binary COPY needs the exact types)."""
        if table not in self._column_types:
            rows = self.fetch(
                "SELECT attname, atttypid FROM pg_attribute WHERE attrelid = CAST(? AS regclass) "
                "AND attnum > 0 AND NOT attisdropped",
                (table,),
            )
            self._column_types[table] = {str(name): int(oid) for name, oid in rows}
        return self._column_types[table]

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
