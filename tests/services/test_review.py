from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from telerecouv.domain.enums import CallResult, Reachability, Stage
from telerecouv.services.database import Database
from telerecouv.services.review import CallFilter, ReviewService
from telerecouv.store.errors import NotFound, PermissionDenied, ValidationError
from telerecouv.store.models import AuditEntry, CallReview
from tests.services.lead_factory import RP, World, at, build_world

NOV = CallFilter(date_from=date(2026, 11, 1), date_to=date(2026, 11, 30))


@pytest.fixture
def world(database: Database) -> World:
    w = build_world(database.sessions)
    w.debtor("D1", balance="1500.00", last_name="Martin")
    w.debtor("D2", balance="80.00", last_name="Bernard", stage=Stage.DEFAULT_M1)
    w.debtor("D3", balance="300.00", last_name="Durand")
    return w


def f(**changes: object) -> CallFilter:
    return CallFilter(**{**NOV.__dict__, **changes})  # type: ignore[arg-type]


def test_page_lists_the_calls_of_the_period_newest_first_with_their_file(world: World) -> None:
    service = ReviewService(world.sessions)
    lead = world.actor("lead1")
    c1 = world.call("D1", "a1", at(2, 9), RP, CallResult.PLAN_AGREED, seconds=185)
    c2 = world.call("D2", "b1", at(3, 9), Reachability.NO_ANSWER, seconds=20)
    world.call("D3", "a2", at(1, 9, month=12), RP, CallResult.REFUSAL)  # December: outside
    assert service.count(lead, NOV) == 2
    rows = service.page(lead, NOV, offset=0, limit=50)
    assert [r.id for r in rows] == [c2, c1]
    first = rows[1]
    assert first.agent_login == "a1" and first.team == "Team A"
    assert first.debtor_name == "Martin" and first.debtor_external_id == "D1"
    assert first.balance == Decimal("1500.00") and first.duration_seconds == 185
    assert first.stage is Stage.DEFAULT_M2 and first.result is CallResult.PLAN_AGREED
    assert rows[0].team == "Team B"


def test_filters_narrow_the_list(world: World) -> None:
    service = ReviewService(world.sessions)
    lead = world.actor("lead1")
    c1 = world.call("D1", "a1", at(2), RP, CallResult.REFUSAL, notes="Refuse de payer, énervé")
    c2 = world.call("D2", "a2", at(3), RP, CallResult.PLAN_AGREED, notes="Accord 12 mois")
    c3 = world.call("D3", "b1", at(4), Reachability.VOICEMAIL)
    world.plan("D2", "a2", c2, months=36)

    def ids(**changes: object) -> set[int]:
        got = {r.id for r in service.page(lead, f(**changes), offset=0, limit=100)}
        assert service.count(lead, f(**changes)) == len(got)
        return got

    assert ids(agent_id=world.users["a1"]) == {c1}
    assert ids(team_id=world.teams["Team A"]) == {c1, c2}
    assert ids(stage=Stage.DEFAULT_M1) == {c2}
    assert ids(reachability=Reachability.VOICEMAIL) == {c3}
    assert ids(result=CallResult.PLAN_AGREED) == {c2}
    assert ids(refusals_only=True) == {c1}
    assert ids(long_plans_only=True) == {c2}
    assert ids(min_amount=Decimal("300.00")) == {c1, c3}
    assert ids(text="REFUSE payer") == {c1}
    assert ids(text="accord") == {c2}
    assert ids(text="100%") == set()  # LIKE wildcards are literal
    with pytest.raises(ValidationError):
        service.count(lead, f(date_to=date(2026, 10, 1)))


def test_refusals_and_long_plans_are_preselected_for_review(world: World) -> None:
    service = ReviewService(world.sessions)
    lead = world.actor("lead1")
    c1 = world.call("D1", "a1", at(2), RP, CallResult.REFUSAL)
    c2 = world.call("D2", "a2", at(3), RP, CallResult.PLAN_AGREED)
    world.call("D3", "a2", at(4), RP, CallResult.PLAN_AGREED)
    world.plan("D2", "a2", c2, months=30)
    rows = {r.id: r for r in service.page(lead, f(to_review_only=True), offset=0, limit=10)}
    assert set(rows) == {c1, c2}
    assert rows[c1].selected_because == "refusal"
    assert rows[c2].selected_because == "long_plan" and rows[c2].has_long_plan
    service.review(lead, c1, 7, "  Bon rappel des échéances  ")
    assert service.count(lead, f(to_review_only=True)) == 1
    detail = service.detail(lead, c1)
    assert detail.row.review_score == 7 and detail.review_comment == "Bon rappel des échéances"
    assert detail.reviewer_login == "lead1"


