"""Claiming SQL: the priority score as a SQL expression and the one-statement claim.

PostgreSQL and SQLite variants side by side:

- PostgreSQL: one `UPDATE ... FROM (SELECT ... FOR UPDATE OF w SKIP LOCKED LIMIT 1)` with a
  data-modifying CTE that drops the hopper entry: concurrent agents skip each other's rows
  instead of queueing behind them.
- SQLite: one `UPDATE ... WHERE id = (SELECT ... LIMIT 1) RETURNING`, run by the caller in a
  `BEGIN IMMEDIATE` transaction (the database-wide write lock serialises claims). SQLAlchemy
  drops `with_for_update` on SQLite, so nothing here relies on it.

The score expression is the SQL twin of `domain.priority.score` (tested against it).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any, cast

from sqlalchemy import (
    Date,
    Float,
    Integer,
    String,
    Table,
    and_,
    bindparam,
    case,
    column,
    delete,
    func,
    literal,
    or_,
    select,
    text,
    type_coerce,
    update,
)
from sqlalchemy.sql.elements import ColumnElement

from telerecouv.domain.enums import Stage, WorkItemStatus
from telerecouv.domain.priority import PriorityPolicy
from telerecouv.store.models import HopperEntry, WorkItem
from telerecouv.store.models.hopper import HOPPER_SCORE_INDEX
from telerecouv.store.types import UTCDateTime

WORK_ITEMS = cast(Table, WorkItem.__table__)
HOPPER = cast(Table, HopperEntry.__table__)


def _days_until(column: Any, today: date, dialect: str) -> ColumnElement[float]:
    """Whole days from `today` to the date in `column` (negative when past)."""
    if dialect == "sqlite":
        return cast(
            ColumnElement[float],
            func.julianday(column) - func.julianday(literal(today.isoformat())),
        )
    return cast(ColumnElement[float], column - literal(today, Date))


def _ramp(value: ColumnElement[float], horizon: int) -> ColumnElement[float]:
    """min(max(value, 0), horizon) / horizon, as a float."""
    return case(
        (value <= 0, literal(0.0)),
        (value >= horizon, literal(1.0)),
        else_=type_coerce(value, Float) * (1.0 / horizon),
    )


def _urgency(column: Any, today: date, horizon: int, dialect: str) -> ColumnElement[float]:
    days = _days_until(column, today, dialect)
    return case(
        (column.is_(None), literal(0.0)),
        (days <= 0, literal(1.0)),
        (days >= horizon, literal(0.0)),
        else_=(literal(float(horizon)) - days) * (1.0 / horizon),
    )


def _age(column: Any, today: date, horizon: int, dialect: str) -> ColumnElement[float]:
    days = -_days_until(column, today, dialect)
    return case((column.is_(None), literal(0.0)), else_=_ramp(days, horizon))


def _balance(policy: PriorityPolicy) -> ColumnElement[float]:
    cents = type_coerce(WORK_ITEMS.c.balance_total, Integer)  # stored as integer cents
    points = [(int(amount * 100), value) for amount, value in policy.balance_points]
    whens: list[tuple[Any, Any]] = [(cents <= points[0][0], literal(points[0][1]))]
    for (a, va), (b, vb) in pairwise(points):
        slope = (vb - va) / (b - a)
        whens.append((cents < b, literal(va) + (cents - a) * slope))
    return case(*whens, else_=literal(points[-1][1]))


def score_sql(policy: PriorityPolicy, today: date, dialect: str) -> ColumnElement[float]:
    """`domain.priority.score` over the columns of work_items."""
    c = WORK_ITEMS.c
    stage_weight = case(
        *((c.stage == stage.value, literal(policy.stage_weights[stage])) for stage in Stage),
        else_=literal(0.0),
    )
    attempts = case(
        (c.attempts >= policy.attempts_horizon, literal(1.0)),
        else_=type_coerce(c.attempts, Float) * (1.0 / policy.attempts_horizon),
    )
    return cast(
        ColumnElement[float],
        stage_weight
        + policy.notice_weight
        * _urgency(c.formal_notice_due_on, today, policy.notice_horizon_days, dialect)
        + policy.limitation_weight
        * _urgency(c.limitation_on, today, policy.limitation_horizon_days, dialect)
        + policy.balance_weight * _balance(policy)
        + policy.age_weight * _age(c.default_since, today, policy.age_horizon_days, dialect)
        - policy.attempts_weight * attempts
        + policy.manual_boost * type_coerce(c.manual_priority, Float),
    )


def eligible_now(now: datetime) -> ColumnElement[bool]:
    """A queued item whose retry delay is over, with no call-back pending."""
    c = WORK_ITEMS.c
    return and_(
        c.status == WorkItemStatus.QUEUED,
        or_(c.next_eligible_at.is_(None), c.next_eligible_at <= now),
        c.callback_at.is_(None),
    )


def _lease_values(agent_id: int | None, token: str, expires_at: datetime, now: datetime) -> Any:
    return {
        "status": WorkItemStatus.LEASED,
        "leased_by_id": agent_id,
        "lease_token": token,
        "lease_expires_at": expires_at,
        "updated_at": now,
    }


_RETURNING = (
    WORK_ITEMS.c.id,
    WORK_ITEMS.c.debtor_id,
    WORK_ITEMS.c.queue_id,
    WORK_ITEMS.c.stage,
    WORK_ITEMS.c.time_zones,
)


def claim_from_hopper(
    dialect: str,
    *,
    queue_ids: Sequence[int],
    agent_id: int | None,
    token: str,
    expires_at: datetime,
    now: datetime,
) -> tuple[Any, dict[str, Any]]:
    """The single statement that leases the best eligible hopper entry of `queue_ids`, and
    its parameters: `connection.execute(*claim_from_hopper(...))`.

    Returns (id, debtor_id, queue_id, stage, time_zones) of the leased item, or no row.
    On SQLite the caller must run it inside BEGIN IMMEDIATE and then drop the hopper entry
    (`drop_hopper_entry`); on PostgreSQL the statement drops it itself. The statement is
    built once per dialect (building and caching it costs more than running it).
    """
    params = {
        "queue_ids": list(queue_ids),
        "now": now,
        "expires_at": expires_at,
        "leased": WorkItemStatus.LEASED.value,
        "queued": WorkItemStatus.QUEUED.value,
        "agent_id": agent_id,
        "token": token,
    }
    return _claim_statement(dialect), params


@cache
def _claim_statement(dialect: str) -> Any:
    w, h = WORK_ITEMS, HOPPER
    now = bindparam("now", type_=UTCDateTime())
    if dialect == "postgresql":
        pick = (
            select(w.c.id)
            .select_from(h.join(w, w.c.id == h.c.work_item_id))
            .where(
                h.c.queue_id.in_(bindparam("queue_ids", expanding=True)),
                h.c.open_until > now,
                w.c.status == bindparam("queued", type_=String()),
                or_(w.c.next_eligible_at.is_(None), w.c.next_eligible_at <= now),
                w.c.callback_at.is_(None),
            )
            .order_by(h.c.score.desc(), h.c.work_item_id.desc())
            .limit(1)
        )
        picked = pick.with_for_update(of=w, skip_locked=True, key_share=True).cte("pick")
        dropped = delete(h).where(h.c.work_item_id.in_(select(picked.c.id))).cte("dropped")
        return (
            update(w)
            .where(w.c.id == picked.c.id)
            .values(
                {
                    "status": bindparam("leased", type_=String()),
                    "leased_by_id": bindparam("agent_id", type_=Integer()),
                    "lease_token": bindparam("token", type_=String()),
                    "lease_expires_at": bindparam("expires_at", type_=UTCDateTime()),
                    "updated_at": now,
                }
            )
            .returning(*_RETURNING)
            .add_cte(dropped)
        )
    # SQLite: walk the hopper in score order and stop at the first eligible item. Left to
    # itself the planner sorts every entry of the agent's queues, or builds a Bloom filter
    # over the whole of work_items for the join; hence the index hint and the correlated
    # subquery (one primary-key lookup per entry visited). SQLAlchemy renders no index hint
    # for SQLite, hence the text.
    return text(
        "UPDATE work_items SET status = :leased, leased_by_id = :agent_id, "
        "lease_token = :token, lease_expires_at = :expires_at, updated_at = :now "
        "WHERE id = (SELECT h.work_item_id FROM queue_hopper AS h "
        f"INDEXED BY {HOPPER_SCORE_INDEX} "
        "WHERE h.queue_id IN :queue_ids AND h.open_until > :now "
        "AND (SELECT 1 FROM work_items AS w WHERE w.id = h.work_item_id "
        "AND w.status = :queued "
        "AND (w.next_eligible_at IS NULL OR w.next_eligible_at <= :now) "
        "AND w.callback_at IS NULL) IS NOT NULL "
        "ORDER BY h.score DESC, h.work_item_id DESC LIMIT 1) "
        "RETURNING id, debtor_id, queue_id, stage, time_zones"
    ).bindparams(
        bindparam("queue_ids", expanding=True),
        bindparam("now", type_=UTCDateTime()),
        bindparam("expires_at", type_=UTCDateTime()),
    )


def claim_item(
    *,
    item_id: int,
    agent_id: int | None,
    token: str,
    expires_at: datetime,
    now: datetime,
    require_eligible: bool = True,
) -> Any:
    """Lease one chosen item if nobody took it meanwhile (compare-and-set on its status).

    On PostgreSQL a concurrent claimer waits for the row lock, then sees the new status and
    updates nothing; on SQLite the caller holds the write lock (BEGIN IMMEDIATE).
    """
    w = WORK_ITEMS
    condition: ColumnElement[bool] = w.c.status == WorkItemStatus.QUEUED
    if require_eligible:
        condition = and_(
            condition, or_(w.c.next_eligible_at.is_(None), w.c.next_eligible_at <= now)
        )
    return (
        update(w)
        .where(w.c.id == item_id, condition)
        .values(_lease_values(agent_id, token, expires_at, now))
        .returning(*_RETURNING)
    )


def drop_hopper_entry(item_id: int) -> Any:
    return delete(HOPPER).where(HOPPER.c.work_item_id == item_id)


# -- the claim of `QueueService.next_item` -----------------------------------------------------
# Everything a claim needs comes back with the lease itself (RETURNING): the score inputs for
# the explanation, the organisation's zone, currency and caps, and how many calls the debtor
# had in the caps' look-back, so that the common claim is one statement after one read.
_LEASE_SET = (
    "SET status = :leased, leased_by_id = :agent_id, lease_token = :token, "
    "lease_expires_at = :expires_at, updated_at = :now "
)
_LEASED_RETURNING = (
    "RETURNING work_items.id AS id, work_items.debtor_id AS debtor_id, "
    "work_items.queue_id AS queue_id, work_items.organisation_id AS organisation_id, "
    "work_items.stage AS stage, work_items.time_zones AS time_zones, "
    "work_items.callback_at AS callback_at, work_items.balance_total AS balance_total, "
    "work_items.formal_notice_due_on AS formal_notice_due_on, "
    "work_items.limitation_on AS limitation_on, work_items.default_since AS default_since, "
    "work_items.attempts AS attempts, work_items.manual_priority AS manual_priority, "
    "(SELECT o.timezone FROM organisations AS o "
    "WHERE o.id = work_items.organisation_id) AS timezone, "
    "(SELECT o.currency FROM organisations AS o "
    "WHERE o.id = work_items.organisation_id) AS currency, "
    "(SELECT o.daily_attempt_cap FROM organisations AS o "
    "WHERE o.id = work_items.organisation_id) AS daily_cap, "
    "(SELECT o.weekly_attempt_cap FROM organisations AS o "
    "WHERE o.id = work_items.organisation_id) AS weekly_cap, "
    "(SELECT count(*) FROM call_attempts AS a WHERE a.debtor_id = work_items.debtor_id "
    "AND a.started_at > :since) AS recent_attempts"
)


def _leased_columns(statement: Any) -> Any:
    c = WORK_ITEMS.c
    # Positional columns: SQLAlchemy then caches the result metadata with the statement
    # (by name, it would match the columns again at every execution).
    return statement.bindparams(
        bindparam("now", type_=UTCDateTime()),
        bindparam("expires_at", type_=UTCDateTime()),
        bindparam("since", type_=UTCDateTime()),
    ).columns(
        column("id", Integer()),
        column("debtor_id", Integer()),
        column("queue_id", Integer()),
        column("organisation_id", Integer()),
        column("stage", c.stage.type),
        column("time_zones", String()),
        column("callback_at", UTCDateTime()),
        column("balance_total", c.balance_total.type),
        column("formal_notice_due_on", Date()),
        column("limitation_on", Date()),
        column("default_since", Date()),
        column("attempts", Integer()),
        column("manual_priority", Integer()),
        column("timezone", String()),
        column("currency", String()),
        column("daily_cap", Integer()),
        column("weekly_cap", Integer()),
        column("recent_attempts", Integer()),
    )


def _id_list(ids: Sequence[int]) -> str:
    """The queue ids written into the statement (integers only): one cached statement per
    set of queues, no list expanded at every execution."""
    return "(" + ", ".join(str(int(i)) for i in ids) + ")"


@lru_cache(maxsize=64)
def lease_best(dialect: str, queue_ids: tuple[int, ...]) -> Any:
    """Lease the best eligible hopper entry of `queue_ids` and return the file with everything
    the claim needs (see `_LEASED_RETURNING`). Parameters: now, since, expires_at,
    leased, queued, agent_id, token. On SQLite: inside BEGIN IMMEDIATE, and the caller drops
    the hopper entry (`drop_hopper_entry`); PostgreSQL drops it in the same statement."""
    if dialect == "postgresql":
        sql = (
            "WITH pick AS (SELECT w.id FROM queue_hopper AS h "
            "JOIN work_items AS w ON w.id = h.work_item_id "
            f"WHERE h.queue_id IN {_id_list(queue_ids)} AND h.open_until > :now "
            "AND w.status = :queued "
            "AND (w.next_eligible_at IS NULL OR w.next_eligible_at <= :now) "
            "AND w.callback_at IS NULL "
            "ORDER BY h.score DESC, h.work_item_id DESC LIMIT 1 "
            "FOR NO KEY UPDATE OF w SKIP LOCKED), "
            "dropped AS (DELETE FROM queue_hopper WHERE work_item_id IN (SELECT id FROM pick)) "
            "UPDATE work_items " + _LEASE_SET + "FROM pick WHERE work_items.id = pick.id "
        )
    else:
        sql = (
            "UPDATE work_items " + _LEASE_SET + "WHERE id = (SELECT h.work_item_id "
            f"FROM queue_hopper AS h INDEXED BY {HOPPER_SCORE_INDEX} "
            f"WHERE h.queue_id IN {_id_list(queue_ids)} AND h.open_until > :now "
            "AND (SELECT 1 FROM work_items AS w WHERE w.id = h.work_item_id "
            "AND w.status = :queued "
            "AND (w.next_eligible_at IS NULL OR w.next_eligible_at <= :now) "
            "AND w.callback_at IS NULL) IS NOT NULL "
            "ORDER BY h.score DESC, h.work_item_id DESC LIMIT 1) "
        )
    return _leased_columns(text(sql + _LEASED_RETURNING))


@cache
def lease_chosen(require_eligible: bool) -> Any:
    """Lease the file :item_id if it is still queued (a due call-back, a pinned file): a
    compare-and-set on its status, returning what `lease_best` returns (same parameters and
    item_id)."""
    eligible = (
        "AND (next_eligible_at IS NULL OR next_eligible_at <= :now) " if require_eligible else ""
    )
    return _leased_columns(
        text(
            "UPDATE work_items "
            + _LEASE_SET
            + "WHERE work_items.id = :item_id AND status = :queued "
            + eligible
            + _LEASED_RETURNING
        )
    )


# The read before a claim: due call-backs and pinned files of the agent's queues (few rows,
# partial indexes) and the queue settings' stored documents, in one round trip.
@lru_cache(maxsize=64)
def claim_lookup(dialect: str, queue_ids: tuple[int, ...]) -> Any:
    """Rows (kind, id, at, scope, user_id, team_id, doc): kind 'callback' (at = callback_at,
    scope, the setter and their team), 'pinned' (at = pinned_at) or 'setting' (scope = the
    key, doc = the stored JSON text) for the queues `queue_ids`. Parameters: now, queued,
    limit."""
    doc = "CAST(value AS TEXT)"
    queues = _id_list(queue_ids)
    sql = (
        "SELECT * FROM (SELECT 'callback' AS kind, w.id AS id, w.callback_at AS at, "
        "w.callback_scope AS scope, w.callback_user_id AS user_id, u.team_id AS team_id, "
        "NULL AS doc FROM work_items AS w LEFT OUTER JOIN users AS u "
        "ON u.id = w.callback_user_id "
        "WHERE w.callback_at IS NOT NULL AND w.callback_at <= :now AND w.status = :queued "
        "AND w.queue_id IN " + queues + " "
        "AND (w.next_eligible_at IS NULL OR w.next_eligible_at <= :now) "
        "ORDER BY w.callback_at, w.id LIMIT :limit) AS callbacks "
        "UNION ALL "
        "SELECT * FROM (SELECT 'pinned' AS kind, w.id AS id, w.pinned_at AS at, NULL AS scope, "
        "NULL AS user_id, NULL AS team_id, NULL AS doc FROM work_items AS w "
        "WHERE w.pinned_at IS NOT NULL AND w.status = :queued AND w.queue_id IN " + queues + " "
        "AND (w.next_eligible_at IS NULL OR w.next_eligible_at <= :now) "
        "ORDER BY w.pinned_at, w.id LIMIT :limit) AS pinned "
        "UNION ALL "
        "SELECT 'setting' AS kind, NULL AS id, NULL AS at, key AS scope, NULL AS user_id, "
        f"NULL AS team_id, {doc} AS doc FROM app_settings "
        "WHERE key IN ('queue.priority', 'queue.retry', 'queue.caps')"
    )
    if dialect == "postgresql":
        # PostgreSQL types the NULL columns of a branch from the others only at the top level.
        sql = sql.replace("NULL AS user_id", "CAST(NULL AS INTEGER) AS user_id").replace(
            "NULL AS team_id", "CAST(NULL AS INTEGER) AS team_id"
        )
        sql = sql.replace("NULL AS at", "CAST(NULL AS TIMESTAMPTZ) AS at").replace(
            "NULL AS scope", "CAST(NULL AS VARCHAR) AS scope"
        )
        sql = sql.replace("NULL AS doc", "CAST(NULL AS TEXT) AS doc").replace(
            "NULL AS id", "CAST(NULL AS INTEGER) AS id"
        )
    return (
        text(sql)
        .bindparams(bindparam("now", type_=UTCDateTime()))
        .columns(
            column("kind", String()),
            column("id", Integer()),
            column("at", UTCDateTime()),
            column("scope", String()),
            column("user_id", Integer()),
            column("team_id", Integer()),
            column("doc", String()),
        )
    )
