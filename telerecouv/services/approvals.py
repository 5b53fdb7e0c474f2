"""Approval of payment plans beyond 24 months (SPEC.md §3.5): a team lead approves or rejects
with a reason; the decision is audited and the agent who agreed the plan sees it.

Rules the issue left open, decided here:
* nobody approves a plan they agreed themselves (four eyes);
* a reason is required to reject, optional to approve;
* a rejected plan puts the debtor's file back in its queue at once, so that an agent calls
  the debtor again to agree something else;
* two leads deciding the same plan at once: the second one gets a Conflict.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session, aliased, sessionmaker

from telerecouv.domain.enums import DebtorKind, PlanStatus, WorkItemStatus
from telerecouv.services import audit
from telerecouv.services.permissions import Actor, Permission, require
from telerecouv.store.engine import write_transaction
from telerecouv.store.errors import Conflict, NotFound, PermissionDenied, ValidationError, msg
from telerecouv.store.models import Claim, Debtor, PaymentPlan, PlanClaim, User, WorkItem
from telerecouv.store.types import utcnow

MAX_REASON = 2000


@dataclass(frozen=True)
class PendingPlan:
    plan_id: int
    debtor_name: str
    debtor_external_id: str
    agent_login: str | None
    created_at: datetime
    months: int
    total: Decimal
    instalment: Decimal
    justification: str | None
    claims: tuple[str, ...]


@dataclass(frozen=True)
class PlanDecision:
    plan_id: int
    debtor_name: str
    debtor_external_id: str
    agent_login: str | None
    months: int
    total: Decimal
    status: PlanStatus  # ACTIVE (approved) or REJECTED, or PENDING_APPROVAL (not decided yet)
    decided_by: str | None
    decided_at: datetime | None
    reason: str | None

    @property
    def approved(self) -> bool:
        return self.decided_at is not None and self.status is not PlanStatus.REJECTED


def _name(debtor: Debtor) -> str:
    if debtor.kind == DebtorKind.COMPANY:
        return debtor.company_name or debtor.external_id
    return " ".join(p for p in (debtor.last_name, debtor.first_name) if p) or debtor.external_id


_agent = aliased(User, name="agent")
_decider = aliased(User, name="decider")


class ApprovalService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def pending(self, actor: Actor) -> list[PendingPlan]:
        """Plans waiting for a lead's decision, oldest first."""
        require(actor, Permission.APPROVE_PLANS, "see the plans to approve")
        with self._sessions() as session:
            rows = session.execute(
                select(PaymentPlan, Debtor, _agent.login)
                .join(Debtor, Debtor.id == PaymentPlan.debtor_id)
                .outerjoin(_agent, _agent.id == PaymentPlan.agent_id)
                .where(PaymentPlan.status == PlanStatus.PENDING_APPROVAL)
                .order_by(PaymentPlan.created_at, PaymentPlan.id)
            ).all()
            claims: dict[int, list[str]] = {}
            if rows:
                for plan_id, external_id in session.execute(
                    select(PlanClaim.plan_id, Claim.external_id)
                    .join(Claim, Claim.id == PlanClaim.claim_id)
                    .where(PlanClaim.plan_id.in_([plan.id for plan, _, _ in rows]))
                    .order_by(Claim.external_id)
                ):
                    claims.setdefault(plan_id, []).append(external_id)
            return [
                PendingPlan(
                    plan_id=plan.id,
                    debtor_name=_name(debtor),
                    debtor_external_id=debtor.external_id,
                    agent_login=login,
                    created_at=plan.created_at,
                    months=plan.months,
                    total=plan.total,
                    instalment=plan.instalment_amount,
                    justification=plan.justification,
                    claims=tuple(claims.get(plan.id, ())),
                )
                for plan, debtor, login in rows
            ]

    def approve(self, actor: Actor, plan_id: int, reason: str = "") -> PlanDecision:
        return self._decide(actor, plan_id, PlanStatus.ACTIVE, reason)

    def reject(self, actor: Actor, plan_id: int, reason: str) -> PlanDecision:
        if not (reason or "").strip():
            raise ValidationError(
                msg(
                    "Plan {plan_id}: give the reason of the rejection; the agent will read it.",
                    plan_id=plan_id,
                ),
                field="reason",
            )
        return self._decide(actor, plan_id, PlanStatus.REJECTED, reason)

    def _decide(self, actor: Actor, plan_id: int, status: PlanStatus, reason: str) -> PlanDecision:
        verb = "approve" if status is PlanStatus.ACTIVE else "reject"
        require(actor, Permission.APPROVE_PLANS, f"{verb} payment plans")
        reason = (reason or "").strip()
        if len(reason) > MAX_REASON:
            raise ValidationError(
                msg(
                    "Plan {plan_id}: the reason is too long ({length} characters, at most "
                    "{MAX_REASON}).",
                    plan_id=plan_id,
                    length=len(reason),
                    MAX_REASON=MAX_REASON,
                ),
                field="reason",
            )
        now = utcnow()
        with write_transaction(self._sessions) as session:
            plan = session.get(PaymentPlan, plan_id)
            if plan is None:
                raise NotFound(msg("No payment plan {plan_id}.", plan_id=plan_id))
            if actor.user_id is not None and plan.agent_id == actor.user_id:
                raise PermissionDenied(
                    msg(
                        "{login} agreed plan {plan_id} and may not {verb} it.",
                        login=actor.login,
                        plan_id=plan_id,
                        verb=msg("approve") if verb == "approve" else msg("reject"),
                    ),
                    msg("Another team lead decides."),
                )
            # Conditional update: of two leads deciding at once, exactly one wins.
            done: Any = session.execute(
                update(PaymentPlan)
                .where(
                    PaymentPlan.id == plan_id,
                    PaymentPlan.status == PlanStatus.PENDING_APPROVAL,
                )
                .values(
                    status=status,
                    decided_by_id=actor.user_id,
                    decided_at=now,
                    decision_reason=reason or None,
                )
                .execution_options(synchronize_session=False)
            )
            if done.rowcount != 1:
                session.refresh(plan)
                raise Conflict(
                    msg(
                        "Plan {plan_id} is not waiting for approval any more (it is {status}).",
                        plan_id=plan_id,
                        status=plan.status.value,
                    ),
                    msg("Refresh the list."),
                )
            if status is PlanStatus.REJECTED:
                session.execute(
                    update(WorkItem)
                    .where(
                        WorkItem.debtor_id == plan.debtor_id,
                        WorkItem.status.in_([WorkItemStatus.DONE, WorkItemStatus.QUEUED]),
                    )
                    .values(
                        status=WorkItemStatus.QUEUED,
                        next_eligible_at=now,
                        status_detail=f"plan {plan_id} rejected",
                    )
                    .execution_options(synchronize_session=False)
                )
            audit.record(
                session,
                actor,
                f"plan.{verb}",
                "payment_plan",
                plan_id,
                before={"status": PlanStatus.PENDING_APPROVAL},
                after={"status": status, "reason": reason or None},
                always=True,
            )
        return self._decision(plan_id)

    def decisions(
        self,
        actor: Actor,
        *,
        since: datetime | None = None,
        agent_id: int | None = None,
        limit: int = 50,
    ) -> list[PlanDecision]:
        """Decided plans, newest decision first. An agent sees the decisions on their own
        plans (agent_id is forced to theirs); a lead may ask for one agent or everyone."""
        if not actor.can(Permission.APPROVE_PLANS):
            require(actor, Permission.WORK_CALLS, "see plan decisions")
            agent_id = actor.user_id
            if agent_id is None:
                return []
        query = self._query().where(PaymentPlan.decided_at.is_not(None))
        if since is not None:
            query = query.where(PaymentPlan.decided_at > since)
        if agent_id is not None:
            query = query.where(PaymentPlan.agent_id == agent_id)
        query = query.order_by(PaymentPlan.decided_at.desc(), PaymentPlan.id.desc()).limit(limit)
        with self._sessions() as session:
            return [self._to_decision(*row) for row in session.execute(query)]

    def _decision(self, plan_id: int) -> PlanDecision:
        with self._sessions() as session:
            row = session.execute(self._query().where(PaymentPlan.id == plan_id)).one()
            return self._to_decision(*row)

    @staticmethod
    def _query() -> Any:
        return (
            select(PaymentPlan, Debtor, _agent.login, _decider.login)
            .join(Debtor, Debtor.id == PaymentPlan.debtor_id)
            .outerjoin(_agent, _agent.id == PaymentPlan.agent_id)
            .outerjoin(_decider, _decider.id == PaymentPlan.decided_by_id)
        )

    @staticmethod
    def _to_decision(
        plan: PaymentPlan, debtor: Debtor, agent: str | None, decider: str | None
    ) -> PlanDecision:
        return PlanDecision(
            plan_id=plan.id,
            debtor_name=_name(debtor),
            debtor_external_id=debtor.external_id,
            agent_login=agent,
            months=plan.months,
            total=plan.total,
            status=plan.status,
            decided_by=decider,
            decided_at=plan.decided_at,
            reason=plan.decision_reason,
        )
