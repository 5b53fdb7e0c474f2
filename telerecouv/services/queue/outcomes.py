"""What a call's outcome does to the debtor's file (SPEC.md §3.3-3.4, §3.6).

`apply_outcome` runs in the CALLER's transaction (services/calls.py records the CallAttempt,
flushes it, then calls this). In order:

1. the lease ends: with a `token`, only if that token still holds it (else `Conflict`, and
   nothing is changed); without one, only if no other agent holds the file;
2. the attempt is counted: `attempts`, the per-outcome `attempt_counts` of the current cycle
   (a cycle starts when the sync puts the file back with 0 attempts), last attempt/contact;
   a pin to the top ends;
3. WRONG_NUMBER / INVALID_NUMBER deactivate the number the call attempt names (with a
   contact-change row); a file with no valid active number left goes TO_LOCATE;
4. the result decides: REFUSAL ends the amicable phase; a plan → DONE on plan follow-up; a
   promise → DONE on promise follow-up; "already paid" waits (QUEUED, a right-party delay)
   for the payment import to close it; a call-back → QUEUED with its time and owner;
5. anything else follows the retry rule of its outcome (a conversation without agreement uses
   the RIGHT_PARTY rule): past `max_attempts` the amicable phase has failed ("échec amiable":
   item FAILED, its claims AMICABLE_FAILED, on the formal-notice list), otherwise the file
   waits for the delay, the daily/weekly caps in the debtor's zones and the quiet period
   after a conversation (a call-back the debtor asked for is exempt from both).

Files not in a queue (DONE on follow-up, FAILED, EXCLUDED, TO_LOCATE) called without a lease
only record the attempt, unless the call agreed a plan/promise or was a refusal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, and_, case, or_, select, update
from sqlalchemy.orm import Session

from telerecouv.domain.enums import (
    CallbackScope,
    CallResult,
    ClaimStatus,
    ContactKind,
    ContactSource,
    Phase,
    Reachability,
    Stage,
    WorkItemStatus,
)
from telerecouv.domain.windows import caps_state, quiet_until
from telerecouv.services.queue.policy import QueueSettings, effective_caps, load_settings
from telerecouv.services.queue.sync import (
    DETAIL_AMICABLE_FAILED,
    DETAIL_FOLLOW_UP_PLAN,
    DETAIL_FOLLOW_UP_PROMISE,
    DETAIL_NO_VALID_PHONE,
    claim_exclusion,
    sync_work_items,
)
from telerecouv.store.errors import Conflict, NotFound, ValidationError, msg
from telerecouv.store.models import (
    CallAttempt,
    Claim,
    ContactChange,
    ContactPoint,
    Debtor,
    Organisation,
    WorkItem,
)

WORK_ITEMS = cast(Table, WorkItem.__table__)
WEEK = timedelta(days=7)

# ItemOutcome.detail codes (stable; the UI translates them).
DETAIL_REFUSAL = "refusal"
DETAIL_MAX_ATTEMPTS = "max_attempts"  # followed by ":" and the outcome: "max_attempts:BUSY"
DETAIL_ALREADY_PAID = "already_paid_check"
DETAIL_CALLBACK = "callback"
DETAIL_RETRY = "retry"

IN_QUEUE = (WorkItemStatus.QUEUED, WorkItemStatus.LEASED)
BROKEN_STAGES = (Stage.BROKEN_PLAN, Stage.BROKEN_PROMISE)
PROMISES = (CallResult.FULL_PAYMENT_PROMISED, CallResult.PARTIAL_PAYMENT_PROMISED)


@dataclass(frozen=True)
class ItemOutcome:
    status: WorkItemStatus
    next_eligible_at: datetime | None
    detail: str | None


def apply_outcome(
    session: Session,
    item_id: int,
    *,
    token: str | None,
    agent_id: int | None,
    reachability: Reachability,
    result: CallResult | None,
    callback_at: datetime | None,
    callback_scope: CallbackScope | None,
    now: datetime,
) -> ItemOutcome:
    """Apply one call's outcome to its work item (see the module docstring)."""
    outcome = _apply(
        session,
        item_id,
        token=token,
        agent_id=agent_id,
        reachability=reachability,
        result=result,
        callback_at=callback_at,
        callback_scope=callback_scope,
        now=now,
    )
    session.flush()  # the caller's core queries see the file as it is now
    return outcome


