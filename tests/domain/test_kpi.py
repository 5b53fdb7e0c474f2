from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from telerecouv.domain.enums import CallResult, Reachability
from telerecouv.domain.kpi import (
    CallFact,
    calls_per_agent_hour,
    compute_kpis,
    is_kept,
    kept_rate,
    outsourcing_fee,
    rate,
)

R = Reachability
C = CallResult
T0 = datetime(2025, 5, 12, 9, 0, tzinfo=UTC)


def call(
    file_id: int,
    reachability: Reachability,
    result: CallResult | None = None,
    seconds: int | None = 60,
) -> CallFact:
    ended = None if seconds is None else T0 + timedelta(seconds=seconds)
    return CallFact(file_id, reachability, result, T0, ended)


# 10 files, 14 calls, hand-counted:
#   reached (≥1 RIGHT_PARTY call): files 1–6 → 6
#   effective (RIGHT_PARTY call with an effective result): files 1–4 → 4
#   RIGHT_PARTY calls: 1, 2, 2, 3, 4, 5, 6 → 7
FIXTURE: list[CallFact] = [
    call(1, R.RIGHT_PARTY, C.PLAN_AGREED, seconds=300),
    call(2, R.RIGHT_PARTY, C.REFUSAL, seconds=120),  # reached twice,
    call(2, R.RIGHT_PARTY, C.FULL_PAYMENT_PROMISED, seconds=240),  # effective once
    call(3, R.NO_ANSWER, seconds=30),
    call(3, R.RIGHT_PARTY, C.ALREADY_PAID, seconds=90),
    call(4, R.RIGHT_PARTY, C.PARTIAL_PAYMENT_PROMISED, seconds=None),  # no end recorded
    call(5, R.RIGHT_PARTY, C.CALLBACK_REQUESTED, seconds=60),
    call(5, R.THIRD_PARTY, C.PLAN_AGREED, seconds=60),  # reached file, but not by this call
    call(6, R.RIGHT_PARTY, C.DISPUTE, seconds=180),
    call(7, R.THIRD_PARTY, C.PLAN_AGREED, seconds=45),  # must not count as reached/effective
    call(8, R.VOICEMAIL, seconds=20),
    call(8, R.BUSY, seconds=5),
    call(9, R.WRONG_NUMBER, seconds=15),
    call(10, R.INVALID_NUMBER, seconds=None),
]


class TestRate:
    @pytest.mark.parametrize(
        ("num", "den", "expected"),
        [(6, 10, "0.6000"), (2, 3, "0.6667"), (1, 3, "0.3333"), (0, 5, "0.0000"), (5, 5, "1")],
    )
    def test_four_decimals_half_up(self, num: int, den: int, expected: str) -> None:
        result = rate(num, den)
        assert result == Decimal(expected)
        assert result is not None and result.as_tuple().exponent == -4

    def test_half_up_at_the_fifth_decimal(self) -> None:
        assert rate(1, 32) == Decimal("0.0313")  # 0.03125

    def test_zero_denominator_is_none(self) -> None:
        assert rate(0, 0) is None

    def test_negative_counts(self) -> None:
        with pytest.raises(ValueError):
            rate(-1, 3)


class TestComputeKpis:
    def test_hand_computed_fixture(self) -> None:
        kpis = compute_kpis(FIXTURE)
        assert kpis.files_attempted == 10
        assert kpis.files_reached == 6
        assert kpis.files_effective == 4
        assert kpis.calls == 14
        assert kpis.right_party_calls == 7
        assert kpis.reachability_rate == Decimal("0.6000")
        assert kpis.effectiveness_rate == Decimal("0.6667")
        assert kpis.contact_rate == Decimal("0.5000")
        # 12 calls with an end, 1 165 seconds in all.
        assert kpis.average_handle_seconds == Decimal("97.08")

    def test_third_party_effective_result_does_not_count(self) -> None:
        kpis = compute_kpis([call(1, R.THIRD_PARTY, C.PLAN_AGREED)])
        assert (kpis.files_attempted, kpis.files_reached, kpis.files_effective) == (1, 0, 0)
        assert kpis.reachability_rate == Decimal("0")
        assert kpis.effectiveness_rate is None
        assert kpis.contact_rate == Decimal("0")

    def test_reached_file_with_effective_result_only_from_a_third_party(self) -> None:
        kpis = compute_kpis(
            [call(1, R.RIGHT_PARTY, C.REFUSAL), call(1, R.THIRD_PARTY, C.ALREADY_PAID)]
        )
        assert kpis.files_reached == 1
        assert kpis.files_effective == 0

    def test_empty_input(self) -> None:
        kpis = compute_kpis([])
        assert (kpis.files_attempted, kpis.files_reached, kpis.files_effective) == (0, 0, 0)
        assert kpis.calls == kpis.right_party_calls == 0
        assert kpis.reachability_rate is None
        assert kpis.effectiveness_rate is None
        assert kpis.contact_rate is None
        assert kpis.average_handle_seconds is None

    def test_no_ended_call_gives_no_average(self) -> None:
        assert compute_kpis([call(1, R.NO_ANSWER, seconds=None)]).average_handle_seconds is None

    def test_sub_second_durations(self) -> None:
        ended = T0 + timedelta(seconds=1, microseconds=500_000)
        fact = CallFact(1, R.BUSY, None, T0, ended)
        assert compute_kpis([fact]).average_handle_seconds == Decimal("1.50")

    def test_accepts_any_iterable_once(self) -> None:
        assert compute_kpis(iter(FIXTURE)).calls == 14

    def test_published_network_figures(self) -> None:
        # 100 files attempted, 60 reached, 44 effective: 60 % reachability, 73 % effectiveness.
        facts = [call(n, R.NO_ANSWER) for n in range(100)]
        facts += [call(n, R.RIGHT_PARTY, C.REFUSAL) for n in range(60)]
        facts += [call(n, R.RIGHT_PARTY, C.PLAN_AGREED) for n in range(44)]
        kpis = compute_kpis(facts)
        assert kpis.reachability_rate == Decimal("0.6000")
        assert kpis.effectiveness_rate == Decimal("0.7333")
        assert kpis.contact_rate == Decimal("0.5098")  # 104 / 204

    def test_call_cannot_end_before_it_starts(self) -> None:
        with pytest.raises(ValueError):
            CallFact(1, R.BUSY, None, T0, T0 - timedelta(seconds=1))


