"""Outcome review for team leads: every call of a period, filtered, sorted and paged, its
detail (script path, plan, notes), and the quality review (score and comment).

Pre-selection: every refusal and every call that produced a plan beyond 24 months is "to
review" without anyone asking (computed on the fly); `select_sample` adds a random sample of
conversations per agent for a week and persists the pre-selected calls of that week.
Paging is by indexed offset (the order always ends with the call id, so pages never overlap).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    case,
    exists,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import Session, aliased, sessionmaker

from telerecouv.domain.enums import CallResult, DebtorKind, Reachability, Stage
from telerecouv.domain.text import fold_words
from telerecouv.services import audit
from telerecouv.services.periods import REPORT_ZONE, period_bounds, seconds_between
from telerecouv.services.permissions import Actor, Permission, require
from telerecouv.store.engine import write_transaction
from telerecouv.store.errors import NotFound, ValidationError, msg
from telerecouv.store.models import (
    CallAttempt,
    CallReview,
    Debtor,
    PaymentPlan,
    Team,
    User,
    WorkItem,
)
from telerecouv.store.types import utcnow

LONG_PLAN_MONTHS = 24
MAX_PAGE = 1000
SCORE_MIN, SCORE_MAX = 0, 10
# Reasons a call is on the list to review (CallReview.selected_because).
SAMPLE, REFUSAL, LONG_PLAN, MANUAL = "sample", "refusal", "long_plan", "manual"


@dataclass(frozen=True)
class CallFilter:
    date_from: date
    date_to: date
    agent_id: int | None = None
    team_id: int | None = None
    stage: Stage | None = None
    reachability: Reachability | None = None
    result: CallResult | None = None
    min_amount: Decimal | None = None  # the file's balance, at least
    long_plans_only: bool = False
    refusals_only: bool = False
    text: str | None = None  # every word must appear in the notes (case and accents ignored)
    to_review_only: bool = False  # selected for review and not reviewed yet


@dataclass(frozen=True)
class CallRow:
    id: int
    started_at: datetime
    agent_login: str | None
    team: str | None
    debtor_external_id: str
    debtor_name: str
    stage: Stage | None
    reachability: Reachability
    result: CallResult | None
    balance: Decimal
    duration_seconds: int | None
    has_long_plan: bool
    review_score: int | None
    selected_because: str | None  # sample, refusal, long_plan, manual; None: not selected


@dataclass(frozen=True)
class CallDetail:
    row: CallRow
    notes: str | None
    script_path: tuple[str, ...]
    # (months, total, instalment, status, justification) of the plan agreed in this call
    plan: tuple[int, Decimal, Decimal, str, str | None] | None
    review_comment: str | None = None
    reviewer_login: str | None = None
    reviewed_at: datetime | None = None


# -- the query ---------------------------------------------------------------------------------

_agent = aliased(User, name="agent")
_reviewer = aliased(User, name="reviewer")
_team = aliased(Team, name="team")


def _long_plan() -> ColumnElement[bool]:
    return exists().where(
        PaymentPlan.call_id == CallAttempt.id, PaymentPlan.months > LONG_PLAN_MONTHS
    )


def _selected_because() -> ColumnElement[Any]:
    return func.coalesce(
        CallReview.selected_because,
        case(
            (CallAttempt.result == CallResult.REFUSAL, literal(REFUSAL)),
            (_long_plan(), literal(LONG_PLAN)),
            else_=None,
        ),
    )


def _debtor_sort_name() -> ColumnElement[Any]:
    return func.coalesce(Debtor.company_name, Debtor.last_name, Debtor.external_id)


def _sort_keys(dialect: str) -> dict[str, Any]:
    return {
        "started_at": CallAttempt.started_at,
        "agent_login": _agent.login,
        "team": _team.name,
        "debtor_name": _debtor_sort_name(),
        "stage": CallAttempt.stage,
        "reachability": CallAttempt.reachability,
        "result": CallAttempt.result,
        "balance": WorkItem.balance_total,
        "duration_seconds": seconds_between(CallAttempt.started_at, CallAttempt.ended_at, dialect),
        "review_score": CallReview.score,
    }


SORT_KEYS: tuple[str, ...] = tuple(_sort_keys("sqlite"))


ALL_JOINS = frozenset({"debtor", "agent", "team", "work_item", "review"})
# The joins a sort key needs (the id query of a page joins nothing else).
SORT_JOINS: dict[str, frozenset[str]] = {
    "agent_login": frozenset({"agent"}),
    "team": frozenset({"agent", "team"}),
    "debtor_name": frozenset({"debtor"}),
    "balance": frozenset({"work_item"}),
    "review_score": frozenset({"review"}),
}


def _joined(query: Any, joins: frozenset[str] = ALL_JOINS) -> Any:
    query = query.select_from(CallAttempt)
    if "debtor" in joins:
        query = query.join(Debtor, Debtor.id == CallAttempt.debtor_id)
    if "agent" in joins or "team" in joins:
        query = query.outerjoin(_agent, _agent.id == CallAttempt.agent_id)
    if "team" in joins:
        query = query.outerjoin(
            _team, _team.id == func.coalesce(CallAttempt.team_id, _agent.team_id)
        )
    if "work_item" in joins:
        query = query.outerjoin(WorkItem, WorkItem.debtor_id == CallAttempt.debtor_id)
    if "review" in joins:
        query = query.outerjoin(CallReview, CallReview.call_id == CallAttempt.id)
    return query


def _filter_joins(f: CallFilter) -> frozenset[str]:
    """The joins the filter's conditions need."""
    joins = set()
    if f.min_amount is not None:
        joins.add("work_item")
    if f.to_review_only:
        joins.add("review")
    return frozenset(joins)


