"""next_item as an agent sees it: the best file first, leased, never twice, rules applied."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import insert, select, update

from telerecouv.domain.enums import CallbackScope, Reachability, Stage, WorkItemStatus
from telerecouv.services.database import Database
from telerecouv.services.permissions import Actor
from telerecouv.store.models import CallAttempt, Queue, WorkItem, user_queues

from .claim_helpers import MONDAY_10H, build

FILES = {
    "m1_small": {"stage": Stage.DEFAULT_M1, "balance": "50.00"},
    "m2": {
        "stage": Stage.DEFAULT_M2,
        "balance": "1240.00",
        "formal_notice_due_on": date(2025, 3, 13),
    },
    "m1_big": {"stage": Stage.DEFAULT_M1, "balance": "5000.00"},
}


def _drain(setup, agent: Actor) -> list[str]:
    labels = []
    while (lease := setup.service.next_item(agent)) is not None:
        labels.append(setup.label_of(lease.debtor_id))
    return labels


def test_the_best_file_comes_first_and_is_leased_to_the_agent(database: Database) -> None:
    setup = build(database, FILES)
    agent = setup.agents[0]
    lease = setup.service.next_item(agent)
    assert lease is not None
    assert setup.label_of(lease.debtor_id) == "m2"
    assert lease.stage is Stage.DEFAULT_M2 and not lease.callback
    assert lease.explanation.startswith("M+2, mise en demeure dans 3 j, 1")
    assert "1\u202f240,00\xa0€" in lease.explanation
    assert lease.expires_at > MONDAY_10H
    item = setup.item_of("m2")
    assert item.status is WorkItemStatus.LEASED
    assert item.leased_by_id == agent.user_id and item.lease_token == lease.token
    # then the rest of the queue by score: within M+1 the bigger balance first
    assert _drain(setup, agent) == ["m1_big", "m1_small"]


def test_two_agents_never_get_the_same_file(database: Database) -> None:
    setup = build(database, FILES)
    first, second = setup.agents
    got = [setup.service.next_item(first), setup.service.next_item(second)]
    got.append(setup.service.next_item(first))
    assert setup.service.next_item(second) is None
    assert len({lease.item_id for lease in got if lease}) == 3


def test_a_paused_queue_is_skipped_and_agents_work_only_their_queues(
    database: Database,
) -> None:
    setup = build(database, FILES)
    agent, other = setup.agents
    m2_queue, m1_queue = setup.queue_of(Stage.DEFAULT_M2), setup.queue_of(Stage.DEFAULT_M1)
    with database.sessions.begin() as session:
        session.execute(update(Queue).where(Queue.id == m2_queue).values(paused=True))
        session.execute(insert(user_queues).values(user_id=other.user_id, queue_id=m2_queue))
    assert setup.service.next_item(other) is None  # its only queue is paused
    assert _drain(setup, agent) == ["m1_big", "m1_small"]
    with database.sessions.begin() as session:
        session.execute(update(Queue).where(Queue.id == m2_queue).values(paused=False))
    lease = setup.service.next_item(other)
    assert lease is not None and setup.label_of(lease.debtor_id) == "m2"
    assert m1_queue != m2_queue


def test_a_queue_filter_is_honoured(database: Database) -> None:
    setup = build(database, FILES)
    m1_queue = setup.queue_of(Stage.DEFAULT_M1)
    lease = setup.service.next_item(setup.agents[0], queue_ids=[m1_queue])
    assert lease is not None and setup.label_of(lease.debtor_id) == "m1_big"


def _callback(database: Database, item_id: int, at, scope: CallbackScope, user_id) -> None:
    with database.sessions.begin() as session:
        session.execute(
            update(WorkItem)
            .where(WorkItem.id == item_id)
            .values(callback_at=at, callback_scope=scope, callback_user_id=user_id)
        )


def test_due_personal_callback_first_for_its_agent_then_anyone_after_the_grace(
    database: Database,
) -> None:
    setup = build(database, FILES)
    agent, other = setup.agents
    small = setup.item_of("m1_small")
    _callback(
        database,
        small.id,
        MONDAY_10H + timedelta(minutes=30),
        CallbackScope.PERSONAL,
        agent.user_id,
    )
    # not due yet: not offered to anyone, even though it is queued
    first = setup.service.next_item(other)
    assert first is not None and setup.label_of(first.debtor_id) == "m2"
    setup.clock.advance(minutes=1)
    setup.service.heartbeat(other, first.item_id, first.token)
    setup.clock.advance(minutes=30)
    setup.service.heartbeat(other, first.item_id, first.token)
    lease = setup.service.next_item(other)
    assert lease is not None and setup.label_of(lease.debtor_id) == "m1_big"  # not his
    lease = setup.service.next_item(agent)
    assert lease is not None and lease.callback and lease.item_id == small.id
    assert lease.explanation.startswith("rappel prévu à 10:30")


def test_personal_callback_goes_to_anyone_once_the_grace_time_has_passed(
    database: Database,
) -> None:
    setup = build(database, FILES)
    agent, other = setup.agents
    small = setup.item_of("m1_small")
    _callback(database, small.id, MONDAY_10H, CallbackScope.PERSONAL, agent.user_id)
    setup.clock.advance(hours=1)
    lease = setup.service.next_item(other)
    assert lease is not None and lease.item_id == small.id and lease.callback


def test_team_callback_goes_to_the_team(database: Database) -> None:
    setup = build(database, FILES)
    agent, teammate = setup.agents
    small = setup.item_of("m1_small")
    _callback(database, small.id, MONDAY_10H, CallbackScope.TEAM, agent.user_id)
    lease = setup.service.next_item(teammate)  # same team "A"
    assert lease is not None and lease.item_id == small.id


def _attempts(database: Database, debtor_id: int, times) -> None:
    with database.sessions.begin() as session:
        org_id = session.scalars(
            select(WorkItem.organisation_id).where(WorkItem.debtor_id == debtor_id)
        ).one()
        for at in times:
            session.add(
                CallAttempt(
                    organisation_id=org_id,
                    debtor_id=debtor_id,
                    started_at=at,
                    reachability=Reachability.NO_ANSWER,
                )
            )


def test_daily_cap_holds_the_file_until_the_next_local_day(database: Database) -> None:
    setup = build(database, FILES)
    earlier = [MONDAY_10H - timedelta(minutes=m) for m in (30, 20, 10)]
    _attempts(database, setup.debtors["m2"], earlier)
    agent = setup.agents[0]
    assert _drain(setup, agent) == ["m1_big", "m1_small"]
    held = setup.item_of("m2")
    assert held.status is WorkItemStatus.QUEUED
    # midnight in Paris (CET) is 23:00 UTC
    assert held.next_eligible_at is not None
    assert held.next_eligible_at.isoformat() == "2025-03-10T23:00:00+00:00"
    reason = setup.service.check_manual_call(setup.debtors["m2"])
    assert reason is not None and "3 tentatives aujourd'hui" in reason
