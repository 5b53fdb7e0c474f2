from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from telerecouv.domain.enums import CallResult, PlanStatus, WorkItemStatus
from telerecouv.services.approvals import ApprovalService
from telerecouv.services.database import Database
from telerecouv.services.permissions import SYSTEM
from telerecouv.store.errors import Conflict, NotFound, PermissionDenied, ValidationError
from telerecouv.store.models import AuditEntry, PaymentPlan, PlanClaim, WorkItem
from tests.services.lead_factory import RP, World, at, build_world


@pytest.fixture
def world(database: Database) -> World:
    w = build_world(database.sessions)
    w.debtor("D1", balance="3600.00", last_name="Martin")
    w.debtor("D2", balance="900.00", last_name="Petit")
    return w


def pending_plan(w: World, ext: str, agent: str = "a1", months: int = 36) -> int:
    call = w.call(ext, agent, at(2), RP, CallResult.PLAN_AGREED)
    plan = w.plan(
        ext,
        agent,
        call,
        months=months,
        total="3600.00",
        status=PlanStatus.PENDING_APPROVAL,
        justification="Revenus: RSA seul",
    )
    w.add(PlanClaim(plan_id=plan, claim_id=w.claims[ext], amount=Decimal("3600.00")))
    return plan


def test_lead_sees_pending_plans_and_approves_one(database: Database, world: World) -> None:
    plan = pending_plan(world, "D1")
    world.plan("D2", "a2", None, months=12, total="900.00")  # active, not pending
    service = ApprovalService(world.sessions)
    lead = world.actor("lead1")
    [pending] = service.pending(lead)
    assert (pending.plan_id, pending.months, pending.agent_login) == (plan, 36, "a1")
    assert pending.debtor_name == "Martin" and pending.claims == ("C-D1",)
    assert pending.justification == "Revenus: RSA seul"
    decision = service.approve(lead, plan, "Situation vérifiée")
    assert decision.status is PlanStatus.ACTIVE and decision.approved
    assert decision.decided_by == "lead1" and decision.reason == "Situation vérifiée"
    assert service.pending(lead) == []
    with database.sessions() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "plan.approve"))
        assert entry is not None and entry.entity_id == str(plan)
        assert entry.after == {"status": "active", "reason": "Situation vérifiée"}
    # The agent who agreed the plan sees the decision; another agent does not.
    seen = service.decisions(world.actor("a1"))
    assert [d.plan_id for d in seen] == [plan] and seen[0].approved
    assert service.decisions(world.actor("a2")) == []


def test_rejection_needs_a_reason_and_requeues_the_file(database: Database, world: World) -> None:
    plan = pending_plan(world, "D1")
    with database.sessions.begin() as session:
        item = session.scalar(select(WorkItem).where(WorkItem.debtor_id == world.debtors["D1"]))
        assert item is not None
        item.status = WorkItemStatus.DONE
    service = ApprovalService(world.sessions)
    lead = world.actor("lead1")
    with pytest.raises(ValidationError) as error:
        service.reject(lead, plan, "   ")
    assert error.value.field == "reason"
    decision = service.reject(lead, plan, "36 mois trop long: proposer 24 mois")
    assert decision.status is PlanStatus.REJECTED and not decision.approved
    with database.sessions() as session:
        item = session.scalar(select(WorkItem).where(WorkItem.debtor_id == world.debtors["D1"]))
        assert item is not None and item.status is WorkItemStatus.QUEUED
        assert item.next_eligible_at is not None
    [seen] = service.decisions(world.actor("a1"))
    assert seen.reason == "36 mois trop long: proposer 24 mois"


def test_a_plan_is_decided_once(world: World) -> None:
    plan = pending_plan(world, "D1")
    service = ApprovalService(world.sessions)
    service.approve(world.actor("lead1"), plan)
    with pytest.raises(Conflict):
        service.reject(world.actor("super1"), plan, "trop tard")
    with pytest.raises(NotFound):
        service.approve(world.actor("lead1"), 987654)


def test_who_may_decide(world: World) -> None:
    plan = pending_plan(world, "D1", agent="lead1")
    service = ApprovalService(world.sessions)
    with pytest.raises(PermissionDenied):
        service.pending(world.actor("a1"))
    with pytest.raises(PermissionDenied):
        service.approve(world.actor("a2"), plan)
    with pytest.raises(PermissionDenied):  # four eyes: not one's own plan
        service.approve(world.actor("lead1"), plan)
    assert service.approve(world.actor("super1"), plan).approved
    assert service.decisions(SYSTEM)[0].plan_id == plan


def test_decisions_since(world: World) -> None:
    first = pending_plan(world, "D1")
    second = pending_plan(world, "D2")
    service = ApprovalService(world.sessions)
    lead = world.actor("lead1")
    one = service.approve(lead, first)
    service.reject(lead, second, "non")
    assert one.decided_at is not None
    later = service.decisions(world.actor("a1"), since=one.decided_at)
    assert [d.plan_id for d in later] == [second]
    with world.sessions() as session:
        assert session.get(PaymentPlan, second).status is PlanStatus.REJECTED  # type: ignore[union-attr]
