"""Field parsers for creditor files: French and ISO forms, fast on the common shapes.

Every parser takes the stripped, non-empty text of a cell and returns the value in the form
the database stores (money as integer cents, dates as `date`, times as aware UTC datetimes),
or raises `FieldError` with a reason that tells the creditor what to write instead.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from decimal import Decimal
from enum import StrEnum
from typing import TypeVar

import phonenumbers

from telerecouv.domain.money import parse_money
from telerecouv.store.errors import msg

E = TypeVar("E", bound=StrEnum)

MAX_CENTS = 10**14  # a trillion: anything larger is a shifted column, not an amount
MIN_YEAR, MAX_YEAR = 1900, 2100


class FieldError(ValueError):
    """A cell that cannot be read; `reason` is shown with the line and the field.

    The reason is a `msg()` (English, translatable by the interface). Given as a function
    (`FieldError(lambda: msg(...))`) it is built when first read: the column-by-column pass of
    `RowParser.parse_many` only needs to know that a cell is refused (the row is then parsed
    again one cell at a time, which reads the reason)."""

    def __init__(self, reason: str | Callable[[], str]) -> None:
        super().__init__()
        self._reason = reason

    @property
    def reason(self) -> str:
        reason = self._reason
        if not isinstance(reason, str):
            reason = self._reason = reason()
        return reason

    def __str__(self) -> str:
        return self.reason


def fold(text: str) -> str:
    """Key for lenient matching: lower case, no accents, runs of spaces/dashes as "_"."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.sub(r"[\s\-'’./]+", "_", bare).strip("_")


# --- text ------------------------------------------------------------------------------------


class text:  # noqa: N801 - used like the other parser factories: text(120)
    """Free text of at most `max_length` characters (kept as written, stripped)."""

    __slots__ = ("max_length",)

    def __init__(self, max_length: int) -> None:
        self.max_length = max_length

    def __call__(self, value: str) -> str:
        if len(value) > self.max_length:
            raise FieldError(
                lambda: msg(
                    "too long: {length} characters, at most {max_length}",
                    length=len(value),
                    max_length=self.max_length,
                )
            )
        return value


_EMAIL = re.compile(r"[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]{2,}")


def email(value: str) -> str:
    if len(value) > 254 or not _EMAIL.fullmatch(value):
        raise FieldError(
            lambda: msg("{value!r} is not an e-mail address (name@domain.fr)", value=value)
        )
    return value.lower()


_COUNTRY_NAMES = {
    fold(name): code
    for code, names in {
        "FR": ("France", "FRA"),
        "MA": ("Maroc", "Morocco", "MAR"),
        "BE": ("Belgique", "Belgium", "BEL"),
        "CH": ("Suisse", "Switzerland", "CHE"),
        "LU": ("Luxembourg", "LUX"),
        "DE": ("Allemagne", "Germany", "DEU"),
        "ES": ("Espagne", "Spain", "ESP"),
        "IT": ("Italie", "Italy", "ITA"),
        "PT": ("Portugal", "PRT"),
        "GB": ("Royaume-Uni", "United Kingdom", "GBR", "UK"),
        "DZ": ("Algérie", "Algeria", "DZA"),
        "TN": ("Tunisie", "Tunisia", "TUN"),
        "SN": ("Sénégal", "Senegal", "SEN"),
        "CI": ("Côte d'Ivoire", "CIV"),
        "RE": ("Réunion", "La Réunion", "REU"),
        "YT": ("Mayotte", "MYT"),
        "GP": ("Guadeloupe", "GLP"),
        "MQ": ("Martinique", "MTQ"),
        "GF": ("Guyane", "French Guiana", "GUF"),
    }.items()
    for name in names
}
_REGIONS = frozenset(phonenumbers.SUPPORTED_REGIONS)


def country(value: str) -> str:
    code = value.strip().upper()
    if len(code) == 2 and code in _REGIONS:
        return code
    named = _COUNTRY_NAMES.get(fold(value))
    if named is None:
        raise FieldError(
            lambda: msg("unknown country {value!r}: write the ISO code (FR, MA, BE…)", value=value)
        )
    return named


# --- numbers ---------------------------------------------------------------------------------

_PLAIN_MONEY = re.compile(r"(-?)(\d{1,15})(?:[.,](\d{1,2}))?")


_SPACED_MONEY = re.compile(r"-?\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:,\d{1,2})?")
_GROUP_SPACES = re.compile(r"[ \u00a0\u202f\u2009]")


# "1234", "1234,5", "1 234 567,89": at most 15 digits before the comma (3 + 4 x 3 grouped).
_COMMON_MONEY = re.compile(r"([0-9]{1,3}(?: [0-9]{3}){1,4}|[0-9]{1,15})(?:,([0-9]{1,2}))?")
_TENTHS = (0, 10, 1)  # the factor of a one- or two-digit fraction


def _fast_cents(value: str) -> int | None:
    """The common shapes, by one regex: "1234", "1234,5", "1 234 567,89"; else None."""
    match = _COMMON_MONEY.fullmatch(value)
    if match is None:
        return None
    units, frac = match.groups()
    if frac is None:
        return int(units.replace(" ", "")) * 100
    return int(units.replace(" ", "")) * 100 + int(frac) * _TENTHS[len(frac)]


def cents(value: str) -> int:
    """An amount as integer cents: "1234,56", "1 234 567,89", "1234.5", "1.234,56 €"."""
    amount = _fast_cents(value)
    if amount is None:
        amount = _slow_cents(value)
    if abs(amount) >= MAX_CENTS:
        raise FieldError(lambda: msg("amount {value!r} is too large", value=value))
    return amount


def _slow_cents(value: str) -> int:
    """Every accepted shape (signs, dots, grouping spaces of any kind, a currency sign)."""
    if not value.isascii() or " " in value:  # "1 234 567,89": thousands spaces
        value = _GROUP_SPACES.sub("", value) if _SPACED_MONEY.fullmatch(value) else value
    match = _PLAIN_MONEY.fullmatch(value)
    if match is not None:
        sign, units, frac = match.groups()
        amount = int(units) * 100 + (int(frac) * (10 if len(frac) == 1 else 1) if frac else 0)
        amount = -amount if sign else amount
    else:
        try:
            parsed = parse_money(value)
        except ValueError as exc:
            message = str(exc)
            raise FieldError(lambda: _money_reason(value, message)) from None
        amount = int(parsed.scaleb(2))
    return amount


def _money_reason(value: str, message: str) -> str:
    if re.fullmatch(r"-?\d{1,3}[.,]\d{3}", value.strip()):  # "1,234": a thousand, or decimals?
        return msg(
            "ambiguous amount: {value!r}; write 1234 or 1 234 for a thousand and use at most "
            "two decimals",
            value=value,
        )
    if re.fullmatch(r"-?\d+[.,]\d{3,}", value.strip()):
        return msg("{value!r} has more than two decimals", value=value)
    english = message.replace("not an amount: ", "not an amount ")
    # The domain's message (plain English), as a translatable msg() of the same text: the one
    # template its start or end names (one msg() built, this runs for every refused amount).
    if english.startswith("ambiguous amount: "):
        reason = msg(
            "ambiguous amount: {value!r}; write 1234 or 1 234 for a thousand and use at most "
            "two decimals",
            value=value,
        )
    elif english.endswith(" has a sign or currency but no digits"):
        reason = msg("not an amount {value!r} has a sign or currency but no digits", value=value)
    else:
        reason = msg(
            "not an amount {value!r}; expected digits with an optional comma or point and at "
            "most two decimals, e.g. 1 234,56 or 1234.56",
            value=value,
        )
    return reason if reason == english else english


def positive_cents(value: str) -> int:
    amount = cents(value)
    if amount <= 0:
        raise FieldError(lambda: msg("amount must be positive, got {value!r}", value=value))
    return amount


def non_negative_cents(value: str) -> int:
    amount = cents(value)
    if amount < 0:
        raise FieldError(lambda: msg("amount must not be negative, got {value!r}", value=value))
    return amount


def cents_to_decimal(amount: int) -> Decimal:
    return Decimal(amount).scaleb(-2)


# --- booleans and closed vocabularies --------------------------------------------------------

_BOOLEANS = {
    **dict.fromkeys(("1", "oui", "o", "true", "vrai", "yes", "y", "x"), True),
    **dict.fromkeys(("0", "non", "n", "false", "faux", "no"), False),
}


def boolean(value: str) -> bool:
    found = _BOOLEANS.get(value.strip().lower())
    if found is None:
        raise FieldError(
            lambda: msg("{value!r} is not a yes/no value (oui/non, 1/0, true/false)", value=value)
        )
    return found


def choice(enum: type[E], aliases: Mapping[str, E] | None = None) -> Callable[[str], E]:
    """A value of `enum`, by its code or an alias, ignoring case, accents and spacing."""
    table: dict[str, E] = {fold(member.value): member for member in enum}
    table.update({fold(member.name): member for member in enum})
    table.update({fold(alias): member for alias, member in (aliases or {}).items()})
    allowed = ", ".join(member.value for member in enum)
    seen: dict[str, E] = {}

    def parse(value: str) -> E:
        found = seen.get(value)
        if found is None:
            found = table.get(fold(value))
            if found is None:
                raise FieldError(
                    lambda: msg(
                        "unknown value {value!r}; expected one of: {allowed}",
                        value=value,
                        allowed=allowed,
                    )
                )
            if len(seen) < 1000:
                seen[value] = found
        return found

    return parse


# --- dates and times -------------------------------------------------------------------------

_DMY = re.compile(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})")
_YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?)?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_SHORT_YEAR = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2}")


