"""Leases: a claimer that dies holding a file gives it back when the lease expires."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from telerecouv.domain.enums import Stage, WorkItemStatus
from telerecouv.services.database import Database
from telerecouv.store.errors import Conflict, PermissionDenied
from telerecouv.store.models import AuditEntry
from telerecouv.store.types import utcnow

from .claim_helpers import build, supervisor
from .test_claim import FILES, _drain
from .test_concurrency import ALWAYS_OPEN, run_worker


def test_a_claimer_that_dies_holding_a_lease_gives_the_file_back_after_expiry(
    database: Database,
) -> None:
    files = {"only": {"zones": "UTC", "stage": Stage.DEFAULT_M2}}
    setup = build(database, files, org_values={"calling_hours": ALWAYS_OPEN}, now=utcnow())
    dying, survivor = setup.agents
    worker = run_worker("claim_and_die", database.url, str(dying.user_id))
    try:
        assert worker.stdout is not None
        item_id = json.loads(worker.stdout.readline())
        assert item_id is not None
    finally:
        worker.kill()  # the workstation dies: no heartbeat, no release
        worker.communicate(timeout=30)
    assert setup.item_of("only").status is WorkItemStatus.LEASED
    setup.clock.now = utcnow()
    assert setup.service.next_item(survivor) is None  # still leased (30 s)
    setup.clock.now = utcnow() + timedelta(seconds=31)
    lease = setup.service.next_item(survivor)
    assert lease is not None and lease.item_id == item_id
    item = setup.item_of("only")
    assert item.leased_by_id == survivor.user_id and item.lease_token == lease.token


def test_heartbeat_release_and_a_lost_lease(database: Database) -> None:
    setup = build(database, FILES)
    agent, other = setup.agents
    lease = setup.service.next_item(agent)
    assert lease is not None
    setup.clock.advance(seconds=60)
    renewed = setup.service.heartbeat(agent, lease.item_id, lease.token)
    assert renewed == setup.clock.now + timedelta(minutes=2)
    setup.service.release(agent, lease.item_id, lease.token)
    assert setup.item_of("m2").status is WorkItemStatus.QUEUED
    again = setup.service.next_item(other)  # offered again at once, still the best
    assert again is not None and again.item_id == lease.item_id
    with pytest.raises(Conflict):
        setup.service.heartbeat(agent, lease.item_id, lease.token)
    with pytest.raises(Conflict):
        setup.service.release(agent, lease.item_id, lease.token)


def test_a_forced_release_needs_a_supervisor_and_is_audited(database: Database) -> None:
    setup = build(database, FILES)
    agent = setup.agents[0]
    lease = setup.service.next_item(agent)
    assert lease is not None
    with pytest.raises(PermissionDenied):
        setup.service.release(agent, lease.item_id, None)
    boss = supervisor(database)
    setup.service.release(boss, lease.item_id, None)
    assert setup.item_of("m2").status is WorkItemStatus.QUEUED
    with database.sessions() as session:
        actions = session.scalars(select(AuditEntry.action)).all()
    assert "queue.release" in actions


def test_an_expired_lease_returns_the_file_to_the_queue(database: Database) -> None:
    setup = build(database, {"only": {"stage": Stage.DEFAULT_M2}})
    agent, other = setup.agents
    lease = setup.service.next_item(agent)
    assert lease is not None
    assert setup.service.next_item(other) is None
    setup.clock.advance(minutes=3)  # the agent's workstation died: no heartbeat
    taken = setup.service.next_item(other)
    assert taken is not None and taken.item_id == lease.item_id
    with pytest.raises(Conflict):
        setup.service.heartbeat(agent, lease.item_id, lease.token)


def test_expire_leases_job_counts_what_it_returned(database: Database) -> None:
    setup = build(database, FILES)
    for agent in setup.agents:
        assert setup.service.next_item(agent) is not None
    assert setup.service.expire_leases() == 0
    setup.clock.advance(minutes=5)
    assert setup.service.expire_leases() == 2
    assert _drain(setup, setup.agents[0]) == ["m2", "m1_big", "m1_small"]
