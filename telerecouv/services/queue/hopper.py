"""The queue hopper: the best 2,000 eligible items of each queue, scored by the policy.

Why: scoring a million items at every "next call" is too slow, and an index on a stored score
would need a million-row rewrite at every change of weights. So each queue keeps its best
`HOPPER_SIZE` eligible items (those whose retry delay is over and whose debtor's calling
window is open in every one of their zones) in `queue_hopper`, with their score and the
instant their window closes. A claim is one indexed read of the hopper (store/claiming.py).

A queue's hopper is re-scored when the priority policy version differs from the one it was
built with but only weights changed: the stage weights or order, or the points of the
within-stage factors (`ranking_key`: the policy without its weights). One UPDATE of its
entries, a few milliseconds whatever the queue size, and the next claim follows the new
weights, exactly: each build records `ranking_floor`, a score no file outside the hopper can
exceed (the lowest entry of a full build; None when the hopper holds every eligible file).
Every factor level lies between 0 and 1, so a new weight moves an outside file's score by at
most the weight's increase; the floor moves by the sum of those increases (and by the
change of the queue's stage weight), and entries that fall below it are dropped: what is left
is exactly the top of the queue under the new weights. A stage weight change drops nothing.
It is rebuilt, without blocking agents, when:
- the policy changed otherwise (horizons, balance scale, manual boost), or a re-score would
  leave the hopper empty: one set-based scoring query per queue, which reads every queued
  file of the queue;
- the clock passes `stale_after`: its time-to-live, or the next opening/closing of a calling
  window among the queue's zones (holidays included);
- it runs low (fewer than `LOW_WATER` entries left of a full build).

Rebuilding reads in a plain transaction (no lock: agents keep claiming from the old hopper),
then swaps the queue's entries in one short write transaction. A lease on the build row
(`rebuilding_until`) lets one workstation rebuild while the others carry on.
Items leased then returned (release, expired lease) are put back individually
(`offer_again`), so they are offered again at once.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Table, bindparam, delete, func, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from telerecouv.domain.enums import Stage, WorkItemStatus
from telerecouv.domain.priority import PriorityInputs, PriorityPolicy, score
from telerecouv.domain.windows import CallingHours, WindowState, window_state
from telerecouv.store.claiming import HOPPER, WORK_ITEMS, eligible_now, score_sql
from telerecouv.store.engine import WRITE_LOCK
from telerecouv.store.models import HopperBuild, Organisation, Queue

HOPPER_SIZE = 2000  # a refill (which scores the whole queue) every ~1,500 claims per queue
PARALLEL_REBUILDS = 4
LOW_WATER = 500
HOPPER_TTL = timedelta(minutes=5)
REBUILD_LEASE = timedelta(seconds=30)
BUILDS = cast(Table, HopperBuild.__table__)


def today_in(zone: str, now: datetime) -> date:
    """The organisation's calendar day, on which the score's day counts are based."""
    try:
        return now.astimezone(ZoneInfo(zone)).date()
    except (KeyError, ValueError):
        return now.date()


def org_hours(org: Organisation) -> CallingHours:
    return CallingHours.from_json(org.calling_hours or {})


class WindowCache:
    """`window_state` per (organisation, zones) at one instant; few distinct zone sets exist."""

    def __init__(self, now: datetime) -> None:
        self.now = now
        self._hours: dict[int, CallingHours] = {}
        self._states: dict[tuple[int, str], WindowState] = {}

    def hours(self, session: Session | Connection, organisation_id: int) -> CallingHours:
        if organisation_id not in self._hours:
            stored = session.execute(
                select(Organisation.calling_hours).where(Organisation.id == organisation_id)
            ).scalar()
            self._hours[organisation_id] = CallingHours.from_json(stored or {})
        return self._hours[organisation_id]

    def state(self, session: Session | Connection, organisation_id: int, zones: str) -> WindowState:
        key = (organisation_id, zones)
        if key not in self._states:
            hours = self.hours(session, organisation_id)
            self._states[key] = window_state(zones, hours, self.now)
        return self._states[key]


@dataclass(frozen=True)
class BuildResult:
    queue_id: int
    size: int
    stale_after: datetime
    built: bool  # False: another workstation holds the rebuild lease


def needs_rebuild(build: Any, policy_version: int, now: datetime) -> bool:
    if build is None or build.built_at is None:
        return True
    if build.policy_version != policy_version:
        return True
    return build.stale_after is None or build.stale_after <= now


def rebuilding_elsewhere(builds: Mapping[int, Any], now: datetime) -> bool:
    """Whether a workstation holds the rebuild lease of one of these hoppers."""
    return any(b.rebuilding_until is not None and b.rebuilding_until > now for b in builds.values())


def must_rebuild(build: Any, policy_version: int, now: datetime) -> bool:
    """Rebuild before claiming: out of date, unless another workstation is rebuilding a
    hopper that exists (claims keep using the old one meanwhile)."""
    if not needs_rebuild(build, policy_version, now):
        return False
    busy = build is not None and build.rebuilding_until is not None
    return not (busy and build.built_at is not None and build.rebuilding_until > now)


def _insert_ignore(dialect: str, table: Table) -> Any:
    if dialect == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    return sqlite.insert(table).on_conflict_do_nothing()


def _take_lease(sessions: sessionmaker[Session], queue_id: int, now: datetime) -> bool:
    with sessions() as session:
        dialect = session.get_bind().dialect.name
        connection = session.connection(execution_options=WRITE_LOCK)
        connection.execute(
            _insert_ignore(dialect, BUILDS).values(
                queue_id=queue_id, policy_version=-1, size=0, built_at=None
            )
        )
        taken = connection.execute(
            update(BUILDS)
            .where(
                BUILDS.c.queue_id == queue_id,
                or_(BUILDS.c.rebuilding_until.is_(None), BUILDS.c.rebuilding_until <= now),
            )
            .values(rebuilding_until=now + REBUILD_LEASE)
        ).rowcount
        session.commit()
        return bool(taken)


def rebuild(
    sessions: sessionmaker[Session],
    queue_id: int,
    policy: PriorityPolicy,
    now: datetime,
    *,
    size: int | None = None,
) -> BuildResult:
    """Refill one queue's hopper with its best `size` (HOPPER_SIZE) eligible items."""
    size = HOPPER_SIZE if size is None else size
    if not _take_lease(sessions, queue_id, now):
        return BuildResult(queue_id, 0, now, built=False)
    try:
        entries, stale_after = _select_best(sessions, queue_id, policy, now, size)
    except BaseException:
        _drop_lease(sessions, queue_id)
        raise
    with sessions() as session:
        connection = session.connection(execution_options=WRITE_LOCK)
        connection.execute(delete(HOPPER).where(HOPPER.c.queue_id == queue_id))
        if entries:
            connection.execute(insert(HOPPER), entries)
        connection.execute(
            update(BUILDS)
            .where(BUILDS.c.queue_id == queue_id)
            .values(
                policy_version=policy.version,
                built_at=now,
                stale_after=stale_after,
                size=len(entries),
                rebuilding_until=None,
                ranking_key=ranking_key(policy),
                ranking_policy=policy_text(policy),
                # A full hopper may have left better-than-nothing files out: none of them
                # scores above its lowest entry. A hopper that is not full holds them all.
                ranking_floor=min(e["score"] for e in entries) if len(entries) >= size else None,
            )
        )
        session.commit()
    return BuildResult(queue_id, len(entries), stale_after, built=True)


