"""Every revision walks up and down on both databases, and the models match the schema."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from telerecouv.store import migrate
from telerecouv.store.engine import make_engine
from telerecouv.store.models import Base


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    return str(request.getfixturevalue("fresh_pg_database"))


def test_every_revision_up_and_down(empty_url: str) -> None:
    engine = make_engine(empty_url)
    revisions = _revisions()
    assert revisions, "no migration found"
    for revision in revisions:
        migrate.upgrade(engine, revision)
        assert migrate.current_revision(engine) == revision
    for previous in [*reversed(revisions[:-1]), "base"]:
        migrate.downgrade(engine, previous if previous != "base" else "base")
        expected = None if previous == "base" else previous
        assert migrate.current_revision(engine) == expected
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    engine.dispose()


def test_models_match_migrated_schema(empty_url: str) -> None:
    engine = make_engine(empty_url)
    migrate.upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert diff == [], f"models and migrations differ: {diff}"


def test_sqlite_is_backed_up_before_an_upgrade(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'base.sqlite3'}"
    engine = make_engine(url)
    revisions = _revisions()
    migrate.upgrade(engine)
    if len(revisions) < 2:
        # With a single revision, walk back one step to have something to upgrade from.
        migrate.downgrade(engine, "base")
        migrate.upgrade(engine)
        assert not list(tmp_path.glob("*.backup-*"))  # from nothing: nothing to keep
        migrate.downgrade(engine, "base")
        engine.dispose()
        return
    migrate.downgrade(engine, revisions[-2])
    backup = migrate.upgrade(engine)
    assert backup is not None and Path(backup).exists()
    engine.dispose()
