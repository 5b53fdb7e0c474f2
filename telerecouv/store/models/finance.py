"""Payment plans and instalments, promises, payments and their allocation, relief."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from telerecouv.domain.enums import (
    InstalmentStatus,
    PaymentMeans,
    PlanStatus,
    PromiseStatus,
    ReliefRoute,
    ReliefStatus,
    Stage,
)
from telerecouv.store.models.base import Base, Timestamped
from telerecouv.store.types import Money, Rate, StrEnumType, utcnow


class PaymentPlan(Timestamped, Base):
    """An "échéancier": monthly instalments over one or more claims of a debtor."""

    __tablename__ = "payment_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    debtor_id: Mapped[int] = mapped_column(ForeignKey("debtors.id", ondelete="CASCADE"))
    call_id: Mapped[int | None] = mapped_column(ForeignKey("call_attempts.id", ondelete="SET NULL"))
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    status: Mapped[PlanStatus] = mapped_column(StrEnumType(PlanStatus))
    total: Mapped[Decimal] = mapped_column(Money())
    months: Mapped[int]
    instalment_amount: Mapped[Decimal] = mapped_column(Money())
    first_due_on: Mapped[date]
    means: Mapped[PaymentMeans] = mapped_column(StrEnumType(PaymentMeans))
    iban: Mapped[str | None] = mapped_column(String(34))
    justification: Mapped[str | None] = mapped_column(Text)
    needs_approval: Mapped[bool] = mapped_column(default=False)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    decided_at: Mapped[datetime | None]
    decision_reason: Mapped[str | None] = mapped_column(Text)

    instalments: Mapped[list[Instalment]] = relationship(order_by="Instalment.number")

    __table_args__ = (
        Index(None, "debtor_id", "status"),
        Index(None, "status", "needs_approval"),
        Index(None, "call_id"),
        CheckConstraint("months >= 1", name="months_positive"),
        CheckConstraint("total > 0", name="total_positive"),
    )


class PlanClaim(Base):
    """Which claims a plan covers, and for how much of each."""

    __tablename__ = "plan_claims"

    plan_id: Mapped[int] = mapped_column(
        ForeignKey("payment_plans.id", ondelete="CASCADE"), primary_key=True
    )
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), primary_key=True)
    amount: Mapped[Decimal] = mapped_column(Money())
    # The claim's stage when the plan broke: given back if a payment that arrives later
    # shows the instalment was paid in time after all.
    stage_before_break: Mapped[Stage | None] = mapped_column(StrEnumType(Stage))

    # Payment matching looks a claim's plans up by claim (the key starts with the plan).
    __table_args__ = (Index(None, "claim_id"),)


class Instalment(Base):
    __tablename__ = "instalments"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("payment_plans.id", ondelete="CASCADE"))
    number: Mapped[int]
    due_on: Mapped[date]
    amount: Mapped[Decimal] = mapped_column(Money())
    paid_amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    status: Mapped[InstalmentStatus] = mapped_column(
        StrEnumType(InstalmentStatus), default=InstalmentStatus.DUE
    )
    paid_on: Mapped[date | None]

    __table_args__ = (
        UniqueConstraint("plan_id", "number"),
        Index(None, "status", "due_on"),
        CheckConstraint("amount > 0", name="amount_positive"),
    )


class Promise(Timestamped, Base):
    """A one-off payment promised for a date."""

    __tablename__ = "promises"

    id: Mapped[int] = mapped_column(primary_key=True)
    debtor_id: Mapped[int] = mapped_column(ForeignKey("debtors.id", ondelete="CASCADE"))
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id", ondelete="SET NULL"))
    call_id: Mapped[int | None] = mapped_column(ForeignKey("call_attempts.id", ondelete="SET NULL"))
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    amount: Mapped[Decimal] = mapped_column(Money())
    due_on: Mapped[date]
    paid_amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    status: Mapped[PromiseStatus] = mapped_column(
        StrEnumType(PromiseStatus), default=PromiseStatus.PENDING
    )
    # Who broke it: "sweep" (grace days over without enough paid) or "late_payment" (paid
    # enough, but after the grace days). Only a sweep break is undone when a payment made in
    # time is imported afterwards. Unknown (broken before migration 0008): never undone.
    broken_by: Mapped[str | None] = mapped_column(String(16))
    # The stage of its claim when it broke, given back if it turns out kept after all.
    stage_before_break: Mapped[Stage | None] = mapped_column(StrEnumType(Stage))
    # A promise on no claim in particular: the stage of each claim it put at BROKEN_PROMISE
    # ({claim id: stage}).
    stages_before_break: Mapped[dict[str, str | None] | None] = mapped_column(JSON())

    __table_args__ = (
        Index(None, "status", "due_on"),
        Index(None, "debtor_id"),
        Index(None, "call_id"),
        CheckConstraint("amount > 0", name="amount_positive"),
    )


class Payment(Base):
    """Money received, imported from the creditor's accounting."""

    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    external_id: Mapped[str] = mapped_column(String(64))
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"))
    amount: Mapped[Decimal] = mapped_column(Money())
    paid_on: Mapped[date]
    means: Mapped[PaymentMeans | None] = mapped_column(StrEnumType(PaymentMeans))
    matched_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        UniqueConstraint("organisation_id", "external_id"),
        Index(None, "claim_id", "paid_on"),
        Index(None, "paid_on"),
        Index(None, "matched_at"),
    )


class PaymentAllocation(Base):
    """The share of a payment that went to an instalment or a promise."""

    __tablename__ = "payment_allocations"

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payments.id", ondelete="CASCADE"))
    instalment_id: Mapped[int | None] = mapped_column(
        ForeignKey("instalments.id", ondelete="CASCADE")
    )
    promise_id: Mapped[int | None] = mapped_column(ForeignKey("promises.id", ondelete="CASCADE"))
    amount: Mapped[Decimal] = mapped_column(Money())

    __table_args__ = (
        Index(None, "payment_id"),
        CheckConstraint("(instalment_id IS NULL) <> (promise_id IS NULL)", name="one_target"),
    )


class ReliefRequest(Timestamped, Base):
    """A debt-relief request, made by the debtor, routed by the balance (never decided here)."""

    __tablename__ = "relief_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    debtor_id: Mapped[int] = mapped_column(ForeignKey("debtors.id", ondelete="CASCADE"))
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"))
    call_id: Mapped[int | None] = mapped_column(ForeignKey("call_attempts.id", ondelete="SET NULL"))
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    requested_on: Mapped[date]
    balance: Mapped[Decimal] = mapped_column(Money())
    threshold: Mapped[Decimal] = mapped_column(Money())
    route: Mapped[ReliefRoute] = mapped_column(StrEnumType(ReliefRoute))
    suggested_rate: Mapped[Decimal | None] = mapped_column(Rate())
    status: Mapped[ReliefStatus] = mapped_column(
        StrEnumType(ReliefStatus), default=ReliefStatus.REQUESTED
    )
    reason: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index(None, "requested_on"),)
