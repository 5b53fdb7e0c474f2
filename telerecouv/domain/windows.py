"""Calling windows, public holidays and attempt caps in the debtor's own time (SPEC.md §3.4).

All instants in and out are aware UTC datetimes; the rules are applied in the wall-clock time
of each of the debtor's zones (zoneinfo), so a DST change (Paris in March and October,
Casablanca's shift around Ramadan) moves the window with the debtor's clock and never opens
it an hour early or late. Where the zone is ambiguous (a +262 number between Réunion and
Mayotte) a call must fit every zone: the window is the intersection.

Public holidays come from the `holidays` package for the zone's territory: metropolitan
France, Réunion, Mayotte, Guadeloupe, Martinique, French Guiana, Saint-Barthélemy,
Saint-Martin and Morocco (its Islamic holidays are the package's estimates).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays

# Zone → (country, subdivision) of its public-holiday calendar (the package's canonical codes:
# 974 Réunion, 976 Mayotte, 971 Guadeloupe, 972 Martinique, 973 Guyane). Alsace-Moselle's two
# extra days cannot be told from a time zone and are not applied.
ZONE_HOLIDAYS: dict[str, tuple[str, str | None]] = {
    "Europe/Paris": ("FR", None),
    "Indian/Reunion": ("FR", "974"),
    "Indian/Mayotte": ("FR", "976"),
    "America/Guadeloupe": ("FR", "971"),
    "America/Martinique": ("FR", "972"),
    "America/Cayenne": ("FR", "973"),
    "America/St_Barthelemy": ("FR", "BL"),
    "America/Marigot": ("FR", "MF"),
    "Africa/Casablanca": ("MA", None),
    "Africa/El_Aaiun": ("MA", None),
}
ZONE_NAMES: dict[str, str] = {
    "Europe/Paris": "en métropole",
    "Indian/Reunion": "à La Réunion",
    "Indian/Mayotte": "à Mayotte",
    "America/Guadeloupe": "en Guadeloupe",
    "America/Martinique": "en Martinique",
    "America/Cayenne": "en Guyane",
    "America/St_Barthelemy": "à Saint-Barthélemy",
    "America/Marigot": "à Saint-Martin",
    "Africa/Casablanca": "au Maroc",
    "Africa/El_Aaiun": "au Maroc",
}
WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
SEARCH_DAYS = 21  # how far ahead the next opening is looked for
_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$|^24:00$")


class HoursError(ValueError):
    """Calling hours that cannot be read; the message names the day and the range."""


@dataclass(frozen=True)
class CallingHours:
    """Local opening ranges per weekday (0 = Monday), sorted and not overlapping."""

    ranges: tuple[tuple[tuple[time, time], ...], ...]  # seven entries

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CallingHours:
        """Read `{"0": [["09:00", "12:30"], ["13:30", "19:00"]], ...}`; absent days are closed."""
        if not isinstance(data, Mapping):
            raise HoursError("calling hours are a mapping of weekday (0 = Monday) to ranges")
        days: list[tuple[tuple[time, time], ...]] = []
        for day in range(7):
            raw = data.get(str(day), [])
            if not isinstance(raw, list | tuple):
                raise HoursError(f"{WEEKDAYS_FR[day]}: a list of ranges is expected, got {raw!r}")
            parsed: list[tuple[time, time]] = []
            for pair in raw:
                if not isinstance(pair, list | tuple) or len(pair) != 2:
                    raise HoursError(f"{WEEKDAYS_FR[day]}: a range is two times, got {pair!r}")
                start, end = (_parse_time(str(v), day) for v in pair)
                if not start < end:
                    raise HoursError(
                        f"{WEEKDAYS_FR[day]}: the range {pair[0]}-{pair[1]} ends before it starts"
                    )
                parsed.append((start, end))
            parsed.sort()
            for (_, end), (start, _) in pairwise(parsed):
                if start < end:
                    raise HoursError(f"{WEEKDAYS_FR[day]}: two ranges overlap")
            days.append(tuple(parsed))
        unknown = set(data) - {str(d) for d in range(7)}
        if unknown:
            raise HoursError(
                f"unknown weekday key {sorted(unknown)[0]!r} (0 = Monday … 6 = Sunday)"
            )
        return cls(tuple(days))

    def to_json(self) -> dict[str, list[list[str]]]:
        return {
            str(day): [[_fmt(a), _fmt(b)] for a, b in ranges]
            for day, ranges in enumerate(self.ranges)
            if ranges
        }


def _parse_time(text: str, day: int) -> time:
    if not _HHMM.match(text):
        raise HoursError(f"{WEEKDAYS_FR[day]}: {text!r} is not a time like 09:00")
    if text == "24:00":
        return time.max
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def _fmt(value: time) -> str:
    return "24:00" if value == time.max else value.strftime("%H:%M")


@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def known_zone(name: str) -> bool:
    try:
        _zone(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def split_zones(zones: str | Iterable[str]) -> tuple[str, ...]:
    """ "Indian/Mayotte,Indian/Reunion" → ("Indian/Mayotte", "Indian/Reunion")."""
    items = zones.split(",") if isinstance(zones, str) else list(zones)
    return tuple(sorted({z.strip() for z in items if z and z.strip()}))


@cache
def _calendar(country: str, subdiv: str | None, year: int) -> holidays.HolidayBase:
    return holidays.country_holidays(country, subdiv=subdiv, years=year, language="fr")


def holiday_name(zone: str, day: date) -> str | None:
    """The public holiday on that local day in the zone's territory, or None."""
    country, subdiv = ZONE_HOLIDAYS.get(zone, (None, None))
    if country is None:
        return None
    name = _calendar(country, subdiv, day.year).get(day)
    return str(name).split(";")[0].strip() if name else None