# The within-stage factor weights and the sign of their level in the score: a level lies in
# [0, 1], so a weight change moves any file's score by at most its increase (for a positive
# factor) or its decrease (for the attempts, which lower the score).
FACTOR_WEIGHTS: tuple[tuple[str, int], ...] = (
    ("notice_weight", 1),
    ("limitation_weight", 1),
    ("balance_weight", 1),
    ("age_weight", 1),
    ("attempts_weight", -1),
)
FLOOR_SLACK = 1e-6  # float noise between a stored score and the same score computed again


def ranking_key(policy: PriorityPolicy) -> str:
    """What orders files inside one queue, weights aside: the policy without its stage
    weights and factor weights (horizons, balance scale, manual boost)."""
    document = policy.to_json()
    del document["stage_weights"], document["version"]
    for name, _sign in FACTOR_WEIGHTS:
        del document[name]
    encoded = json.dumps(document, sort_keys=True).encode()
    return hashlib.sha1(encoded, usedforsecurity=False).hexdigest()


def policy_text(policy: PriorityPolicy) -> str:
    return json.dumps(policy.to_json(), sort_keys=True)


def moved_floor(
    floor: float | None, old: PriorityPolicy, new: PriorityPolicy, stage: Stage
) -> float | None:
    """The most a file outside the hopper can score under `new`, knowing it scored at most
    `floor` under `old` (same ranking key: only weights differ)."""
    if floor is None:
        return None
    rise = sum(
        max(0.0, sign * (getattr(new, name) - getattr(old, name))) for name, sign in FACTOR_WEIGHTS
    )
    return float(floor - old.stage_weights[stage] + new.stage_weights[stage] + rise)


