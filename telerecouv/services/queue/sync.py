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

Two implementations of the same rules: per chunk of debtors in Python (`file_state`,
`_target`), used for a few debtors (after a call, a contact change), and set-based in SQL
(`_sync_in_sql`: the debtors in a temporary table, their file state computed by one
INSERT ... SELECT, work items updated by UPDATE ... FROM and created by INSERT ... SELECT), used
from BULK_MIN debtors on (imports, the scheduled sync of everything). Both give the same items,
reasons, details and to-locate flags: tests/services/queue/test_sync.py runs every sync test
through both and compares them on a mixed population.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, insert, select, text, update
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
# From this many debtors on (and for all debtors) the sync runs set-based in SQL; None: never.
BULK_MIN: int | None = 1000
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
DETAIL_NO_DEFAULT = "no_default"  # open claims, none at a failure stage yet: nothing to call
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

    def add(self, state: WorkItemStatus, detail: str | None, number: int = 1) -> None:
        if state in (WorkItemStatus.QUEUED, WorkItemStatus.LEASED):
            self.values["queued"] += number
        elif state is WorkItemStatus.TO_LOCATE:
            self.values["to_locate"] += number
        elif state is WorkItemStatus.EXCLUDED:
            self.values["excluded"] += number
        elif state is WorkItemStatus.FAILED:
            self.values["failed"] += number
        elif detail in (DETAIL_FOLLOW_UP_PLAN, DETAIL_FOLLOW_UP_PROMISE):
            self.values["held"] += number
        else:
            self.values["closed"] += number

    def report(self, changed: int) -> SyncReport:
        return SyncReport(
            queued=self.values["queued"],
            to_locate=self.values["to_locate"],
            excluded=self.values["excluded"],
            closed=self.values["closed"],
            failed=self.values["failed"],
            held=self.values["held"],
            changed=changed,
        )


def _min_date(current: date | None, value: date | None) -> date | None:
    if value is None:
        return current
    return value if current is None or value < current else current


def file_state(claims: Sequence[Any]) -> _FileState:
    """The work-item state implied by one debtor's claims (before phones and follow-up)."""
    in_scope = []
    reasons: set[ExclusionReason] = set()
    handed_on: str | None = None
    waiting = False  # an open claim not at a failure stage yet (no default so far)
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
        if claim.balance <= ZERO:
            continue
        if claim.stage is None:
            waiting = True
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
    return _FileState(WorkItemStatus.DONE, detail=DETAIL_NO_DEFAULT if waiting else DETAIL_PAID)


def sync_work_items(
    session: Session,
    *,
    debtor_ids: Iterable[int] | None = None,
    now: datetime,
    in_sql: bool | None = None,
) -> SyncReport:
    """Create or update the work item of each debtor (all debtors when `debtor_ids` is None).

    `in_sql`: True for the set-based SQL sync (imports), False for the per-chunk Python sync,
    None to choose by the number of debtors (BULK_MIN).
    """
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    session.flush()  # the caller's pending changes are part of what we read
    ids: list[int] | None = None
    if debtor_ids is not None:
        ids = sorted(set(debtor_ids))
    if in_sql is None:
        in_sql = BULK_MIN is not None and (ids is None or len(ids) >= BULK_MIN)
    if in_sql and _sql_capable(session.connection()):
        return _sync_in_sql(session, ids, now)
    queues = _QueueIds(session)
    counts = _Counts()
    changed = 0
    for chunk in _chunks(session, ids):
        changed += _sync_chunk(session, chunk, queues, counts, now)
    return counts.report(changed)


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


# --- set-based, in SQL ------------------------------------------------------------------------
#
# The same rules as `file_state` and `_target`, written as SQL over temporary tables:
#   _sync_ids     the debtors to synchronise;
#   _sync_claims  per debtor, what their claims say (in-scope count, most advanced stage,
#                 sums and nearest dates of the in-scope claims, handed-on flags, the first
#                 exclusion reason in _REASON_ORDER);
#   _sync_target  per debtor with a file, the new values of the item's synchronised columns.


