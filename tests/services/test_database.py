"""Bad databases get a clear message, never a traceback, and nothing is written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from telerecouv.services.database import open_database
from telerecouv.store.engine import make_engine
from telerecouv.store.errors import DatabaseLocked, DatabaseUnreachable, SchemaTooNew


def test_unreachable_server_message_hides_the_password() -> None:
    with pytest.raises(DatabaseUnreachable) as caught:
        open_database("postgresql+psycopg://clerk:Sup3rS3cret@127.0.0.1:1/recouv")
    message = str(caught.value)
    assert "Sup3rS3cret" not in message
    assert "127.0.0.1:1" in message and "***" in message


def test_schema_newer_than_the_code_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    db = open_database(f"sqlite:///{path}")
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.dispose()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNew) as caught:
        open_database(f"sqlite:///{path}")
    assert "newer" in str(caught.value)
    assert not list(tmp_path.glob("*.backup-*"))
    engine = make_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        assert connection.scalar(text("SELECT version_num FROM alembic_version")) == "9999_future"
    engine.dispose()
    assert path.read_bytes()[:100] == before[:100]


def test_locked_sqlite_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import telerecouv.store.engine as engine_module

    monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_MS", 100)
    path = tmp_path / "locked.sqlite3"
    holder = sqlite3.connect(path, timeout=0.1, isolation_level=None)
    holder.execute("PRAGMA journal_mode=WAL")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("CREATE TABLE squatter (id INTEGER)")
    try:
        with pytest.raises(DatabaseLocked) as caught:
            open_database(f"sqlite:///{path}")
        assert "locked" in str(caught.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_unwritable_location_is_reported(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnreachable):
        open_database(f"sqlite:///{tmp_path / 'missing-dir' / 'x.sqlite3'}")
