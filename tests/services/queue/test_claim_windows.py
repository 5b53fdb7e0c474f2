"""Calling windows as next_item applies them: the debtor's own clock, DST, holidays, both zones."""

from __future__ import annotations

from datetime import datetime

import pytest

from telerecouv.domain.enums import Stage
from telerecouv.services.database import Database

from .claim_helpers import build
from .factory import utc


def _offered(setup, now: datetime) -> list[str]:
    """Every file an agent gets at `now`, in order (then handed back)."""
    setup.clock.now = now
    agent = setup.agents[0]
    leases = []
    while (lease := setup.service.next_item(agent)) is not None:
        leases.append(lease)
    for lease in leases:
        setup.service.release(agent, lease.item_id, lease.token)
    return sorted(setup.label_of(lease.debtor_id) for lease in leases)


FILES = {
    "paris": {"zones": "Europe/Paris", "stage": Stage.DEFAULT_M2},
    "reunion": {"zones": "Indian/Reunion"},
    "ambiguous_262": {"zones": "Indian/Mayotte,Indian/Reunion"},
    "guadeloupe": {"zones": "America/Guadeloupe"},
    "casablanca": {"zones": "Africa/Casablanca"},
}


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        # Monday 23 March 2026, Paris still on winter time (UTC+1): 07:30 UTC is 08:30 there
        # (and in Casablanca, UTC+1 all year but Ramadan).
        (utc(2026, 3, 23, 7, 30), ["ambiguous_262", "reunion"]),
        # Monday 30 March 2026, after the spring change (UTC+2): 07:30 UTC is 09:30 in Paris.
        (utc(2026, 3, 30, 7, 30), ["ambiguous_262", "paris", "reunion"]),
        # Monday 26 October 2026, back on winter time: 07:30 UTC is 08:30 in Paris again.
        (utc(2026, 10, 26, 7, 30), ["ambiguous_262", "reunion"]),
        # Monday 16 March 2026, Ramadan: Morocco on UTC+0, 08:00 UTC is 08:00 in Casablanca.
        (utc(2026, 3, 16, 8, 0), ["ambiguous_262", "paris", "reunion"]),
        # Monday 23 March 2026, after Ramadan (UTC+1): 08:00 UTC is 09:00 in Casablanca.
        (utc(2026, 3, 23, 8, 0), ["ambiguous_262", "casablanca", "paris", "reunion"]),
        # 05:30 UTC: 09:30 in Réunion (UTC+4) but 08:30 in Mayotte (UTC+3): a +262 number
        # that may be either must fit both, so it waits.
        (utc(2026, 3, 23, 5, 30), ["reunion"]),
        # 14:45 UTC: 18:45 Réunion, 17:45 Mayotte, 10:45 Guadeloupe (UTC-4, no DST).
        (
            utc(2026, 3, 23, 14, 45),
            ["ambiguous_262", "casablanca", "guadeloupe", "paris", "reunion"],
        ),
        # 15:15 UTC: 19:15 in Réunion, closed; the ambiguous number closes with it.
        (utc(2026, 3, 23, 15, 15), ["casablanca", "guadeloupe", "paris"]),
    ],
)
def test_offered_only_inside_the_calling_hours_of_every_zone_of_the_debtor(
    database: Database, now: datetime, expected: list[str]
) -> None:
    setup = build(database, FILES, agents=1, now=now)
    assert _offered(setup, now) == expected


def test_public_holidays_of_the_debtors_region(database: Database) -> None:
    setup = build(database, FILES, agents=1)
    # Friday 20 December 2024, 10:00 Paris: abolition of slavery, a holiday in Réunion only.
    assert _offered(setup, utc(2024, 12, 20, 9, 0)) == ["casablanca", "paris"]
    # Easter Monday 21 April 2025: holiday in France (overseas too), not in Morocco.
    assert _offered(setup, utc(2025, 4, 21, 9, 0)) == ["casablanca"]


def test_a_file_is_offered_as_soon_as_its_window_opens(database: Database) -> None:
    """The hopper built while Paris was closed is refreshed when Paris opens."""
    setup = build(database, {"paris": {"zones": "Europe/Paris"}}, agents=1)
    monday_8h50 = utc(2025, 3, 10, 7, 50)  # 08:50 in Paris
    assert _offered(setup, monday_8h50) == []
    assert _offered(setup, utc(2025, 3, 10, 8, 0)) == ["paris"]
    # lunch break 12:30-13:30 in Paris
    assert _offered(setup, utc(2025, 3, 10, 11, 45)) == []
    assert _offered(setup, utc(2025, 3, 10, 12, 30)) == ["paris"]


def test_manual_call_outside_the_window_is_refused_with_the_reason(database: Database) -> None:
    from telerecouv.services.queue.service import CallRefused

    setup = build(database, FILES, agents=1, now=utc(2026, 3, 23, 7, 30))
    reason = setup.service.check_manual_call(setup.debtors["paris"])
    assert reason == "hors des heures d'appel (08:30 en métropole)"
    with pytest.raises(CallRefused) as refused:
        setup.service.open_file(setup.agents[0], setup.debtors["paris"])
    assert refused.value.reason == reason
    assert setup.service.check_manual_call(setup.debtors["reunion"]) is None
    lease = setup.service.open_file(setup.agents[0], setup.debtors["reunion"])
    assert lease.debtor_id == setup.debtors["reunion"]
    assert setup.service.next_item(setup.agents[0]) is not None  # not the leased one
