"""Saving a call: the attempt, what it agreed and the item's fate in one transaction, once."""

from __future__ import annotations

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import sessionmaker

from telerecouv.domain.enums import (
    CallbackScope,
    CallResult,
    PaymentMeans,
    PlanStatus,
    Reachability,
    ReliefRoute,
    Role,
    WorkItemStatus,
)
from telerecouv.services.call_outcome import PlanDraft, PromiseDraft, ReliefDraft, SavedCall
from telerecouv.services.calls import CallService, RuleViolation
from telerecouv.services.database import Database
from telerecouv.services.outbox import Outbox
from telerecouv.services.permissions import Actor
from telerecouv.store.models import (
    CallAttempt,
    Instalment,
    Letter,
    PaymentPlan,
    Promise,
    ReliefRequest,
    WorkItem,
)
from tests.services.agent.factory import (
    NOW,
    DebtorFixture,
    callback,
    clock,
    make_debtor,
    make_org,
    make_user,
    outcome,
)


@dataclass(frozen=True)
class FakeLease:
    item_id: int
    token: str


def lease(db: Database, file: DebtorFixture, agent: Actor) -> FakeLease:
    """The work item as QueueService.next_item leaves it for `agent`."""
    assert file.item_id is not None
    token = str(uuid.uuid4())
    with db.sessions.begin() as session:
        item = session.get(WorkItem, file.item_id)
        assert item is not None
        item.status = WorkItemStatus.LEASED
        item.leased_by_id = agent.user_id
        item.lease_token = token
        item.lease_expires_at = NOW + timedelta(minutes=10)
    return FakeLease(file.item_id, token)


