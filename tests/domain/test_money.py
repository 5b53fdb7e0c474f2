from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from telerecouv.domain.money import CENT, format_money, parse_money, to_money

NNBSP = "\u202f"
NBSP = "\u00a0"


class TestToMoney:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (Decimal("12.345"), "12.35"),  # half-up, not banker's rounding
            (Decimal("12.325"), "12.33"),
            (Decimal("12.344"), "12.34"),
            (Decimal("-12.345"), "-12.35"),
            (7, "7.00"),
            ("1234.5", "1234.50"),
            (" 3 ", "3.00"),
            (Decimal("-0.001"), "0.00"),
        ],
    )
    def test_rounds_half_up_to_the_cent(self, value: Decimal | int | str, expected: str) -> None:
        result = to_money(value)
        assert result == Decimal(expected)
        assert str(result) == expected
        assert result.as_tuple().exponent == -2

    def test_cent_constant(self) -> None:
        assert Decimal("0.01") == CENT

    @pytest.mark.parametrize("value", [1.5, 0.1, True])
    def test_rejects_floats_and_booleans(self, value: object) -> None:
        with pytest.raises(TypeError):
            to_money(value)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        "value", [Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity"), "nan", "inf", "abc"]
    )
    def test_rejects_non_finite_and_garbage(self, value: Decimal | str) -> None:
        with pytest.raises(ValueError):
            to_money(value)


class TestFormatMoney:
    def test_french_euro_format(self) -> None:
        assert format_money(Decimal("1240")) == f"1{NNBSP}240,00{NBSP}€"

    def test_other_currency_shows_its_code(self) -> None:
        assert format_money(Decimal("1240"), "MAD") == f"1{NNBSP}240,00{NBSP}MAD"
        assert format_money(Decimal("5"), "mad") == f"5,00{NBSP}MAD"

    @pytest.mark.parametrize(
        ("amount", "expected"),
        [
            ("0", "0,00"),
            ("0.5", "0,50"),
            ("999.99", "999,99"),
            ("1000", f"1{NNBSP}000,00"),
            ("1234567.891", f"1{NNBSP}234{NNBSP}567,89"),
            ("-12.3", "-12,30"),
            ("-1234.5", f"-1{NNBSP}234,50"),
        ],
    )
    def test_grouping_rounding_and_sign(self, amount: str, expected: str) -> None:
        assert format_money(Decimal(amount)) == f"{expected}{NBSP}€"

    def test_rejects_float(self) -> None:
        with pytest.raises(TypeError):
            format_money(12.5)  # type: ignore[arg-type]


class TestParseMoney:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("1 234 567,89", "1234567.89"),
            ("1234567.89", "1234567.89"),
            ("1.234.567,89", "1234567.89"),
            ("1,234,567.89", "1234567.89"),
            ("1 234,5", "1234.50"),
            ("-12,30", "-12.30"),
            ("+12", "12.00"),
            ("\u221212,30", "-12.30"),  # typographic minus
            ("12,30 €", "12.30"),
            ("12,30€", "12.30"),
            ("€ 12.30", "12.30"),
            ("1 240 MAD", "1240.00"),
            ("1 240,00 dh", "1240.00"),
            (f"1{NNBSP}234,50{NBSP}€", "1234.50"),
            ("1\u2009234,50", "1234.50"),  # thin space
            (f"1{NBSP}234", "1234.00"),
            ("  42  ", "42.00"),
            ("0,5", "0.50"),
            ("1.234.567", "1234567.00"),
            ("-0", "0.00"),
        ],
    )
    def test_accepted_notations(self, text: str, expected: str) -> None:
        result = parse_money(text)
        assert result == Decimal(expected)
        assert str(result) == expected

    @pytest.mark.parametrize(
        "text",
        [
            "",
            "   ",
            "abc",
            "€",
            "-",
            "12,345",  # lone separator + 3 digits: ambiguous
            "1.234",
            "1,234",
            "12,3456",
            "1.234.5",  # decimal separator equal to the grouping one
            "1 23,4",  # groups must have 3 digits
            "1 234.567,89",  # mixed grouping separators
            "12.",
            ".5",
            "1e5",
            "nan",
            "--1",
            "1,2,3",
            "12 abc",
        ],
    )
    def test_garbage_raises_value_error(self, text: str) -> None:
        with pytest.raises(ValueError, match=r"amount"):
            parse_money(text)

    def test_rejects_non_str(self) -> None:
        with pytest.raises(TypeError):
            parse_money(12.5)  # type: ignore[arg-type]

    @settings(max_examples=150, database=None)
    @given(cents=st.integers(min_value=-(10**11), max_value=10**11))
    def test_round_trips_with_format_money(self, cents: int) -> None:
        amount = Decimal(cents).scaleb(-2)
        assert parse_money(format_money(amount)) == amount
        assert parse_money(format_money(amount, "MAD")) == amount