def _conditions(f: CallFilter, zone: str) -> list[ColumnElement[bool]]:
    start, end = period_bounds(f.date_from, f.date_to, zone)
    where: list[ColumnElement[bool]] = [
        CallAttempt.started_at >= start,
        CallAttempt.started_at < end,
    ]
    if f.agent_id is not None:
        where.append(CallAttempt.agent_id == f.agent_id)
    if f.team_id is not None:
        where.append(
            or_(
                CallAttempt.team_id == f.team_id,
                and_(
                    CallAttempt.team_id.is_(None),
                    CallAttempt.agent_id.in_(select(User.id).where(User.team_id == f.team_id)),
                ),
            )
        )
    if f.stage is not None:
        where.append(CallAttempt.stage == f.stage)
    if f.reachability is not None:
        where.append(CallAttempt.reachability == f.reachability)
    if f.result is not None:
        where.append(CallAttempt.result == f.result)
    if f.refusals_only:
        where.append(CallAttempt.result == CallResult.REFUSAL)
    if f.min_amount is not None:
        if f.min_amount < 0:
            raise ValidationError("The minimum balance must not be negative.", field="min_amount")
        where.append(WorkItem.balance_total >= f.min_amount)
    if f.long_plans_only:
        where.append(_long_plan())
    for word in fold_words(f.text):  # case and accents ignored: "echeancier" finds "Échéancier"
        where.append(CallAttempt.notes_folded.contains(word, autoescape=True))
    if f.to_review_only:
        where.append(CallReview.reviewed_at.is_(None))
        where.append(_selected_because().is_not(None))
    return where


def _row_columns() -> tuple[Any, ...]:
    return (
        CallAttempt.id,
        CallAttempt.started_at,
        CallAttempt.ended_at,
        _agent.login,
        _team.name,
        Debtor.external_id,
        Debtor.kind,
        Debtor.last_name,
        Debtor.first_name,
        Debtor.company_name,
        CallAttempt.stage,
        CallAttempt.reachability,
        CallAttempt.result,
        WorkItem.balance_total,
        _long_plan().label("long_plan"),
        CallReview.score,
        _selected_because().label("selected_because"),
    )


def _debtor_name(
    kind: DebtorKind, last: str | None, first: str | None, company: str | None, ext: str
) -> str:
    if kind == DebtorKind.COMPANY:
        return company or ext
    return " ".join(p for p in (last, first) if p) or ext


def _to_row(r: Any) -> CallRow:
    duration = None
    if r.ended_at is not None:
        duration = int((r.ended_at - r.started_at).total_seconds())
    return CallRow(
        id=r.id,
        started_at=r.started_at,
        agent_login=r.login,
        team=r.name,
        debtor_external_id=r.external_id,
        debtor_name=_debtor_name(r.kind, r.last_name, r.first_name, r.company_name, r.external_id),
        stage=r.stage,
        reachability=r.reachability,
        result=r.result,
        balance=r.balance_total if r.balance_total is not None else Decimal("0.00"),
        duration_seconds=duration,
        has_long_plan=bool(r.long_plan),
        review_score=r.score,
        selected_because=r.selected_because,
    )