def ten_months(file: DebtorFixture, **changes: object) -> PlanDraft:
    base = PlanDraft(
        claim_ids=file.claim_ids,
        months=10,
        first_due_on=date(2025, 7, 5),
        means=PaymentMeans.TRANSFER,
        iban=None,
        justification=None,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def count(db: Database, model: type) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_no_answer_is_recorded_and_ends_the_lease(database: Database) -> None:
    org = make_org(database)
    agent = make_user(database, "agent1")
    file = make_debtor(database, org, "1240.00")
    held = lease(database, file, agent)
    calls = CallService(database.sessions, clock=clock)

    saved = calls.record(agent, outcome(file, lease=held, notes="  répondeur plein "))

    assert not saved.duplicate and saved.plan_id is None
    assert saved.item_status is not WorkItemStatus.LEASED
    with database.sessions() as session:
        call = session.get(CallAttempt, saved.call_id)
        assert call is not None
        assert (call.reachability, call.result, call.notes) == (
            Reachability.NO_ANSWER,
            None,
            "répondeur plein",
        )
        assert call.script_path == ["identify", "explain_debt"]
        assert (call.agent_id, call.team_id, call.work_item_id) == (
            agent.user_id,
            agent.team_id,
            file.item_id,
        )
        item = session.get(WorkItem, file.item_id)
        assert item is not None and item.lease_token is None


def test_ten_month_plan_saves_plan_letter_and_confirmation(database: Database) -> None:
    org = make_org(database)
    agent = make_user(database, "agent1")
    file = make_debtor(database, org, "800.00", "440.00")
    held = lease(database, file, agent)

    saved = CallService(database.sessions, clock=clock).record(
        agent,
        outcome(
            file,
            Reachability.RIGHT_PARTY,
            CallResult.PLAN_AGREED,
            lease=held,
            plan=ten_months(file),
        ),
    )

    assert saved.plan_id is not None and not saved.plan_needs_approval
    assert saved.item_status is WorkItemStatus.DONE  # the queue engine's plan follow-up
    assert saved.confirmation_text is not None
    assert "10 x 124,00\xa0€ dès le 05/07/2025" in saved.confirmation_text
    with database.sessions() as session:
        plan = session.get(PaymentPlan, saved.plan_id)
        assert plan is not None and plan.status is PlanStatus.ACTIVE
        assert plan.call_id == saved.call_id and plan.agent_id == agent.user_id
        assert session.scalar(
            select(func.sum(Instalment.amount)).where(Instalment.plan_id == plan.id)
        ) == Decimal("1240.00")
        letter = session.scalar(select(Letter).where(Letter.plan_id == plan.id))
        assert letter is not None and letter.kind == "plan_confirmation"
        call = session.get(CallAttempt, saved.call_id)
        assert call is not None and call.claim_id == file.claim_ids[0]


def test_replayed_outcome_lands_once(database: Database) -> None:
    org = make_org(database)
    agent = make_user(database, "agent1")
    file = make_debtor(database, org, "800.00")
    held = lease(database, file, agent)
    agreed = outcome(
        file, Reachability.RIGHT_PARTY, CallResult.PLAN_AGREED, lease=held, plan=ten_months(file)
    )
    calls = CallService(database.sessions, clock=clock)

    first = calls.record(agent, agreed)
    again = calls.record(agent, agreed)

    assert again.duplicate and (again.call_id, again.plan_id) == (first.call_id, first.plan_id)
    assert count(database, CallAttempt) == 1 and count(database, PaymentPlan) == 1


def test_a_broken_rule_writes_nothing(database: Database) -> None:
    org = make_org(database)
    agent = make_user(database, "agent1")
    file = make_debtor(database, org, "3000.00")
    held = lease(database, file, agent)
    calls = CallService(database.sessions, clock=clock)
    long_plan = outcome(
        file,
        Reachability.RIGHT_PARTY,
        CallResult.PLAN_AGREED,
        lease=held,
        plan=ten_months(file, months=36),
    )
    with pytest.raises(RuleViolation) as refused:
        calls.record(agent, long_plan)
    assert refused.value.field == "plan.justification"
    assert count(database, CallAttempt) == 0 and count(database, PaymentPlan) == 0
    with database.sessions() as session:
        item = session.get(WorkItem, file.item_id)
        assert item is not None and item.lease_token == held.token  # still the agent's

    saved = calls.record(
        agent,
        replace(long_plan, plan=ten_months(file, months=36, justification="Retraite de 850 €")),
    )
    assert saved.plan_needs_approval
    with database.sessions() as session:
        plan = session.get(PaymentPlan, saved.plan_id)
        assert plan is not None and plan.status is PlanStatus.PENDING_APPROVAL
        # The debtor gets a letter saying the request awaits validation.
        assert session.scalar(select(Letter.id).where(Letter.plan_id == plan.id)) is not None


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"reachability": Reachability.RIGHT_PARTY}, "result"),
        ({"result": CallResult.REFUSAL}, "result"),
        (
            {"reachability": Reachability.RIGHT_PARTY, "result": CallResult.CALLBACK_REQUESTED},
            "callback_at",
        ),
        ({"callback_at": NOW + timedelta(days=1)}, "callback_at"),
        (
            {"reachability": Reachability.RIGHT_PARTY, "result": CallResult.PLAN_AGREED},
            "plan",
        ),
        ({"ended_at": NOW - timedelta(minutes=1)}, "ended_at"),
    ],
)
def test_outcome_checks_name_the_field(changes: dict[str, object], field: str) -> None:
    file = DebtorFixture(1, 1, (1,), 1)
    calls = CallService(sessionmaker(), clock=clock)  # never reaches the database
    agent = Actor(1, "agent1", Role.AGENT)
    with pytest.raises(RuleViolation) as refused:
        calls.record(agent, replace(outcome(file), **changes))  # type: ignore[arg-type]
    assert refused.value.field == field


def test_callback_promise_and_relief(database: Database) -> None:
    org = make_org(database)
    agent = make_user(database, "agent1")
    calls = CallService(database.sessions, clock=clock)

    first = make_debtor(database, org, "300.00")
    at = NOW + timedelta(days=1, hours=6)
    saved = calls.record(
        agent,
        outcome(
            first,
            Reachability.THIRD_PARTY,
            CallResult.CALLBACK_REQUESTED,
            lease=lease(database, first, agent),
            **callback(at, CallbackScope.TEAM),
        ),
    )
    with database.sessions() as session:
        call = session.get(CallAttempt, saved.call_id)
        assert call is not None
        assert (call.callback_at, call.callback_scope) == (at, CallbackScope.TEAM)
        item = session.get(WorkItem, first.item_id)
        assert item is not None and item.status is WorkItemStatus.QUEUED
        assert item.callback_at == at

    second = make_debtor(database, org, "300.00")
    saved = calls.record(
        agent,
        outcome(
            second,
            Reachability.RIGHT_PARTY,
            CallResult.PARTIAL_PAYMENT_PROMISED,
            lease=lease(database, second, agent),
            promise=PromiseDraft(Decimal("100"), date(2025, 6, 20), None),
        ),
    )
    with database.sessions() as session:
        promise = session.get(Promise, saved.promise_id)
        assert promise is not None and promise.call_id == saved.call_id

    third = make_debtor(database, org, "900.00")
    saved = calls.record(
        agent,
        outcome(
            third,
            Reachability.RIGHT_PARTY,
            CallResult.RELIEF_REQUESTED,
            lease=lease(database, third, agent),
            relief=ReliefDraft(third.claim_ids[0], "Demande une remise : invalidité"),
        ),
    )
    assert saved.relief_route is ReliefRoute.APPEALS_BOARD
    with database.sessions() as session:
        relief = session.get(ReliefRequest, saved.relief_id)
        assert relief is not None and relief.call_id == saved.call_id


