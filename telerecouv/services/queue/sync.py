"""Building work items from claims: one file per debtor, in the queue of its stage.

`sync_work_items` runs in the CALLER's transaction (after an import, by the demo, by a job):
it reads the debtors' claims, phones, plans and promises in chunks and writes only the work
items that change. The rules (SPEC.md §3.1-3.2, §3.6):

- a claim is *in scope* when it is open, in the amicable phase, has a stage, a positive balance
  and no exclusion (fraud, over-indebtedness, insolvency, forced recovery, inspection, written
  off: the reason is stored on the claim by the import, or derived here);
- a debtor with in-scope claims gets one QUEUED item in the queue of the most advanced stage
  (DEFAULT_STAGE_ORDER), with the score inputs summed or taken at their nearest;
  without a valid active phone number it goes to TO_LOCATE instead;
- an item DONE because a plan or a promise was agreed stays DONE while that plan is active or
  the promise pending (the file is on follow-up, not in the queue);
- an item LEASED by an agent stays leased (the call is not interrupted);
- with nothing in scope: claims handed on (échec amiable, litigation) → FAILED; claims out of
  scope → EXCLUDED with the reason; everything paid → DONE.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from telerecouv.domain.enums import (
    DEFAULT_STAGE_ORDER,
    ClaimStatus,
    ContactKind,
    ExclusionReason,
    Phase,
    PlanStatus,
    Procedure,
    PromiseStatus,
    Stage,
    WorkItemStatus,
)
from telerecouv.store.models import (
    Claim,
    ContactPoint,
    Debtor,
    PaymentPlan,
    Promise,
    Queue,
    WorkItem,
)

CHUNK = 500
WORK_ITEMS = cast(Table, WorkItem.__table__)
DEBTORS = cast(Table, Debtor.__table__)
ZERO = Decimal("0.00")

# When several claims are out of scope for different reasons, the first one here is shown.
_REASON_ORDER: tuple[ExclusionReason, ...] = (
    ExclusionReason.FRAUD,
    ExclusionReason.FORCED_RECOVERY,
    ExclusionReason.INSOLVENCY,
    ExclusionReason.OVERINDEBTEDNESS,
    ExclusionReason.INSPECTION,
    ExclusionReason.WRITTEN_OFF,
)
_PROCEDURE_REASONS: dict[Procedure, ExclusionReason] = {
    Procedure.OVERINDEBTEDNESS: ExclusionReason.OVERINDEBTEDNESS,
    Procedure.INSOLVENCY: ExclusionReason.INSOLVENCY,
    Procedure.FORCED: ExclusionReason.FORCED_RECOVERY,
    Procedure.INSPECTION: ExclusionReason.INSPECTION,
}
# Details stored in work_items.status_detail (stable codes; the UI translates them).
DETAIL_FOLLOW_UP_PLAN = "follow_up_plan"
DETAIL_FOLLOW_UP_PROMISE = "follow_up_promise"
DETAIL_PAID = "paid"
DETAIL_AMICABLE_FAILED = "amicable_failed"
DETAIL_LITIGATION = "litigation"
DETAIL_NO_VALID_PHONE = "no_valid_phone"


@dataclass(frozen=True)
class SyncReport:
    """State of the synchronised files after the sync (not a count of changes)."""

    queued: int  # callable: QUEUED, or LEASED by an agent right now
    to_locate: int
    excluded: int
    closed: int  # DONE: nothing left to recover
    failed: int = 0  # FAILED: amicable phase over, on the formal-notice list
    held: int = 0  # DONE but on follow-up of an agreed plan or a pending promise
    changed: int = 0  # items created or updated


def claim_exclusion(
    *,
    status: ClaimStatus,
    phase: Phase,
    fraud: bool,
    procedure: Procedure,
    exclusion_reason: ExclusionReason | None,
) -> ExclusionReason | None:
    """Why a claim is out of scope for telephone recovery, or None (SPEC.md §3.2)."""
    if exclusion_reason is not None:
        return exclusion_reason
    if status is ClaimStatus.WRITTEN_OFF:
        return ExclusionReason.WRITTEN_OFF
    if fraud:
        return ExclusionReason.FRAUD
    if procedure in _PROCEDURE_REASONS:
        return _PROCEDURE_REASONS[procedure]
    if phase is Phase.ENFORCED:
        return ExclusionReason.FORCED_RECOVERY
    return None


@dataclass
class _FileState:
    """What the claims of one debtor say about their work item."""

    status: WorkItemStatus
    stage: Stage | None = None
    reason: ExclusionReason | None = None
    detail: str | None = None
    balance: Decimal = ZERO
    formal_notice_due_on: date | None = None
    limitation_on: date | None = None
    default_since: date | None = None


@dataclass
class _Counts:
    values: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, state: WorkItemStatus, detail: str | None) -> None:
        if state in (WorkItemStatus.QUEUED, WorkItemStatus.LEASED):
            self.values["queued"] += 1
        elif state is WorkItemStatus.TO_LOCATE:
            self.values["to_locate"] += 1
        elif state is WorkItemStatus.EXCLUDED:
            self.values["excluded"] += 1
        elif state is WorkItemStatus.FAILED:
            self.values["failed"] += 1
        elif detail in (DETAIL_FOLLOW_UP_PLAN, DETAIL_FOLLOW_UP_PROMISE):
            self.values["held"] += 1
        else:
            self.values["closed"] += 1


def _min_date(current: date | None, value: date | None) -> date | None:
    if value is None:
        return current
    return value if current is None or value < current else current


def file_state(claims: Sequence[Any]) -> _FileState:
    """The work-item state implied by one debtor's claims (before phones and follow-up)."""
    in_scope = []
    reasons: set[ExclusionReason] = set()
    handed_on: str | None = None
    for claim in claims:
        status, phase = ClaimStatus(claim.status), Phase(claim.phase)
        if status is ClaimStatus.PAID:
            continue
        reason = claim_exclusion(
            status=status,
            phase=phase,
            fraud=bool(claim.fraud),
            procedure=Procedure(claim.procedure),
            exclusion_reason=claim.exclusion_reason,
        )
        if reason is not None:
            if claim.balance > ZERO or status is ClaimStatus.WRITTEN_OFF:
                reasons.add(reason)
            continue
        if status is ClaimStatus.AMICABLE_FAILED:
            handed_on = handed_on or DETAIL_AMICABLE_FAILED
            continue
        if phase is Phase.LITIGATION:
            handed_on = DETAIL_LITIGATION
            continue
        if claim.balance <= ZERO or claim.stage is None:
            continue
        in_scope.append(claim)
    if in_scope:
        state = _FileState(WorkItemStatus.QUEUED)
        state.stage = min((Stage(c.stage) for c in in_scope), key=DEFAULT_STAGE_ORDER.index)
        for claim in in_scope:
            state.balance += claim.balance
            state.formal_notice_due_on = _min_date(
                state.formal_notice_due_on, claim.formal_notice_due_on
            )
            state.limitation_on = _min_date(state.limitation_on, claim.limitation_on)
            state.default_since = _min_date(state.default_since, claim.stage_since)
        return state
    if handed_on is not None:
        return _FileState(WorkItemStatus.FAILED, detail=handed_on)
    if reasons:
        reason = min(reasons, key=_REASON_ORDER.index)
        return _FileState(WorkItemStatus.EXCLUDED, reason=reason)
    return _FileState(WorkItemStatus.DONE, detail=DETAIL_PAID)


