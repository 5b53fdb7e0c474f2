"""KPI figures against a hand-computed week (2-8 November 2026), on both databases."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

import pytest

from telerecouv.domain.enums import (
    CallResult,
    InstalmentStatus,
    Phase,
    PlanStatus,
    PromiseStatus,
    Reachability,
    Stage,
)
from telerecouv.domain.kpi import CallFact, compute_kpis
from telerecouv.services.database import Database
from telerecouv.services.kpi import KpiFilter, KpiRow, KpiService
from telerecouv.store.errors import PermissionDenied, ValidationError
from telerecouv.store.models import AppSetting, CallAttempt, Instalment, Payment, Promise
from tests.services.lead_factory import RP, World, at, build_world

WEEK = KpiFilter(date_from=date(2026, 11, 2), date_to=date(2026, 11, 8))
D = Decimal


@pytest.fixture
def world(database: Database) -> World:
    w = build_world(database.sessions)
    w.debtor("D1", notice_due=date(2026, 11, 15))
    w.debtor("D2")
    w.debtor("D3")
    w.debtor("D4", stage=Stage.DEFAULT_M1, phase=Phase.LITIGATION)
    w.debtor("D5", org=w.org2_id)
    w.debtor("D6")
    w.debtor("D7", notice_due=date(2026, 11, 1))
    no, tp = Reachability.NO_ANSWER, Reachability.THIRD_PARTY
    w.call("D1", "a1", at(2, 10), no, seconds=30)
    c2 = w.call("D1", "a1", at(3, 10), RP, CallResult.PLAN_AGREED, seconds=300)
    w.call("D2", "a1", at(2, 11), tp, CallResult.CALLBACK_REQUESTED, seconds=60)
    w.call("D2", "a2", at(4, 10), RP, CallResult.REFUSAL, seconds=200)
    w.call("D3", "a2", at(4, 11), Reachability.VOICEMAIL, seconds=20)
    c6 = w.call("D4", "b1", at(5, 10), RP, CallResult.FULL_PAYMENT_PROMISED, seconds=240)
    w.call("D4", "b1", at(5, 12), RP, CallResult.CALLBACK_REQUESTED, seconds=None)
    w.call("D5", "b1", at(6, 10), Reachability.BUSY, seconds=10)
    w.call("D7", "a2", at(4, 14), RP, CallResult.ALREADY_PAID, seconds=60)
    # Outside the week: ignored.
    w.call("D1", "a1", at(10, 10), RP, CallResult.DISPUTE)
    w.call("D6", "a1", at(30, 10, month=10), RP, CallResult.PLAN_AGREED)

    plan = w.plan("D1", "a1", c2, months=12, total="1200.00")
    w.plan("D1", "a1", c2, months=30, total="9999.00", status=PlanStatus.REJECTED)
    for number, due, status in (
        (1, date(2026, 11, 3), InstalmentStatus.PAID),
        (2, date(2026, 11, 7), InstalmentStatus.DUE),  # unpaid past its 3 grace days
        (3, date(2026, 12, 3), InstalmentStatus.DUE),  # not in the week
    ):
        w.add(
            Instalment(plan_id=plan, number=number, due_on=due, amount=D("100.00"), status=status)
        )
    for amount, due, status in (
        ("300.00", date(2026, 11, 6), PromiseStatus.KEPT),
        ("50.00", date(2026, 11, 8), PromiseStatus.PENDING),  # unpaid past its grace days
    ):
        w.add(
            Promise(
                debtor_id=w.debtors["D4"],
                call_id=c6,
                agent_id=w.users["b1"],
                amount=D(amount),
                due_on=due,
                status=status,
            )
        )
    for n, (ext, amount, day) in enumerate(
        (
            ("D1", "100.00", date(2026, 11, 3)),
            ("D4", "300.00", date(2026, 11, 6)),  # litigation phase
            ("D3", "25.50", date(2026, 11, 7)),
            ("D6", "999.00", date(2026, 11, 7)),  # never called in or before... only in Oct
            ("D2", "999.00", date(2026, 10, 20)),  # before the week
        )
    ):
        org = w.org2_id if ext == "D5" else w.org_id
        w.add(
            Payment(
                organisation_id=org,
                external_id=f"P{n}",
                claim_id=w.claims[ext],
                amount=D(amount),
                paid_on=day,
            )
        )
    return w


def service(w: World) -> KpiService:
    return KpiService(w.sessions, clock=lambda: at(20))


def by(w: World, cut: str, **extra: object) -> dict[str, KpiRow]:
    f = KpiFilter(**{**WEEK.__dict__, "by": cut, **extra})  # type: ignore[arg-type]
    return {row.label: row for row in service(w).figures(w.actor("lead1"), f)}


def test_week_totals_match_the_hand_computed_figures(world: World) -> None:
    total = service(world).total(world.actor("lead1"), WEEK)
    assert (total.files_attempted, total.files_reached, total.files_effective) == (6, 4, 3)
    assert total.reachability_rate == D("0.6667")  # 4 / 6
    assert total.effectiveness_rate == D("0.7500")  # 3 / 4
    assert (total.calls, total.right_party_calls) == (9, 5)
    assert total.contact_rate == D("0.5556")  # 5 / 9
    assert total.average_handle_seconds == D("115.00")  # 920 s over 8 ended calls
    assert total.agent_seconds == D("25630")  # per agent-day, first start to last end
    assert total.calls_per_agent_hour == D("1.26")  # 9 * 3600 / 25630
    assert total.amount_secured == D("1550.00")  # plan 1200 + promises 300 + 50
    assert (total.promises_due, total.promises_kept) == (2, 1)
    assert total.promise_kept_rate == D("0.5000")
    assert (total.instalments_due, total.instalments_kept) == (2, 1)
    assert total.plan_kept_rate == D("0.5000")
    # D6 was called in October: handled, so its payment counts; D2's payment is before.
    assert total.amount_collected_amicable == D("1124.50")  # 100 + 25.50 + 999
    assert total.amount_collected_litigation == D("300.00")
    assert total.formal_notices_avoided == 1  # D1; D7 was settled after its deadline


def test_cut_by_agent_team_stage_and_organisation(world: World) -> None:
    agents = by(world, "agent")
    assert {
        k: (r.files_attempted, r.files_reached, r.files_effective) for k, r in agents.items()
    } == {
        "a1": (2, 1, 1),
        "a2": (3, 2, 1),
        "b1": (2, 1, 1),
    }
    assert agents["a1"].amount_secured == D("1200.00")
    assert agents["b1"].amount_secured == D("350.00")
    assert agents["a1"].amount_collected_amicable == D("1099.00")  # D1 100, D6 999
    assert agents["a2"].amount_collected_amicable == D("25.50")
    assert agents["b1"].amount_collected_litigation == D("300.00")
    assert agents["a2"].reachability_rate == D("0.6667")
    teams = by(world, "team")
    assert (teams["Team A"].files_attempted, teams["Team A"].files_reached) == (4, 3)
    assert (teams["Team B"].files_attempted, teams["Team B"].files_effective) == (2, 1)
    stages = by(world, "stage")
    assert list(stages) == ["DEFAULT_M1", "DEFAULT_M2"]  # the order of the stages
    assert stages["DEFAULT_M1"].files_effective == 1
    assert stages["DEFAULT_M2"].files_attempted == 5
    orgs = by(world, "organisation")
    assert (orgs["ORG1"].files_attempted, orgs["ORG2"].files_attempted) == (5, 1)
    queues = by(world, "queue")
    assert queues["Q-DEFAULT_M2"].calls == 6  # the ORG2 call has no queue
    assert queues["-"].calls == 1


def test_cut_by_day_week_month(world: World) -> None:
    days = by(world, "day")
    assert list(days) == [f"2026-11-0{d}" for d in range(2, 9)]
    assert (days["2026-11-02"].files_attempted, days["2026-11-02"].files_reached) == (2, 0)
    assert days["2026-11-03"].effectiveness_rate == D("1.0000")
    assert days["2026-11-07"].calls == 0 and days["2026-11-07"].plan_kept_rate == D("0")
    assert days["2026-11-08"].promise_kept_rate == D("0")
    weeks = by(world, "week")
    assert list(weeks) == ["2026-11-02"] and weeks["2026-11-02"].files_attempted == 6
    months = by(world, "month")
    assert months["2026-11"].reachability_rate == D("0.6667")


def test_filters(world: World) -> None:
    lead = world.actor("lead1")
    kpi = service(world)
    one = kpi.total(lead, KpiFilter(**{**WEEK.__dict__, "agent_id": world.users["a2"]}))
    assert (one.files_attempted, one.calls) == (3, 3)
    team = kpi.total(lead, KpiFilter(**{**WEEK.__dict__, "team_id": world.teams["Team B"]}))
    assert team.calls == 3
    m1 = kpi.total(lead, KpiFilter(**{**WEEK.__dict__, "stage": Stage.DEFAULT_M1}))
    assert m1.files_effective == 1 and m1.amount_secured == D("350.00")
    org2 = kpi.total(lead, KpiFilter(**{**WEEK.__dict__, "organisation_id": world.org2_id}))
    assert org2.calls == 1 and org2.amount_collected_amicable == D("0.00")


def test_an_empty_period_has_no_rate_rather_than_zero(world: World) -> None:
    f = KpiFilter(date_from=date(2025, 1, 1), date_to=date(2025, 1, 31))
    total = service(world).total(world.actor("lead1"), f)
    assert total.calls == 0 and total.reachability_rate is None and total.contact_rate is None
    assert total.calls_per_agent_hour is None and total.average_handle_seconds is None


def test_permissions_and_validation(world: World) -> None:
    with pytest.raises(PermissionDenied):
        service(world).figures(world.actor("a1"), WEEK)
    with pytest.raises(ValidationError):
        service(world).figures(
            world.actor("lead1"), KpiFilter(date_from=date(2026, 11, 8), date_to=date(2026, 11, 2))
        )
    with pytest.raises(ValidationError):
        service(world).figures(world.actor("lead1"), KpiFilter(**{**WEEK.__dict__, "by": "x"}))  # type: ignore[arg-type]


def test_sql_figures_equal_the_domain_formulas_on_random_calls(database: Database) -> None:
    """The SQL aggregation and domain.kpi.compute_kpis agree on a random population."""
    w = build_world(database.sessions)
    rng = random.Random(6)
    for n in range(25):
        w.debtor(f"R{n}")
    outcomes = (
        [(RP, r) for r in CallResult if r is not CallResult.CALLBACK_REQUESTED]
        + [(reach, None) for reach in Reachability]
        + [(Reachability.THIRD_PARTY, CallResult.CALLBACK_REQUESTED)]
    )
    facts = []
    with database.sessions.begin() as session:
        for _ in range(200):
            ext = f"R{rng.randrange(25)}"
            reach, result = rng.choice(outcomes)
            started = at(2, 8) + timedelta(minutes=rng.randrange(7 * 24 * 60 - 600))
            ended = (
                started + timedelta(seconds=rng.randrange(5, 900)) if rng.random() < 0.9 else None
            )
            session.add(
                CallAttempt(
                    organisation_id=w.org_id,
                    debtor_id=w.debtors[ext],
                    agent_id=w.users[rng.choice(["a1", "a2", "b1"])],
                    started_at=started,
                    ended_at=ended,
                    reachability=reach,
                    result=result,
                )
            )
            facts.append(CallFact(w.debtors[ext], reach, result, started, ended))
    expected = compute_kpis(facts)
    total = KpiService(w.sessions).total(w.actor("lead1"), WEEK)
    for name in (
        "files_attempted",
        "files_reached",
        "files_effective",
        "calls",
        "right_party_calls",
        "reachability_rate",
        "effectiveness_rate",
        "contact_rate",
        "average_handle_seconds",
    ):
        assert getattr(total, name) == getattr(expected, name), name


def test_cli_prints_the_same_figures_as_json(
    world: World, database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from telerecouv.cli import main

    url = database.url
    assert (
        main(["--database-url", url, "kpi", "--from", "2026-11-02", "--to", "08/11/2026", "--json"])
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert out["files_attempted"] == 6 and out["files_reached"] == 4
    assert out["files_effective"] == 3 and out["calls"] == 9
    assert out["reachability_rate"] == "0.6667" and out["effectiveness_rate"] == "0.7500"
    assert out["contact_rate"] == "0.5556"
    assert (
        main(
            [
                "--database-url",
                url,
                "kpi",
                "--from",
                "2026-11-02",
                "--to",
                "2026-11-08",
                "--by",
                "agent",
                "--json",
            ]
        )
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert [r["label"] for r in out["rows"]] == ["a1", "a2", "b1"]
    assert out["rows"][1]["files_attempted"] == 3 and out["calls"] == 9
    assert (
        main(
            [
                "--database-url",
                url,
                "kpi",
                "--from",
                "2026-11-02",
                "--to",
                "2026-11-08",
                "--by",
                "stage",
            ]
        )
        == 0
    )
    text = capsys.readouterr().out
    assert "DEFAULT_M1" in text and "total" in text
    assert (
        main(
            [
                "--database-url",
                url,
                "kpi",
                "--from",
                "2026-11-02",
                "--to",
                "2026-11-08",
                "--agent",
                "nobody",
            ]
        )
        == 2
    )
    assert "No agent 'nobody'" in capsys.readouterr().err


def test_rollups_give_the_same_figures_as_the_calls(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    from telerecouv.services import kpi_rollups
    from telerecouv.store.types import utcnow

    lead = world.actor("lead1")
    live = KpiService(world.sessions, clock=lambda: at(20), use_rollups=False)
    fast = service(world)
    questions = [
        KpiFilter(**{**WEEK.__dict__, "by": cut})
        for cut in ("total", "day", "week", "agent", "team", "stage", "queue", "organisation")
    ]  # type: ignore[arg-type]
    questions += [
        KpiFilter(date(2026, 11, 1), date(2026, 11, 30), by="month"),
        KpiFilter(date(2026, 11, 1), date(2026, 11, 30), by="agent"),
        KpiFilter(date(2026, 11, 4), date(2026, 11, 4), by="stage"),
        # Whole months cut by week: their clipped first and last weeks are roll-ups too.
        KpiFilter(date(2026, 10, 1), date(2026, 11, 30), by="week"),
        KpiFilter(date(2026, 11, 1), date(2026, 11, 30), by="week"),
        KpiFilter(date(2026, 10, 1), date(2026, 10, 31), by="week"),  # 26-31 Oct: a part
    ]
    assert all(kpi_rollups.plan_for(q) is not None for q in questions)
    report = kpi_rollups.refresh(world.sessions, utcnow(), margin=timedelta(0))
    assert report["full"] and report["months"] == 2  # October and November
    expected = [live.figures(lead, q) for q in questions]

    def no_live(*_args: object) -> None:
        raise AssertionError("computed from the calls")

    with monkeypatch.context() as patched:
        patched.setattr(KpiService, "_calls", no_live)
        assert [fast.figures(lead, q) for q in questions] == expected
    # A call added after the sweep: that period is computed live (still right) until the
    # next sweep refreshes it.
    world.call("D3", "b1", at(6, 15), RP, CallResult.PLAN_AGREED, seconds=100)
    after = [live.figures(lead, q) for q in questions]
    assert after != expected
    assert [fast.figures(lead, q) for q in questions] == after
    report = kpi_rollups.refresh(world.sessions, utcnow(), margin=timedelta(0))
    assert not report["full"] and (report["days"], report["weeks"], report["months"]) == (1, 1, 1)
    with monkeypatch.context() as patched:
        patched.setattr(KpiService, "_calls", no_live)
        assert [fast.figures(lead, q) for q in questions] == after
    # Questions the roll-ups cannot answer exactly are computed from the calls.
    assert kpi_rollups.plan_for(KpiFilter(date(2026, 11, 3), date(2026, 11, 5))) is None
    assert kpi_rollups.plan_for(KpiFilter(date(2026, 11, 3), date(2026, 11, 30), by="week")) is None
    # Roll-ups of an older version (before the clipped weeks existed) are not trusted: the
    # figures are computed from the calls until the next sweep rebuilds them all.
    with world.sessions.begin() as session:
        setting = session.get(AppSetting, kpi_rollups.STATE_KEY)
        assert setting is not None
        setting.value = {**setting.value, "version": 1}
    with monkeypatch.context() as patched:
        patched.setattr(KpiService, "_calls", no_live)
        with pytest.raises(AssertionError, match="computed from the calls"):
            fast.figures(lead, questions[-1])
    assert kpi_rollups.refresh(world.sessions, utcnow(), margin=timedelta(0))["full"]
    with monkeypatch.context() as patched:
        patched.setattr(KpiService, "_calls", no_live)
        assert [fast.figures(lead, q) for q in questions] == after
    assert kpi_rollups.plan_for(KpiFilter(**{**WEEK.__dict__, "agent_id": 1})) is None


def test_rollups_are_rewritten_in_short_transactions(
    world: World, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sweep holds the write lock (every agent's save waits for it on SQLite) for a few
    periods at a time, and the result is the same as in one transaction."""
    from sqlalchemy import event, select

    from telerecouv.services import kpi_rollups
    from telerecouv.store.models import AppSetting, KpiRollup
    from telerecouv.store.types import utcnow

    def table() -> list[tuple[object, ...]]:
        with database.sessions() as session:
            return sorted(
                (r.kind, r.period_start, r.cut, r.cut_value, r.calls, r.files_reached, r.agent_ms)
                for r in session.scalars(select(KpiRollup))
            )

    whole = kpi_rollups.refresh(world.sessions, utcnow(), margin=timedelta(0), chunk_rows=10**6)
    expected = table()
    assert whole["transactions"] == 2  # the rows, then the state
    inserted: list[int] = [0]
    state_seen: list[object] = []

    def count(_conn: object, cursor: object, statement: str, *_args: object) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO KPI_ROLLUPS"):
            inserted[-1] += max(int(getattr(cursor, "rowcount", 1)), 1)

    def committed(_conn: object) -> None:
        inserted.append(0)

    def replace(*args: object, **kwargs: object) -> None:
        with database.sessions() as session:  # the state is only written at the end
            setting = session.get(AppSetting, kpi_rollups.STATE_KEY)
            state_seen.append(setting.value["computed_at"] if setting else None)
        original(*args, **kwargs)

    original = kpi_rollups._replace
    monkeypatch.setattr(kpi_rollups, "_replace", replace)
    event.listen(database.engine, "after_cursor_execute", count)
    event.listen(database.engine, "commit", committed)
    try:
        report = kpi_rollups.refresh(
            world.sessions, at(25), full=True, margin=timedelta(0), chunk_rows=8
        )
    finally:
        event.remove(database.engine, "after_cursor_execute", count)
        event.remove(database.engine, "commit", committed)
    assert report["full"] and report["rows"] == whole["rows"] > 20
    assert report["transactions"] >= 5
    sizes: dict[tuple[object, object], int] = {}
    for row in expected:
        sizes[row[:2]] = sizes.get(row[:2], 0) + 1
    biggest_period = max(sizes.values())  # a period is never split
    assert 0 < max(inserted) <= 8 + biggest_period
    assert len(set(state_seen)) == 1  # the old state until every period was rewritten
    assert table() == expected
