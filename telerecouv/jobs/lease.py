"""The single-runner guarantee: a lease row (runner_leases) that one holder renews.

Works the same on SQLite and PostgreSQL (no advisory lock needed): taking the lease is one
conditional UPDATE (free, expired, or already ours), then an INSERT when the row does not
exist yet; a concurrent taker loses on the row lock (PostgreSQL re-checks the condition
after the winner commits) or on the primary key, and gets False. A holder that dies stops
renewing; another one takes over once `expires_at` has passed.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, exc, insert, or_, update
from sqlalchemy.orm import Session, sessionmaker

from telerecouv.store.engine import write_transaction
from telerecouv.store.models import RunnerLease

SHARED_JOBS_LEASE = "shared-jobs"


def acquire(
    sessions: sessionmaker[Session], name: str, holder: str, ttl: timedelta, now: datetime
) -> bool:
    """Take or renew the lease `name` for `holder` until now + ttl; False if someone else
    holds it."""
    expires = now + ttl
    try:
        with write_transaction(sessions) as session:
            result: Any = session.execute(
                update(RunnerLease)
                .where(
                    RunnerLease.name == name,
                    or_(RunnerLease.holder == holder, RunnerLease.expires_at <= now),
                )
                .values(holder=holder, expires_at=expires)
                .execution_options(synchronize_session=False)
            )
            if result.rowcount == 1:
                return True
            if session.get(RunnerLease, name) is not None:
                return False
            session.execute(
                insert(RunnerLease).values(name=name, holder=holder, expires_at=expires)
            )
        return True
    except exc.IntegrityError:
        return False


def release(sessions: sessionmaker[Session], name: str, holder: str) -> None:
    """Give the lease back (at a clean stop) so that another runner takes over at once."""
    with write_transaction(sessions) as session:
        session.execute(
            delete(RunnerLease).where(RunnerLease.name == name, RunnerLease.holder == holder)
        )


def holder_of(sessions: sessionmaker[Session], name: str, now: datetime) -> str | None:
    with sessions() as session:
        lease = session.get(RunnerLease, name)
        if lease is None or lease.expires_at <= now:
            return None
        return lease.holder
