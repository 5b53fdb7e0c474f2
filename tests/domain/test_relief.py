from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from telerecouv.domain.enums import ReliefRoute, Responsibility
from telerecouv.domain.relief import (
    DEFAULT_BMAF,
    DEFAULT_SCALE,
    BmafRate,
    ReliefError,
    ScaleRow,
    bmaf_on,
    relief_threshold,
    route_relief,
    suggest_relief_rate,
    validate_scale,
)

ADMIN = ReliefRoute.ADMINISTRATIVE_SERVICES
CRA = ReliefRoute.APPEALS_BOARD
BODY, THIRD, DEBTOR = Responsibility.BODY, Responsibility.THIRD_PARTY, Responsibility.DEBTOR


class TestBmaf:
    @pytest.mark.parametrize(
        ("day", "expected"),
        [
            (date(2024, 4, 1), "466.44"),
            (date(2024, 6, 1), "466.44"),
            (date(2025, 3, 31), "466.44"),
            (date(2025, 4, 1), "474.37"),
            (date(2030, 1, 1), "474.37"),
        ],
    )
    def test_rate_in_force(self, day: date, expected: str) -> None:
        assert bmaf_on(day, DEFAULT_BMAF) == Decimal(expected)

    def test_history_order_does_not_matter(self) -> None:
        reversed_history = tuple(reversed(DEFAULT_BMAF))
        assert bmaf_on(date(2025, 3, 31), reversed_history) == Decimal("466.44")
        assert bmaf_on(date(2025, 4, 1), reversed_history) == Decimal("474.37")

    def test_no_rate_before_the_first(self) -> None:
        with pytest.raises(ValueError, match="2024-03-31"):
            bmaf_on(date(2024, 3, 31), DEFAULT_BMAF)
        with pytest.raises(ValueError):
            bmaf_on(date(2025, 1, 1), ())

    def test_duplicate_start_dates_are_ambiguous(self) -> None:
        history = (*DEFAULT_BMAF, BmafRate(date(2025, 4, 1), Decimal("480.00")))
        with pytest.raises(ValueError, match="several"):
            bmaf_on(date(2025, 5, 1), history)
        # Earlier days are unaffected.
        assert bmaf_on(date(2024, 5, 1), history) == Decimal("466.44")

    def test_threshold_is_rounded_down_to_the_cent(self) -> None:
        assert relief_threshold(date(2024, 6, 1), DEFAULT_BMAF) == Decimal("699.66")
        # 1.5 × 474.37 = 711.555: rounding half-up would wrongly admit 711.56.
        assert relief_threshold(date(2025, 4, 1), DEFAULT_BMAF) == Decimal("711.55")
        assert relief_threshold(date(2025, 4, 1), DEFAULT_BMAF, Decimal("2")) == Decimal("948.74")


class TestRouting:
    @pytest.mark.parametrize(
        ("balance", "day", "route"),
        [
            ("699.66", date(2024, 6, 1), ADMIN),
            ("699.67", date(2024, 6, 1), CRA),
            ("0.01", date(2024, 6, 1), ADMIN),
            ("711.55", date(2025, 4, 1), ADMIN),
            ("711.56", date(2025, 4, 1), CRA),
            ("711.55", date(2025, 3, 31), CRA),  # the old rate still applies the day before
            ("699.66", date(2025, 3, 31), ADMIN),
            ("699.67", date(2025, 3, 31), CRA),
            ("700.00", date(2025, 4, 1), ADMIN),
            ("10000", date(2025, 4, 1), CRA),
        ],
    )
    def test_boundaries(self, balance: str, day: date, route: ReliefRoute) -> None:
        decision = route_relief(Decimal(balance), day)
        assert decision.route is route

    def test_decision_carries_threshold_and_bmaf(self) -> None:
        decision = route_relief(Decimal("500"), date(2025, 3, 31))
        assert decision.threshold == Decimal("699.66")
        assert decision.bmaf == Decimal("466.44")

    def test_custom_history(self) -> None:
        history = (BmafRate(date(2020, 1, 1), Decimal("100.00")),)
        assert route_relief(Decimal("150.00"), date(2021, 1, 1), history).route is ADMIN
        assert route_relief(Decimal("150.01"), date(2021, 1, 1), history).route is CRA

    def test_fraud_is_never_recorded(self) -> None:
        with pytest.raises(ReliefError) as caught:
            route_relief(Decimal("100"), date(2025, 4, 1), fraud=True)
        assert caught.value.code == "fraud"
        assert isinstance(caught.value, ValueError)

    @pytest.mark.parametrize("balance", ["0", "-5"])
    def test_nothing_owed(self, balance: str) -> None:
        with pytest.raises(ReliefError) as caught:
            route_relief(Decimal(balance), date(2025, 4, 1))
        assert caught.value.code == "non_positive_balance"

    def test_request_before_any_rate(self) -> None:
        with pytest.raises(ValueError):
            route_relief(Decimal("100"), date(2023, 1, 1))