def _sql_capable(connection: Connection) -> bool:
    """UPDATE ... FROM needs SQLite 3.33 (PostgreSQL always has it)."""
    if connection.dialect.name == "postgresql":
        return True
    return connection.dialect.name == "sqlite" and sqlite3.sqlite_version_info >= (3, 33)


def _rank(column: str, order: Sequence[Any], otherwise: str = "NULL") -> str:
    cases = " ".join(f"WHEN '{value.value}' THEN {rank}" for rank, value in enumerate(order))
    return f"CASE {column} {cases} ELSE {otherwise} END"


def _unrank(column: str, order: Sequence[Any]) -> str:
    cases = " ".join(f"WHEN {rank} THEN '{value.value}'" for rank, value in enumerate(order))
    return f"CASE {column} {cases} END"


def _claim_reason_sql() -> str:
    """`claim_exclusion` for a claim row `c`."""
    procedures = " ".join(
        f"WHEN c.procedure = '{procedure.value}' THEN '{reason.value}'"
        for procedure, reason in _PROCEDURE_REASONS.items()
    )
    return (
        "COALESCE(c.exclusion_reason, CASE "
        f"WHEN c.status = '{ClaimStatus.WRITTEN_OFF.value}' "
        f"THEN '{ExclusionReason.WRITTEN_OFF.value}' "
        f"WHEN c.fraud THEN '{ExclusionReason.FRAUD.value}' {procedures} "
        f"WHEN c.phase = '{Phase.ENFORCED.value}' THEN '{ExclusionReason.FORCED_RECOVERY.value}' "
        "END)"
    )


def _claims_sql(pg: bool) -> str:
    # kind: 'x' excluded (counted when it has a balance or is written off), 'f' échec amiable,
    # 'l' litigation, 'q' in scope, 'w' waiting for a default (no stage), NULL skipped (paid,
    # nothing left).
    kind = (
        "CASE "
        f"WHEN r.status = '{ClaimStatus.PAID.value}' THEN NULL "
        "WHEN r.reason IS NOT NULL THEN CASE WHEN r.balance > 0 OR r.status = "
        f"'{ClaimStatus.WRITTEN_OFF.value}' THEN 'x' END "
        f"WHEN r.status = '{ClaimStatus.AMICABLE_FAILED.value}' THEN 'f' "
        f"WHEN r.phase = '{Phase.LITIGATION.value}' THEN 'l' "
        "WHEN r.balance <= 0 THEN NULL WHEN r.stage IS NULL THEN 'w' "
        "ELSE 'q' END"
    )
    # PostgreSQL inlines the subqueries: each of the aggregates below would evaluate `kind`,
    # and `kind` the exclusion reason twice. OFFSET 0 evaluates each once per claim (-40 %).
    fence = "OFFSET 0" if pg else ""
    return f"""
        INSERT INTO _sync_claims
        SELECT k.debtor_id,
               COUNT(*),
               SUM(CASE WHEN k.kind = 'q' THEN 1 ELSE 0 END),
               MIN(CASE WHEN k.kind = 'q' THEN {_rank("k.stage", DEFAULT_STAGE_ORDER)} END),
               SUM(CASE WHEN k.kind = 'q' THEN k.balance ELSE 0 END),
               MIN(CASE WHEN k.kind = 'q' THEN k.formal_notice_due_on END),
               MIN(CASE WHEN k.kind = 'q' THEN k.limitation_on END),
               MIN(CASE WHEN k.kind = 'q' THEN k.stage_since END),
               MAX(CASE WHEN k.kind = 'l' THEN 1 ELSE 0 END),
               MAX(CASE WHEN k.kind = 'f' THEN 1 ELSE 0 END),
               MIN(CASE WHEN k.kind = 'x' THEN {_rank("k.reason", _REASON_ORDER)} END),
               MAX(CASE WHEN k.kind = 'w' THEN 1 ELSE 0 END)
        FROM (
            SELECT r.*, {kind} AS kind
            FROM (
                SELECT c.debtor_id, c.status, c.phase, c.stage, c.stage_since, c.balance,
                       c.formal_notice_due_on, c.limitation_on,
                       CASE WHEN c.status = '{ClaimStatus.PAID.value}' THEN NULL
                            ELSE {_claim_reason_sql()} END AS reason
                FROM _sync_ids s JOIN claims c ON c.debtor_id = s.debtor_id {fence}
            ) AS r {fence}
        ) AS k
        GROUP BY k.debtor_id
    """


