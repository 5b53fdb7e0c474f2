"""Engine and session factory for the embedded SQLite file and a central PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

SQLITE_BUSY_TIMEOUT_MS = 5000
# Execution option of a session's connection that makes SQLite begin with BEGIN IMMEDIATE.
WRITE_LOCK = {"sqlite_begin": "IMMEDIATE"}


def make_engine(url: str, *, pool_size: int = 5, echo: bool = False) -> Engine:
    """An engine configured for our two databases.

    SQLite: WAL, foreign keys, a busy timeout, and explicit BEGIN so that a caller can ask
    for `BEGIN IMMEDIATE` with the execution option `sqlite_begin="IMMEDIATE"`
    (pysqlite's own transaction handling would silently defer it).
    """
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            echo=echo,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        _configure_sqlite(engine)
        return engine
    return create_engine(
        url,
        echo=echo,
        pool_pre_ping=True,
        pool_size=pool_size,
        connect_args={"connect_timeout": 5, "application_name": "telerecouv"},
    )


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def write_transaction(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """A transaction that will write: committed at the end of the block, rolled back on an
    exception. Use it for EVERY transaction that writes.

    On SQLite it takes the database's write lock before its first statement (BEGIN
    IMMEDIATE). A DEFERRED transaction that reads and then writes fails at once with
    "database is locked" (SQLITE_BUSY_SNAPSHOT, the busy timeout does not apply) when another
    connection committed since its first read; with the lock taken first it waits its turn
    (busy timeout) instead, and nobody can commit under it. Keep such transactions short:
    every other writer of the file waits for them. On PostgreSQL this is a plain
    transaction (row locks and constraints arbitrate there).
    """
    with sessions.begin() as session:
        session.connection(execution_options=WRITE_LOCK)
        yield session