def can_rescore(build: Any, policy: PriorityPolicy, now: datetime) -> bool:
    """Only weights changed since the hopper was built (same ranking key), on the same day
    (the factor levels move with the date): re-scoring the hopper's entries, and dropping
    those under the moved floor, gives the top of the queue under the new weights."""
    return (
        build is not None
        and build.built_at is not None
        and build.policy_version != policy.version
        and build.ranking_key is not None
        and build.ranking_policy is not None
        and build.ranking_key == ranking_key(policy)
        and build.stale_after is not None
        and build.stale_after > now
    )


def rescore(
    sessions: sessionmaker[Session],
    queue_ids: Sequence[int],
    policy: PriorityPolicy,
    now: datetime,
) -> tuple[list[BuildResult], list[int]]:
    """Re-score the entries of these hoppers under `policy` in one short write transaction
    (HOPPER_SIZE rows per queue at most, whatever the queue size), drop those under the moved
    floor and record the new version. Returns what was done and the queues that need a
    rebuild instead (built on another local day, or nothing left above the floor)."""
    w = WORK_ITEMS
    results: list[BuildResult] = []
    declined: list[int] = []
    with sessions() as session:
        connection = session.connection(execution_options=WRITE_LOCK)
        dialect = connection.dialect.name
        rows = connection.execute(
            select(
                Queue.id,
                Queue.stage,
                Organisation.timezone,
                BUILDS.c.built_at,
                BUILDS.c.ranking_policy,
                BUILDS.c.ranking_floor,
                BUILDS.c.policy_version,
            )
            .join(Organisation, Organisation.id == Queue.organisation_id)
            .join(BUILDS, BUILDS.c.queue_id == Queue.id)
            .where(Queue.id.in_(list(queue_ids)))
        ).all()
        for row in rows:
            today = today_in(row.timezone, now)
            if row.policy_version == policy.version:
                continue  # another workstation did it meanwhile
            if row.built_at is None or today_in(row.timezone, row.built_at) != today:
                declined.append(row.id)
                continue
            old = PriorityPolicy.from_json(json.loads(row.ranking_policy))
            floor = moved_floor(row.ranking_floor, old, policy, Stage(row.stage))
            connection.execute(
                update(HOPPER)
                .where(HOPPER.c.queue_id == row.id, w.c.id == HOPPER.c.work_item_id)
                .values(score=score_sql(policy, today, dialect))
            )
            if floor is not None:
                connection.execute(
                    delete(HOPPER).where(
                        HOPPER.c.queue_id == row.id, HOPPER.c.score < floor - FLOOR_SLACK
                    )
                )
            size = connection.execute(
                select(func.count()).select_from(HOPPER).where(HOPPER.c.queue_id == row.id)
            ).scalar_one()
            if size == 0 and floor is not None:
                declined.append(row.id)  # a rebuild finds the new top (entries kept till then)
                continue
            changed = connection.execute(
                update(BUILDS)
                .where(BUILDS.c.queue_id == row.id, BUILDS.c.policy_version != policy.version)
                .values(
                    policy_version=policy.version,
                    ranking_policy=policy_text(policy),
                    ranking_floor=floor,
                    size=size,
                )
                .returning(BUILDS.c.size, BUILDS.c.stale_after)
            ).first()
            if changed is not None:
                results.append(BuildResult(row.id, changed.size, changed.stale_after, True))
        session.commit()
    return results, declined


