"""Display helpers of the agent's workspace: dates, deadlines, local times (French style).

Dates are written dd/mm/yyyy whatever the system locale: the product speaks French and the
agents compare them with the letters they read aloud.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication

DASH = "\u2014"

# Zone names agents know ("Indian/Reunion" -> "Réunion").
_ZONE_NAMES = {
    "Europe/Paris": "Paris",
    "Indian/Reunion": "Réunion",
    "Indian/Mayotte": "Mayotte",
    "America/Guadeloupe": "Guadeloupe",
    "America/Martinique": "Martinique",
    "America/Cayenne": "Guyane",
    "America/St_Barthelemy": "Saint-Barthélemy",
    "America/Marigot": "Saint-Martin",
    "Africa/Casablanca": "Maroc",
    "Africa/El_Aaiun": "Laâyoune",
}


def day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else DASH


def zone_name(zone: str) -> str:
    return _ZONE_NAMES.get(zone, zone.rsplit("/", 1)[-1].replace("_", " "))


def zone_info(zone: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def local_time(zones: tuple[str, ...], now: datetime) -> str:
    """ "14:32 Paris", or "15:32 Réunion / 15:32 Mayotte" when the location is ambiguous."""
    parts = []
    for zone in zones:
        info = zone_info(zone)
        if info is not None:
            parts.append(f"{now.astimezone(info):%H:%M} {zone_name(zone)}")
    return " / ".join(parts) if parts else DASH


def moment(value: datetime | None, zone: str | None = None) -> str:
    """An instant in the given zone (the agent's own when None): "12/03/2025 14:32"."""
    if value is None:
        return DASH
    info = zone_info(zone) if zone else None
    shown = value.astimezone(info) if info else value.astimezone()
    return f"{shown:%d/%m/%Y %H:%M}"


def days_left(due: date | None, today: date) -> int | None:
    return (due - today).days if due else None


def deadline(due: date | None, today: date) -> str:
    """ "12/03/2025 (in 3 days)", "(today)", "(2 days ago)"."""
    if due is None:
        return DASH
    delta = (due - today).days
    if delta == 0:
        when = QCoreApplication.translate("agent_format", "today")
    elif delta == 1:
        when = QCoreApplication.translate("agent_format", "tomorrow")
    elif delta > 1:
        when = QCoreApplication.translate("agent_format", "in %1 days").replace("%1", str(delta))
    elif delta == -1:
        when = QCoreApplication.translate("agent_format", "yesterday")
    else:
        when = QCoreApplication.translate("agent_format", "%1 days ago").replace("%1", str(-delta))
    return f"{day(due)} ({when})"


def duration(seconds: float) -> str:
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def next_month_day(today: date, day_of_month: int = 5) -> date:
    """Default first due date of a plan: the given day of next month."""
    first_next = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
    return first_next.replace(day=day_of_month)
