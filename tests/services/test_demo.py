"""The demo population is reproducible and looks like the published figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from telerecouv.domain.enums import EFFECTIVE_RESULTS, Reachability, WorkItemStatus
from telerecouv.services.database import Database, open_database
from telerecouv.services.demo import DemoBuilder
from telerecouv.store.models import CallAttempt, Claim, Debtor, WorkItem


def _fingerprint(db: Database) -> list[tuple[str, str]]:
    with db.sessions() as session:
        return [
            (ext, str(balance))
            for ext, balance in session.execute(
                select(Claim.external_id, Claim.balance).order_by(Claim.external_id)
            )
        ]


def test_same_seed_same_population(sqlite_database: Database, tmp_path) -> None:
    DemoBuilder(sqlite_database.sessions).build(debtors=150, seed=7)
    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    DemoBuilder(other.sessions).build(debtors=150, seed=7)
    assert _fingerprint(sqlite_database) == _fingerprint(other)
    other.dispose()


def test_rates_are_plausible(database: Database) -> None:
    report = DemoBuilder(database.sessions).build(debtors=1500, seed=11)
    assert report.debtors == 1500 and report.users["admin"] == "admin-demo"
    with database.sessions() as session:
        attempted = session.scalar(select(func.count(func.distinct(CallAttempt.debtor_id))))
        reached = session.scalar(
            select(func.count(func.distinct(CallAttempt.debtor_id))).where(
                CallAttempt.reachability == Reachability.RIGHT_PARTY
            )
        )
        effective = session.scalar(
            select(func.count(func.distinct(CallAttempt.debtor_id))).where(
                CallAttempt.reachability == Reachability.RIGHT_PARTY,
                CallAttempt.result.in_([r.value for r in EFFECTIVE_RESULTS]),
            )
        )
        to_locate = session.scalar(
            select(func.count()).where(WorkItem.status == WorkItemStatus.TO_LOCATE)
        )
        excluded = session.scalar(
            select(func.count()).where(WorkItem.status == WorkItemStatus.EXCLUDED)
        )
        countries = set(session.scalars(select(Debtor.country)))
        zones = set(session.scalars(select(Debtor.time_zones)))
    assert 0.5 < reached / attempted < 0.7
    assert 0.63 < effective / reached < 0.83
    assert to_locate > 0 and excluded > 0
    assert countries == {"FR", "MA"}
    assert {"Indian/Reunion", "Indian/Mayotte", "Africa/Casablanca", "Europe/Paris"} <= zones


def test_overseas_and_moroccan_files_are_called_in_their_own_time(
    sqlite_database: Database,
) -> None:
    """A work item carries its debtor's zones, so calling windows apply in local time."""
    DemoBuilder(sqlite_database.sessions).build(debtors=400, seed=3)
    with sqlite_database.sessions() as session:
        pairs = session.execute(
            select(Debtor.time_zones, WorkItem.time_zones).join(
                WorkItem, WorkItem.debtor_id == Debtor.id
            )
        ).all()
    assert pairs and all(debtor == item for debtor, item in pairs)
    zones = {item for _, item in pairs}
    assert "Africa/Casablanca" in zones
    assert zones - {"Europe/Paris", "Africa/Casablanca"}, "no overseas debtor in 400 files"


def test_calls_per_agent_hour_and_script_paths_are_plausible(sqlite_database: Database) -> None:
    """The team lead's dashboard shows 8-15 calls per agent-hour on demo data, calls of one
    agent follow each other on working days, and each call carries its path through the
    stage's script (shown in the review's detail pane)."""
    from datetime import timedelta

    from telerecouv.domain.scripts import load_library
    from telerecouv.paths import SCRIPTS_DIR
    from telerecouv.services.kpi import KpiFilter, KpiService
    from telerecouv.services.review import CallFilter, ReviewService
    from telerecouv.services.users import UserService
    from telerecouv.store.models import Organisation

    today = date(2026, 11, 20)
    DemoBuilder(sqlite_database.sessions).build(debtors=1500, seed=11, today=today)
    lead = UserService(sqlite_database.sessions).authenticate("lead1", "lead1-demo")
    kpis = KpiService(sqlite_database.sessions, use_rollups=False)
    period = KpiFilter(today - timedelta(days=120), today, by="agent")
    rows = kpis.figures(lead, period)
    assert len(rows) == 4
    for row in rows:
        assert row.calls_per_agent_hour is not None
        assert Decimal(8) <= row.calls_per_agent_hour <= Decimal(15), (row.label, row)
    library = load_library(SCRIPTS_DIR)
    with sqlite_database.sessions() as session:
        calls = session.execute(
            select(CallAttempt, Organisation.code)
            .join(Organisation, Organisation.id == CallAttempt.organisation_id)
            .order_by(CallAttempt.agent_id, CallAttempt.started_at)
        ).all()
    previous = None
    for call, org in calls:
        assert call.started_at.date() < today and call.started_at.weekday() < 5
        assert 7 <= call.started_at.hour < 20
        if previous is not None and previous.agent_id == call.agent_id:
            assert call.started_at >= previous.ended_at  # one call at a time
        previous = call
        script = library.select(org, call.stage).script
        assert script is not None and call.script_path, call.id
        script_id, *steps = call.script_path
        assert script_id == script.id
        assert steps[0] == script.start
        assert all(s.startswith("!") or s in script.steps for s in steps), call.script_path
    review = ReviewService(sqlite_database.sessions)
    [row] = review.page(lead, CallFilter(today - timedelta(days=120), today), offset=0, limit=1)
    detail = review.detail(lead, row.id)
    assert detail.script_path and detail.script_path[1] == "identify"