class TestScale:
    def test_default_scale_is_valid_and_complete(self) -> None:
        validate_scale(DEFAULT_SCALE)
        for who in Responsibility:
            for quotient in ("0", "499.99", "500", "799.99", "800", "1199.99", "1200", "99999"):
                assert suggest_relief_rate(DEFAULT_SCALE, Decimal(quotient), who) is not None

    @pytest.mark.parametrize(
        ("quotient", "who", "expected"),
        [
            ("0", BODY, "1.00"),
            ("499.99", BODY, "1.00"),
            ("500", BODY, "0.75"),  # qf_min inclusive, qf_max exclusive
            ("800", THIRD, "0.25"),
            ("1199.99", DEBTOR, "0.10"),
            ("1200", DEBTOR, "0.00"),
            ("5000", BODY, "0.25"),  # open-ended top bracket
        ],
    )
    def test_suggestion(self, quotient: str, who: Responsibility, expected: str) -> None:
        assert suggest_relief_rate(DEFAULT_SCALE, Decimal(quotient), who) == Decimal(expected)

    def test_body_error_weighs_most(self) -> None:
        for quotient in (Decimal("100"), Decimal("600"), Decimal("900"), Decimal("2000")):
            body = suggest_relief_rate(DEFAULT_SCALE, quotient, BODY)
            third = suggest_relief_rate(DEFAULT_SCALE, quotient, THIRD)
            debtor = suggest_relief_rate(DEFAULT_SCALE, quotient, DEBTOR)
            assert body is not None and third is not None and debtor is not None
            assert body > third > debtor

    def test_unknown_quotient_or_no_row(self) -> None:
        assert suggest_relief_rate(DEFAULT_SCALE, None, BODY) is None
        assert suggest_relief_rate(DEFAULT_SCALE, Decimal("-1"), BODY) is None
        assert suggest_relief_rate((), Decimal("100"), BODY) is None
        partial = (ScaleRow(Decimal(0), Decimal(500), BODY, Decimal("0.5")),)
        assert suggest_relief_rate(partial, Decimal("500"), BODY) is None
        assert suggest_relief_rate(partial, Decimal("100"), DEBTOR) is None

    def test_overlap_is_reported_with_its_rows(self) -> None:
        scale = (
            ScaleRow(Decimal(0), Decimal(500), BODY, Decimal("1")),
            ScaleRow(Decimal(400), Decimal(800), BODY, Decimal("0.5")),
        )
        with pytest.raises(ValueError, match=r"rows 1 .* and 2 .* overlap"):
            validate_scale(scale)

    def test_open_ended_row_followed_by_another_overlaps(self) -> None:
        scale = (
            ScaleRow(Decimal(800), None, DEBTOR, Decimal("0.1")),
            ScaleRow(Decimal(0), Decimal(500), BODY, Decimal("1")),
            ScaleRow(Decimal(1000), None, DEBTOR, Decimal("0")),
        )
        with pytest.raises(ValueError, match=r"rows 1 .* and 3 .* overlap"):
            validate_scale(scale)

    def test_gap_is_reported_with_its_rows(self) -> None:
        scale = (
            ScaleRow(Decimal(0), Decimal(500), THIRD, Decimal("1")),
            ScaleRow(Decimal(600), None, THIRD, Decimal("0.5")),
        )
        with pytest.raises(ValueError, match=r"rows 1 .* and 2 .* gap from 500 to 600"):
            validate_scale(scale)

    def test_same_brackets_for_different_responsibilities_are_fine(self) -> None:
        validate_scale(
            (
                ScaleRow(Decimal(0), None, BODY, Decimal("1")),
                ScaleRow(Decimal(0), None, DEBTOR, Decimal("0")),
            )
        )

    @pytest.mark.parametrize(
        "row",
        [
            ScaleRow(Decimal(500), Decimal(500), BODY, Decimal("0.5")),
            ScaleRow(Decimal(-1), Decimal(500), BODY, Decimal("0.5")),
            ScaleRow(Decimal(0), Decimal(500), BODY, Decimal("1.01")),
            ScaleRow(Decimal(0), Decimal(500), BODY, Decimal("-0.1")),
        ],
    )
    def test_bad_rows(self, row: ScaleRow) -> None:
        with pytest.raises(ValueError, match="row 1"):
            validate_scale((row,))
