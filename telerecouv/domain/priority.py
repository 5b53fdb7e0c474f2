"""The priority score of a work item and its explanation in words (SPEC.md §3.1).

score = stage weight
      + notice weight     x urgency of the formal-notice deadline (1 when due or overdue, 0 at
                            the horizon or without a deadline, linear in between)
      + limitation weight x urgency of the limitation date (same shape, its own horizon)
      + balance weight    x balance on a piecewise-linear scale (0 € → 0 … top point → 1)
      + age weight        x age of the oldest default (0 → 0, horizon and older → 1)
      - attempts weight   x attempts so far (0 → 0, horizon and more → 1)
      + manual boost      x manual priority ("move to top" by a supervisor)

Every factor is in [0, 1] so a weight reads as "points at most". The default stage weights are
100 apart and the within-stage weights (attempts included) add up to less than 100: stages
come in the SPEC order and the factors order files inside a stage; a supervisor who narrows
the gaps lets an urgent M+1 file pass a quiet M+2 one. The claim side (services/queue)
evaluates the same formula in SQL and tests it against this one.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from itertools import pairwise
from typing import Any

from telerecouv.domain.enums import DEFAULT_STAGE_ORDER, Stage
from telerecouv.domain.money import format_money

STAGE_SHORT: dict[Stage, str] = {
    Stage.NEW_CLAIM_NO_RIGHTS: "mise en indu",
    Stage.DEFAULT_M1: "M+1",
    Stage.DEFAULT_M2: "M+2",
    Stage.END_OF_RIGHTS: "fin de droits",
    Stage.BROKEN_PLAN: "échéancier non respecté",
    Stage.BROKEN_PROMISE: "promesse non tenue",
}
MAX_WEIGHT = 1_000_000.0
MAX_HORIZON_DAYS = 3650


def _default_stage_weights() -> dict[Stage, float]:
    count = len(DEFAULT_STAGE_ORDER)
    return {stage: float(100 * (count - i)) for i, stage in enumerate(DEFAULT_STAGE_ORDER)}


DEFAULT_BALANCE_POINTS: tuple[tuple[Decimal, float], ...] = (
    (Decimal("0"), 0.0),
    (Decimal("100"), 0.25),
    (Decimal("500"), 0.5),
    (Decimal("2000"), 0.75),
    (Decimal("10000"), 1.0),
)


class PolicyError(ValueError):
    """A policy value out of range; `field` names it."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class PriorityPolicy:
    stage_weights: Mapping[Stage, float] = field(default_factory=_default_stage_weights)
    notice_weight: float = 40.0
    notice_horizon_days: int = 30
    limitation_weight: float = 25.0
    limitation_horizon_days: int = 90
    balance_weight: float = 20.0
    balance_points: tuple[tuple[Decimal, float], ...] = DEFAULT_BALANCE_POINTS
    age_weight: float = 9.0
    age_horizon_days: int = 90
    attempts_weight: float = 5.0
    attempts_horizon: int = 5
    manual_boost: float = 10_000.0
    version: int = 0  # bumped by every saved change; hoppers built with an older one rebuild

    def __post_init__(self) -> None:
        for stage in Stage:
            if stage not in self.stage_weights:
                raise PolicyError(f"The weight of stage {stage.value} is missing.", "stage_weights")
            _check_weight(self.stage_weights[stage], f"stage_weights.{stage.value}")
        for name in (
            "notice_weight",
            "limitation_weight",
            "balance_weight",
            "age_weight",
            "attempts_weight",
            "manual_boost",
        ):
            _check_weight(getattr(self, name), name)
        for name in (
            "notice_horizon_days",
            "limitation_horizon_days",
            "age_horizon_days",
            "attempts_horizon",
        ):
            value = getattr(self, name)
            if not isinstance(value, int) or not 1 <= value <= MAX_HORIZON_DAYS:
                raise PolicyError(
                    f"{name} must be a whole number from 1 to {MAX_HORIZON_DAYS}.", name
                )
        points = self.balance_points
        if len(points) < 2 or points[0][0] != 0:
            raise PolicyError(
                "The balance scale needs at least two points, starting at 0.", "balance_points"
            )
        for (a, va), (b, vb) in pairwise(points):
            if not b > a or not 0.0 <= va <= vb <= 1.0:
                raise PolicyError(
                    "Balance points must rise in amount and in value (between 0 and 1).",
                    "balance_points",
                )

    @property
    def stage_order(self) -> tuple[Stage, ...]:
        return tuple(
            sorted(Stage, key=lambda s: (-self.stage_weights[s], DEFAULT_STAGE_ORDER.index(s)))
        )

    # -- JSON (app_settings "queue.priority") ------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {
            "stage_weights": {s.value: w for s, w in self.stage_weights.items()},
            "notice_weight": self.notice_weight,
            "notice_horizon_days": self.notice_horizon_days,
            "limitation_weight": self.limitation_weight,
            "limitation_horizon_days": self.limitation_horizon_days,
            "balance_weight": self.balance_weight,
            "balance_points": [[str(a), v] for a, v in self.balance_points],
            "age_weight": self.age_weight,
            "age_horizon_days": self.age_horizon_days,
            "attempts_weight": self.attempts_weight,
            "attempts_horizon": self.attempts_horizon,
            "manual_boost": self.manual_boost,
            "version": self.version,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PriorityPolicy:
        """Read a stored policy; missing keys take their defaults, unknown ones are refused."""
        known = set(cls.__dataclass_fields__)
        unknown = set(data) - known
        if unknown:
            raise PolicyError(
                f"Unknown priority setting {sorted(unknown)[0]!r}.", sorted(unknown)[0]
            )
        values: dict[str, Any] = {}
        try:
            for key, value in data.items():
                if key == "stage_weights":
                    weights = dict(_default_stage_weights())
                    weights.update({Stage(k): float(v) for k, v in value.items()})
                    values[key] = weights
                elif key == "balance_points":
                    values[key] = tuple((Decimal(str(a)), float(v)) for a, v in value)
                elif key.endswith(("_days", "_horizon")) or key == "version":
                    if isinstance(value, bool) or int(value) != value:
                        raise PolicyError(f"{key} must be a whole number.", key)
                    values[key] = int(value)
                else:
                    values[key] = float(value)
        except PolicyError:
            raise
        except (TypeError, ValueError, ArithmeticError, AttributeError) as exc:
            raise PolicyError(f"The priority setting {key} cannot be read: {exc}.", key) from None
        return cls(**values)

    def with_version(self, version: int) -> PriorityPolicy:
        return replace(self, version=version)


