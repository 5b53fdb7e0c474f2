"""Calling windows, public holidays and caps in the debtor's local time (SPEC.md §3.4).

Every expected instant is written in UTC and was worked out by hand from the zone's offset on
that date, so a wrong DST handling shows as a one-hour difference.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from telerecouv.domain.windows import (
    CallingHours,
    HoursError,
    caps_state,
    holiday_name,
    quiet_until,
    split_zones,
    window_state,
)

DEFAULT = {str(day): [["09:00", "12:30"], ["13:30", "19:00"]] for day in range(5)}
HOURS = CallingHours.from_json(DEFAULT)
PARIS = "Europe/Paris"
RAMADAN = "Africa/Casablanca"
PLUS_262 = "Indian/Mayotte,Indian/Reunion"  # a +262 number: Réunion or Mayotte


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


# -- the organisation's hours in the debtor's zone ---------------------------------------------


def test_open_inside_the_hours_and_closed_at_lunch_with_the_reason() -> None:
    monday = window_state(PARIS, HOURS, utc(2026, 11, 23, 8, 30))  # 09:30 in Paris (UTC+1)
    assert monday.open and monday.reason is None
    assert monday.closes_at == utc(2026, 11, 23, 11, 30)
    lunch = window_state(PARIS, HOURS, utc(2026, 11, 23, 11, 45))
    assert not lunch.open
    assert lunch.opens_at == utc(2026, 11, 23, 12, 30)
    assert lunch.reason == "hors des heures d'appel (12:45 en métropole)"


def test_weekend_reason_and_next_opening_on_monday() -> None:
    saturday = window_state(PARIS, HOURS, utc(2026, 11, 28, 10, 0))
    assert not saturday.open
    assert saturday.reason == "pas d'appel le samedi en métropole"
    assert saturday.opens_at == utc(2026, 11, 30, 8, 0)


def test_paris_spring_forward_moves_the_opening_one_hour_earlier_in_utc() -> None:
    # Friday 27 March 2026, still UTC+1: 09:00 is 08:00 UTC.
    friday = window_state(PARIS, HOURS, utc(2026, 3, 27, 7, 30))
    assert not friday.open and friday.opens_at == utc(2026, 3, 27, 8, 0)
    # Clocks go forward on Sunday 29 March; from Friday evening the next opening is Monday
    # 09:00 CEST = 07:00 UTC, not 08:00.
    evening = window_state(PARIS, HOURS, utc(2026, 3, 27, 18, 30))
    assert evening.reason == "hors des heures d'appel (19:30 en métropole)"
    assert evening.opens_at == utc(2026, 3, 30, 7, 0)
    assert window_state(PARIS, HOURS, utc(2026, 3, 30, 7, 0)).open
    assert not window_state(PARIS, HOURS, utc(2026, 3, 30, 6, 59)).open


def test_paris_fall_back_moves_the_opening_one_hour_later_in_utc() -> None:
    friday = window_state(PARIS, HOURS, utc(2026, 10, 23, 16, 59))  # 18:59 CEST
    assert friday.open and friday.closes_at == utc(2026, 10, 23, 17, 0)
    evening = window_state(PARIS, HOURS, utc(2026, 10, 23, 17, 0))
    assert not evening.open
    assert evening.opens_at == utc(2026, 10, 26, 8, 0)  # Monday 09:00 CET


def test_a_range_starting_inside_the_dst_gap_opens_when_the_clock_jumps() -> None:
    night = CallingHours.from_json({"6": [["02:30", "04:00"]]})
    # Sunday 29 March 2026: 02:00-03:00 does not exist in Paris.
    state = window_state(PARIS, night, utc(2026, 3, 29, 0, 0))
    assert state.opens_at == utc(2026, 3, 29, 1, 0)  # 03:00 CEST, the first instant after
    inside = window_state(PARIS, night, utc(2026, 3, 29, 1, 30))
    assert inside.open and inside.closes_at == utc(2026, 3, 29, 2, 0)  # 04:00 CEST
    # Sunday 25 October 2026: 02:30 happens twice; the range opens at the first one.
    autumn = window_state(PARIS, night, utc(2026, 10, 25, 0, 0))
    assert autumn.opens_at == utc(2026, 10, 25, 0, 30)
    late = window_state(PARIS, night, utc(2026, 10, 25, 2, 30))  # 03:30 CET
    assert late.open and late.closes_at == utc(2026, 10, 25, 3, 0)


def test_casablanca_ramadan_change_moves_the_window_with_the_debtors_clock() -> None:
    # Morocco is UTC+1 except around Ramadan: UTC+0 from 15 February to 22 March 2026.
    before = window_state(RAMADAN, HOURS, utc(2026, 2, 13, 8, 0))  # Friday 09:00 (UTC+1)
    assert before.open
    friday_evening = window_state(RAMADAN, HOURS, utc(2026, 2, 13, 18, 30))  # 19:30 local
    assert friday_evening.reason == "hors des heures d'appel (19:30 au Maroc)"
    assert friday_evening.opens_at == utc(2026, 2, 16, 9, 0)  # Monday 09:00 at UTC+0
    during = window_state(RAMADAN, HOURS, utc(2026, 3, 2, 8, 30))  # 08:30 local
    assert not during.open and during.opens_at == utc(2026, 3, 2, 9, 0)
    after = window_state(RAMADAN, HOURS, utc(2026, 3, 23, 8, 0))  # Monday 09:00 (UTC+1)
    assert after.open and after.closes_at == utc(2026, 3, 23, 11, 30)


def test_eid_holidays_and_the_clock_change_together_in_morocco() -> None:
    thursday = window_state(RAMADAN, HOURS, utc(2026, 3, 19, 18, 30))  # 18:30 at UTC+0
    assert thursday.open and thursday.closes_at == utc(2026, 3, 19, 19, 0)
    # Friday 20 March is Eid al-Fitr (the package's estimate), then the weekend, and the
    # clocks go back to UTC+1 on Sunday: Monday 09:00 is 08:00 UTC.
    closed = window_state(RAMADAN, HOURS, utc(2026, 3, 19, 19, 5))
    assert closed.opens_at == utc(2026, 3, 23, 8, 0)
    holiday = window_state(RAMADAN, HOURS, utc(2026, 3, 20, 10, 0))
    assert holiday.reason is not None and holiday.reason.startswith("jour férié (Fête de la")


@pytest.mark.parametrize(
    ("zone", "utc_offset_hours"),
    [
        ("Indian/Reunion", 4),
        ("Indian/Mayotte", 3),
        ("America/Guadeloupe", -4),
        ("America/Martinique", -4),
        ("America/Cayenne", -3),
    ],
)
@pytest.mark.parametrize("monday", [date(2026, 1, 12), date(2026, 3, 30), date(2026, 7, 6)])
def test_overseas_zones_without_dst_keep_the_same_utc_opening_all_year(
    zone: str, utc_offset_hours: int, monday: date
) -> None:
    opening = datetime(monday.year, monday.month, monday.day, 9, tzinfo=UTC) - timedelta(
        hours=utc_offset_hours
    )
    assert not window_state(zone, HOURS, opening - timedelta(minutes=1)).open
    assert window_state(zone, HOURS, opening - timedelta(minutes=1)).opens_at == opening
    state = window_state(zone, HOURS, opening)
    assert state.open
    assert state.closes_at == opening + timedelta(hours=3, minutes=30)


# -- ambiguous +262 numbers: the call must fit both Réunion (UTC+4) and Mayotte (UTC+3) ---------


def test_ambiguous_reunion_mayotte_window_is_the_intersection() -> None:
    # Réunion is open 05:00-08:30 and 09:30-15:00 UTC, Mayotte 06:00-09:30 and 10:30-16:00.
    early = window_state(PLUS_262, HOURS, utc(2026, 11, 23, 5, 30))
    assert not early.open
    assert early.opens_at == utc(2026, 11, 23, 6, 0)
    assert early.reason == "hors des heures d'appel (08:30 à Mayotte)"
    morning = window_state(PLUS_262, HOURS, utc(2026, 11, 23, 6, 30))
    assert morning.open and morning.closes_at == utc(2026, 11, 23, 8, 30)  # Réunion lunch
    gap = window_state(PLUS_262, HOURS, utc(2026, 11, 23, 8, 45))
    assert not gap.open and gap.opens_at == utc(2026, 11, 23, 10, 30)
    afternoon = window_state(PLUS_262, HOURS, utc(2026, 11, 23, 10, 45))
    assert afternoon.open and afternoon.closes_at == utc(2026, 11, 23, 15, 0)
    assert split_zones(" Indian/Reunion ,Indian/Mayotte,") == ("Indian/Mayotte", "Indian/Reunion")
    assert window_state(["Indian/Reunion", "Indian/Mayotte"], HOURS, utc(2026, 11, 23, 7)).open


def test_a_holiday_in_mayotte_closes_an_ambiguous_file_even_if_reunion_works() -> None:
    at = utc(2026, 4, 27, 7, 0)  # Monday 27 April: abolition of slavery in Mayotte only
    assert window_state("Indian/Reunion", HOURS, at).open
    state = window_state(PLUS_262, HOURS, at)
    assert not state.open
    assert state.reason == "jour férié (Abolition de l'esclavage) à Mayotte"
    assert state.opens_at == utc(2026, 4, 28, 6, 0)


# -- public holidays of the debtor's region ------------------------------------------------------


def test_bastille_day_closes_metropolitan_france_until_the_next_morning() -> None:
    state = window_state(PARIS, HOURS, utc(2026, 7, 14, 8, 0))
    assert not state.open
    assert state.reason == "jour férié (Fête nationale) en métropole"
    assert state.opens_at == utc(2026, 7, 15, 7, 0)


@pytest.mark.parametrize(
    ("zone", "day", "name", "where"),
    [
        ("America/Guadeloupe", date(2026, 5, 27), "Abolition de l'esclavage", "en Guadeloupe"),
        ("America/Martinique", date(2026, 5, 22), "Abolition de l'esclavage", "en Martinique"),
        ("America/Cayenne", date(2026, 6, 10), "Abolition de l'esclavage", "en Guyane"),
        ("Indian/Reunion", date(2027, 12, 20), "Abolition de l'esclavage", "à La Réunion"),
        ("Africa/Casablanca", date(2026, 7, 30), "Fête du Trône", "au Maroc"),
        ("Africa/Casablanca", date(2026, 11, 18), "Fête de l'indépendance", "au Maroc"),
    ],
)
def test_regional_holidays_close_only_their_territory(
    zone: str, day: date, name: str, where: str
) -> None:
    assert holiday_name(zone, day) == name
    assert holiday_name(PARIS, day) is None
    noon = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
    state = window_state(zone, HOURS, noon)
    assert not state.open
    assert state.reason == f"jour férié ({name}) {where}"
    assert window_state(PARIS, HOURS, datetime(day.year, day.month, day.day, 9, tzinfo=UTC)).open


def test_overseas_territories_share_the_national_holidays() -> None:
    for zone in ("Indian/Reunion", "Indian/Mayotte", "America/Cayenne", "America/Martinique"):
        assert holiday_name(zone, date(2026, 11, 11)) == "Armistice"
    assert holiday_name("Asia/Tokyo", date(2026, 1, 1)) is None  # no calendar: no holiday


# -- refusals that must say why ----------------------------------------------------------------


def test_unknown_or_missing_zones_are_refused_not_guessed() -> None:
    at = utc(2026, 11, 23, 9)
    assert window_state("Mars/Olympus", HOURS, at).reason == "fuseau horaire inconnu : Mars/Olympus"
    empty = window_state("", HOURS, at)
    assert not empty.open and empty.reason == "fuseau horaire du débiteur inconnu"
    with pytest.raises(ValueError, match="aware"):
        window_state(PARIS, HOURS, datetime(2026, 11, 23, 9))


def test_hours_with_no_range_never_open() -> None:
    closed = CallingHours.from_json({})
    state = window_state(PARIS, closed, utc(2026, 11, 23, 9))
    assert not state.open and state.opens_at is None
    assert state.reason == "pas d'appel le lundi en métropole"


def test_calling_hours_round_trip_and_midnight() -> None:
    assert HOURS.to_json() == DEFAULT
    late = CallingHours.from_json({"4": [["20:00", "24:00"]], "5": [["00:00", "01:00"]]})
    assert late.to_json() == {"4": [["20:00", "24:00"]], "5": [["00:00", "01:00"]]}
    state = window_state(PARIS, late, utc(2026, 11, 27, 22, 30))  # Friday 23:30
    assert state.open and state.closes_at == utc(2026, 11, 27, 23, 0)


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"0": [["9h", "12:00"]]}, "lundi: '9h' is not a time like 09:00"),
        ({"1": [["12:00", "09:00"]]}, "mardi: the range 12:00-09:00 ends before it starts"),
        ({"2": [["09:00", "12:00"], ["11:00", "14:00"]]}, "mercredi: two ranges overlap"),
        ({"3": [["09:00"]]}, "jeudi: a range is two times"),
        ({"4": "09:00-12:00"}, "vendredi: a list of ranges is expected"),
        ({"7": [["09:00", "12:00"]]}, "unknown weekday key '7'"),
        ({"0": [["25:00", "26:00"]]}, "lundi: '25:00' is not a time"),
    ],
)
def test_bad_calling_hours_name_the_day_and_the_range(
    document: dict[str, object], message: str
) -> None:
    with pytest.raises(HoursError) as caught:
        CallingHours.from_json(document)
    assert message in str(caught.value)


# -- caps per day and per week, the quiet period -------------------------------------------------


def test_daily_cap_counts_attempts_on_the_debtors_local_day() -> None:
    attempts = [utc(2026, 11, 23, 8), utc(2026, 11, 23, 9), utc(2026, 11, 23, 10)]
    state = caps_state(attempts, zones=PARIS, daily_cap=3, weekly_cap=7, at=utc(2026, 11, 23, 11))
    assert state.allowed_from == utc(2026, 11, 23, 23, 0)  # midnight in Paris
    assert state.reason == "3 tentatives aujourd'hui (maximum 3 par jour)"
    two = caps_state(attempts[:2], zones=PARIS, daily_cap=3, weekly_cap=7, at=utc(2026, 11, 23, 11))
    assert two.allowed_from is None and two.reason is None


def test_daily_cap_day_boundary_depends_on_the_zone() -> None:
    # 21:00 UTC on the 22nd is already the 23rd in Réunion (01:00) and Mayotte (00:00),
    # but still the 22nd in Paris (22:00).
    attempts = [utc(2026, 11, 22, 21), utc(2026, 11, 23, 5), utc(2026, 11, 23, 6)]
    at = utc(2026, 11, 23, 7)
    paris = caps_state(attempts, zones=PARIS, daily_cap=3, weekly_cap=7, at=at)
    assert paris.allowed_from is None
    reunion = caps_state(attempts, zones="Indian/Reunion", daily_cap=3, weekly_cap=7, at=at)
    assert reunion.allowed_from == utc(2026, 11, 23, 20)  # midnight UTC+4
    both = caps_state(attempts, zones=PLUS_262, daily_cap=3, weekly_cap=7, at=at)
    assert both.allowed_from == utc(2026, 11, 23, 21)  # the later midnight (Mayotte, UTC+3)


def test_daily_cap_over_the_paris_dst_change_uses_the_local_midnight() -> None:
    attempts = [utc(2026, 3, 28, 9), utc(2026, 3, 28, 10), utc(2026, 3, 28, 11)]
    state = caps_state(attempts, zones=PARIS, daily_cap=3, weekly_cap=7, at=utc(2026, 3, 28, 12))
    assert state.allowed_from == utc(2026, 3, 28, 23)  # Sunday 00:00 is still CET
    october = [utc(2026, 10, 24, 9), utc(2026, 10, 24, 10), utc(2026, 10, 24, 11)]
    state = caps_state(october, zones=PARIS, daily_cap=3, weekly_cap=7, at=utc(2026, 10, 24, 12))
    assert state.allowed_from == utc(2026, 10, 24, 22)  # Sunday 00:00 is still CEST


def test_weekly_cap_counts_the_seven_days_before() -> None:
    attempts = [utc(2026, 11, day, 8) for day in range(17, 24)]  # one a day, 17th to 23rd
    at = utc(2026, 11, 23, 12)
    state = caps_state(attempts, zones=PARIS, daily_cap=3, weekly_cap=7, at=at)
    assert state.allowed_from == utc(2026, 11, 24, 8)  # when the call of the 17th drops out
    assert state.reason == "7 tentatives en 7 jours (maximum 7)"
    older = [utc(2026, 11, 16, 8), *attempts[1:]]
    assert caps_state(older, zones=PARIS, daily_cap=3, weekly_cap=7, at=at).allowed_from is None


def test_when_both_caps_bite_the_later_date_wins() -> None:
    attempts = [utc(2026, 11, 21, 8), utc(2026, 11, 21, 9), utc(2026, 11, 21, 10)]
    attempts += [utc(2026, 11, 23, 8), utc(2026, 11, 23, 9), utc(2026, 11, 23, 10)]
    state = caps_state(attempts, zones=PARIS, daily_cap=3, weekly_cap=5, at=utc(2026, 11, 23, 11))
    # Daily: midnight (23:00 UTC); weekly: the 21st 09:00 call leaves on the 28th.
    assert state.allowed_from == utc(2026, 11, 28, 9)
    assert state.reason == "6 tentatives en 7 jours (maximum 5)"


def test_quiet_period_after_a_conversation() -> None:
    assert quiet_until(None, 7) is None
    assert quiet_until(utc(2026, 11, 23, 10), 0) is None
    assert quiet_until(utc(2026, 11, 23, 10), 7) == utc(2026, 11, 30, 10)
