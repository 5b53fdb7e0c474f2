"""Claims, the defaults that move them between stages, letters."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from telerecouv.domain.enums import (
    ClaimStatus,
    ExclusionReason,
    Origin,
    Phase,
    Procedure,
    Responsibility,
    Stage,
)
from telerecouv.store.models.base import Base, Timestamped
from telerecouv.store.models.parties import Debtor
from telerecouv.store.types import Money, StrEnumType, utcnow


class Claim(Timestamped, Base):
    """An amount owed ("créance" / "indu"), with its current failure stage."""

    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    debtor_id: Mapped[int] = mapped_column(ForeignKey("debtors.id"))
    external_id: Mapped[str] = mapped_column(String(64))
    origin: Mapped[Origin] = mapped_column(StrEnumType(Origin))
    # Reference and date of the notification letter, restated at every contact (R124-4).
    notification_ref: Mapped[str | None] = mapped_column(String(64))
    notified_on: Mapped[date | None]
    initial_amount: Mapped[Decimal] = mapped_column(Money())
    balance: Mapped[Decimal] = mapped_column(Money())
    # The balance as the creditor's last file stated it: a re-import compares the file with
    # it (not with `balance`, which the payments matched since have lowered). None: unknown.
    imported_balance: Mapped[Decimal | None] = mapped_column(Money())
    responsibility: Mapped[Responsibility] = mapped_column(StrEnumType(Responsibility))
    fraud: Mapped[bool] = mapped_column(default=False)
    procedure: Mapped[Procedure] = mapped_column(StrEnumType(Procedure), default=Procedure.NONE)
    phase: Mapped[Phase] = mapped_column(StrEnumType(Phase), default=Phase.AMICABLE)
    status: Mapped[ClaimStatus] = mapped_column(StrEnumType(ClaimStatus), default=ClaimStatus.OPEN)
    stage: Mapped[Stage | None] = mapped_column(StrEnumType(Stage))
    stage_since: Mapped[date | None]
    formal_notice_due_on: Mapped[date | None]
    limitation_on: Mapped[date | None]
    exclusion_reason: Mapped[ExclusionReason | None] = mapped_column(StrEnumType(ExclusionReason))

    debtor: Mapped[Debtor] = relationship()

    __table_args__ = (
        UniqueConstraint("organisation_id", "external_id"),
        Index(None, "debtor_id", "status"),
        Index(None, "status", "stage"),
        Index(None, "limitation_on"),
        CheckConstraint("balance >= 0", name="balance_not_negative"),
        CheckConstraint("initial_amount >= 0", name="initial_amount_not_negative"),
    )


class Default(Base):
    """A missed payment ("défaillance"): each one moves its claim to a stage."""

    __tablename__ = "defaults"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"))
    stage: Mapped[Stage] = mapped_column(StrEnumType(Stage))
    occurred_on: Mapped[date]
    formal_notice_due_on: Mapped[date | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (UniqueConstraint("claim_id", "stage", "occurred_on"),)


class Letter(Base):
    """A letter produced for a file: plan confirmation, formal notice, reminder."""

    __tablename__ = "letters"

    id: Mapped[int] = mapped_column(primary_key=True)
    debtor_id: Mapped[int] = mapped_column(ForeignKey("debtors.id", ondelete="CASCADE"))
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id", ondelete="SET NULL"))
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("payment_plans.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(32))  # plan_confirmation, formal_notice, reminder
    reference: Mapped[str | None] = mapped_column(String(64))
    path: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]

    __table_args__ = (Index(None, "debtor_id", "created_at"),)