def _apply(
    session: Session,
    item_id: int,
    *,
    token: str | None,
    agent_id: int | None,
    reachability: Reachability,
    result: CallResult | None,
    callback_at: datetime | None,
    callback_scope: CallbackScope | None,
    now: datetime,
) -> ItemOutcome:
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    if callback_at is not None and callback_at.tzinfo is None:
        raise ValidationError(msg("The call-back time must carry its time zone."), "callback_at")
    if result is CallResult.CALLBACK_REQUESTED and callback_at is None:
        raise ValidationError(msg("A call-back needs a date and time."), "callback_at")
    needs_debtor = result is not None and result is not CallResult.CALLBACK_REQUESTED
    if needs_debtor and reachability is not Reachability.RIGHT_PARTY:
        assert result is not None
        raise ValidationError(
            msg(
                "The result {result} needs the debtor on the line (RIGHT_PARTY).",
                result=result.value,
            ),
            "result",
        )
    _end_lease(session, item_id, token, agent_id)
    item = session.execute(
        select(WorkItem).where(WorkItem.id == item_id).execution_options(populate_existing=True)
    ).scalar_one()
    org = session.get(Organisation, item.organisation_id)
    assert org is not None  # a foreign key
    settings = load_settings(session)
    previous_attempt = item.last_attempt_at
    in_queue = item.status in IN_QUEUE

    # -- count the attempt ---------------------------------------------------------------
    counts: dict[str, Any] = {} if item.attempts == 0 else dict(item.attempt_counts or {})
    counts[reachability.value] = int(counts.get(reachability.value, 0)) + 1
    item.attempt_counts = counts
    item.attempts += 1
    item.last_attempt_at = now
    item.last_reachability = reachability
    if reachability is Reachability.RIGHT_PARTY:
        item.last_contact_at = now
    item.pinned_at = None
    item.manual_priority = 0
    attempt = _this_attempt(session, item, previous_attempt, now)

    # -- a wrong or invalid number is switched off -----------------------------------------
    if reachability in (Reachability.WRONG_NUMBER, Reachability.INVALID_NUMBER):
        _deactivate_number(session, item.debtor_id, attempt, reachability, agent_id, now)
        if not _has_valid_phone(session, item.debtor_id):
            debtor = session.get(Debtor, item.debtor_id)
            if debtor is not None:
                debtor.to_locate = True
            if in_queue:
                return _set(item, WorkItemStatus.TO_LOCATE, None, DETAIL_NO_VALID_PHONE)

    # -- the result decides -------------------------------------------------------------------
    if result is CallResult.REFUSAL:
        return _fail(session, item, DETAIL_REFUSAL)
    if result is CallResult.PLAN_AGREED:
        return _set(item, WorkItemStatus.DONE, None, DETAIL_FOLLOW_UP_PLAN)
    if result in PROMISES:
        return _set(item, WorkItemStatus.DONE, None, DETAIL_FOLLOW_UP_PROMISE)
    if not in_queue:
        return ItemOutcome(item.status, item.next_eligible_at, item.status_detail)
    if result is CallResult.CALLBACK_REQUESTED:
        assert callback_at is not None
        return _callback(item, callback_at, callback_scope, agent_id)

    rule_key = Reachability.RIGHT_PARTY if result is not None else reachability
    rule = settings.retry[rule_key]
    if int(counts.get(rule_key.value, 0)) >= rule.max_attempts and callback_at is None:
        return _fail(session, item, f"{DETAIL_MAX_ATTEMPTS}:{rule_key.value}")
    if callback_at is not None:  # e.g. a relative said when the debtor will be home
        return _callback(item, callback_at, callback_scope, agent_id)
    detail = DETAIL_ALREADY_PAID if result is CallResult.ALREADY_PAID else DETAIL_RETRY
    next_at = max(
        now + rule.delay,
        _caps_floor(session, item, org, settings, attempt, now) or now,
        quiet_until(item.last_contact_at, org.quiet_days_after_contact) or now,
    )
    outcome = _set(item, WorkItemStatus.QUEUED, next_at, None)
    return ItemOutcome(outcome.status, outcome.next_eligible_at, detail)


