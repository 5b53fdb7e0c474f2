from __future__ import annotations

import calendar
from datetime import date
from decimal import Decimal
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from telerecouv.domain.plans import (
    PlanError,
    PlanProposal,
    PlanRules,
    monthly_due_dates,
    plan_by_instalment,
    plan_by_months,
    validate_justification,
)

FIRST = date(2025, 1, 15)
RULES = PlanRules()
MAX_CENTS = 100_000_000  # 1,000,000.00
MIN_CENTS = 1_500  # default minimum instalment, 15.00


def amounts(plan: PlanProposal) -> list[Decimal]:
    return [item.amount for item in plan.instalments]


def money(cents: int) -> Decimal:
    return Decimal(cents).scaleb(-2)


def check_invariants(plan: PlanProposal, balance: Decimal, first_due: date) -> None:
    assert sum(amounts(plan), Decimal(0)) == balance
    assert all(a.as_tuple().exponent == -2 for a in amounts(plan))
    assert plan.months == len(plan.instalments)
    assert [i.number for i in plan.instalments] == list(range(1, plan.months + 1))
    dates = [i.due_on for i in plan.instalments]
    assert dates[0] == first_due
    assert all(a < b for a, b in pairwise(dates))
    assert amounts(plan)[:-1] == [plan.instalment] * (plan.months - 1)
    assert amounts(plan)[-1] == plan.last_instalment
    assert plan.needs_approval == (plan.months > RULES.max_months_without_approval)


class TestPlanByMonths:
    def test_remainder_goes_on_the_last_instalment(self) -> None:
        plan = plan_by_months(Decimal("100.00"), 3, FIRST)
        assert amounts(plan) == [Decimal("33.33"), Decimal("33.33"), Decimal("33.34")]
        assert plan.instalment == Decimal("33.33")
        assert plan.last_instalment == Decimal("33.34")
        assert plan.balance == Decimal("100.00")
        assert not plan.needs_approval

    def test_rounds_down_not_to_nearest(self) -> None:
        # 100 / 6 = 16.666…: nearest would give 16.67 and a smaller last one.
        plan = plan_by_months(Decimal("100.00"), 6, FIRST)
        assert plan.instalment == Decimal("16.66")
        assert plan.last_instalment == Decimal("16.70")

    def test_exact_division(self) -> None:
        plan = plan_by_months(Decimal("300"), 3, FIRST)
        assert amounts(plan) == [Decimal("100.00")] * 3

    def test_due_dates_are_monthly(self) -> None:
        plan = plan_by_months(Decimal("300"), 3, date(2024, 1, 31))
        assert [i.due_on for i in plan.instalments] == [
            date(2024, 1, 31),
            date(2024, 2, 29),
            date(2024, 3, 31),
        ]

    def test_fraud_is_refused(self) -> None:
        with pytest.raises(PlanError) as caught:
            plan_by_months(Decimal("300"), 3, FIRST, fraud=True)
        assert caught.value.code == "fraud"
        assert isinstance(caught.value, ValueError)

    @pytest.mark.parametrize("balance", [Decimal("0"), Decimal("-10"), Decimal("0.004")])
    def test_non_positive_balance(self, balance: Decimal) -> None:
        with pytest.raises(PlanError) as caught:
            plan_by_months(balance, 1, FIRST)
        assert caught.value.code == "non_positive_balance"

    @pytest.mark.parametrize("months", [0, -1, 121])
    def test_months_out_of_range(self, months: int) -> None:
        with pytest.raises(PlanError) as caught:
            plan_by_months(Decimal("100000"), months, FIRST)
        assert caught.value.code == "months_out_of_range"

    def test_approval_beyond_24_months(self) -> None:
        assert not plan_by_months(Decimal("2400"), 24, FIRST).needs_approval
        assert plan_by_months(Decimal("2500"), 25, FIRST).needs_approval
        longest = plan_by_months(Decimal("12000"), 120, FIRST)
        assert longest.needs_approval
        assert longest.instalments[-1].due_on == date(2034, 12, 15)

    def test_regular_instalment_below_minimum(self) -> None:
        # 100 / 7 = 14.28 < 15.00
        with pytest.raises(PlanError) as caught:
            plan_by_months(Decimal("100"), 7, FIRST)
        assert caught.value.code == "below_minimum"
        # At the minimum exactly it is accepted.
        assert plan_by_months(Decimal("105"), 7, FIRST).instalment == Decimal("15.00")

    def test_small_balance_allowed_as_one_instalment_only(self) -> None:
        plan = plan_by_months(Decimal("10.00"), 1, FIRST)
        assert amounts(plan) == [Decimal("10.00")]
        assert plan.instalment == plan.last_instalment == Decimal("10.00")
        with pytest.raises(PlanError) as caught:
            plan_by_months(Decimal("10.00"), 2, FIRST)
        assert caught.value.code == "below_minimum"

    def test_custom_rules(self) -> None:
        rules = PlanRules(
            max_months_without_approval=12,
            minimum_instalment=Decimal("50"),
            absolute_max_months=36,
        )
        assert plan_by_months(Decimal("1300"), 13, FIRST, rules).needs_approval
        assert not plan_by_months(Decimal("1200"), 12, FIRST, rules).needs_approval
        with pytest.raises(PlanError, match="between 1 and 36"):
            plan_by_months(Decimal("10000"), 37, FIRST, rules)
        with pytest.raises(PlanError) as caught:
            plan_by_months(Decimal("490"), 10, FIRST, rules)
        assert caught.value.code == "below_minimum"

    def test_rejects_float_balance(self) -> None:
        with pytest.raises(TypeError):
            plan_by_months(100.0, 2, FIRST)  # type: ignore[arg-type]