def _target_sql(pg: bool) -> str:
    queued, leased, done = (WorkItemStatus.QUEUED.value, WorkItemStatus.LEASED.value,
                            WorkItemStatus.DONE.value)  # fmt: skip
    base = (
        "CASE WHEN COALESCE(st.in_scope, 0) > 0 THEN 'queued' "
        "WHEN st.litigation = 1 OR st.amicable_failed = 1 THEN 'failed' "
        "WHEN st.reason_rank IS NOT NULL THEN 'excluded' ELSE 'paid' END"
    )
    status = (
        f"CASE b.base WHEN 'queued' THEN CASE "
        f"WHEN b.current = '{done}' AND b.has_plan THEN '{done}' "
        f"WHEN b.current = '{done}' AND b.has_promise THEN '{done}' "
        f"WHEN NOT b.has_phone THEN '{WorkItemStatus.TO_LOCATE.value}' "
        f"WHEN b.current = '{leased}' THEN '{leased}' ELSE '{queued}' END "
        f"WHEN 'failed' THEN '{WorkItemStatus.FAILED.value}' "
        f"WHEN 'excluded' THEN '{WorkItemStatus.EXCLUDED.value}' ELSE '{done}' END"
    )
    detail = (
        f"CASE b.base WHEN 'queued' THEN CASE "
        f"WHEN b.current = '{done}' AND b.has_plan THEN '{DETAIL_FOLLOW_UP_PLAN}' "
        f"WHEN b.current = '{done}' AND b.has_promise THEN '{DETAIL_FOLLOW_UP_PROMISE}' "
        f"WHEN NOT b.has_phone THEN '{DETAIL_NO_VALID_PHONE}' END "
        f"WHEN 'failed' THEN CASE WHEN b.litigation = 1 THEN '{DETAIL_LITIGATION}' "
        f"ELSE '{DETAIL_AMICABLE_FAILED}' END "
        f"WHEN 'excluded' THEN NULL ELSE CASE WHEN b.waiting = 1 THEN '{DETAIL_NO_DEFAULT}' "
        f"ELSE '{DETAIL_PAID}' END END"
    )
    fresh = (
        f"(t.status = '{queued}' AND (t.current IS NULL OR t.current IN "
        f"('{done}', '{WorkItemStatus.FAILED.value}', '{WorkItemStatus.EXCLUDED.value}')))"
    )
    phone = (
        "EXISTS (SELECT 1 FROM contact_points p WHERE p.debtor_id = d.id "
        f"AND p.kind = '{ContactKind.PHONE.value}' AND p.valid AND p.active)"
    )
    plan = (
        "EXISTS (SELECT 1 FROM payment_plans pp WHERE pp.debtor_id = d.id AND pp.status IN "
        f"('{PlanStatus.ACTIVE.value}', '{PlanStatus.PENDING_APPROVAL.value}'))"
    )
    promise = (
        "EXISTS (SELECT 1 FROM promises pr WHERE pr.debtor_id = d.id "
        f"AND pr.status = '{PromiseStatus.PENDING.value}')"
    )
    return f"""
        INSERT INTO _sync_target
        SELECT t.debtor_id, t.organisation_id, t.item_id, t.status, t.detail, t.reason,
               t.stage, NULL, t.balance, t.formal_notice_due_on, t.limitation_on,
               t.default_since,
               CASE WHEN t.item_id IS NULL OR {fresh} THEN 0 ELSE t.attempts END,
               CASE WHEN t.status = '{leased}' THEN t.leased_by_id END,
               CASE WHEN t.status = '{leased}' THEN t.lease_expires_at END,
               CASE WHEN t.status = '{leased}' THEN t.lease_token END,
               t.time_zones, t.has_phone, t.to_locate
        FROM (
            SELECT b.*, {status} AS status, {detail} AS detail,
                   CASE WHEN b.base = 'excluded'
                        THEN {_unrank("b.reason_rank", _REASON_ORDER)} END AS reason
            FROM (  -- evaluated once (OFFSET): the CASEs above would repeat the EXISTS
                SELECT d.id AS debtor_id, d.organisation_id, d.time_zones, d.to_locate,
                       w.id AS item_id, w.status AS current, w.attempts, w.leased_by_id,
                       w.lease_expires_at, w.lease_token,
                       COALESCE({_unrank("st.stage_rank", DEFAULT_STAGE_ORDER)}, w.stage)
                           AS stage,
                       COALESCE(st.balance, 0) AS balance, st.formal_notice_due_on,
                       st.limitation_on, st.default_since, st.litigation, st.reason_rank,
                       st.waiting, {base} AS base,
                       CASE WHEN {phone} THEN 1 ELSE 0 END = 1 AS has_phone,
                       CASE WHEN w.status = '{done}' AND {plan} THEN 1 ELSE 0 END = 1
                           AS has_plan,
                       CASE WHEN w.status = '{done}' AND {promise} THEN 1 ELSE 0 END = 1
                           AS has_promise
                FROM _sync_ids s
                JOIN debtors d ON d.id = s.debtor_id
                LEFT JOIN _sync_claims st ON st.debtor_id = s.debtor_id
                LEFT JOIN work_items w ON w.debtor_id = s.debtor_id
                WHERE w.id IS NOT NULL OR st.claims > 0
                {"OFFSET 0" if pg else "LIMIT -1 OFFSET 0"}
            ) AS b
        ) AS t
    """