def _end_lease(session: Session, item_id: int, token: str | None, agent_id: int | None) -> None:
    """End the lease in one conditional UPDATE (atomic against expiry and other claimers)."""
    if token is not None:
        holds = WORK_ITEMS.c.lease_token == token
    else:
        holds = or_(
            WORK_ITEMS.c.lease_token.is_(None),
            and_(WORK_ITEMS.c.leased_by_id.is_not(None), WORK_ITEMS.c.leased_by_id == agent_id),
        )
    done = session.execute(
        update(WORK_ITEMS)
        .where(WORK_ITEMS.c.id == item_id, holds)
        .values(
            lease_token=None,
            leased_by_id=None,
            lease_expires_at=None,
            status=_case_leased_to_queued(),
        )
    )
    if getattr(done, "rowcount", 0) == 1:
        return
    if session.get(WorkItem, item_id) is None:
        raise NotFound(msg("No work item with id {item_id}.", item_id=item_id))
    raise Conflict(
        msg(
            "Work item {item_id} is no longer leased to you: its lease expired and another agent "
            "may be calling it.",
            item_id=item_id,
        ),
        msg("The call is kept; the file was not changed."),
    )


def _case_leased_to_queued() -> Any:
    return case(
        (WORK_ITEMS.c.status == WorkItemStatus.LEASED.value, WorkItemStatus.QUEUED.value),
        else_=WORK_ITEMS.c.status,
    )


def _this_attempt(
    session: Session, item: WorkItem, previous: datetime | None, now: datetime
) -> CallAttempt | None:
    """The caller's CallAttempt row for this call: the latest one of the debtor since the
    previous outcome (calls on one file follow each other under its lease)."""
    query = select(CallAttempt).where(
        CallAttempt.debtor_id == item.debtor_id, CallAttempt.started_at <= now
    )
    if previous is not None:
        query = query.where(CallAttempt.started_at > previous)
    return session.scalars(
        query.order_by(CallAttempt.started_at.desc(), CallAttempt.id.desc()).limit(1)
    ).first()


def _deactivate_number(
    session: Session,
    debtor_id: int,
    attempt: CallAttempt | None,
    reachability: Reachability,
    agent_id: int | None,
    now: datetime,
) -> None:
    if attempt is None or not attempt.number:
        return
    phones = session.scalars(
        select(ContactPoint).where(
            ContactPoint.debtor_id == debtor_id,
            ContactPoint.kind == ContactKind.PHONE,
            ContactPoint.value == attempt.number,
            ContactPoint.active.is_(True),
        )
    ).all()
    for phone in phones:
        # Recorded like a number removed by hand (services/contacts.py): the old value is
        # kept and exported with the other contact changes, traced to the call.
        phone.active = False
        phone.updated_at = now
        if reachability is Reachability.INVALID_NUMBER:
            phone.valid = False
        session.add(
            ContactChange(
                debtor_id=debtor_id,
                kind=ContactKind.PHONE,
                field=ContactKind.PHONE.value,
                old_value=phone.value,
                new_value=None,
                source=ContactSource.AGENT,
                changed_at=now,
                changed_by_id=agent_id,
                call_id=attempt.id,
            )
        )
    session.flush()


def _has_valid_phone(session: Session, debtor_id: int) -> bool:
    return (
        session.scalar(
            select(ContactPoint.id)
            .where(
                ContactPoint.debtor_id == debtor_id,
                ContactPoint.kind == ContactKind.PHONE,
                ContactPoint.valid.is_(True),
                ContactPoint.active.is_(True),
            )
            .limit(1)
        )
        is not None
    )


def _caps_floor(
    session: Session,
    item: WorkItem,
    org: Organisation,
    settings: QueueSettings,
    attempt: CallAttempt | None,
    now: datetime,
) -> datetime | None:
    """When the daily and weekly caps allow the next call, counting this one."""
    times = list(
        session.scalars(
            select(CallAttempt.started_at).where(
                CallAttempt.debtor_id == item.debtor_id,
                CallAttempt.started_at > now - WEEK,
                CallAttempt.started_at <= now,
            )
        )
    )
    if attempt is None:  # the caller records the call after us: count it now
        times.append(now)
    daily, weekly = effective_caps(settings, org)
    return caps_state(
        times, zones=item.time_zones, daily_cap=daily, weekly_cap=weekly, at=now
    ).allowed_from


