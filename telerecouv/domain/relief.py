"""Debt-relief ("remise de dette") routing and the local relief scale (SPEC.md §3.7).

A relief request is only recorded when the debtor asks for it, never for fraud (social
security code L553-2), and is never decided by the agent: it is routed on the balance, and a
local scale may suggest a rate that the deciding body is free to ignore.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN, Decimal
from itertools import pairwise
from typing import Literal

from telerecouv.domain.enums import ReliefRoute, Responsibility
from telerecouv.domain.money import CENT, to_money

__all__ = [
    "DEFAULT_BMAF",
    "DEFAULT_SCALE",
    "BmafRate",
    "ReliefDecision",
    "ReliefError",
    "ReliefErrorCode",
    "ScaleRow",
    "bmaf_on",
    "relief_threshold",
    "route_relief",
    "suggest_relief_rate",
    "validate_scale",
]

ReliefErrorCode = Literal["fraud", "non_positive_balance"]


class ReliefError(ValueError):
    """A relief request that cannot be recorded; `code` is stable."""

    def __init__(self, code: ReliefErrorCode, message: str | None = None) -> None:
        super().__init__(message or code)
        self.code: ReliefErrorCode = code


@dataclass(frozen=True)
class BmafRate:
    """Monthly family-benefit base (BMAF) in force from `effective_from`."""

    effective_from: date
    amount: Decimal


DEFAULT_BMAF: tuple[BmafRate, ...] = (
    BmafRate(date(2024, 4, 1), Decimal("466.44")),
    BmafRate(date(2025, 4, 1), Decimal("474.37")),
)

DEFAULT_RELIEF_FACTOR = Decimal("1.5")


@dataclass(frozen=True)
class ReliefDecision:
    route: ReliefRoute
    threshold: Decimal  # highest balance still handled by the administrative services
    bmaf: Decimal  # the BMAF applied


def bmaf_on(day: date, history: Sequence[BmafRate]) -> Decimal:
    """The BMAF in force on `day`: the rate with the latest `effective_from` <= day.

    The history may be in any order. Raises ValueError when no rate is in force yet, or when
    two rates share the applicable date (the setting is ambiguous).
    """
    applicable = [rate for rate in history if rate.effective_from <= day]
    if not applicable:
        raise ValueError(f"no BMAF rate in force on {day.isoformat()}")
    latest = max(rate.effective_from for rate in applicable)
    amounts = {to_money(rate.amount) for rate in applicable if rate.effective_from == latest}
    if len(amounts) > 1:
        raise ValueError(f"several BMAF rates start on {latest.isoformat()}")
    return amounts.pop()


def relief_threshold(
    day: date, history: Sequence[BmafRate], factor: Decimal = DEFAULT_RELIEF_FACTOR
) -> Decimal:
    """factor × BMAF on `day`, to the cent, rounded DOWN.

    Rounding down gives the largest cent amount that does not exceed the legal limit, so
    `balance <= threshold` is the same test as `balance <= factor × BMAF` for any balance in
    cents: with 474.37 the limit is 711.555, the threshold 711.55, and 711.56 is above it.
    """
    return (bmaf_on(day, history) * factor).quantize(CENT, rounding=ROUND_DOWN)


def route_relief(
    balance: Decimal,
    request_date: date,
    history: Sequence[BmafRate] = DEFAULT_BMAF,
    *,
    fraud: bool = False,
) -> ReliefDecision:
    """Route a relief request: balance <= 1.5 × BMAF (at the request date) goes to the
    administrative services, above to the amicable appeals board (CRA).

    Raises ReliefError("fraud") for a fraud claim (no relief is ever recorded for fraud) and
    ReliefError("non_positive_balance") when nothing is owed.
    """
    if fraud:
        raise ReliefError("fraud", "debt relief cannot be recorded for a fraud claim (L553-2)")
    amount = to_money(balance)
    if amount <= 0:
        raise ReliefError("non_positive_balance", f"balance must be positive, got {amount}")
    bmaf = bmaf_on(request_date, history)
    threshold = relief_threshold(request_date, history)
    route = (
        ReliefRoute.ADMINISTRATIVE_SERVICES if amount <= threshold else ReliefRoute.APPEALS_BOARD
    )
    return ReliefDecision(route=route, threshold=threshold, bmaf=bmaf)


@dataclass(frozen=True)
class ScaleRow:
    """One bracket of the local scale: household quotient in [qf_min, qf_max) × responsibility.

    `qf_max` None means open-ended; `rate` is the suggested share of the debt relieved (0..1).
    """

    qf_min: Decimal
    qf_max: Decimal | None
    responsibility: Responsibility
    rate: Decimal

    def covers(self, quotient: Decimal) -> bool:
        return self.qf_min <= quotient and (self.qf_max is None or quotient < self.qf_max)

    def label(self) -> str:
        upper = "∞" if self.qf_max is None else str(self.qf_max)
        return f"{self.responsibility.value} [{self.qf_min}, {upper})"


def _scale(*rows: tuple[int, int | None, Responsibility, str]) -> tuple[ScaleRow, ...]:
    return tuple(
        ScaleRow(Decimal(low), None if high is None else Decimal(high), who, Decimal(rate))
        for low, high, who, rate in rows
    )


_BODY, _THIRD, _DEBTOR = Responsibility.BODY, Responsibility.THIRD_PARTY, Responsibility.DEBTOR

# An example scale: the lower the household quotient, the more relief; an error by the body
# itself weighs most, one by the debtor least.
DEFAULT_SCALE: tuple[ScaleRow, ...] = _scale(
    (0, 500, _BODY, "1.00"),
    (500, 800, _BODY, "0.75"),
    (800, 1200, _BODY, "0.50"),
    (1200, None, _BODY, "0.25"),
    (0, 500, _THIRD, "0.75"),
    (500, 800, _THIRD, "0.50"),
    (800, 1200, _THIRD, "0.25"),
    (1200, None, _THIRD, "0.10"),
    (0, 500, _DEBTOR, "0.50"),
    (500, 800, _DEBTOR, "0.25"),
    (800, 1200, _DEBTOR, "0.10"),
    (1200, None, _DEBTOR, "0.00"),
)


def suggest_relief_rate(
    scale: Sequence[ScaleRow],
    household_quotient: Decimal | None,
    responsibility: Responsibility,
) -> Decimal | None:
    """The suggested relief rate, or None when the quotient is unknown or no row covers it.

    A suggestion only: the decision belongs to the administrative services or the CRA.
    """
    if household_quotient is None:
        return None
    for row in scale:
        if row.responsibility == responsibility and row.covers(household_quotient):
            return row.rate
    return None


def validate_scale(scale: Sequence[ScaleRow]) -> None:
    """Check a scale; raise ValueError listing every faulty row, by position (1-based).

    Per responsibility, brackets must not overlap and must leave no gap between them (the
    scale may start above 0 and may stop below infinity). Each row needs 0 <= qf_min < qf_max
    and 0 <= rate <= 1.
    """
    problems: list[str] = []
    for index, row in enumerate(scale, start=1):
        if row.qf_min < 0 or (row.qf_max is not None and row.qf_max <= row.qf_min):
            problems.append(f"row {index} ({row.label()}): empty or negative bracket")
        if not Decimal(0) <= row.rate <= Decimal(1):
            problems.append(f"row {index} ({row.label()}): rate {row.rate} not between 0 and 1")
    for who in Responsibility:
        rows = sorted(
            ((index, row) for index, row in enumerate(scale, start=1) if row.responsibility == who),
            key=lambda pair: pair[1].qf_min,
        )
        for (i, low), (j, high) in pairwise(rows):
            pair = f"rows {i} ({low.label()}) and {j} ({high.label()})"
            if low.qf_max is None or low.qf_max > high.qf_min:
                problems.append(f"{pair} overlap")
            elif low.qf_max < high.qf_min:
                problems.append(f"{pair} leave a gap from {low.qf_max} to {high.qf_min}")
    if problems:
        raise ValueError("invalid relief scale: " + "; ".join(problems))