class TestOtherRates:
    def test_kept_rate(self) -> None:
        assert kept_rate(47, 100) == Decimal("0.4700")
        assert kept_rate(0, 0) is None
        with pytest.raises(ValueError):
            kept_rate(3, 2)

    def test_calls_per_agent_hour(self) -> None:
        assert calls_per_agent_hour(10, 3600) == Decimal("10.00")
        assert calls_per_agent_hour(25, Decimal("9000")) == Decimal("10.00")
        assert calls_per_agent_hour(7, 3000) == Decimal("8.40")
        assert calls_per_agent_hour(1, 7) == Decimal("514.29")
        assert calls_per_agent_hour(5, 0) is None
        with pytest.raises(ValueError):
            calls_per_agent_hour(5, -1)
        with pytest.raises(TypeError):
            calls_per_agent_hour(5, 3600.0)  # type: ignore[arg-type]


class TestIsKept:
    DUE = date(2025, 6, 10)

    @pytest.mark.parametrize(
        ("paid", "paid_by", "kept"),
        [
            ("100.00", date(2025, 6, 10), True),
            ("100.00", date(2025, 6, 1), True),  # early is fine
            ("95.00", date(2025, 6, 10), True),  # exactly 95 %
            ("94.99", date(2025, 6, 10), False),
            ("100.00", date(2025, 6, 13), True),  # last grace day
            ("100.00", date(2025, 6, 14), False),
            ("120.00", date(2025, 6, 12), True),
            ("0.00", date(2025, 6, 10), False),
            ("100.00", None, False),
        ],
    )
    def test_default_threshold_and_grace(self, paid: str, paid_by: date | None, kept: bool) -> None:
        assert is_kept(Decimal("100.00"), Decimal(paid), self.DUE, paid_by) is kept

    def test_threshold_is_exact_not_rounded(self) -> None:
        # 95 % of 100.01 = 95.0095
        assert not is_kept(Decimal("100.01"), Decimal("95.00"), self.DUE, self.DUE)
        assert is_kept(Decimal("100.01"), Decimal("95.01"), self.DUE, self.DUE)

    def test_custom_settings(self) -> None:
        late = date(2025, 6, 11)
        assert not is_kept(Decimal("100"), Decimal("100"), self.DUE, late, grace_days=0)
        assert is_kept(Decimal("100"), Decimal("100"), self.DUE, self.DUE, grace_days=0)
        full = Decimal("1")
        assert not is_kept(Decimal("100"), Decimal("99.99"), self.DUE, self.DUE, threshold=full)
        assert is_kept(Decimal("100"), Decimal("80"), self.DUE, self.DUE, threshold=Decimal("0.8"))

    @pytest.mark.parametrize(
        "kwargs",
        [{"threshold": Decimal("0")}, {"threshold": Decimal("1.1")}, {"grace_days": -1}],
    )
    def test_bad_settings(self, kwargs: dict[str, object]) -> None:
        with pytest.raises(ValueError):
            is_kept(Decimal("100"), Decimal("100"), self.DUE, self.DUE, **kwargs)  # type: ignore[arg-type]

    def test_nothing_due(self) -> None:
        with pytest.raises(ValueError):
            is_kept(Decimal("0"), Decimal("0"), self.DUE, self.DUE)


class TestOutsourcingFee:
    @pytest.mark.parametrize(
        ("collected", "fee"),
        [
            ("0", "0.00"),
            ("1000.00", "30.00"),
            ("123.45", "3.70"),  # 3.7035
            ("0.50", "0.02"),  # 0.015 rounds half-up
            ("999999.99", "30000.00"),  # 29 999.9997 → 30 000.00
            ("1000000.00", "30000.00"),
            ("2500000.00", "30000.00"),  # capped
        ],
    )
    def test_three_percent_capped(self, collected: str, fee: str) -> None:
        result = outsourcing_fee(Decimal(collected))
        assert result == Decimal(fee)
        assert result.as_tuple().exponent == -2

    def test_custom_rate_and_cap(self) -> None:
        assert outsourcing_fee(Decimal("10000"), Decimal("0.05"), Decimal("400")) == Decimal(
            "400.00"
        )
        assert outsourcing_fee(Decimal("1000"), Decimal("0.05"), Decimal("400")) == Decimal("50.00")

    @pytest.mark.parametrize(
        ("collected", "fee_rate", "cap"),
        [("-1", "0.03", "30000"), ("100", "1.5", "30000"), ("100", "0.03", "-1")],
    )
    def test_bad_inputs(self, collected: str, fee_rate: str, cap: str) -> None:
        with pytest.raises(ValueError):
            outsourcing_fee(Decimal(collected), Decimal(fee_rate), Decimal(cap))
