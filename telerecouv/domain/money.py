"""Money helpers: exact amounts to the cent, French display and lenient French/English input.

Money is always a `decimal.Decimal` with two decimal places; floats are refused everywhere
because they cannot represent most cent amounts exactly.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

__all__ = ["CENT", "NARROW_NBSP", "NBSP", "format_money", "parse_money", "to_money"]

CENT = Decimal("0.01")

NARROW_NBSP = "\u202f"  # thousands separator in French typography
NBSP = "\u00a0"  # between the amount and the currency symbol

# Currency codes shown as a symbol; any other code is shown as is ("1 240,00 MAD").
_SYMBOLS: dict[str, str] = {"EUR": "€"}

# Spaces users paste from spreadsheets and word processors, all read as a plain space.
_SPACES = re.compile("[\u00a0\u202f\u2009\u2007\u2002\u2003\t ]+")
# Currency marks accepted (and ignored) before or after the amount, case-insensitive.
_CURRENCY_MARK = r"(?:€|euros?|eur|mad|dirhams?|dhs?)"
_CURRENCY = re.compile(rf"^{_CURRENCY_MARK}\s*|\s*{_CURRENCY_MARK}$")
# Digits only, with an optional decimal part of one or two digits: "1234567.89", "12,3".
_PLAIN = re.compile(r"^(?P<int>\d+)(?:(?P<dec>[.,])(?P<frac>\d{1,2}))?$")
# Digits grouped by thousands with ONE separator used consistently ("1 234 567", "1.234.567"),
# then an optional decimal part whose separator differs from the grouping one.
_GROUPED = re.compile(
    r"^(?P<int>\d{1,3}(?P<sep>[ .,])\d{3}(?:(?P=sep)\d{3})*)"
    r"(?:(?P<dec>[.,])(?P<frac>\d{1,2}))?$"
)


def to_money(value: Decimal | int | str) -> Decimal:
    """Return `value` as a Decimal rounded half-up to the cent.

    Strings use the plain Python/Decimal syntax ("1234.5"); use `parse_money` for what users
    type. Floats (and booleans) raise TypeError; NaN, infinities and unreadable strings raise
    ValueError. A negative zero comes back as 0.00.
    """
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise TypeError(f"money must be Decimal, int or str, not {type(value).__name__}")
    try:
        amount = Decimal(value.strip()) if isinstance(value, str) else Decimal(value)
    except InvalidOperation:
        raise ValueError(f"not a decimal number: {value!r}") from None
    if not amount.is_finite():
        raise ValueError(f"money must be a finite number, not {value!r}")
    try:
        rounded = amount.quantize(CENT, rounding=ROUND_HALF_UP)
    except InvalidOperation:
        raise ValueError(f"amount too large: {value!r}") from None
    return abs(rounded) if rounded.is_zero() else rounded


def format_money(amount: Decimal, currency: str = "EUR") -> str:
    """Format an amount the French way: "1 240,00 €", "-12,30 €", "1 240,00 MAD".

    Thousands are separated by a narrow no-break space (U+202F) and the currency by a
    no-break space (U+00A0), so the figure never wraps across lines.
    """
    value = to_money(amount)
    sign = "-" if value < 0 else ""
    units, cents = f"{abs(value):.2f}".split(".")
    groups: list[str] = []
    while len(units) > 3:
        groups.insert(0, units[-3:])
        units = units[:-3]
    groups.insert(0, units)
    code = currency.strip().upper()
    symbol = _SYMBOLS.get(code, code)
    return f"{sign}{NARROW_NBSP.join(groups)},{cents}{NBSP}{symbol}"


def parse_money(text: str) -> Decimal:
    """Read an amount typed or pasted by a user, in French or English notation.

    Accepted: "1 234 567,89", "1234567.89", "1.234.567,89", "1,234,567.89", "1 234,5",
    "-12,30", "+12", "12,30 €", "€ 12.30", "1 240 MAD", with ordinary, no-break, narrow
    no-break or thin spaces. Rules:

    * a "," or "." followed by one or two digits at the end is the decimal separator;
    * separators followed by groups of exactly three digits group thousands; one grouping
      separator per number, used consistently ("1 234 567", "1.234.567", "1,234,567.89");
    * a lone "," or "." followed by three digits and nothing else ("1,234", "1.234") is
      refused as ambiguous: in French "1,234" is a mistyped decimal, in English a thousand.

    Raises ValueError with a message saying what is wrong on anything else.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_money expects a str, not {type(text).__name__}")
    cleaned = _SPACES.sub(" ", text).strip()
    if not cleaned:
        raise ValueError("empty amount: type a number such as 1 234,56")
    cleaned = _CURRENCY.sub("", cleaned.lower()).strip()

    negative = False
    if cleaned[:1] in ("-", "+", "\u2212"):
        negative = cleaned[0] != "+"
        cleaned = cleaned[1:].lstrip()
    if not cleaned:
        raise ValueError(f"not an amount: {text!r} has a sign or currency but no digits")

    match = _PLAIN.match(cleaned) or _GROUPED.match(cleaned)
    mixed_up = (
        match is not None
        and match.group("dec") is not None
        and (match.group("dec") == match.groupdict().get("sep"))
    )
    if match is None or mixed_up:
        raise ValueError(
            f"not an amount: {text!r}; expected digits with an optional comma or point and "
            "at most two decimals, e.g. 1 234,56 or 1234.56"
        )
    sep = match.groupdict().get("sep")
    if sep in (",", ".") and match.group("dec") is None and cleaned.count(sep) == 1:
        raise ValueError(
            f"ambiguous amount: {text!r}; write 1234 or 1 234 for a thousand and "
            "use at most two decimals"
        )
    digits = re.sub(r"\D", "", match.group("int"))
    frac = match.group("frac") or "0"
    amount = to_money(f"{digits}.{frac}")
    return -amount if negative and not amount.is_zero() else amount