def day(value: str) -> date:
    """A date written dd/mm/yyyy (also with "-" or "."), yyyy-mm-dd or yyyymmdd."""
    match = _DMY.fullmatch(value)
    if match is not None:
        d, _, m, y = match.groups()
    else:
        match = _YMD.fullmatch(value) or _COMPACT.fullmatch(value)
        if match is None:
            if _SHORT_YEAR.fullmatch(value):
                raise FieldError(
                    lambda: msg(
                        "{value!r} has a two-digit year; write it as dd/mm/yyyy", value=value
                    )
                )
            raise FieldError(
                lambda: msg("{value!r} is not a date; write dd/mm/yyyy or yyyy-mm-dd", value=value)
            )
        y, m, d = match.groups()
    return _checked_date(value, int(y), int(m), int(d))


def _checked_date(value: str, year: int, month: int, day_: int) -> date:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise FieldError(
            lambda: msg("{value!r}: year {year} is out of range", value=value, year=year)
        )
    try:
        return date(year, month, day_)
    except ValueError:
        raise FieldError(
            lambda: msg("{value!r} is not a valid date (day or month out of range)", value=value)
        ) from None


_DMY_TIME = re.compile(
    r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})[ T]+(\d{1,2})[:h](\d{2})(?::(\d{2})(?:[.,](\d{1,6}))?)?"
)
_ISO_TIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6}))?)?"
    r"\s*(Z|[+\-]\d{2}:?\d{2})?"
)