class TestPlanByInstalment:
    def test_exact_multiple(self) -> None:
        plan = plan_by_instalment(Decimal("100"), Decimal("25"), FIRST)
        assert amounts(plan) == [Decimal("25.00")] * 4

    def test_last_instalment_may_be_smaller(self) -> None:
        plan = plan_by_instalment(Decimal("100"), Decimal("40"), FIRST)
        assert amounts(plan) == [Decimal("40.00"), Decimal("40.00"), Decimal("20.00")]
        assert plan.instalment == Decimal("40.00")
        assert plan.last_instalment == Decimal("20.00")

    def test_remainder_below_minimum_is_folded_into_the_previous(self) -> None:
        # ceil(100 / 30) = 4 would leave a last instalment of 10 < 15: folded, 3 months.
        plan = plan_by_instalment(Decimal("100"), Decimal("30"), FIRST)
        assert amounts(plan) == [Decimal("30.00"), Decimal("30.00"), Decimal("40.00")]
        assert plan.months == 3

    def test_remainder_at_minimum_is_kept(self) -> None:
        plan = plan_by_instalment(Decimal("105"), Decimal("30"), FIRST)
        assert amounts(plan) == [Decimal("30.00")] * 3 + [Decimal("15.00")]

    def test_folding_down_to_one_instalment(self) -> None:
        plan = plan_by_instalment(Decimal("50"), Decimal("45"), FIRST)
        assert amounts(plan) == [Decimal("50.00")]
        assert plan.instalment == plan.last_instalment == Decimal("50.00")

    @pytest.mark.parametrize("offered", [Decimal("100"), Decimal("250")])
    def test_instalment_covering_the_balance_gives_one_payment(self, offered: Decimal) -> None:
        plan = plan_by_instalment(Decimal("100"), offered, FIRST)
        assert amounts(plan) == [Decimal("100.00")]
        assert plan.instalment == Decimal("100.00")

    def test_small_balance_paid_at_once(self) -> None:
        plan = plan_by_instalment(Decimal("8.50"), Decimal("8.50"), FIRST)
        assert amounts(plan) == [Decimal("8.50")]

    @pytest.mark.parametrize("offered", [Decimal("14.99"), Decimal("0"), Decimal("-5")])
    def test_instalment_below_minimum(self, offered: Decimal) -> None:
        with pytest.raises(PlanError) as caught:
            plan_by_instalment(Decimal("1000"), offered, FIRST)
        assert caught.value.code == "below_minimum"

    def test_instalment_too_small_for_the_absolute_maximum(self) -> None:
        with pytest.raises(PlanError) as caught:
            plan_by_instalment(Decimal("10000"), Decimal("15"), FIRST)
        assert caught.value.code == "instalment_too_small"
        # 1815.00 at 15.00 is exactly 121 months: one too many.
        with pytest.raises(PlanError) as caught:
            plan_by_instalment(Decimal("1815"), Decimal("15"), FIRST)
        assert caught.value.code == "instalment_too_small"

    def test_folding_happens_before_the_maximum_check(self) -> None:
        # ceil(1805 / 15) = 121, but the 5.00 remainder folds: 120 months, last 20.00.
        plan = plan_by_instalment(Decimal("1805"), Decimal("15"), FIRST)
        assert plan.months == 120
        assert plan.last_instalment == Decimal("20.00")
        assert plan.needs_approval

    def test_approval_flag(self) -> None:
        assert not plan_by_instalment(Decimal("2400"), Decimal("100"), FIRST).needs_approval
        assert plan_by_instalment(Decimal("2401"), Decimal("100"), FIRST).months == 24
        assert plan_by_instalment(Decimal("2415"), Decimal("100"), FIRST).needs_approval

    def test_fraud_and_balance_checks(self) -> None:
        with pytest.raises(PlanError) as caught:
            plan_by_instalment(Decimal("100"), Decimal("50"), FIRST, fraud=True)
        assert caught.value.code == "fraud"
        with pytest.raises(PlanError) as caught:
            plan_by_instalment(Decimal("0"), Decimal("50"), FIRST)
        assert caught.value.code == "non_positive_balance"


