"""Recording a call and what it agreed, in one transaction, exactly once.

`CallService.record` writes the call attempt, the plan and its instalments, the promise,
the relief request and the letter rows, then hands the work item to the queue engine
(`queue.outcomes.apply_outcome`: lease ended, retry rules, échec amiable, call-back). The
client-generated `client_token` makes a replay from the local outbox land once: a second
call with the same token returns the first call's ids with `duplicate=True`.

The data types (`CallOutcome`, `PlanDraft`...) and the checks that need no database live in
`services/call_outcome.py` and are re-exported here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import exc as sa_exc
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from telerecouv.domain.enums import (
    CallbackScope,
    CallResult,
    Reachability,
    WorkItemStatus,
)
from telerecouv.services import audit
from telerecouv.services.agreements import (
    AgreementContext,
    RuleViolation,
    create_plan,
    create_promise,
    create_relief,
)
from telerecouv.services.call_outcome import (
    CallOutcome,
    PlanDraft,
    PromiseDraft,
    ReliefDraft,
    SavedCall,
    validate_outcome,
)
from telerecouv.services.db_errors import known_db_errors
from telerecouv.services.letters import add_plan_letter, add_refusal_report, plan_sms_text
from telerecouv.services.permissions import Actor, Permission, require
from telerecouv.services.queue.outcomes import apply_outcome
from telerecouv.store.engine import write_transaction
from telerecouv.store.errors import Conflict, NotFound, msg
from telerecouv.store.models import (
    CallAttempt,
    Debtor,
    Organisation,
    PaymentPlan,
    PlanClaim,
    Promise,
    ReliefRequest,
    WorkItem,
)
from telerecouv.store.types import utcnow

__all__ = [
    "CallOutcome",
    "CallService",
    "PlanDraft",
    "PromiseDraft",
    "ReliefDraft",
    "RuleViolation",
    "SavedCall",
    "validate_outcome",
]

log = logging.getLogger(__name__)


class CallService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._sessions = session_factory
        self._clock = clock

    def record(self, actor: Actor, outcome: CallOutcome) -> SavedCall:
        require(actor, Permission.WORK_CALLS, "record a call")
        now = self._clock()
        validate_outcome(outcome, now)
        with known_db_errors(self._sessions):
            try:
                # Two workstations saving at once wait for each other (the write lock).
                with write_transaction(self._sessions) as session:
                    return self._record(session, actor, outcome, now)
            except sa_exc.IntegrityError:
                # Two workstations replaying the same outcome at once: one wins.
                with self._sessions() as session:
                    first = _duplicate(session, outcome.client_token)
                if first is None:
                    raise
                return first

    def confirmation_text(self, actor: Actor, plan_id: int) -> str:
        """The SMS / e-mail text of a plan (also in `SavedCall.confirmation_text`)."""
        require(actor, Permission.WORK_CALLS, "read a plan confirmation")
        with known_db_errors(self._sessions), self._sessions() as session:
            return plan_sms_text(session, plan_id)

    # --- the transaction -------------------------------------------------------------------

    def _record(
        self, session: Session, actor: Actor, outcome: CallOutcome, now: datetime
    ) -> SavedCall:
        first = _duplicate(session, outcome.client_token)
        if first is not None:
            return first
        row = session.execute(
            select(Debtor, Organisation)
            .join(Organisation, Organisation.id == Debtor.organisation_id)
            .where(Debtor.id == outcome.debtor_id)
        ).one_or_none()
        if row is None:
            raise NotFound(msg("No debtor with id {debtor_id}.", debtor_id=outcome.debtor_id))
        debtor, org = row
        item = session.scalar(select(WorkItem).where(WorkItem.debtor_id == debtor.id))
        if outcome.item_id is not None and (item is None or item.id != outcome.item_id):
            raise RuleViolation(
                "item_mismatch",
                msg(
                    "Work item {item_id} is not the file of debtor {external_id}.",
                    item_id=outcome.item_id,
                    external_id=debtor.external_id,
                ),
                "item_id",
            )
        call = CallAttempt(
            organisation_id=org.id,
            debtor_id=debtor.id,
            work_item_id=item.id if item is not None else None,
            agent_id=actor.user_id,
            team_id=actor.team_id,
            queue_id=item.queue_id if item is not None else None,
            stage=item.stage if item is not None else None,
            number=(outcome.number or None) and outcome.number[:32],
            started_at=outcome.started_at,
            ended_at=outcome.ended_at,
            reachability=Reachability(outcome.reachability),
            result=CallResult(outcome.result) if outcome.result else None,
            notes=(outcome.notes or "").strip() or None,
            script_path=list(outcome.script_path) or None,
            callback_at=outcome.callback_at,
            callback_scope=_scope(outcome),
            client_token=outcome.client_token,
        )
        session.add(call)
        session.flush()
        ctx = AgreementContext(
            debtor=debtor,
            organisation=org,
            call_id=call.id,
            agent_id=actor.user_id,
            today=outcome.started_at.astimezone(ZoneInfo(org.timezone)).date(),
        )
        plan, promise, relief = self._agreements(session, ctx, outcome)
        call.claim_id = _main_claim(session, plan, promise, relief)
        if plan is not None:
            # Pending plans get their letter too: it says the request awaits validation.
            add_plan_letter(session, plan, org, call.claim_id)
        if call.result is CallResult.REFUSAL and org.outsourced:
            add_refusal_report(session, call, org, call.claim_id)
        session.flush()
        status, next_at = self._apply(session, item, actor, outcome, now)
        audit.record(
            session,
            actor,
            "call.record",
            "call",
            call.id,
            after={
                "debtor": debtor.external_id,
                "reachability": call.reachability,
                "result": call.result,
                "plan": plan.id if plan else None,
                "promise": promise.id if promise else None,
                "relief": relief.id if relief else None,
            },
        )
        return SavedCall(
            call_id=call.id,
            duplicate=False,
            item_status=status,
            next_eligible_at=next_at,
            plan_id=plan.id if plan else None,
            plan_needs_approval=bool(plan and plan.needs_approval),
            promise_id=promise.id if promise else None,
            relief_id=relief.id if relief else None,
            relief_route=relief.route if relief else None,
            confirmation_text=plan_sms_text(session, plan.id) if plan else None,
        )

    @staticmethod
    def _agreements(
        session: Session, ctx: AgreementContext, outcome: CallOutcome
    ) -> tuple[PaymentPlan | None, Promise | None, ReliefRequest | None]:
        plan = promise = relief = None
        if outcome.plan is not None:
            draft = outcome.plan
            plan = create_plan(
                session,
                ctx,
                claim_ids=draft.claim_ids,
                months=draft.months,
                first_due_on=draft.first_due_on,
                means=draft.means,
                iban=draft.iban,
                justification=draft.justification,
                instalment=draft.instalment,
            )
        if outcome.promise is not None:
            promise = create_promise(
                session,
                ctx,
                amount=outcome.promise.amount,
                due_on=outcome.promise.due_on,
                claim_id=outcome.promise.claim_id,
                full=outcome.result is CallResult.FULL_PAYMENT_PROMISED,
            )
        if outcome.relief is not None:
            relief = create_relief(
                session, ctx, claim_id=outcome.relief.claim_id, reason=outcome.relief.reason
            )
        session.flush()
        return plan, promise, relief

    @staticmethod
    def _apply(
        session: Session,
        item: WorkItem | None,
        actor: Actor,
        outcome: CallOutcome,
        now: datetime,
    ) -> tuple[WorkItemStatus | None, datetime | None]:
        """Hand the file to the queue engine. A lost lease keeps the call, not the item.

        Without a lease token (a call outside the queue) the engine only ends a lease nobody
        else holds, and decides what the attempt changes.

        When the lease expired and a colleague took the file meanwhile (a workstation that
        slept, an outcome replayed late from the outbox), the call and its agreements are
        still recorded - they happened - but the colleague's file is left alone.
        """
        if item is None:
            return None, None
        try:
            with session.begin_nested():
                result = apply_outcome(
                    session,
                    item.id,
                    token=outcome.lease_token,
                    agent_id=actor.user_id,
                    reachability=Reachability(outcome.reachability),
                    result=CallResult(outcome.result) if outcome.result else None,
                    callback_at=outcome.callback_at,
                    callback_scope=_scope(outcome),
                    now=now,
                )
        except Conflict as lost:
            log.warning("call on item %s recorded without updating it: %s", item.id, lost)
            session.refresh(item)
            return item.status, item.next_eligible_at
        return result.status, result.next_eligible_at


def _scope(outcome: CallOutcome) -> CallbackScope | None:
    if outcome.callback_at is None:
        return None
    return CallbackScope(outcome.callback_scope or CallbackScope.PERSONAL)


def _main_claim(
    session: Session,
    plan: PaymentPlan | None,
    promise: Promise | None,
    relief: ReliefRequest | None,
) -> int | None:
    if relief is not None:
        return relief.claim_id
    if promise is not None and promise.claim_id is not None:
        return promise.claim_id
    if plan is not None:
        return session.scalar(
            select(PlanClaim.claim_id)
            .where(PlanClaim.plan_id == plan.id)
            .order_by(PlanClaim.claim_id)
            .limit(1)
        )
    return None


def _duplicate(session: Session, client_token: str) -> SavedCall | None:
    """The SavedCall of an outcome already recorded under this token, or None."""
    call = session.scalar(select(CallAttempt).where(CallAttempt.client_token == client_token))
    if call is None:
        return None
    plan = session.scalar(select(PaymentPlan).where(PaymentPlan.call_id == call.id).limit(1))
    promise_id = session.scalar(select(Promise.id).where(Promise.call_id == call.id).limit(1))
    relief = session.scalar(select(ReliefRequest).where(ReliefRequest.call_id == call.id).limit(1))
    item = session.get(WorkItem, call.work_item_id) if call.work_item_id else None
    return SavedCall(
        call_id=call.id,
        duplicate=True,
        item_status=item.status if item else None,
        next_eligible_at=item.next_eligible_at if item else None,
        plan_id=plan.id if plan else None,
        plan_needs_approval=bool(plan and plan.needs_approval),
        promise_id=promise_id,
        relief_id=relief.id if relief else None,
        relief_route=relief.route if relief else None,
        confirmation_text=plan_sms_text(session, plan.id) if plan else None,
    )