@dataclass(frozen=True)
class WindowState:
    open: bool
    opens_at: datetime | None  # when closed: the next opening (UTC), None if none in 3 weeks
    closes_at: datetime | None  # when open: the end of the current range (UTC)
    reason: str | None  # when closed, in French: "jour férié (Assomption) en métropole"


def _local_instant(zone: ZoneInfo, day: date, at: time) -> datetime:
    """The UTC instant of a local wall time; in a DST gap, the first instant after the gap."""
    if at == time.max:
        return datetime.combine(day + timedelta(days=1), time(0), zone).astimezone(UTC)
    wall = datetime.combine(day, at)
    instant = wall.replace(tzinfo=zone).astimezone(UTC)
    if instant.astimezone(zone).replace(tzinfo=None) == wall:
        return instant
    # The wall time does not exist (clocks jumped over it). fold=1 reads it with the offset
    # after the jump, which lands before the jump: walk forward to where the clock is past it.
    probe = wall.replace(tzinfo=zone, fold=1).astimezone(UTC)
    for _ in range(24 * 60):
        if probe.astimezone(zone).replace(tzinfo=None) >= wall:
            return probe
        probe += timedelta(minutes=1)
    return instant


def _zone_state(zone_name: str, hours: CallingHours, at: datetime) -> WindowState:
    zone = _zone(zone_name)
    local = at.astimezone(zone)
    where = ZONE_NAMES.get(zone_name, f"({zone_name})")
    reason: str | None = None
    for offset in range(SEARCH_DAYS + 1):
        day = local.date() + timedelta(days=offset)
        holiday = holiday_name(zone_name, day)
        if holiday is not None:
            if offset == 0:
                reason = f"jour férié ({holiday}) {where}"
            continue
        for start, end in hours.ranges[day.weekday()]:
            begin = _local_instant(zone, day, start)
            finish = _local_instant(zone, day, end)
            if offset == 0 and begin <= at < finish:
                return WindowState(True, None, finish, None)
            if begin > at:
                if reason is None:
                    reason = _outside_reason(hours, local, where)
                return WindowState(False, begin, None, reason)
        if offset == 0 and reason is None:
            reason = _outside_reason(hours, local, where)
    return WindowState(False, None, None, reason or f"aucune plage d'appel {where}")