def sync_work_items(
    session: Session, *, debtor_ids: Iterable[int] | None = None, now: datetime
) -> SyncReport:
    """Create or update the work item of each debtor (all debtors when `debtor_ids` is None)."""
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    session.flush()  # the caller's pending changes are part of what we read
    queues = _QueueIds(session)
    counts = _Counts()
    changed = 0
    for chunk in _chunks(session, debtor_ids):
        changed += _sync_chunk(session, chunk, queues, counts, now)
    return SyncReport(
        queued=counts.values["queued"],
        to_locate=counts.values["to_locate"],
        excluded=counts.values["excluded"],
        closed=counts.values["closed"],
        failed=counts.values["failed"],
        held=counts.values["held"],
        changed=changed,
    )


def _chunks(session: Session, debtor_ids: Iterable[int] | None) -> Iterator[list[int]]:
    if debtor_ids is not None:
        ids = sorted(set(debtor_ids))
        for start in range(0, len(ids), CHUNK):
            yield ids[start : start + CHUNK]
        return
    last = 0
    while True:
        ids = list(
            session.scalars(
                select(Debtor.id).where(Debtor.id > last).order_by(Debtor.id).limit(CHUNK)
            )
        )
        if not ids:
            return
        yield ids
        last = ids[-1]


class _QueueIds:
    """Queue id of (organisation, stage), creating the queue the first time it is needed."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._ids: dict[tuple[int, Stage], int] = {
            (org, Stage(stage)): qid
            for qid, org, stage in session.execute(
                select(Queue.id, Queue.organisation_id, Queue.stage)
            )
        }

    def get(self, organisation_id: int, stage: Stage) -> int:
        key = (organisation_id, stage)
        if key not in self._ids:
            queue = Queue(organisation_id=organisation_id, stage=stage, name=stage.value)
            self._session.add(queue)
            self._session.flush()
            self._ids[key] = queue.id
        return self._ids[key]


_ITEM_FIELDS = (
    "queue_id",
    "stage",
    "status",
    "status_reason",
    "status_detail",
    "balance_total",
    "formal_notice_due_on",
    "limitation_on",
    "default_since",
    "attempts",
    "leased_by_id",
    "lease_expires_at",
    "lease_token",
    "time_zones",
)


def _sync_chunk(
    session: Session,
    ids: list[int],
    queues: _QueueIds,
    counts: _Counts,
    now: datetime,
) -> int:
    debtors = {
        row.id: row
        for row in session.execute(
            select(Debtor.id, Debtor.organisation_id, Debtor.time_zones, Debtor.to_locate).where(
                Debtor.id.in_(ids)
            )
        )
    }
    claims: dict[int, list[Any]] = defaultdict(list)
    for row in session.execute(
        select(
            Claim.debtor_id,
            Claim.status,
            Claim.phase,
            Claim.stage,
            Claim.stage_since,
            Claim.fraud,
            Claim.procedure,
            Claim.exclusion_reason,
            Claim.balance,
            Claim.formal_notice_due_on,
            Claim.limitation_on,
        ).where(Claim.debtor_id.in_(ids))
    ):
        claims[row.debtor_id].append(row)
    with_phone = set(
        session.scalars(
            select(ContactPoint.debtor_id)
            .where(
                ContactPoint.debtor_id.in_(ids),
                ContactPoint.kind == ContactKind.PHONE,
                ContactPoint.valid.is_(True),
                ContactPoint.active.is_(True),
            )
            .distinct()
        )
    )
    plans = set(
        session.scalars(
            select(PaymentPlan.debtor_id)
            .where(
                PaymentPlan.debtor_id.in_(ids),
                PaymentPlan.status.in_([PlanStatus.ACTIVE, PlanStatus.PENDING_APPROVAL]),
            )
            .distinct()
        )
    )
    promises = set(
        session.scalars(
            select(Promise.debtor_id)
            .where(Promise.debtor_id.in_(ids), Promise.status == PromiseStatus.PENDING)
            .distinct()
        )
    )
    items = {
        row.debtor_id: row
        for row in session.execute(select(WORK_ITEMS).where(WORK_ITEMS.c.debtor_id.in_(ids)))
    }
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    locate_flags: list[dict[str, Any]] = []
    for debtor_id in ids:
        debtor = debtors.get(debtor_id)
        if debtor is None:
            continue
        state = file_state(claims.get(debtor_id, []))
        item = items.get(debtor_id)
        if item is None and not claims.get(debtor_id):
            continue  # a debtor without any claim has no file to work
        has_phone = debtor_id in with_phone
        if bool(debtor.to_locate) == has_phone:
            locate_flags.append({"b_id": debtor_id, "b_flag": not has_phone})
        values = _target(state, item, debtor, has_phone, plans, promises, queues, now)
        counts.add(values["status"], values["status_detail"])
        if item is None:
            inserts.append(
                {
                    "organisation_id": debtor.organisation_id,
                    "debtor_id": debtor_id,
                    "manual_priority": 0,
                    "created_at": now,
                    "updated_at": now,
                    **values,
                }
            )
        elif any(values[name] != getattr(item, name) for name in values):
            updates.append({"b_id": item.id, "updated_at": now, **values})
    if inserts:
        session.execute(insert(WorkItem), inserts)
    if updates:
        statement = (
            update(WORK_ITEMS)
            .where(WORK_ITEMS.c.id == bindparam("b_id"))
            .values({name: bindparam(name) for name in (*_ITEM_FIELDS, "updated_at")})
        )
        session.connection().execute(statement, updates)
    _expire(session, WorkItem, {row["b_id"] for row in updates})
    _expire(session, Debtor, {row["b_id"] for row in locate_flags})
    if locate_flags:
        session.connection().execute(
            update(DEBTORS)
            .where(DEBTORS.c.id == bindparam("b_id"))
            .values(to_locate=bindparam("b_flag"), updated_at=now),
            locate_flags,
        )
    return len(inserts) + len(updates)


def _expire(session: Session, model: type[WorkItem] | type[Debtor], ids: set[int]) -> None:
    """Core updates bypass the identity map: make the caller's objects reload."""
    if not ids:
        return
    for obj in list(session.identity_map.values()):
        if isinstance(obj, model) and obj.id in ids:
            session.expire(obj)


