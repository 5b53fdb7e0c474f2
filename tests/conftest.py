"""Shared fixtures: a fresh database per test, on SQLite and (when it answers) PostgreSQL."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from sqlalchemy import create_engine, text

from telerecouv.services.database import Database, open_database
from telerecouv.store import migrate
from telerecouv.store.engine import make_engine

PG_ADMIN_URL = os.environ.get(
    "TELERECOUV_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
# One template per test process: several checkouts may run the suite on one server at once.
PG_TEMPLATE = f"telerecouv_test_template_{os.getpid()}"


def _pg_available() -> str | None:
    """None when the server answers, else the reason to skip."""
    try:
        import psycopg

        url = PG_ADMIN_URL.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(url, connect_timeout=2):
            return None
    except Exception as exc:  # noqa: BLE001
        return f"no PostgreSQL server answers at 127.0.0.1:5432 ({type(exc).__name__})"


PG_SKIP_REASON = _pg_available()


def pg_url(database: str) -> str:
    return PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + database


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own data directory and no inherited database URL."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("TELERECOUV_HOME", str(home))
    monkeypatch.delenv("TELERECOUV_DATABASE_URL", raising=False)
    return home


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    if PG_SKIP_REASON:
        pytest.skip(PG_SKIP_REASON)
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{PG_TEMPLATE}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{PG_TEMPLATE}"'))
    engine = make_engine(pg_url(PG_TEMPLATE))
    migrate.upgrade(engine)
    engine.dispose()
    try:
        yield PG_TEMPLATE
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{PG_TEMPLATE}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def fresh_pg_database() -> Iterator[str]:
    """An empty PostgreSQL database (no schema), dropped afterwards; yields its URL."""
    if PG_SKIP_REASON:
        pytest.skip(PG_SKIP_REASON)
    name = f"tr_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield pg_url(name)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """URL of a migrated, empty database of each kind."""
    if request.param == "sqlite":
        path = tmp_path / "test.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    template = request.getfixturevalue("pg_template")
    name = f"tr_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    try:
        yield pg_url(name)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    db = open_database(db_url)
    yield db
    db.dispose()


@pytest.fixture
def sqlite_database(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    """SQLite only, for tests of SQLite-specific behaviour and of the GUI."""
    path = tmp_path / "gui.sqlite3"
    shutil.copy(sqlite_template, path)
    db = open_database(f"sqlite:///{path}")
    yield db
    db.dispose()