def test_refusal_on_an_outsourced_file_produces_a_refusal_report(database: Database) -> None:
    org = make_org(database, outsourced=True, code="CNSS-T")
    agent = make_user(database, "agent1")
    file = make_debtor(database, org, "5000.00")
    saved = CallService(database.sessions, clock=clock).record(
        agent,
        outcome(
            file,
            Reachability.RIGHT_PARTY,
            CallResult.REFUSAL,
            lease=lease(database, file, agent),
        ),
    )
    with database.sessions() as session:
        kinds = session.scalars(select(Letter.kind).where(Letter.debtor_id == file.debtor_id))
        assert list(kinds) == ["refusal_report"]
    assert saved.item_status is WorkItemStatus.FAILED  # "échec amiable"


def test_lost_lease_still_records_the_call_but_leaves_the_file_alone(database: Database) -> None:
    org = make_org(database)
    agent = make_user(database, "agent1")
    other = make_user(database, "agent2")
    file = make_debtor(database, org, "800.00")
    mine = lease(database, file, agent)
    theirs = lease(database, file, other)  # my lease expired; a colleague took the file

    saved = CallService(database.sessions, clock=clock).record(
        agent,
        outcome(
            file,
            Reachability.RIGHT_PARTY,
            CallResult.PLAN_AGREED,
            lease=mine,
            plan=ten_months(file),
        ),
    )

    assert saved.plan_id is not None and saved.item_status is WorkItemStatus.LEASED
    with database.sessions() as session:
        item = session.get(WorkItem, file.item_id)
        assert item is not None and item.lease_token == theirs.token


def test_outbox_sends_once_when_the_database_answers_again(
    database: Database, tmp_path: Path
) -> None:
    org = make_org(database)
    agent = make_user(database, "agent1")
    file = make_debtor(database, org, "800.00")
    agreed = outcome(
        file,
        Reachability.RIGHT_PARTY,
        CallResult.PLAN_AGREED,
        lease=lease(database, file, agent),
        plan=ten_months(file),
    )
    box = Outbox(tmp_path / "outbox")
    box.put(agreed)

    dead = create_engine(
        "postgresql+psycopg://postgres@127.0.0.1:1/none", connect_args={"connect_timeout": 2}
    )
    try:
        assert box.flush(CallService(sessionmaker(dead), clock=clock), agent) == 0
    finally:
        dead.dispose()
    assert [o.client_token for o in box.pending()] == [agreed.client_token]

    live = CallService(database.sessions, clock=clock)
    live.record(agent, agreed)  # sent, then the workstation died before deleting the file
    assert box.flush(live, agent) == 1
    assert box.pending() == [] and box.rejected() == []
    assert count(database, CallAttempt) == 1 and count(database, PaymentPlan) == 1


def test_two_workstations_replaying_at_once_land_one_call(database: Database) -> None:
    org = make_org(database)
    agent = make_user(database, "agent1")
    file = make_debtor(database, org, "800.00")
    agreed = outcome(
        file,
        Reachability.RIGHT_PARTY,
        CallResult.PLAN_AGREED,
        lease=lease(database, file, agent),
        plan=ten_months(file),
    )
    calls = CallService(database.sessions, clock=clock)
    start = threading.Barrier(4)

    def send() -> SavedCall:
        start.wait()
        return calls.record(agent, agreed)

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: send(), range(4)))

    assert len({r.call_id for r in results}) == 1
    assert sorted(r.duplicate for r in results) == [False, True, True, True]
    assert count(database, CallAttempt) == 1 and count(database, PaymentPlan) == 1
