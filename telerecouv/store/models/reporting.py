"""Pre-computed KPI figures (roll-ups) of calendar days, weeks and months, per cut."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from telerecouv.store.models.base import Base


class KpiRollup(Base):
    """The call figures of one period (a local day, a week from Monday, a month) for one
    value of one cut (total, agent, team, stage, queue, organisation). Distinct-file counts
    are not additive, so each period kind is stored, not only days."""

    __tablename__ = "kpi_rollups"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # day, week, month, weekpart (a clipped week)
    period_start: Mapped[date]
    cut: Mapped[str] = mapped_column(String(16))
    cut_value: Mapped[str] = mapped_column(String(64))  # "total", an id, a stage, "-"
    files_attempted: Mapped[int]
    files_reached: Mapped[int]
    files_effective: Mapped[int]
    calls: Mapped[int]
    right_party_calls: Mapped[int]
    handle_ms: Mapped[int] = mapped_column(BigInteger)
    ended_calls: Mapped[int]
    agent_ms: Mapped[int] = mapped_column(BigInteger)
    notices_avoided: Mapped[int]
    computed_at: Mapped[datetime]

    __table_args__ = (UniqueConstraint("kind", "period_start", "cut", "cut_value"),)
