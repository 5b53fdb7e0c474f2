"""Periods of reports and their SQL buckets, the same on SQLite and PostgreSQL.

A period `date_from..date_to` (both included) is read in the reporting zone (Europe/Paris by
default): it starts at 00:00 local time on `date_from` and ends at 24:00 on `date_to`.
Day/week/month buckets of a timestamp are taken from its UTC date: calls happen inside
calling hours (09:00-19:00 local), where the UTC date and the local date are the same for
every zone we serve (metropolitan France, overseas departments, Morocco).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from sqlalchemy import Date, String, cast, func, literal_column
from sqlalchemy.sql.elements import ColumnElement

from telerecouv.store.errors import ValidationError, msg

REPORT_ZONE = "Europe/Paris"

Bucket = Literal["day", "week", "month"]


def period_bounds(
    date_from: date, date_to: date, zone: str = REPORT_ZONE
) -> tuple[datetime, datetime]:
    """[start, end) in UTC of the local days date_from..date_to (both included)."""
    if date_to < date_from:
        raise ValidationError(
            msg(
                "The period ends ({date_to:%d/%m/%Y}) before it starts ({date_from:%d/%m/%Y}).",
                date_to=date_to,
                date_from=date_from,
            ),
            field="date_to",
        )
    tz = ZoneInfo(zone)
    start = datetime.combine(date_from, time(0), tz).astimezone(UTC)
    end = datetime.combine(date_to + timedelta(days=1), time(0), tz).astimezone(UTC)
    return start, end


def bucket_of(
    column: Any, bucket: Bucket, dialect: str, *, is_date: bool = False
) -> ColumnElement[str]:
    """The bucket key of a timestamp (or a date) column as text: 2026-11-02 (day), the
    Monday of its week 2026-11-02 (week), 2026-11 (month)."""
    if dialect == "sqlite":
        # SQLite stores both as ISO text ("2026-11-02 09:15:00.000000" / "2026-11-02").
        if bucket == "day":
            return func.substr(column, 1, 10)
        if bucket == "month":
            return func.substr(column, 1, 7)
        return func.date(func.substr(column, 1, 10), "weekday 0", "-6 days")
    value = column if is_date else func.timezone("UTC", column)
    if bucket == "day":
        return cast(cast(value, Date), String)
    if bucket == "month":
        return func.to_char(value, literal_column("'YYYY-MM'"))
    return cast(cast(func.date_trunc("week", value), Date), String)


def seconds_between(start: Any, end: Any, dialect: str) -> ColumnElement[Any]:
    """end - start in seconds (milliseconds precision on SQLite)."""
    if dialect == "sqlite":
        return func.round((func.julianday(end) - func.julianday(start)) * 86400000.0) / 1000.0
    return func.extract("epoch", end - start)
