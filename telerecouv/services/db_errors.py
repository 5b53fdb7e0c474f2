"""Turning driver failures into the KnownErrors the workspace acts on.

A dead PostgreSQL server or an unreadable SQLite file must reach the caller as
`DatabaseUnreachable` (the outbox keeps the call), a busy SQLite file as `DatabaseLocked`;
anything else stays a bug.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from telerecouv.store.errors import classify

__all__ = ["known_db_errors"]


@contextmanager
def known_db_errors(sessions: sessionmaker[Session]) -> Iterator[None]:
    try:
        yield
    except (sa_exc.OperationalError, sa_exc.InterfaceError) as exc:
        known = classify(exc, _url(sessions))
        if known is None:
            raise
        raise known from exc


def _url(sessions: sessionmaker[Session]) -> str:
    bind = sessions.kw.get("bind")
    url = getattr(bind, "url", None)
    # str(URL) hides the password.
    return str(url) if url is not None else "(unknown database)"