def test_review_validates_the_score_and_is_audited(database: Database, world: World) -> None:
    service = ReviewService(world.sessions)
    lead = world.actor("lead1")
    call = world.call("D1", "a1", at(2), RP, CallResult.DISPUTE)
    with pytest.raises(ValidationError) as error:
        service.review(lead, call, 11, "trop")
    assert error.value.field == "score"
    with pytest.raises(NotFound):
        service.review(lead, 999999, 5, "")
    service.review(lead, call, 4, "Ton trop sec")
    service.review(lead, call, 6, "Revu après écoute")
    with database.sessions() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "call.review").order_by(AuditEntry.id)
        ).all()
        assert [e.after["score"] for e in entries if e.after] == [4, 6]
        assert entries[1].before == {"score": 4, "comment": "Ton trop sec"}
        review = session.scalar(select(CallReview).where(CallReview.call_id == call))
        assert review is not None and review.selected_because == "manual"


def test_agents_may_not_review(world: World) -> None:
    service = ReviewService(world.sessions)
    agent = world.actor("a1")
    with pytest.raises(PermissionDenied):
        service.count(agent, NOV)
    call = world.call("D1", "a1", at(2), RP, CallResult.REFUSAL)
    with pytest.raises(PermissionDenied):
        service.review(agent, call, 10, "moi-même")


def test_detail_shows_script_path_plan_and_notes(world: World) -> None:
    service = ReviewService(world.sessions)
    lead = world.actor("lead1")
    call = world.call(
        "D1",
        "a1",
        at(2),
        RP,
        CallResult.PLAN_AGREED,
        notes="Accord sur 30 mois",
        script_path=["identify", "explain_debt", "negotiate_plan"],
    )
    world.plan("D1", "a1", call, months=30, total="1500.00", justification="Revenus faibles")
    detail = service.detail(lead, call)
    assert detail.script_path == ("identify", "explain_debt", "negotiate_plan")
    assert detail.plan == (30, Decimal("1500.00"), Decimal("50.00"), "active", "Revenus faibles")
    assert detail.notes == "Accord sur 30 mois"
    with pytest.raises(NotFound):
        service.detail(lead, 424242)


def test_sort_and_pages_do_not_overlap(world: World) -> None:
    service = ReviewService(world.sessions)
    lead = world.actor("lead1")
    made = [world.call("D1", "a1", at(5, 10), Reachability.BUSY) for _ in range(5)]
    made.append(world.call("D2", "b1", at(6), RP, CallResult.PLAN_AGREED, seconds=None))
    pages = [service.page(lead, NOV, offset=o, limit=2) for o in (0, 2, 4)]
    seen = [r.id for page in pages for r in page]
    assert sorted(seen) == sorted(made) and len(set(seen)) == 6
    by_balance = service.page(lead, NOV, offset=0, limit=10, sort="balance", descending=False)
    assert by_balance[0].debtor_external_id == "D2"
    by_duration = service.page(lead, NOV, offset=0, limit=10, sort="duration_seconds")
    assert by_duration[-1].duration_seconds is None  # unknown durations last
    by_name = service.page(lead, NOV, offset=0, limit=10, sort="debtor_name", descending=False)
    assert by_name[0].debtor_name == "Bernard"
    for key in ("agent_login", "team", "stage", "reachability", "result", "review_score"):
        assert len(service.page(lead, NOV, offset=0, limit=10, sort=key)) == 6
    with pytest.raises(ValidationError):
        service.page(lead, NOV, offset=0, limit=10, sort="notes")


def test_weekly_sample_per_agent_with_refusals_and_long_plans(
    database: Database, world: World
) -> None:
    service = ReviewService(world.sessions)
    lead = world.actor("lead1")
    talks = {
        agent: [world.call("D3", agent, at(3, 9, m), RP, CallResult.DISPUTE) for m in range(5)]
        for agent in ("a1", "a2", "b1")
    }
    refusal = world.call("D1", "a1", at(4), RP, CallResult.REFUSAL)
    long_call = world.call("D2", "a2", at(5), RP, CallResult.PLAN_AGREED)
    world.plan("D2", "a2", long_call, months=48)
    world.call("D3", "a1", at(4), Reachability.NO_ANSWER)  # never sampled: no conversation
    world.call("D3", "a1", at(10), RP, CallResult.DISPUTE)  # next week

    added = service.select_sample(lead, date(2026, 11, 4), 2, 7)  # a Wednesday: its week
    assert added == 2 + 3 * 2
    with database.sessions() as session:
        reviews = session.execute(select(CallReview.call_id, CallReview.selected_because)).all()
    why = dict(reviews)
    assert why[refusal] == "refusal" and why[long_call] == "long_plan"
    for agent, calls in talks.items():
        assert sum(1 for c in calls if why.get(c) == "sample") == 2, agent
    # Drawing again for the same week adds nothing: the sample is already there.
    assert service.select_sample(lead, date(2026, 11, 2), 2, 8) == 0
    assert service.select_sample(lead, date(2026, 11, 2), 3, 8) == 3
    team_a = service.select_sample(lead, date(2026, 11, 2), 5, 9, team_id=world.teams["Team A"])
    assert team_a == 2 * 2  # a1 and a2 only, each up to 5
    with pytest.raises(ValidationError):
        service.select_sample(lead, date(2026, 11, 2), -1)
