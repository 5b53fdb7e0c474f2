"""Queues, work items (one per debtor file), call attempts and their review."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import Mapped, mapped_column, validates

from telerecouv.domain.enums import (
    CallbackScope,
    CallResult,
    ExclusionReason,
    Reachability,
    Stage,
    WorkItemStatus,
)
from telerecouv.domain.text import fold_or_none
from telerecouv.store.models.base import Base, Timestamped
from telerecouv.store.types import Money, StrEnumType, utcnow


class Queue(Base):
    """The queue of one failure stage for one organisation ("file d'appels")."""

    __tablename__ = "queues"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    stage: Mapped[Stage] = mapped_column(StrEnumType(Stage))
    name: Mapped[str] = mapped_column(String(100))
    paused: Mapped[bool] = mapped_column(default=False)

    __table_args__ = (UniqueConstraint("organisation_id", "stage"),)


# Which agents work which queues; an agent with no row works every queue.
user_queues = Table(
    "user_queues",
    Base.metadata,
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("queue_id", ForeignKey("queues.id", ondelete="CASCADE"), primary_key=True),
)


class WorkItem(Timestamped, Base):
    """A debtor's file waiting in a queue: one per debtor, all their open claims on screen."""

    __tablename__ = "work_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    debtor_id: Mapped[int] = mapped_column(ForeignKey("debtors.id", ondelete="CASCADE"))
    queue_id: Mapped[int | None] = mapped_column(ForeignKey("queues.id"))
    stage: Mapped[Stage | None] = mapped_column(StrEnumType(Stage))
    status: Mapped[WorkItemStatus] = mapped_column(
        StrEnumType(WorkItemStatus), default=WorkItemStatus.QUEUED
    )
    status_reason: Mapped[ExclusionReason | None] = mapped_column(StrEnumType(ExclusionReason))
    status_detail: Mapped[str | None] = mapped_column(String(200))
    # Inputs of the priority score, kept denormalised so claiming needs no join.
    balance_total: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    formal_notice_due_on: Mapped[date | None]
    limitation_on: Mapped[date | None]
    default_since: Mapped[date | None]
    attempts: Mapped[int] = mapped_column(default=0)
    manual_priority: Mapped[int] = mapped_column(default=0)  # "move to top" by a supervisor
    # When a supervisor pinned the file to the top of its queue: pinned files are offered
    # first, oldest pin first; the pin ends with the next recorded outcome.
    pinned_at: Mapped[datetime | None]
    next_eligible_at: Mapped[datetime | None]
    last_attempt_at: Mapped[datetime | None]
    last_contact_at: Mapped[datetime | None]
    last_reachability: Mapped[Reachability | None] = mapped_column(StrEnumType(Reachability))
    callback_at: Mapped[datetime | None]
    callback_scope: Mapped[CallbackScope | None] = mapped_column(StrEnumType(CallbackScope))
    callback_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    leased_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    lease_expires_at: Mapped[datetime | None]
    lease_token: Mapped[str | None] = mapped_column(String(36))
    # The debtor's IANA zones (copied from debtors.time_zones by the queue sync): calling
    # windows are checked on the item without a join.
    time_zones: Mapped[str] = mapped_column(
        String(100), default="Europe/Paris", server_default="Europe/Paris"
    )
    # Attempts of the current cycle per reachability outcome ({"NO_ANSWER": 2}), for the
    # per-outcome maximum of the retry policy; reset when the file re-enters the queue.
    attempt_counts: Mapped[dict[str, Any] | None] = mapped_column()

    __table_args__ = (
        UniqueConstraint("debtor_id"),
        Index(None, "status", "queue_id", "next_eligible_at"),
        Index(None, "status", "lease_expires_at"),
        Index(None, "leased_by_id"),
        Index(None, "callback_user_id", "callback_at"),
        Index(
            "ix_work_items_callback_at",
            "callback_at",
            sqlite_where=text("callback_at IS NOT NULL"),
            postgresql_where=text("callback_at IS NOT NULL"),
        ),
        # Pinned files are looked up at every claim (few rows, services/queue/service.py).
        Index(
            "ix_work_items_pinned_at",
            "pinned_at",
            sqlite_where=text("pinned_at IS NOT NULL"),
            postgresql_where=text("pinned_at IS NOT NULL"),
        ),
        CheckConstraint("attempts >= 0", name="attempts_not_negative"),
    )


def _folded_notes(context: DefaultExecutionContext) -> str | None:
    """Core inserts that give the notes but not their folded form (the demo's bulk rows)."""
    notes = context.get_current_parameters().get("notes")  # type: ignore[no-untyped-call]
    return fold_or_none(notes) if isinstance(notes, str) else None


class CallAttempt(Base):
    """One dialled call, its outcome and the script path the agent followed."""

    __tablename__ = "call_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    external_id: Mapped[str | None] = mapped_column(String(64))  # calls imported from a tool
    debtor_id: Mapped[int] = mapped_column(ForeignKey("debtors.id", ondelete="CASCADE"))
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id", ondelete="SET NULL"))
    work_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("work_items.id", ondelete="SET NULL")
    )
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="SET NULL"))
    queue_id: Mapped[int | None] = mapped_column(ForeignKey("queues.id", ondelete="SET NULL"))
    stage: Mapped[Stage | None] = mapped_column(StrEnumType(Stage))
    number: Mapped[str | None] = mapped_column(String(32))
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    reachability: Mapped[Reachability] = mapped_column(StrEnumType(Reachability))
    result: Mapped[CallResult | None] = mapped_column(StrEnumType(CallResult))
    notes: Mapped[str | None] = mapped_column(Text)
    # fold(notes): what the review's text search compares with (case and accents ignored).
    # Kept by `_fold_notes` for ORM writes, by the column default for Core inserts; the raw
    # SQL writers (imports, benchmark populate) fill it themselves.
    notes_folded: Mapped[str | None] = mapped_column(Text, default=_folded_notes)
    script_path: Mapped[list[Any] | None] = mapped_column()
    callback_at: Mapped[datetime | None]
    callback_scope: Mapped[CallbackScope | None] = mapped_column(StrEnumType(CallbackScope))
    # Client-generated id so that an outcome replayed from the local outbox lands once.
    client_token: Mapped[str | None] = mapped_column(String(36), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        UniqueConstraint("organisation_id", "external_id"),
        Index(None, "started_at"),
        Index(None, "agent_id", "started_at"),
        Index(None, "debtor_id", "started_at"),
        Index(None, "created_at"),  # KPI roll-ups find the calls added since their last run
        CheckConstraint(
            "result IS NULL OR reachability = 'RIGHT_PARTY' OR result = 'CALLBACK_REQUESTED'",
            name="result_needs_right_party",
        ),
    )

    @validates("notes")
    def _fold_notes(self, _key: str, notes: str | None) -> str | None:
        self.notes_folded = fold_or_none(notes)
        return notes


class CallReview(Base):
    """A team lead's quality review of one call."""

    __tablename__ = "call_reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("call_attempts.id", ondelete="CASCADE"))
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    selected_because: Mapped[str] = mapped_column(String(32))  # sample, refusal, long_plan, manual
    score: Mapped[int | None]
    comment: Mapped[str | None] = mapped_column(Text)
    reviewed_at: Mapped[datetime | None]

    __table_args__ = (
        UniqueConstraint("call_id"),
        CheckConstraint("score IS NULL OR (score >= 0 AND score <= 10)", name="score_range"),
    )
