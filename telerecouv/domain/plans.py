"""Payment-plan calculator (SPEC.md §3.5), in both directions.

* `plan_by_months`: the debtor picks a number of months, we compute the instalment.
* `plan_by_instalment`: the debtor says what they can afford, we compute the months.

All arithmetic is done on integer cents, so the instalments always add up exactly to the
balance. Fraud claims never get a plan from the workbench; plans longer than
`PlanRules.max_months_without_approval` are allowed but need a written justification and a
team lead's approval.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from telerecouv.domain.money import CENT, to_money

__all__ = [
    "Instalment",
    "PlanError",
    "PlanErrorCode",
    "PlanProposal",
    "PlanRules",
    "monthly_due_dates",
    "plan_by_instalment",
    "plan_by_months",
    "validate_justification",
]

PlanErrorCode = Literal[
    "fraud",
    "non_positive_balance",
    "months_out_of_range",
    "below_minimum",
    "instalment_too_small",
    "needs_justification",
]

# A justification must say something: at least this many non-space characters.
MIN_JUSTIFICATION_CHARS = 10


class PlanError(ValueError):
    """A plan that cannot be proposed; `code` is stable, the message is for logs."""

    def __init__(self, code: PlanErrorCode, message: str | None = None) -> None:
        super().__init__(message or code)
        self.code: PlanErrorCode = code


@dataclass(frozen=True)
class PlanRules:
    """Organisation settings for plans."""

    max_months_without_approval: int = 24
    minimum_instalment: Decimal = Decimal("15.00")
    absolute_max_months: int = 120

    def __post_init__(self) -> None:
        if self.max_months_without_approval < 1:
            raise ValueError("max_months_without_approval must be at least 1")
        if self.absolute_max_months < self.max_months_without_approval:
            raise ValueError("absolute_max_months must be >= max_months_without_approval")
        if to_money(self.minimum_instalment) <= 0:
            raise ValueError("minimum_instalment must be positive")


@dataclass(frozen=True)
class Instalment:
    number: int  # 1-based
    due_on: date
    amount: Decimal


@dataclass(frozen=True)
class PlanProposal:
    """A computed plan. `instalment` is the regular amount, `last_instalment` the final one."""

    balance: Decimal
    months: int
    instalment: Decimal
    last_instalment: Decimal
    instalments: tuple[Instalment, ...]
    needs_approval: bool  # months > rules.max_months_without_approval


def monthly_due_dates(first_due: date, months: int) -> list[date]:
    """`months` due dates, one a month, on the day of `first_due`.

    Short months clamp to their last day, but the original day is kept for later months:
    31 Jan → 28/29 Feb → 31 Mar → 30 Apr.
    """
    if months < 0:
        raise ValueError(f"months must not be negative, got {months}")
    dates: list[date] = []
    for offset in range(months):
        month_index = first_due.month - 1 + offset
        year = first_due.year + month_index // 12
        month = month_index % 12 + 1
        last_day = calendar.monthrange(year, month)[1]
        dates.append(date(year, month, min(first_due.day, last_day)))
    return dates


def plan_by_months(
    balance: Decimal,
    months: int,
    first_due: date,
    rules: PlanRules = PlanRules(),
    *,
    fraud: bool = False,
) -> PlanProposal:
    """Split `balance` into `months` monthly instalments.

    The regular instalment is balance / months rounded DOWN to the cent; the remainder (less
    than one cent per month) goes on the last instalment, so the last is >= the others and the
    sum is exactly the balance.

    Errors (PlanError.code): "fraud"; "non_positive_balance"; "months_out_of_range" (below 1
    or above rules.absolute_max_months); "below_minimum" when the regular instalment is under
    rules.minimum_instalment. A single instalment of the whole balance is always allowed, even
    when the balance itself is under the minimum.
    """
    amount = _check_claim(balance, fraud)
    if not 1 <= months <= rules.absolute_max_months:
        raise PlanError(
            "months_out_of_range",
            f"months must be between 1 and {rules.absolute_max_months}, got {months}",
        )
    total_cents = _cents(amount)
    regular_cents = total_cents // months
    last_cents = total_cents - regular_cents * (months - 1)
    minimum = to_money(rules.minimum_instalment)
    if months > 1 and _money(regular_cents) < minimum:
        raise PlanError(
            "below_minimum",
            f"{months} instalments of {_money(regular_cents)} are below the minimum {minimum}",
        )
    return _build(amount, months, regular_cents, last_cents, first_due, rules)


def plan_by_instalment(
    balance: Decimal,
    instalment: Decimal,
    first_due: date,
    rules: PlanRules = PlanRules(),
    *,
    fraud: bool = False,
) -> PlanProposal:
    """Build the plan for an affordable monthly `instalment`.

    months = ceil(balance / instalment); every instalment but the last is the given amount and
    the last is the remainder, ``balance - instalment * (months - 1)``. In this direction the
    last instalment may therefore be SMALLER than the others.

    Folding rule: if that remainder is below rules.minimum_instalment (and there is more than
    one instalment), it is added to the previous instalment, which becomes the last: one month
    fewer, and the last instalment is then larger than the others (by less than the minimum).
    So no instalment is ever below the minimum, except a single payment of the whole balance.

    An instalment >= the balance gives one instalment of exactly the balance (the proposal's
    `instalment` is then the balance, not the amount offered).

    Errors (PlanError.code): "fraud"; "non_positive_balance"; "below_minimum" when the offered
    instalment is under rules.minimum_instalment (and smaller than the balance);
    "instalment_too_small" when, after folding, the plan would need more than
    rules.absolute_max_months months.
    """
    amount = _check_claim(balance, fraud)
    offered = to_money(instalment)
    minimum = to_money(rules.minimum_instalment)
    total_cents = _cents(amount)
    if offered >= amount:
        return _build(amount, 1, total_cents, total_cents, first_due, rules)
    if offered < minimum:
        raise PlanError("below_minimum", f"instalment {offered} is below the minimum {minimum}")
    regular_cents = _cents(offered)
    months = -(-total_cents // regular_cents)  # ceiling division
    last_cents = total_cents - regular_cents * (months - 1)
    if months > 1 and _money(last_cents) < minimum:
        months -= 1
        last_cents += regular_cents
    if months > rules.absolute_max_months:
        raise PlanError(
            "instalment_too_small",
            f"{offered} a month needs {months} months, more than "
            f"the maximum of {rules.absolute_max_months}",
        )
    if months == 1:
        regular_cents = last_cents
    return _build(amount, months, regular_cents, last_cents, first_due, rules)


def validate_justification(proposal: PlanProposal, justification: str | None) -> None:
    """Raise PlanError("needs_justification") for a plan needing approval without a reason.

    A justification counts when it has at least 10 non-space characters.
    """
    if not proposal.needs_approval:
        return
    meaningful = sum(1 for char in justification or "" if not char.isspace())
    if meaningful < MIN_JUSTIFICATION_CHARS:
        raise PlanError(
            "needs_justification",
            f"a {proposal.months}-month plan needs a written justification "
            f"of at least {MIN_JUSTIFICATION_CHARS} characters",
        )


def _check_claim(balance: Decimal, fraud: bool) -> Decimal:
    if fraud:
        raise PlanError("fraud", "fraud claims cannot get a payment plan from the workbench")
    amount = to_money(balance)
    if amount <= 0:
        raise PlanError("non_positive_balance", f"balance must be positive, got {amount}")
    return amount


def _cents(amount: Decimal) -> int:
    return int(amount.scaleb(2))


def _money(cents: int) -> Decimal:
    return (Decimal(cents) * CENT).quantize(CENT)


def _build(
    balance: Decimal,
    months: int,
    regular_cents: int,
    last_cents: int,
    first_due: date,
    rules: PlanRules,
) -> PlanProposal:
    regular, last = _money(regular_cents), _money(last_cents)
    amounts = [regular] * (months - 1) + [last]
    instalments = tuple(
        Instalment(number=index, due_on=due_on, amount=value)
        for index, (due_on, value) in enumerate(
            zip(monthly_due_dates(first_due, months), amounts, strict=True), start=1
        )
    )
    return PlanProposal(
        balance=balance,
        months=months,
        instalment=regular,
        last_instalment=last,
        instalments=instalments,
        needs_approval=months > rules.max_months_without_approval,
    )
