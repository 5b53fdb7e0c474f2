"""Column types that keep money exact and times in UTC on both databases."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Generic, TypeVar, cast

from sqlalchemy import BigInteger, DateTime, Dialect, String
from sqlalchemy.types import TypeDecorator

E = TypeVar("E", bound=StrEnum)


class ScaledDecimal(TypeDecorator[Decimal]):
    """A Decimal stored as an integer count of its smallest unit (cents for money).

    Exact on SQLite (which has no decimal type) and PostgreSQL alike, and SUM() stays exact.
    """

    impl = BigInteger
    cache_ok = True

    def __init__(self, places: int = 2) -> None:
        super().__init__()
        self.places = places
        self.quantum = Decimal(1).scaleb(-places)

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money and rates are Decimal, never float")
        value = Decimal(value)
        if value != value.quantize(self.quantum):
            raise ValueError(f"{value} has more than {self.places} decimal places")
        return int(value.scaleb(self.places))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(int(value)).scaleb(-self.places).quantize(self.quantum)


def Money() -> ScaledDecimal:
    return ScaledDecimal(2)


def Rate() -> ScaledDecimal:
    return ScaledDecimal(4)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out; naive values are refused."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected a datetime, got {type(value).__name__}")
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetime: times are stored in UTC and must be aware")
        utc = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return utc.replace(tzinfo=None)
        return utc

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return cast(datetime, value).replace(tzinfo=UTC)
        return cast(datetime, value).astimezone(UTC)


class StrEnumType(TypeDecorator[E], Generic[E]):
    """A StrEnum stored as its value; unknown values are refused on the way in."""

    impl = String(32)
    cache_ok = True

    def __init__(self, enum_cls: type[E]) -> None:
        super().__init__()
        self.enum_cls = enum_cls

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return self.enum_cls(value).value

    def process_result_value(self, value: Any, dialect: Dialect) -> E | None:
        if value is None:
            return None
        return self.enum_cls(value)


def utcnow() -> datetime:
    return datetime.now(UTC)