def _check_weight(value: object, name: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PolicyError(f"{name} must be a number.", name)
    if not math.isfinite(value) or not 0 <= value <= MAX_WEIGHT:
        raise PolicyError(f"{name} must be between 0 and {MAX_WEIGHT:,.0f}.", name)


@dataclass(frozen=True)
class PriorityInputs:
    stage: Stage
    balance: Decimal
    formal_notice_due_on: date | None = None
    limitation_on: date | None = None
    default_since: date | None = None
    attempts: int = 0
    manual_priority: int = 0


@dataclass(frozen=True)
class ScorePart:
    factor: str  # stage, notice, limitation, balance, age, attempts, manual
    value: float  # the factor in [0, 1] (the stage and manual parts: 1 and the priority)
    points: float


def deadline_urgency(due: date | None, today: date, horizon: int) -> float:
    if due is None:
        return 0.0
    days = (due - today).days
    if days <= 0:
        return 1.0
    if days >= horizon:
        return 0.0
    return (horizon - days) / horizon


def balance_level(balance: Decimal, points: tuple[tuple[Decimal, float], ...]) -> float:
    if balance <= points[0][0]:
        return points[0][1]
    for (a, va), (b, vb) in pairwise(points):
        if balance < b:
            return va + float(balance - a) * (vb - va) / float(b - a)
    return points[-1][1]


def age_level(default_since: date | None, today: date, horizon: int) -> float:
    if default_since is None:
        return 0.0
    days = (today - default_since).days
    return min(max(days, 0), horizon) / horizon


def score_parts(policy: PriorityPolicy, item: PriorityInputs, today: date) -> list[ScorePart]:
    notice = deadline_urgency(item.formal_notice_due_on, today, policy.notice_horizon_days)
    limitation = deadline_urgency(item.limitation_on, today, policy.limitation_horizon_days)
    balance = balance_level(item.balance, policy.balance_points)
    age = age_level(item.default_since, today, policy.age_horizon_days)
    attempts = min(max(item.attempts, 0), policy.attempts_horizon) / policy.attempts_horizon
    return [
        ScorePart("stage", 1.0, policy.stage_weights[item.stage]),
        ScorePart("notice", notice, policy.notice_weight * notice),
        ScorePart("limitation", limitation, policy.limitation_weight * limitation),
        ScorePart("balance", balance, policy.balance_weight * balance),
        ScorePart("age", age, policy.age_weight * age),
        ScorePart("attempts", attempts, -policy.attempts_weight * attempts),
        ScorePart(
            "manual", float(item.manual_priority), policy.manual_boost * item.manual_priority
        ),
    ]


def score(policy: PriorityPolicy, item: PriorityInputs, today: date) -> float:
    return sum(part.points for part in score_parts(policy, item, today))


def _days(n: int) -> str:
    return f"{n} j"


def explain(
    policy: PriorityPolicy, item: PriorityInputs, today: date, *, currency: str = "EUR"
) -> str:
    """In words, most important first: "M+2, mise en demeure dans 3 j, 1 240,00 €, 1 tentative"."""
    words = [STAGE_SHORT[item.stage]]
    if item.manual_priority > 0:
        words.insert(0, "remonté en tête")
    if item.formal_notice_due_on is not None:
        days = (item.formal_notice_due_on - today).days
        if days > 0:
            words.append(f"mise en demeure dans {_days(days)}")
        elif days == 0:
            words.append("mise en demeure aujourd'hui")
        else:
            words.append(f"mise en demeure dépassée de {_days(-days)}")
    if item.limitation_on is not None:
        days = (item.limitation_on - today).days
        if days < 0:
            words.append(f"prescription dépassée de {_days(-days)}")
        elif days == 0:
            words.append("prescrit ce jour")
        elif days <= policy.limitation_horizon_days:
            words.append(f"prescription dans {_days(days)}")
    words.append(format_money(item.balance, currency))
    if item.attempts == 0:
        words.append("aucune tentative")
    else:
        words.append(f"{item.attempts} tentative{'s' if item.attempts > 1 else ''}")
    if item.default_since is not None and policy.age_weight > 0:
        days = (today - item.default_since).days
        if days >= policy.age_horizon_days // 2:
            words.append(f"défaillance depuis {_days(days)}")
    return ", ".join(words)
