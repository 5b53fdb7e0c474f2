"""Opening the configured database: connect, check the schema, migrate, report clearly."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from telerecouv.config import mask_url
from telerecouv.store import migrate
from telerecouv.store.engine import make_engine, make_session_factory
from telerecouv.store.errors import DatabaseNotReady, DatabaseUnreachable, KnownError, classify, msg

log = logging.getLogger(__name__)


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def display_url(self) -> str:
        return mask_url(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str, *, migrate_schema: bool = True) -> Database:
    """Connect and bring the schema up to date; a KnownError says what to do otherwise."""
    try:
        engine = make_engine(url)
    except Exception as exc:  # noqa: BLE001 - a bad URL or a missing driver
        raise DatabaseUnreachable(
            msg(
                "Cannot use the database URL {url}: {error_type}.",
                url=mask_url(url),
                error_type=type(exc).__name__,
            ),
            msg("Check the URL in the settings or in TELERECOUV_DATABASE_URL."),
        ) from None
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        if migrate_schema:
            backup = migrate.upgrade(engine)
            if backup:
                log.info("schema upgraded; previous database kept in %s", backup)
        else:
            _check_current(engine)
    except KnownError:
        engine.dispose()
        raise
    except sa_exc.SQLAlchemyError as exc:
        engine.dispose()
        known = classify(exc, url)
        if known is not None:
            raise known from None
        raise
    log.info("database %s ready", mask_url(url))
    return Database(url=url, engine=engine, sessions=make_session_factory(engine))


def _check_current(engine: Engine) -> None:
    current = migrate.current_revision(engine)
    migrate._check_known(current)
    if current != migrate.head_revision():
        raise DatabaseNotReady(
            msg(
                "The database schema is at {current}, not {head}.",
                current=current or msg("nothing"),
                head=migrate.head_revision(),
            ),
            msg("Run 'telerecouv db upgrade'."),
        )
