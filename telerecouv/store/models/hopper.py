"""The queue hopper: the best 2,000 eligible items of each queue, scored by the policy.

Claims take from here (one indexed read, whatever the queue size); the hopper of a queue is
rebuilt from `work_items` when the priority policy changes, when it runs dry, when a calling
window opens or closes, and at least every few minutes (services/queue/hopper.py).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from telerecouv.store.models.base import Base

HOPPER_SCORE_INDEX = "ix_queue_hopper_score"


class HopperEntry(Base):
    __tablename__ = "queue_hopper"

    work_item_id: Mapped[int] = mapped_column(
        ForeignKey("work_items.id", ondelete="CASCADE"), primary_key=True
    )
    queue_id: Mapped[int] = mapped_column(ForeignKey("queues.id", ondelete="CASCADE"))
    score: Mapped[float] = mapped_column(Float)
    # The debtor's calling window (all their zones) closes then: not offered afterwards.
    open_until: Mapped[datetime]

    __table_args__ = (
        Index(None, "queue_id", "score"),
        # Claims walk this one in score order and stop at the first eligible item.
        Index(HOPPER_SCORE_INDEX, "score", "work_item_id", "queue_id", "open_until"),
    )


class HopperBuild(Base):
    """When and with which policy version each queue's hopper was last built."""

    __tablename__ = "queue_hopper_builds"

    queue_id: Mapped[int] = mapped_column(
        ForeignKey("queues.id", ondelete="CASCADE"), primary_key=True
    )
    policy_version: Mapped[int] = mapped_column(default=0)
    built_at: Mapped[datetime | None]
    # Rebuild when the clock passes this (time-to-live, or the next window change).
    stale_after: Mapped[datetime | None]
    size: Mapped[int] = mapped_column(default=0)
    # A rebuild in progress (its lease): other workstations keep using the old hopper.
    rebuilding_until: Mapped[datetime | None]
    # What orders the files inside a queue under the policy it was built with, weights aside
    # (services/queue/hopper.py::ranking_key): when a new policy version has the same key,
    # re-scoring the entries is exact and no rebuild is needed.
    ranking_key: Mapped[str | None] = mapped_column(String(40))
    # The policy the entries' scores follow (JSON), and a score no eligible file outside the
    # hopper exceeds under it (None: the hopper holds every eligible file). With them a
    # change of weights re-scores the hopper exactly (services/queue/hopper.py::rescore).
    ranking_policy: Mapped[str | None] = mapped_column(Text)
    ranking_floor: Mapped[float | None] = mapped_column(Float)