def _set(
    item: WorkItem, status: WorkItemStatus, next_at: datetime | None, detail: str | None
) -> ItemOutcome:
    item.status = status
    item.status_detail = detail
    item.status_reason = None
    item.next_eligible_at = next_at
    item.callback_at = None
    item.callback_scope = None
    item.callback_user_id = None
    return ItemOutcome(status, next_at, detail)


def _callback(
    item: WorkItem,
    callback_at: datetime,
    scope: CallbackScope | None,
    agent_id: int | None,
) -> ItemOutcome:
    """A call-back: personal (only this agent until the grace time, then anyone) or team."""
    scope = scope or CallbackScope.PERSONAL
    if agent_id is None:
        scope = CallbackScope.TEAM
    _set(item, WorkItemStatus.QUEUED, callback_at, None)
    item.callback_at = callback_at
    item.callback_scope = scope
    item.callback_user_id = agent_id if scope is CallbackScope.PERSONAL else None
    return ItemOutcome(WorkItemStatus.QUEUED, callback_at, DETAIL_CALLBACK)


def _fail(session: Session, item: WorkItem, detail: str) -> ItemOutcome:
    """Échec amiable: the file leaves the queue and its claims go to formal notice."""
    for claim in session.scalars(
        select(Claim).where(
            Claim.debtor_id == item.debtor_id,
            Claim.status == ClaimStatus.OPEN,
            Claim.phase == Phase.AMICABLE,
        )
    ):
        out_of_scope = claim_exclusion(
            status=claim.status,
            phase=claim.phase,
            fraud=claim.fraud,
            procedure=claim.procedure,
            exclusion_reason=claim.exclusion_reason,
        )
        if out_of_scope is None and claim.stage is not None and claim.balance > 0:
            claim.status = ClaimStatus.AMICABLE_FAILED
    _set(item, WorkItemStatus.FAILED, None, DETAIL_AMICABLE_FAILED)
    return ItemOutcome(WorkItemStatus.FAILED, None, detail)


def requeue_broken(session: Session, debtor_id: int, stage: Stage, now: datetime) -> None:
    """A broken plan or promise: the file re-enters the queue of that stage, fresh cycle.

    Call it after marking the plan BROKEN or the promise BROKEN (while a plan is active or a
    promise pending, the file stays on follow-up). When no claim of the debtor is at that
    stage yet, the debtor's open amicable claims in scope take it, so the sync keeps the file
    in that queue; when some already are (the caller chose them), the claims are left alone.
    """
    if stage not in BROKEN_STAGES:
        raise ValidationError(
            msg(
                "Only BROKEN_PLAN or BROKEN_PROMISE re-queue a file, not {stage}.",
                stage=stage.value,
            ),
            "stage",
        )
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    if session.get(Debtor, debtor_id) is None:
        raise NotFound(msg("No debtor with id {debtor_id}.", debtor_id=debtor_id))
    in_scope = [
        claim
        for claim in session.scalars(
            select(Claim).where(
                Claim.debtor_id == debtor_id,
                Claim.status == ClaimStatus.OPEN,
                Claim.phase == Phase.AMICABLE,
                Claim.balance > 0,
            )
        )
        if claim_exclusion(
            status=claim.status,
            phase=claim.phase,
            fraud=claim.fraud,
            procedure=claim.procedure,
            exclusion_reason=claim.exclusion_reason,
        )
        is None
    ]
    # A caller that already put the plan's (or the promise's) claims at this stage chose
    # which claims broke (services/matching.py): keep its choice.
    if not any(claim.stage is stage for claim in in_scope):
        for claim in in_scope:
            claim.stage = stage
            claim.stage_since = now.date()
    session.flush()
    sync_work_items(session, debtor_ids=[debtor_id], now=now)
    item = session.execute(
        select(WorkItem)
        .where(WorkItem.debtor_id == debtor_id)
        .execution_options(populate_existing=True)
    ).scalar_one_or_none()
    if item is None or item.status is not WorkItemStatus.QUEUED:
        return
    item.attempts = 0
    item.attempt_counts = {}
    item.next_eligible_at = now
    item.callback_at = None
    item.callback_scope = None
    item.callback_user_id = None
    item.status_detail = None
    session.flush()