def _drop_lease(sessions: sessionmaker[Session], queue_id: int) -> None:
    with sessions() as session:
        session.connection(execution_options=WRITE_LOCK).execute(
            update(BUILDS).where(BUILDS.c.queue_id == queue_id).values(rebuilding_until=None)
        )
        session.commit()


def _select_best(
    sessions: sessionmaker[Session],
    queue_id: int,
    policy: PriorityPolicy,
    now: datetime,
    size: int,
) -> tuple[list[dict[str, Any]], datetime]:
    """Read (no lock) the queue's best eligible items; also when the result goes stale."""
    w = WORK_ITEMS
    stale_after = now + HOPPER_TTL
    with sessions() as session:
        queue = session.get(Queue, queue_id)
        if queue is None:
            return [], stale_after
        org = session.get(Organisation, queue.organisation_id)
        if org is None:
            return [], stale_after
        windows = WindowCache(now)
        zone_sets = list(
            session.scalars(
                select(w.c.time_zones)
                .where(w.c.queue_id == queue_id, w.c.status == WorkItemStatus.QUEUED)
                .distinct()
            )
        )
        open_until: dict[str, datetime] = {}
        for zones in zone_sets:
            state = windows.state(session, org.id, zones)
            change = state.closes_at if state.open else state.opens_at
            if change is not None:
                stale_after = min(stale_after, change)
            if state.open and state.closes_at is not None:
                open_until[zones] = state.closes_at
        if not open_until:
            return [], stale_after
        dialect = session.get_bind().dialect.name
        score = score_sql(policy, today_in(org.timezone, now), dialect).label("score")
        rows = session.execute(
            select(w.c.id, w.c.time_zones, score)
            .where(
                w.c.queue_id == queue_id,
                eligible_now(now),
                w.c.time_zones.in_(list(open_until)),
            )
            .order_by(score.desc(), w.c.id.desc())
            .limit(size)
        ).all()
        session.rollback()
    entries = [
        {
            "work_item_id": row.id,
            "queue_id": queue_id,
            "score": float(row.score),
            "open_until": open_until[row.time_zones],
        }
        for row in rows
    ]
    return entries, stale_after


def refresh(
    sessions: sessionmaker[Session],
    queue_ids: Sequence[int],
    policy: PriorityPolicy,
    now: datetime,
) -> list[BuildResult]:
    """Rebuild the hoppers among `queue_ids` that are out of date; return what was done."""
    if not queue_ids:
        return []
    with sessions() as session:
        builds = build_states(session, queue_ids)
        session.rollback()
    todo = []
    quick = [q for q in queue_ids if can_rescore(builds.get(q), policy, now)]
    done, declined = rescore(sessions, quick, policy, now) if quick else ([], [])
    for queue_id in queue_ids:
        build = builds.get(queue_id)
        if queue_id in quick and queue_id not in declined:
            continue
        if needs_rebuild(build, policy.version, now):
            if build is not None and build.rebuilding_until and build.rebuilding_until > now:
                continue  # another workstation is on it; keep using the old hopper
            todo.append(queue_id)
    if len(todo) <= 1:
        return done + [rebuild(sessions, queue_id, policy, now) for queue_id in todo]
    # Each queue is scored by its own query: run them side by side (the database does the
    # work; the drivers release the GIL while it runs).
    with ThreadPoolExecutor(max_workers=min(PARALLEL_REBUILDS, len(todo))) as pool:
        return done + list(pool.map(lambda q: rebuild(sessions, q, policy, now), todo))


def build_states(session: Session, queue_ids: Sequence[int]) -> dict[int, Any]:
    """The build row of each queue that has one."""
    if not queue_ids:
        return {}
    return {
        row.queue_id: row
        for row in session.execute(select(BUILDS).where(BUILDS.c.queue_id.in_(list(queue_ids))))
    }