_TEMP_TABLES = {
    "_sync_ids": "debtor_id BIGINT PRIMARY KEY",
    "_sync_claims": (
        "debtor_id BIGINT PRIMARY KEY, claims INTEGER, in_scope INTEGER, stage_rank INTEGER, "
        "balance BIGINT, formal_notice_due_on DATE, limitation_on DATE, default_since DATE, "
        "litigation INTEGER, amicable_failed INTEGER, reason_rank INTEGER, waiting INTEGER"
    ),
    "_sync_target": (
        "debtor_id BIGINT PRIMARY KEY, organisation_id BIGINT, item_id BIGINT, "
        "status VARCHAR(32), detail VARCHAR(200), reason VARCHAR(32), stage VARCHAR(32), "
        "queue_id BIGINT, balance BIGINT, formal_notice_due_on DATE, limitation_on DATE, "
        "default_since DATE, attempts INTEGER, leased_by_id BIGINT, "
        "lease_expires_at TIMESTAMP WITH TIME ZONE, lease_token VARCHAR(36), "
        "time_zones VARCHAR(100), has_phone BOOLEAN, to_locate BOOLEAN"
    ),
}
# Synchronised columns of work_items <- columns of _sync_target.
_SQL_FIELDS = (
    ("queue_id", "queue_id"), ("stage", "stage"), ("status", "status"),
    ("status_reason", "reason"), ("status_detail", "detail"), ("balance_total", "balance"),
    ("formal_notice_due_on", "formal_notice_due_on"), ("limitation_on", "limitation_on"),
    ("default_since", "default_since"), ("attempts", "attempts"),
    ("leased_by_id", "leased_by_id"), ("lease_expires_at", "lease_expires_at"),
    ("lease_token", "lease_token"), ("time_zones", "time_zones"),
)  # fmt: skip


