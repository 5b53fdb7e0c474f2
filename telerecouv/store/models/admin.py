"""Organisations and their dated settings, users, teams, settings, audit log."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from telerecouv.domain.enums import Responsibility, Role
from telerecouv.store.models.base import Base, Timestamped
from telerecouv.store.types import Money, Rate, StrEnumType, utcnow

# Default calling hours (SPEC.md §3.4): Monday-Friday 09:00-12:30 and 13:30-19:00.
DEFAULT_CALLING_HOURS: dict[str, Any] = {
    str(day): [["09:00", "12:30"], ["13:30", "19:00"]] for day in range(5)
}


class Organisation(Timestamped, Base):
    """A creditor body (or the outsourced firm's client) whose files we work."""

    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    region: Mapped[str] = mapped_column(String(2), default="FR")  # phone-number region
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Paris")
    calling_hours: Mapped[dict[str, Any]] = mapped_column(
        default=lambda: dict(DEFAULT_CALLING_HOURS)
    )
    daily_attempt_cap: Mapped[int] = mapped_column(default=3)
    weekly_attempt_cap: Mapped[int] = mapped_column(default=7)
    quiet_days_after_contact: Mapped[int] = mapped_column(default=7)
    limitation_years: Mapped[int] = mapped_column(default=2)
    limitation_years_fraud: Mapped[int] = mapped_column(default=5)
    outsourced: Mapped[bool] = mapped_column(default=False)
    fee_rate: Mapped[Decimal] = mapped_column(Rate(), default=Decimal("0.0300"))
    fee_cap: Mapped[Decimal | None] = mapped_column(Money())
    promise_kept_threshold: Mapped[Decimal] = mapped_column(Rate(), default=Decimal("0.9500"))
    promise_grace_days: Mapped[int] = mapped_column(default=3)
    minimum_instalment: Mapped[Decimal] = mapped_column(Money(), default=Decimal("15.00"))

    bmaf_rates: Mapped[list[BmafRate]] = relationship(
        back_populates="organisation", order_by="BmafRate.effective_from"
    )

    __table_args__ = (
        CheckConstraint("daily_attempt_cap >= 0", name="daily_cap_positive"),
        CheckConstraint("weekly_attempt_cap >= daily_attempt_cap", name="weekly_cap_ge_daily"),
    )


class BmafRate(Base):
    """Monthly family-benefit base (BMAF), a dated setting used by relief routing."""

    __tablename__ = "bmaf_rates"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"))
    effective_from: Mapped[date]
    amount: Mapped[Decimal] = mapped_column(Money())

    organisation: Mapped[Organisation] = relationship(back_populates="bmaf_rates")
    __table_args__ = (UniqueConstraint("organisation_id", "effective_from"),)


class ReliefScaleRow(Base):
    """Local relief scale: household-quotient bracket x responsibility -> suggested rate."""

    __tablename__ = "relief_scale_rows"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"))
    qf_min: Mapped[Decimal] = mapped_column(Money())
    qf_max: Mapped[Decimal | None] = mapped_column(Money())
    responsibility: Mapped[Responsibility] = mapped_column(StrEnumType(Responsibility))
    rate: Mapped[Decimal] = mapped_column(Rate())

    __table_args__ = (
        UniqueConstraint("organisation_id", "responsibility", "qf_min"),
        CheckConstraint("rate >= 0 AND rate <= 10000", name="rate_fraction"),
    )


class Team(Base):
    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    active: Mapped[bool] = mapped_column(default=True)


class User(Timestamped, Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[Role] = mapped_column(StrEnumType(Role))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="SET NULL"))
    active: Mapped[bool] = mapped_column(default=True)
    last_login_at: Mapped[datetime | None]
    failed_logins: Mapped[int] = mapped_column(default=0)


class AppSetting(Base):
    """Database-wide settings the supervisors tune (priority and retry policies...)."""

    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict[str, Any]]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class AuditEntry(Base):
    """Who changed what, when, with the values before and after."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    user_login: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    before: Mapped[dict[str, Any] | None] = mapped_column()
    after: Mapped[dict[str, Any] | None] = mapped_column()
    detail: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index(None, "at"),
        Index(None, "entity", "entity_id"),
        Index(None, "user_id", "at"),
    )


class RunnerLease(Base):
    """Single-runner guarantee for shared scheduled jobs in central mode."""

    __tablename__ = "runner_leases"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200))
    expires_at: Mapped[datetime]