class ReviewService:
    def __init__(self, sessions: sessionmaker[Session], *, zone: str = REPORT_ZONE) -> None:
        self._sessions = sessions
        self._zone = zone

    # -- reading -----------------------------------------------------------------------------
    def count(self, actor: Actor, f: CallFilter) -> int:
        require(actor, Permission.REVIEW_CALLS, "review calls")
        query = _joined(select(func.count()), _filter_joins(f)).where(*_conditions(f, self._zone))
        with self._sessions() as session:
            return int(session.scalar(query) or 0)

    def page(
        self,
        actor: Actor,
        f: CallFilter,
        *,
        offset: int,
        limit: int,
        sort: str = "started_at",
        descending: bool = True,
    ) -> list[CallRow]:
        require(actor, Permission.REVIEW_CALLS, "review calls")
        if offset < 0 or not 0 < limit <= MAX_PAGE:
            raise ValidationError(
                f"Page out of range (offset {offset}, limit {limit}; at most {MAX_PAGE}).",
                field="limit",
            )
        with self._sessions() as session:
            keys = _sort_keys(session.get_bind().dialect.name)
            if sort not in keys:
                raise ValidationError(
                    f"Cannot sort by {sort!r}; use one of {', '.join(keys)}.",
                    field="sort",
                )
            key = keys[sort]
            order: list[Any]
            if descending:
                order = [key.desc(), CallAttempt.id.desc()]
            else:
                order = [key.asc(), CallAttempt.id.asc()]
            if sort != "started_at":  # NULLs last either way, the same on both databases
                order.insert(0, case((key.is_(None), 1), else_=0))
            # The page's ids first, joining only what the filter and the sort need (the
            # rows skipped by the offset are never built), then those rows in full.
            joins = _filter_joins(f) | SORT_JOINS.get(sort, frozenset())
            ids = list(
                session.scalars(
                    _joined(select(CallAttempt.id), joins)
                    .where(*_conditions(f, self._zone))
                    .order_by(*order)
                    .offset(offset)
                    .limit(limit)
                )
            )
            if not ids:
                return []
            rows = {
                r.id: _to_row(r)
                for r in session.execute(
                    _joined(select(*_row_columns())).where(CallAttempt.id.in_(ids))
                )
            }
            return [rows[i] for i in ids]

    def detail(self, actor: Actor, call_id: int) -> CallDetail:
        require(actor, Permission.REVIEW_CALLS, "review calls")
        with self._sessions() as session:
            r = session.execute(
                _joined(
                    select(
                        *_row_columns(),
                        CallAttempt.notes,
                        CallAttempt.script_path,
                        CallReview.comment,
                        CallReview.reviewed_at,
                        CallReview.reviewer_id,
                    )
                ).where(CallAttempt.id == call_id)
            ).one_or_none()
            if r is None:
                raise NotFound(msg("No call {call_id}.", call_id=call_id))
            plan = session.scalars(
                select(PaymentPlan)
                .where(PaymentPlan.call_id == call_id)
                .order_by(PaymentPlan.id.desc())
                .limit(1)
            ).first()
            reviewer = session.get(User, r.reviewer_id) if r.reviewer_id else None
            return CallDetail(
                row=_to_row(r),
                notes=r.notes,
                script_path=tuple(str(step) for step in (r.script_path or ())),
                plan=(
                    (
                        plan.months,
                        plan.total,
                        plan.instalment_amount,
                        plan.status.value,
                        plan.justification,
                    )
                    if plan
                    else None
                ),
                review_comment=r.comment,
                reviewer_login=reviewer.login if reviewer else None,
                reviewed_at=r.reviewed_at,
            )

    # -- reviewing ---------------------------------------------------------------------------
    def review(self, actor: Actor, call_id: int, score: int, comment: str) -> None:
        """Mark a call reviewed with a score (0-10) and a comment; audited."""
        require(actor, Permission.REVIEW_CALLS, "review calls")
        if isinstance(score, bool) or not SCORE_MIN <= int(score) <= SCORE_MAX:
            raise ValidationError(
                f"Call {call_id}: the score must be between {SCORE_MIN} and {SCORE_MAX}, "
                f"not {score}.",
                field="score",
            )
        comment = (comment or "").strip()
        with write_transaction(self._sessions) as session:
            call = session.get(CallAttempt, call_id)
            if call is None:
                raise NotFound(msg("No call {call_id}.", call_id=call_id))
            row = session.scalar(select(CallReview).where(CallReview.call_id == call_id))
            before = None
            if row is None:
                row = CallReview(call_id=call_id, selected_because=self._reason(session, call))
                session.add(row)
            else:
                before = {"score": row.score, "comment": row.comment}
            row.score = int(score)
            row.comment = comment or None
            row.reviewer_id = actor.user_id
            row.reviewed_at = utcnow()
            audit.record(
                session,
                actor,
                "call.review",
                "call",
                call_id,
                before=before,
                after={"score": row.score, "comment": row.comment},
            )

    @staticmethod
    def _reason(session: Session, call: CallAttempt) -> str:
        if call.result == CallResult.REFUSAL:
            return REFUSAL
        long_plan = session.scalar(
            select(PaymentPlan.id).where(
                PaymentPlan.call_id == call.id, PaymentPlan.months > LONG_PLAN_MONTHS
            )
        )
        return LONG_PLAN if long_plan is not None else MANUAL

    def select_sample(
        self,
        actor: Actor,
        week_start: date,
        per_agent: int,
        seed: int | None = None,
        *,
        team_id: int | None = None,
    ) -> int:
        """Put on the review list, for the week starting on `week_start` (moved back to its
        Monday): every refusal, every plan beyond 24 months, and `per_agent` random
        conversations (right party or third party reached) per agent, counting the sample
        already drawn for that week. Returns how many calls were added."""
        require(actor, Permission.REVIEW_CALLS, "select calls to review")
        if not 0 <= per_agent <= 100:
            raise ValidationError(
                f"The sample per agent must be between 0 and 100, not {per_agent}.",
                field="per_agent",
            )
        monday = week_start - timedelta(days=week_start.weekday())
        f = CallFilter(date_from=monday, date_to=monday + timedelta(days=6), team_id=team_id)
        where = _conditions(f, self._zone)
        rng = random.Random(seed) if seed is not None else random.SystemRandom()
        added = 0
        with write_transaction(self._sessions) as session:
            # Refusals and long plans of the week, not yet on the list.
            flagged = session.execute(
                _joined(select(CallAttempt.id, _selected_because().label("why"))).where(
                    *where, CallReview.id.is_(None), _selected_because().is_not(None)
                )
            ).all()
            for call_id, why in flagged:
                session.add(CallReview(call_id=call_id, selected_because=why))
                added += 1
            # The random sample per agent among the conversations.
            talks = session.execute(
                _joined(
                    select(
                        CallAttempt.agent_id,
                        CallAttempt.id,
                        CallReview.selected_because,
                    )
                ).where(
                    *where,
                    CallAttempt.agent_id.is_not(None),
                    CallAttempt.reachability.in_(
                        [Reachability.RIGHT_PARTY, Reachability.THIRD_PARTY]
                    ),
                )
            ).all()
            flagged_ids = {call_id for call_id, _ in flagged}
            per: dict[int, tuple[list[int], int]] = {}
            for agent_id, call_id, why in sorted(
                (tuple(t) for t in talks), key=lambda t: (t[0], t[1])
            ):
                free, drawn = per.get(agent_id, ([], 0))
                if why == SAMPLE:
                    drawn += 1
                elif why is None and call_id not in flagged_ids:
                    free.append(call_id)
                per[agent_id] = (free, drawn)
            for _agent_id, (free, drawn) in sorted(per.items()):
                wanted = max(0, per_agent - drawn)
                for call_id in rng.sample(free, min(wanted, len(free))):
                    session.add(CallReview(call_id=call_id, selected_because=SAMPLE))
                    added += 1
            audit.record(
                session,
                actor,
                "review.sample",
                "review",
                monday.isoformat(),
                after={
                    "week": monday,
                    "per_agent": per_agent,
                    "team_id": team_id,
                    "added": added,
                },
            )
        return added

    def unreviewed_count(self, actor: Actor, f: CallFilter) -> int:
        """How many calls of the filter wait for a review."""
        return self.count(
            actor,
            CallFilter(**{**f.__dict__, "to_review_only": True}),
        )


__all__: Sequence[str] = (
    "SORT_KEYS",
    "CallDetail",
    "CallFilter",
    "CallRow",
    "ReviewService",
)
