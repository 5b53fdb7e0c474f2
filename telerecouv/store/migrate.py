"""Schema migrations at start-up and from `telerecouv db`.

SQLite: the file is copied (online backup API) before an upgrade. PostgreSQL: the upgrade
runs under an advisory lock, so two workstations starting together cannot both migrate.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

from telerecouv.store.errors import SchemaTooNew

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"
ADVISORY_LOCK_KEY = 0x7E1E_0001  # arbitrary, constant: "telerecouv migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _check_known(revision: str | None) -> None:
    if revision is None:
        return
    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if revision not in known:
        raise SchemaTooNew(
            f"The database schema ({revision}) is newer than this version of telerecouv "
            f"(which knows up to {script.get_current_head()}).",
            "Install the newer version of telerecouv used by your colleagues; nothing was written.",
        )


def backup_sqlite(engine: Engine, label: str) -> Path | None:
    """Copy the SQLite file beside itself before a migration; None for in-memory bases."""
    database = engine.url.database
    if not database or database == ":memory:" or not Path(database).exists():
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = Path(f"{database}.backup-{label}-{stamp}")
    source = sqlite3.connect(database)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    log.info("SQLite database backed up to %s", target)
    return target


def upgrade(engine: Engine, revision: str = "head") -> str | None:
    """Bring the schema up to `revision`; returns the backup file made, if any."""
    current = current_revision(engine)
    _check_known(current)
    target = head_revision() if revision == "head" else revision
    if current == target:
        return None
    backup: Path | None = None
    if engine.dialect.name == "sqlite":
        if current is not None:
            backup = backup_sqlite(engine, current)
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
    else:
        with engine.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:k)"), {"k": ADVISORY_LOCK_KEY})
            try:
                connection.commit()
                # Another workstation may have migrated while we waited for the lock.
                now = MigrationContext.configure(connection).get_current_revision()
                connection.commit()
                _check_known(now)
                if now != target:
                    with connection.begin():
                        command.upgrade(alembic_config(connection), revision)
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": ADVISORY_LOCK_KEY})
                connection.commit()
    return str(backup) if backup else None


def downgrade(engine: Engine, revision: str) -> None:
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), revision)