def _sync_in_sql(session: Session, ids: list[int] | None, now: datetime) -> SyncReport:
    connection = session.connection()
    pg = connection.dialect.name == "postgresql"
    stamp = WORK_ITEMS.c.updated_at.type  # UTCDateTime: the same storage as an ORM write
    at = bindparam("now", now, type_=stamp)

    def run(sql: str, **params: Any) -> int:
        statement = text(sql)
        if ":now" in sql:
            statement = statement.bindparams(at)
        return int(connection.execute(statement, params).rowcount or 0)

    settings: list[tuple[str, str]] = []
    if pg:  # big one-off statements: no JIT compilation, aggregates kept in memory
        for name, value in (("jit", "off"), ("work_mem", "64MB")):
            old = connection.execute(text(f"SELECT current_setting('{name}')")).scalar_one()
            settings.append((name, str(old)))
            run(f"SELECT set_config('{name}', '{value}', true)")
    for name, columns in _TEMP_TABLES.items():
        run(f"DROP TABLE IF EXISTS {name}")
        run(f"CREATE TEMPORARY TABLE {name} ({columns})" + (" ON COMMIT DROP" if pg else ""))
    if ids is None:
        run("INSERT INTO _sync_ids SELECT id FROM debtors")
    elif pg:  # %b: the array sent in binary (a text array of 100k ids costs 0.2 s to format)
        connection.exec_driver_sql(
            "INSERT INTO _sync_ids SELECT unnest(CAST(%b AS BIGINT[]))", (ids,)
        )
    else:
        for start in range(0, len(ids), 100_000):  # one JSON parameter per 100k ids
            run(
                "INSERT INTO _sync_ids SELECT value FROM json_each(:ids)",
                ids=json.dumps(ids[start : start + 100_000]),
            )
    if pg:
        run("ANALYZE _sync_ids")
    run(_claims_sql(pg))
    if pg:
        run("ANALYZE _sync_claims")
    run(_target_sql(pg))
    # The queues of (organisation, stage) that do not exist yet, then each item's queue.
    run(
        "INSERT INTO queues (organisation_id, stage, name, paused) "
        f"SELECT DISTINCT t.organisation_id, t.stage, t.stage, {'FALSE' if pg else '0'} "
        "FROM _sync_target t WHERE t.stage IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
        "queues q WHERE q.organisation_id = t.organisation_id AND q.stage = t.stage)"
    )
    run(
        "UPDATE _sync_target SET queue_id = q.id FROM queues q "
        "WHERE q.organisation_id = _sync_target.organisation_id "
        "AND q.stage = _sync_target.stage"
    )
    if pg:
        run("ANALYZE _sync_target")
    differs = " OR ".join(
        f"work_items.{column} {'IS DISTINCT FROM' if pg else 'IS NOT'} t.{source}"
        for column, source in _SQL_FIELDS
    )
    changed = run(
        f"UPDATE work_items SET {', '.join(f'{c} = t.{s}' for c, s in _SQL_FIELDS)}, "
        f"updated_at = :now FROM _sync_target t WHERE work_items.id = t.item_id "
        f"AND ({differs})"
    )
    columns = ", ".join(column for column, _ in _SQL_FIELDS)
    sources = ", ".join(f"t.{source}" for _, source in _SQL_FIELDS)
    changed += run(
        f"INSERT INTO work_items (organisation_id, debtor_id, {columns}, manual_priority, "
        f"created_at, updated_at) SELECT t.organisation_id, t.debtor_id, {sources}, 0, "
        ":now, :now FROM _sync_target t WHERE t.item_id IS NULL ORDER BY t.debtor_id"
    )
    run(
        "UPDATE debtors SET to_locate = NOT t.has_phone, updated_at = :now "
        "FROM _sync_target t WHERE debtors.id = t.debtor_id AND "
        "debtors.to_locate = t.has_phone"
    )
    counts = _Counts()
    for status, detail, number in connection.execute(
        text("SELECT status, detail, COUNT(*) FROM _sync_target GROUP BY status, detail")
    ):
        counts.add(WorkItemStatus(status), detail, int(number))
    # Not in a `finally`: after an error the transaction is rolled back, which drops the
    # tables and restores the settings (an aborted PostgreSQL transaction refuses statements).
    for name in _TEMP_TABLES:
        run(f"DROP TABLE IF EXISTS {name}")
    for name, value in settings:
        run("SELECT set_config(:name, :value, true)", name=name, value=value)
    _expire_synchronised(session, None if ids is None else set(ids))
    return counts.report(changed)


def _expire_synchronised(session: Session, debtor_ids: set[int] | None) -> None:
    """SQL updates bypass the identity map: the caller's items and debtors reload."""
    for obj in list(session.identity_map.values()):
        if isinstance(obj, WorkItem):
            key = obj.debtor_id
        elif isinstance(obj, Debtor):
            key = obj.id
        else:
            continue
        if debtor_ids is None or key in debtor_ids:
            session.expire(obj)