class TestMonthlyDueDates:
    def test_end_of_month_keeps_the_original_day(self) -> None:
        assert monthly_due_dates(date(2024, 1, 31), 5) == [
            date(2024, 1, 31),
            date(2024, 2, 29),
            date(2024, 3, 31),
            date(2024, 4, 30),
            date(2024, 5, 31),
        ]
        assert monthly_due_dates(date(2023, 1, 30), 3)[1] == date(2023, 2, 28)

    def test_year_rollover(self) -> None:
        assert monthly_due_dates(date(2024, 11, 15), 3) == [
            date(2024, 11, 15),
            date(2024, 12, 15),
            date(2025, 1, 15),
        ]

    def test_zero_and_negative(self) -> None:
        assert monthly_due_dates(FIRST, 0) == []
        with pytest.raises(ValueError):
            monthly_due_dates(FIRST, -1)

    @settings(max_examples=150, database=None)
    @given(
        first=st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)),
        months=st.integers(min_value=1, max_value=120),
    )
    def test_one_date_per_month_on_the_clamped_day(self, first: date, months: int) -> None:
        dates = monthly_due_dates(first, months)
        assert len(dates) == months
        for offset, due in enumerate(dates):
            assert (due.year * 12 + due.month) - (first.year * 12 + first.month) == offset
            month_length = calendar.monthrange(due.year, due.month)[1]
            assert due.day == min(first.day, month_length)  # clamped only at month end


class TestJustification:
    LONG = plan_by_months(Decimal("3000"), 30, FIRST)
    SHORT = plan_by_months(Decimal("300"), 3, FIRST)

    @pytest.mark.parametrize("text", [None, "", "          ", "too short", "a b c d e f g h i"])
    def test_long_plan_needs_ten_characters(self, text: str | None) -> None:
        with pytest.raises(PlanError) as caught:
            validate_justification(self.LONG, text)
        assert caught.value.code == "needs_justification"

    @pytest.mark.parametrize("text", ["a b c d e f g h i j", "Loss of job, income halved"])
    def test_long_plan_with_justification(self, text: str) -> None:
        validate_justification(self.LONG, text)

    def test_short_plan_needs_none(self) -> None:
        validate_justification(self.SHORT, None)


class TestPlanRules:
    @pytest.mark.parametrize(
        "kwargs",
        [
            {"max_months_without_approval": 0},
            {"max_months_without_approval": 24, "absolute_max_months": 12},
            {"minimum_instalment": Decimal("0")},
        ],
    )
    def test_inconsistent_rules_are_refused(self, kwargs: dict[str, object]) -> None:
        with pytest.raises(ValueError):
            PlanRules(**kwargs)  # type: ignore[arg-type]


@st.composite
def by_months_case(draw: st.DrawFn) -> tuple[Decimal, int]:
    months = draw(st.integers(min_value=1, max_value=120))
    low = 1 if months == 1 else MIN_CENTS * months
    return money(draw(st.integers(min_value=low, max_value=MAX_CENTS))), months


@st.composite
def by_instalment_case(draw: st.DrawFn) -> tuple[Decimal, Decimal]:
    balance = draw(st.integers(min_value=1, max_value=MAX_CENTS))
    low = max(MIN_CENTS, -(-balance // 120))  # at most 120 months before folding
    offered = draw(st.integers(min_value=low, max_value=max(low, balance + 10_000)))
    return money(balance), money(offered)


class TestProperties:
    @settings(max_examples=200, database=None)
    @given(case=by_months_case(), first=st.dates(date(2020, 1, 1), date(2040, 12, 31)))
    def test_by_months_sums_exactly(self, case: tuple[Decimal, int], first: date) -> None:
        balance, months = case
        plan = plan_by_months(balance, months, first)
        check_invariants(plan, balance, first)
        assert plan.months == months
        assert Decimal(0) <= plan.last_instalment - plan.instalment < Decimal("0.01") * months
        if months > 1:
            assert plan.instalment >= RULES.minimum_instalment

    @settings(max_examples=150, database=None)
    @given(
        balance=st.integers(min_value=2, max_value=MAX_CENTS),
        months=st.integers(min_value=2, max_value=120),
    )
    def test_by_months_refuses_below_minimum(self, balance: int, months: int) -> None:
        if balance // months >= MIN_CENTS:
            check_invariants(plan_by_months(money(balance), months, FIRST), money(balance), FIRST)
        else:
            with pytest.raises(PlanError) as caught:
                plan_by_months(money(balance), months, FIRST)
            assert caught.value.code == "below_minimum"

    @settings(max_examples=200, database=None)
    @given(case=by_instalment_case(), first=st.dates(date(2020, 1, 1), date(2040, 12, 31)))
    def test_by_instalment_sums_exactly(self, case: tuple[Decimal, Decimal], first: date) -> None:
        balance, offered = case
        plan = plan_by_instalment(balance, offered, first)
        check_invariants(plan, balance, first)
        assert plan.months <= RULES.absolute_max_months
        if offered >= balance:
            assert amounts(plan) == [balance]
        else:
            assert plan.months >= 2 or plan.last_instalment == balance
            if plan.months >= 2:
                assert plan.instalment == offered
            # No instalment below the minimum, and the last stays under offered + minimum.
            assert all(a >= RULES.minimum_instalment for a in amounts(plan))
            assert plan.last_instalment < offered + RULES.minimum_instalment
