"""The ordered list of queued files (`queue list`, the supervisor's preview of settings).

Computed directly from work_items (not from the hopper) so that unsaved settings can be
previewed: call-backs due first, then pinned files, then the files callable now by score (the
SQL score of store/claiming.py), then the files waiting for their calling window, retry delay
or call-back, soonest first and by score among those callable at the same moment.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, case, func, literal, not_, select
from sqlalchemy.orm import Session

from telerecouv.domain.enums import ClaimStatus, Stage, WorkItemStatus
from telerecouv.domain.priority import PriorityPolicy, explain, score
from telerecouv.domain.windows import split_zones
from telerecouv.services.queue.hopper import WindowCache, inputs_of, today_in
from telerecouv.services.queue.policy import QueueSettings
from telerecouv.store.claiming import WORK_ITEMS, eligible_now, score_sql
from telerecouv.store.models import Claim, Debtor, Organisation, Queue
from telerecouv.store.types import UTCDateTime

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  # "no such moment" in the latest-of below


def ordered_rows(
    session: Session,
    *,
    queue_id: int | None,
    stage: Stage | None,
    limit: int,
    settings: QueueSettings,
    now: datetime,
) -> list[Any]:
    from telerecouv.services.queue.service import QueueRow

    w = WORK_ITEMS
    policy = settings.priority
    queues_q = select(Queue.id, Queue.organisation_id, Organisation.timezone).join(
        Organisation, Organisation.id == Queue.organisation_id
    )
    if queue_id is not None:
        queues_q = queues_q.where(Queue.id == queue_id)
    if stage is not None:
        queues_q = queues_q.where(Queue.stage == stage)
    queues = session.execute(queues_q.order_by(Queue.id)).all()
    if not queues or limit <= 0:
        return []
    queue_ids = [q.id for q in queues]
    windows = WindowCache(now)
    dialect = session.get_bind().dialect.name
    base = (
        select(
            w,
            Debtor.external_id.label("debtor_external_id"),
            Organisation.timezone,
            Organisation.currency,
        )
        .join(Debtor, Debtor.id == w.c.debtor_id)
        .join(Organisation, Organisation.id == w.c.organisation_id)
    )
    picked: list[tuple[Any, float, datetime | None]] = []
    seen: set[int] = set()

    def take(row: Any, value: float, when: datetime | None) -> None:
        if row.id not in seen and len(picked) < limit:
            seen.add(row.id)
            picked.append((row, value, when))

    # 1. call-backs due
    for row in session.execute(
        base.where(
            w.c.queue_id.in_(queue_ids),
            w.c.status == WorkItemStatus.QUEUED,
            w.c.callback_at.is_not(None),
            w.c.callback_at <= now,
        )
        .order_by(w.c.callback_at, w.c.id)
        .limit(limit)
    ):
        state = windows.state(session, row.organisation_id, row.time_zones)
        if state.open:
            take(row, _score(policy, row, now), None)
    # 2. pinned to the top by a supervisor, oldest pin first
    for row in session.execute(
        base.where(
            w.c.queue_id.in_(queue_ids),
            eligible_now(now),
            w.c.pinned_at.is_not(None),
        )
        .order_by(w.c.pinned_at, w.c.id)
        .limit(limit)
    ):
        if windows.state(session, row.organisation_id, row.time_zones).open:
            take(row, _score(policy, row, now), None)
    # 3. callable now, best score first (merged over the queues)
    best: list[tuple[float, int, Any]] = []
    zone_sets: dict[int, list[str]] = {}
    open_sets: dict[int, list[str]] = {}
    for queue in queues:
        zone_sets[queue.id] = list(
            session.scalars(
                select(w.c.time_zones)
                .where(w.c.queue_id == queue.id, w.c.status == WorkItemStatus.QUEUED)
                .distinct()
            )
        )
        open_sets[queue.id] = [
            z for z in zone_sets[queue.id] if windows.state(session, queue.organisation_id, z).open
        ]
        if not open_sets[queue.id]:
            continue
        sql_score = score_sql(policy, today_in(queue.timezone, now), dialect).label("sql_score")
        for row in session.execute(
            base.add_columns(sql_score)
            .where(
                w.c.queue_id == queue.id,
                eligible_now(now),
                w.c.time_zones.in_(open_sets[queue.id]),
            )
            .order_by(sql_score.desc(), w.c.id.desc())
            .limit(limit)
        ):
            best.append((float(row.sql_score), row.id, row))
    best.sort(key=lambda t: (-t[0], -t[1]))
    for value, _id, row in best:
        take(row, value, None)
    # 4. the others: soonest callable first (the latest of their retry time, call-back and
    # window opening), and by score among those callable at the same moment (outside the
    # calling hours every file waits for the same opening: the score orders them).
    if len(picked) < limit:
        later: list[tuple[datetime, float, int, Any, datetime | None]] = []
        for queue in queues:
            if not zone_sets[queue.id]:
                continue
            opening = {
                z: windows.state(session, queue.organisation_id, z).opens_at
                for z in zone_sets[queue.id]
                if z not in open_sets[queue.id]
            }
            whens = [
                (w.c.time_zones == z, literal(at, UTCDateTime()))
                for z, at in opening.items()
                if at is not None
            ]
            window_at: Any = (
                case(*whens, else_=literal(_EPOCH, UTCDateTime()))
                if whens
                else literal(_EPOCH, UTCDateTime())
            )
            moments = (
                func.coalesce(w.c.next_eligible_at, literal(_EPOCH, UTCDateTime())),
                func.coalesce(w.c.callback_at, literal(_EPOCH, UTCDateTime())),
                window_at,
            )
            latest = (
                func.greatest(*moments, type_=UTCDateTime())
                if dialect == "postgresql"
                else func.max(*moments, type_=UTCDateTime())
            ).label("callable_at")
            sql_score = score_sql(policy, today_in(queue.timezone, now), dialect).label("sql_score")
            callable_now = and_(eligible_now(now), w.c.time_zones.in_(open_sets[queue.id]))
            for row in session.execute(
                base.add_columns(sql_score, latest)
                .where(
                    w.c.queue_id == queue.id,
                    w.c.status == WorkItemStatus.QUEUED,
                    not_(callable_now),
                )
                .order_by(latest, sql_score.desc(), w.c.id.desc())
                .limit(limit)
            ):
                if row.id in seen:
                    continue
                when = None if row.callable_at == _EPOCH else row.callable_at
                later.append((when or now, -float(row.sql_score), -row.id, row, when))
        later.sort(key=lambda t: (t[0], t[1], t[2]))
        for _at, minus_score, _id, row, when in later:
            take(row, -minus_score, when)
    claims = _claim_ids(session, [row.debtor_id for row, _, _ in picked])
    return [
        QueueRow(
            item_id=row.id,
            debtor_id=row.debtor_id,
            debtor_external_id=row.debtor_external_id,
            queue_id=row.queue_id,
            stage=Stage(row.stage),
            score=round(value, 3),
            explanation=explain(
                policy, inputs_of(row), today_in(row.timezone, now), currency=row.currency
            ),
            next_eligible_at=when,
            time_zones=split_zones(row.time_zones),
            claim_external_ids=tuple(claims.get(row.debtor_id, ())),
        )
        for row, value, when in picked
    ]


def _score(policy: PriorityPolicy, row: Any, now: datetime) -> float:
    return score(policy, inputs_of(row), today_in(row.timezone, now))


def _claim_ids(session: Session, debtor_ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    if not debtor_ids:
        return found
    for debtor_id, external_id in session.execute(
        select(Claim.debtor_id, Claim.external_id)
        .where(Claim.debtor_id.in_(debtor_ids), Claim.status == ClaimStatus.OPEN)
        .order_by(Claim.debtor_id, Claim.external_id)
    ):
        found[debtor_id].append(external_id)
    return found