def unbuilt(session: Session, queue_ids: Sequence[int]) -> list[int]:
    """Queues whose hopper was never built (nothing to claim from yet)."""
    built = set(
        session.scalars(
            select(BUILDS.c.queue_id).where(
                BUILDS.c.queue_id.in_(list(queue_ids)), BUILDS.c.built_at.is_not(None)
            )
        )
    )
    return [q for q in queue_ids if q not in built]


def mark_low(connection: Connection, queue_id: int, now: datetime) -> bool:
    """After a claim: when a hopper with files waiting outside it ran low, make the next claim
    rebuild it (a hopper built with fewer than HOPPER_SIZE entries and not re-scored under a
    floor since already holds every eligible item)."""
    left = connection.execute(_LEFT_IN_HOPPER, {"queue_id": queue_id}).scalar()
    if left is None or left >= LOW_WATER:
        return False
    changed = connection.execute(
        update(BUILDS)
        .where(
            BUILDS.c.queue_id == queue_id,
            # files may wait outside: a full build, or one re-scored under a floor
            or_(BUILDS.c.size >= HOPPER_SIZE, BUILDS.c.ranking_floor.is_not(None)),
            or_(BUILDS.c.stale_after.is_(None), BUILDS.c.stale_after > now),
        )
        .values(stale_after=now)
    ).rowcount
    return bool(changed)


# Whether fewer than LOW_WATER entries are left: reads at most LOW_WATER index entries
# (counting a hopper that churns at every claim costs ~0.5 ms on PostgreSQL).
_LEFT_IN_HOPPER = select(func.count()).select_from(
    select(HOPPER.c.work_item_id)
    .where(HOPPER.c.queue_id == bindparam("queue_id"))
    .limit(LOW_WATER)
    .subquery()
)


def invalidate(session: Session, queue_ids: Iterable[int] | None = None) -> None:
    """Make the next claim rebuild these queues' hoppers (all when None)."""
    statement = update(BUILDS).values(stale_after=None)
    if queue_ids is not None:
        statement = statement.where(BUILDS.c.queue_id.in_(list(queue_ids)))
    session.execute(statement)


def inputs_of(row: Any) -> PriorityInputs:
    return PriorityInputs(
        stage=Stage(row.stage),
        balance=row.balance_total,
        formal_notice_due_on=row.formal_notice_due_on,
        limitation_on=row.limitation_on,
        default_since=row.default_since,
        attempts=int(row.attempts or 0),
        manual_priority=int(row.manual_priority or 0),
    )


def offer_again(
    session: Session,
    item_ids: Sequence[int],
    policy: PriorityPolicy,
    now: datetime,
    windows: WindowCache | None = None,
) -> int:
    """Put items back in their queue's hopper at once (after a release or an expired lease),
    in the caller's transaction. Items not eligible now wait for the next rebuild."""
    if not item_ids:
        return 0
    w = WORK_ITEMS
    windows = windows or WindowCache(now)
    rows = session.execute(
        select(w, Queue.organisation_id.label("org_id"), Organisation.timezone)
        .join(Queue, Queue.id == w.c.queue_id)
        .join(Organisation, Organisation.id == Queue.organisation_id)
        .where(w.c.id.in_(list(item_ids)), eligible_now(now), w.c.stage.is_not(None))
    ).all()
    entries: list[dict[str, Any]] = []
    for row in rows:
        state = windows.state(session, row.org_id, row.time_zones)
        if not state.open or state.closes_at is None:
            continue
        entries.append(
            {
                "work_item_id": row.id,
                "queue_id": row.queue_id,
                "score": score(policy, inputs_of(row), today_in(row.timezone, now)),
                "open_until": state.closes_at,
            }
        )
    if entries:
        dialect = session.get_bind().dialect.name
        session.execute(_insert_ignore(dialect, HOPPER), entries)
    return len(entries)


def window_map(
    session: Session, organisation_id: int, zone_sets: Iterable[str], now: datetime
) -> Mapping[str, WindowState]:
    cache = WindowCache(now)
    return {zones: cache.state(session, organisation_id, zones) for zones in set(zone_sets)}