def _outside_reason(hours: CallingHours, local: datetime, where: str) -> str:
    weekday = local.weekday()
    if not hours.ranges[weekday]:
        return f"pas d'appel le {WEEKDAYS_FR[weekday]} {where}"
    return f"hors des heures d'appel ({local:%H:%M} {where})"


def window_state(zones: str | Iterable[str], hours: CallingHours, at: datetime) -> WindowState:
    """Whether a call may be made now in every one of the debtor's zones, and until when.

    Zones the system does not know are refused with a reason rather than guessed.
    """
    if at.tzinfo is None:
        raise ValueError("at must be an aware datetime")
    names = split_zones(zones)
    if not names:
        return WindowState(False, None, None, "fuseau horaire du débiteur inconnu")
    for name in names:
        if not known_zone(name):
            return WindowState(False, None, None, f"fuseau horaire inconnu : {name}")
    moment = at.astimezone(UTC)
    horizon = moment + timedelta(days=SEARCH_DAYS)
    first_reason: str | None = None
    while moment <= horizon:
        states = [_zone_state(name, hours, moment) for name in names]
        closed = [s for s in states if not s.open]
        if not closed:
            closes = min(s.closes_at for s in states if s.closes_at is not None)
            if moment == at.astimezone(UTC):
                return WindowState(True, None, closes, None)
            return WindowState(False, moment, None, first_reason)
        if first_reason is None:
            first_reason = closed[0].reason
        if any(s.opens_at is None for s in closed):
            break
        moment = max(s.opens_at for s in closed if s.opens_at is not None)
    return WindowState(False, None, None, first_reason)


# -- attempt caps and the quiet period --------------------------------------------------------


@dataclass(frozen=True)
class CapState:
    allowed_from: datetime | None  # None: a call is allowed now
    reason: str | None


def caps_state(
    attempts: Sequence[datetime],
    *,
    zones: str | Iterable[str],
    daily_cap: int,
    weekly_cap: int,
    at: datetime,
) -> CapState:
    """The daily cap counts attempts on the debtor's local calendar day (in every zone); the
    weekly cap counts the 7 days before `at` (Regulation F: 7 calls within 7 days)."""
    if at.tzinfo is None:
        raise ValueError("at must be an aware datetime")
    now = at.astimezone(UTC)
    floors: list[tuple[datetime, str]] = []
    for name in split_zones(zones) or ("UTC",):
        zone = _zone(name) if known_zone(name) else _zone("UTC")
        today = now.astimezone(zone).date()
        same_day = [t for t in attempts if t.astimezone(zone).date() == today and t <= now]
        if daily_cap >= 0 and len(same_day) >= daily_cap:
            tomorrow = datetime.combine(today + timedelta(days=1), time(0), zone).astimezone(UTC)
            floors.append(
                (tomorrow, f"{len(same_day)} tentatives aujourd'hui (maximum {daily_cap} par jour)")
            )
    week = sorted(t for t in attempts if now - timedelta(days=7) < t <= now)
    if weekly_cap >= 0 and len(week) >= weekly_cap:
        # The call that must drop out of the 7-day window before another is allowed.
        leaving = week[len(week) - weekly_cap] if weekly_cap > 0 else now
        floors.append(
            (
                leaving + timedelta(days=7),
                f"{len(week)} tentatives en 7 jours (maximum {weekly_cap})",
            )
        )
    if not floors:
        return CapState(None, None)
    allowed, reason = max(floors)
    return CapState(allowed, reason)


def quiet_until(last_contact: datetime | None, quiet_days: int) -> datetime | None:
    """No new call for `quiet_days` after a conversation with the debtor (unless they asked)."""
    if last_contact is None or quiet_days <= 0:
        return None
    return last_contact + timedelta(days=quiet_days)
