"""Money stays exact to the cent and times come back in UTC, on both databases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import StatementError

from telerecouv.services.database import Database
from telerecouv.store.models import AuditEntry, Organisation


def test_money_is_exact_and_sums_to_the_cent(database: Database) -> None:
    with database.sessions.begin() as session:
        for i, cap in enumerate(("0.10", "0.20", "1234567.89")):
            session.add(Organisation(code=f"O{i}", name="x", fee_cap=Decimal(cap)))
    with database.sessions() as session:
        total = session.scalar(select(func.sum(Organisation.fee_cap)))
        caps = session.scalars(select(Organisation.fee_cap).order_by(Organisation.code)).all()
    assert total == Decimal("1234568.19")
    assert caps == [Decimal("0.10"), Decimal("0.20"), Decimal("1234567.89")]
    assert all(isinstance(c, Decimal) for c in caps)


def test_float_money_and_sub_cent_amounts_are_refused(database: Database) -> None:
    for bad in (0.1, Decimal("0.001")):
        with pytest.raises(StatementError), database.sessions.begin() as session:
            session.add(Organisation(code="F", name="x", fee_cap=bad))
            session.flush()
    with database.sessions() as session:
        assert session.scalar(select(func.count(Organisation.id))) == 0


def test_times_are_stored_in_utc_and_naive_ones_refused(database: Database) -> None:
    paris_summer = timezone(timedelta(hours=2))
    local = datetime(2026, 7, 1, 10, 30, tzinfo=paris_summer)
    with database.sessions.begin() as session:
        session.add(AuditEntry(user_login="x", action="a", entity="e", at=local))
    with database.sessions() as session:
        stored = session.scalar(select(AuditEntry.at))
    assert stored == local and stored.tzinfo is not None
    assert stored.utcoffset() == timedelta(0) and stored.hour == 8
    with pytest.raises(StatementError), database.sessions.begin() as session:
        session.add(
            AuditEntry(user_login="x", action="a", entity="e", at=datetime(2026, 7, 1, 10, 30))
        )
        session.flush()
    assert datetime.now(UTC) > stored