def moment(zone: tzinfo) -> Callable[[str], datetime]:
    """A date and time; without an offset it is read in `zone` (the organisation's).

    Accepted: "05/03/2024 14:30[:05]", "2024-03-05T14:30:05[.123][Z|+01:00]". Returns UTC.
    """

    def parse(value: str) -> datetime:
        match = _DMY_TIME.fullmatch(value)
        offset: str | None = None
        if match is not None:
            d, _, m, y, hh, mm, ss, frac = match.groups()
        else:
            match = _ISO_TIME.fullmatch(value)
            if match is None:
                raise FieldError(
                    lambda: msg(
                        "{value!r} is not a date and time; write dd/mm/yyyy hh:mm or "
                        "yyyy-mm-ddThh:mm:ss",
                        value=value,
                    )
                )
            y, m, d, hh, mm, ss, frac, offset = match.groups()
        on = _checked_date(value, int(y), int(m), int(d))
        try:
            at = time(int(hh), int(mm), int(ss or 0), int((frac or "0").ljust(6, "0")))
        except ValueError:
            raise FieldError(
                lambda: msg("{value!r}: the time is out of range", value=value)
            ) from None
        local = datetime.combine(on, at)
        if offset is None:
            return local.replace(tzinfo=zone).astimezone(UTC)
        if offset == "Z":
            return local.replace(tzinfo=UTC)
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        minutes = sign * (int(digits[:2]) * 60 + int(digits[2:]))
        return (local - timedelta(minutes=minutes)).replace(tzinfo=UTC)

    return parse