def _target(
    state: _FileState,
    item: Any,
    debtor: Any,
    has_phone: bool,
    plans: set[int],
    promises: set[int],
    queues: _QueueIds,
    now: datetime,
) -> dict[str, Any]:
    """The new values of the item's synchronised columns."""
    current = WorkItemStatus(item.status) if item is not None else None
    status, detail, reason = state.status, state.detail, state.reason
    if status is WorkItemStatus.QUEUED:
        if current is WorkItemStatus.DONE and debtor.id in plans:
            status, detail = WorkItemStatus.DONE, DETAIL_FOLLOW_UP_PLAN
        elif current is WorkItemStatus.DONE and debtor.id in promises:
            status, detail = WorkItemStatus.DONE, DETAIL_FOLLOW_UP_PROMISE
        elif not has_phone:
            status, detail = WorkItemStatus.TO_LOCATE, DETAIL_NO_VALID_PHONE
        elif current is WorkItemStatus.LEASED:
            status = WorkItemStatus.LEASED
    keep_lease = status is WorkItemStatus.LEASED
    fresh_cycle = status is WorkItemStatus.QUEUED and current in (
        None,
        WorkItemStatus.DONE,
        WorkItemStatus.FAILED,
        WorkItemStatus.EXCLUDED,
    )
    attempts = 0 if item is None or fresh_cycle else int(item.attempts)
    stage = state.stage if state.stage is not None else (item.stage if item is not None else None)
    organisation_id = debtor.organisation_id
    queue_id = queues.get(organisation_id, Stage(stage)) if stage is not None else None
    return {
        "queue_id": queue_id,
        "stage": Stage(stage) if stage is not None else None,
        "status": status,
        "status_reason": reason,
        "status_detail": detail,
        "balance_total": state.balance,
        "formal_notice_due_on": state.formal_notice_due_on,
        "limitation_on": state.limitation_on,
        "default_since": state.default_since,
        "attempts": attempts,
        "leased_by_id": item.leased_by_id if keep_lease and item is not None else None,
        "lease_expires_at": item.lease_expires_at if keep_lease and item is not None else None,
        "lease_token": item.lease_token if keep_lease and item is not None else None,
        "time_zones": debtor.time_zones,
    }
