"""KPI formulas (SPEC.md §5), on plain facts so they can be tested without a database.

The caller selects the facts of the period and of the cut (agent, team, stage, queue…);
these functions only count. Rates are fractions (0.6000 for 60 %) rounded half-up to four
decimals, and None when their denominator is zero, never a misleading 0.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from telerecouv.domain.enums import EFFECTIVE_RESULTS, CallResult, Reachability
from telerecouv.domain.money import CENT, to_money

__all__ = [
    "CallFact",
    "KpiFigures",
    "calls_per_agent_hour",
    "compute_kpis",
    "is_kept",
    "kept_rate",
    "outsourcing_fee",
    "rate",
]

RATE_QUANTUM = Decimal("0.0001")
SECONDS_QUANTUM = Decimal("0.01")


@dataclass(frozen=True)
class CallFact:
    """One call attempt in the period."""

    file_id: int
    reachability: Reachability
    result: CallResult | None
    started_at: datetime
    ended_at: datetime | None  # None while the call is open or when the end was not recorded

    def __post_init__(self) -> None:
        if self.ended_at is not None and self.ended_at < self.started_at:
            raise ValueError(f"call on file {self.file_id} ends before it starts")

    @property
    def right_party(self) -> bool:
        return self.reachability is Reachability.RIGHT_PARTY

    @property
    def effective(self) -> bool:
        """Reached the debtor AND obtained an effective result."""
        return self.right_party and self.result in EFFECTIVE_RESULTS


@dataclass(frozen=True)
class KpiFigures:
    files_attempted: int
    files_reached: int
    files_effective: int
    calls: int
    right_party_calls: int
    reachability_rate: Decimal | None  # files_reached / files_attempted
    effectiveness_rate: Decimal | None  # files_effective / files_reached
    contact_rate: Decimal | None  # right_party_calls / calls
    average_handle_seconds: Decimal | None  # over the calls that have an end


def rate(numerator: int, denominator: int) -> Decimal | None:
    """numerator / denominator rounded half-up to 4 decimals (0.6000); None if denominator 0."""
    if numerator < 0 or denominator < 0:
        raise ValueError(f"counts must not be negative: {numerator}/{denominator}")
    if denominator == 0:
        return None
    return (Decimal(numerator) / Decimal(denominator)).quantize(
        RATE_QUANTUM, rounding=ROUND_HALF_UP
    )


def compute_kpis(calls: Iterable[CallFact]) -> KpiFigures:
    """Reachability, effectiveness, contact rate and average handle time.

    * reachability = files with >= 1 RIGHT_PARTY call / files with >= 1 call;
    * effectiveness = files with a RIGHT_PARTY call whose result is effective (PLAN_AGREED,
      FULL_PAYMENT_PROMISED, PARTIAL_PAYMENT_PROMISED, ALREADY_PAID) / files reached; a file
      reached several times counts once, and an effective result on a THIRD_PARTY call (or
      any call that did not reach the debtor) does not count;
    * contact rate = RIGHT_PARTY calls / calls;
    * average handle time = mean duration of the calls that have an end, in seconds to 0.01.
    """
    attempted: set[int] = set()
    reached: set[int] = set()
    effective: set[int] = set()
    call_count = right_party_calls = ended_calls = 0
    handle_total = timedelta(0)
    for call in calls:
        call_count += 1
        attempted.add(call.file_id)
        if call.right_party:
            right_party_calls += 1
            reached.add(call.file_id)
        if call.effective:
            effective.add(call.file_id)
        if call.ended_at is not None:
            ended_calls += 1
            handle_total += call.ended_at - call.started_at
    average: Decimal | None = None
    if ended_calls:
        micros = Decimal(handle_total // timedelta(microseconds=1))
        average = (micros / Decimal(1_000_000) / ended_calls).quantize(
            SECONDS_QUANTUM, rounding=ROUND_HALF_UP
        )
    return KpiFigures(
        files_attempted=len(attempted),
        files_reached=len(reached),
        files_effective=len(effective),
        calls=call_count,
        right_party_calls=right_party_calls,
        reachability_rate=rate(len(reached), len(attempted)),
        effectiveness_rate=rate(len(effective), len(reached)),
        contact_rate=rate(right_party_calls, call_count),
        average_handle_seconds=average,
    )


def kept_rate(kept: int, due: int) -> Decimal | None:
    """Promise-kept or plan-kept rate: items kept / items that fell due; None if none did."""
    if kept > due:
        raise ValueError(f"more items kept ({kept}) than due ({due})")
    return rate(kept, due)


def calls_per_agent_hour(calls: int, agent_seconds: Decimal | int) -> Decimal | None:
    """Calls per hour of agent time, to 2 decimals; None when no agent time was logged."""
    if isinstance(agent_seconds, float):
        raise TypeError("agent_seconds must be Decimal or int, not float")
    seconds = Decimal(agent_seconds)
    if calls < 0 or seconds < 0:
        raise ValueError("calls and agent time must not be negative")
    if seconds == 0:
        return None
    return (Decimal(calls) * 3600 / seconds).quantize(CENT, rounding=ROUND_HALF_UP)


def is_kept(
    amount_due: Decimal,
    amount_paid: Decimal,
    due_on: date,
    paid_by: date | None,
    *,
    threshold: Decimal = Decimal("0.95"),
    grace_days: int = 3,
) -> bool:
    """Whether a promise or instalment is kept (SPEC.md §3.6).

    `amount_paid` is what was paid towards the item and `paid_by` the date on which that total
    was reached (None: nothing paid). Kept when amount_paid >= threshold × amount_due (exact,
    no rounding) and paid_by <= due_on + grace_days; paying early is fine.
    """
    due = to_money(amount_due)
    paid = to_money(amount_paid)
    if due <= 0:
        raise ValueError(f"amount due must be positive, got {due}")
    if not Decimal(0) < threshold <= Decimal(1):
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    if grace_days < 0:
        raise ValueError(f"grace_days must not be negative, got {grace_days}")
    if paid_by is None:
        return False
    return paid >= due * threshold and paid_by <= due_on + timedelta(days=grace_days)


def outsourcing_fee(
    collected: Decimal,
    rate: Decimal = Decimal("0.03"),
    cap: Decimal = Decimal("30000.00"),
) -> Decimal:
    """Fee owed to an outsourced agency for one file (SPEC.md §3.9).

    rate × collected, rounded half-up to the cent, capped at `cap` per file.
    """
    amount = to_money(collected)
    if amount < 0:
        raise ValueError(f"collected amount must not be negative, got {amount}")
    if not Decimal(0) <= rate <= Decimal(1):
        raise ValueError(f"rate must be between 0 and 1, got {rate}")
    limit = to_money(cap)
    if limit < 0:
        raise ValueError(f"cap must not be negative, got {limit}")
    return min(to_money(amount * rate), limit)
