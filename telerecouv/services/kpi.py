"""KPI figures for team leads and supervisors (SPEC.md §5), cut by day/week/month, agent,
team, stage, queue or organisation, computed in SQL on both databases.

Definitions (domain/kpi.py holds the same formulas on plain facts; the tests check both agree):
* a *file* is a debtor (one work item per debtor);
* reachability = files with >= 1 RIGHT_PARTY call in the period / files with >= 1 call;
  effectiveness = files with a RIGHT_PARTY call whose result is effective / files reached;
  contact rate = RIGHT_PARTY calls / calls; average handle time over the calls with an end;
* calls per agent-hour: agent time is, per agent and day, from the start of their first call
  to the end of their last one (no log-in sessions are recorded);
* amount secured: plans (not pending, rejected nor cancelled) and promises agreed in the
  period's calls, cut like the call;
* promise-kept and plan-kept rates: promises and instalments *due* in the period that are
  decided (kept, or broken/missed/late, or still unpaid after their grace days), cut by due
  date in time cuts and by the call that agreed them otherwise;
* amount collected (amicable vs litigation, litigation including enforced recovery):
  payments received in the period on claims of files that were called, attributed to the
  file's last call before the end of the period (its agent, team, stage, queue); time cuts
  use the payment date;
* formal notices avoided: DEFAULT_M2 files with an effective RIGHT_PARTY call in the period
  made on or before their formal-notice date.
Rates are fractions rounded half-up to 4 decimals, None when the denominator is 0.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any, Literal, get_args

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    case,
    cast,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import Session, aliased, sessionmaker

from telerecouv.domain.enums import (
    EFFECTIVE_RESULTS,
    InstalmentStatus,
    Phase,
    PlanStatus,
    PromiseStatus,
    Reachability,
    Stage,
)
from telerecouv.domain.kpi import RATE_QUANTUM, SECONDS_QUANTUM, calls_per_agent_hour, rate
from telerecouv.services.periods import (
    REPORT_ZONE,
    Bucket,
    bucket_of,
    period_bounds,
    seconds_between,
)
from telerecouv.services.permissions import Actor, Permission, require
from telerecouv.store.errors import ValidationError, msg
from telerecouv.store.models import (
    CallAttempt,
    Claim,
    Instalment,
    Organisation,
    Payment,
    PaymentPlan,
    Promise,
    Queue,
    Team,
    User,
    WorkItem,
)
from telerecouv.store.types import utcnow

Cut = Literal["total", "day", "week", "month", "agent", "team", "stage", "queue", "organisation"]
CUTS: tuple[str, ...] = get_args(Cut)
TIME_CUTS = ("day", "week", "month")
NONE_KEY = "-"
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class KpiFilter:
    date_from: date
    date_to: date
    by: Cut = "total"
    organisation_id: int | None = None
    team_id: int | None = None
    agent_id: int | None = None
    stage: Stage | None = None
    queue_id: int | None = None


@dataclass(frozen=True)
class KpiRow:
    key: str  # "total", "2026-11-02" (day, week: its Monday), "2026-11", an id, a stage
    label: str  # what to show: the key, a login, a team/queue name, an organisation code
    files_attempted: int
    files_reached: int
    files_effective: int
    reachability_rate: Decimal | None
    effectiveness_rate: Decimal | None
    calls: int
    right_party_calls: int
    contact_rate: Decimal | None
    promise_kept_rate: Decimal | None
    plan_kept_rate: Decimal | None
    amount_secured: Decimal
    amount_collected_amicable: Decimal
    amount_collected_litigation: Decimal
    formal_notices_avoided: int
    calls_per_agent_hour: Decimal | None
    average_handle_seconds: Decimal | None
    promises_due: int = 0
    promises_kept: int = 0
    instalments_due: int = 0
    instalments_kept: int = 0
    agent_seconds: Decimal = Decimal(0)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON values: rates and amounts as strings (exact), counts as numbers."""
        out: dict[str, Any] = {}
        for name, value in self.__dict__.items():
            out[name] = str(value) if isinstance(value, Decimal) else value
        return out


@dataclass
class _Acc:
    files_attempted: int = 0
    files_reached: int = 0
    files_effective: int = 0
    calls: int = 0
    right_party_calls: int = 0
    handle_seconds: Decimal = Decimal(0)
    ended_calls: int = 0
    agent_seconds: Decimal = Decimal(0)
    promises_due: int = 0
    promises_kept: int = 0
    instalments_due: int = 0
    instalments_kept: int = 0
    secured: Decimal = ZERO
    collected_amicable: Decimal = ZERO
    collected_litigation: Decimal = ZERO
    notices_avoided: set[int] = field(default_factory=set)
    notices_count: int = 0  # from the roll-ups


_agent = aliased(User, name="kpi_agent")


def _is_rp() -> ColumnElement[int]:
    return case((CallAttempt.reachability == Reachability.RIGHT_PARTY, 1), else_=0)


def _is_effective() -> ColumnElement[int]:
    return case(
        (
            and_(
                CallAttempt.reachability == Reachability.RIGHT_PARTY,
                CallAttempt.result.in_(sorted(EFFECTIVE_RESULTS)),
            ),
            1,
        ),
        else_=0,
    )


def _team_of_call() -> ColumnElement[Any]:
    return func.coalesce(CallAttempt.team_id, _agent.team_id)


class KpiService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        zone: str = REPORT_ZONE,
        clock: Any = utcnow,
        use_rollups: bool = True,
    ) -> None:
        self._sessions = sessions
        self._zone = zone
        self._clock = clock
        self._use_rollups = use_rollups

    # -- public ------------------------------------------------------------------------------
    def figures(self, actor: Actor, f: KpiFilter) -> list[KpiRow]:
        """One row per value of the cut (only values that have activity), in order."""
        require(actor, Permission.READ_KPIS, "read the KPIs")
        if f.by not in CUTS:
            raise ValidationError(
                msg(
                    "Cannot cut the KPIs by {by!r}; use one of {CUTS}.",
                    by=f.by,
                    CUTS=", ".join(CUTS),
                ),
                field="by",
            )
        start, end = period_bounds(f.date_from, f.date_to, self._zone)
        accs: dict[str, _Acc] = defaultdict(_Acc)
        with self._sessions() as session:
            dialect = session.get_bind().dialect.name
            ctx = _Ctx(f, dialect, start, end, self._clock())
            if not (self._use_rollups and self._from_rollups(session, ctx, accs)):
                self._calls(session, ctx, accs)
                self._agent_time(session, ctx, accs)
                self._notices_avoided(session, ctx, accs)
            self._kept(session, ctx, accs)
            self._secured(session, ctx, accs)
            self._collected(session, ctx, accs)
            labels = self._labels(session, f.by, accs.keys())
        return [self._row(key, labels.get(key, key), accs[key]) for key in self._order(f, accs)]

    def total(self, actor: Actor, f: KpiFilter) -> KpiRow:
        """The figures of the whole period (an empty row when nothing happened)."""
        rows = self.figures(actor, KpiFilter(**{**f.__dict__, "by": "total"}))
        return rows[0] if rows else self._row("total", "total", _Acc())

    # -- the parts ---------------------------------------------------------------------------
    def _from_rollups(self, session: Session, ctx: _Ctx, accs: dict[str, _Acc]) -> bool:
        """The call figures from the roll-ups, when they answer this question exactly and
        are up to date for its period; False: compute them from the calls."""
        from telerecouv.services import kpi_rollups

        plan = kpi_rollups.plan_for(ctx.f)
        if plan is None or not kpi_rollups.fresh(session, ctx.start, ctx.end):
            return False
        cut, periods = plan
        for row in kpi_rollups.read(session, cut, periods):
            if ctx.f.by not in TIME_CUTS:
                key = row.cut_value
            elif row.kind == "month":
                key = row.period_start.isoformat()[:7]
            elif row.kind == "weekpart":  # a week clipped by the month: keyed by its Monday
                key = (row.period_start - timedelta(days=row.period_start.weekday())).isoformat()
            else:
                key = row.period_start.isoformat()
            acc = accs[key]
            acc.files_attempted = row.files_attempted
            acc.files_reached = row.files_reached
            acc.files_effective = row.files_effective
            acc.calls = row.calls
            acc.right_party_calls = row.right_party_calls
            acc.handle_seconds = Decimal(row.handle_ms) / 1000
            acc.ended_calls = row.ended_calls
            acc.agent_seconds = Decimal(row.agent_ms) / 1000
            acc.notices_count = row.notices_avoided
        return True

    def _calls(self, session: Session, ctx: _Ctx, accs: dict[str, _Acc]) -> None:
        key = ctx.call_key(CallAttempt.started_at)
        duration = seconds_between(CallAttempt.started_at, CallAttempt.ended_at, ctx.dialect)
        per_file = ctx.call_query(
            select(
                key.label("k"),
                CallAttempt.debtor_id,
                func.count().label("n"),
                func.sum(_is_rp()).label("rp"),
                func.max(_is_effective()).label("eff"),
                func.sum(duration).label("secs"),
                func.count(CallAttempt.ended_at).label("ended"),
            )
        ).group_by(key, CallAttempt.debtor_id)
        sub = per_file.subquery()
        query = select(
            sub.c.k,
            func.count(),
            func.sum(case((sub.c.rp > 0, 1), else_=0)),
            func.sum(sub.c.eff),
            func.sum(sub.c.n),
            func.sum(sub.c.rp),
            func.sum(sub.c.secs),
            func.sum(sub.c.ended),
        ).group_by(sub.c.k)
        for k, files, reached, effective, calls, rp, secs, ended in session.execute(query):
            acc = accs[_key(k)]
            acc.files_attempted = int(files)
            acc.files_reached = int(reached or 0)
            acc.files_effective = int(effective or 0)
            acc.calls = int(calls or 0)
            acc.right_party_calls = int(rp or 0)
            acc.handle_seconds = Decimal(str(secs or 0))
            acc.ended_calls = int(ended or 0)

    def _agent_time(self, session: Session, ctx: _Ctx, accs: dict[str, _Acc]) -> None:
        key = ctx.call_key(CallAttempt.started_at)
        day = bucket_of(CallAttempt.started_at, "day", ctx.dialect)
        spans = ctx.call_query(
            select(
                key.label("k"),
                CallAttempt.agent_id,
                day.label("d"),
                func.min(CallAttempt.started_at).label("first"),
                func.max(func.coalesce(CallAttempt.ended_at, CallAttempt.started_at)).label("last"),
            ).where(CallAttempt.agent_id.is_not(None))
        ).group_by(key, CallAttempt.agent_id, day)
        sub = spans.subquery()
        query = select(
            sub.c.k, func.sum(seconds_between(sub.c.first, sub.c.last, ctx.dialect))
        ).group_by(sub.c.k)
        for k, secs in session.execute(query):
            accs[_key(k)].agent_seconds = Decimal(str(secs or 0))

    def _kept(self, session: Session, ctx: _Ctx, accs: dict[str, _Acc]) -> None:
        today = ctx.now.date()
        first, last = ctx.f.date_from, ctx.f.date_to
        # Promises due in the period, decided (kept/broken, or unpaid past their grace days).
        grace = Organisation.promise_grace_days
        p_key = ctx.dated_key(Promise.due_on)
        promises = ctx.call_query(
            select(
                p_key.label("k"),
                Promise.status,
                Promise.due_on,
                grace.label("grace"),
            )
            .select_from(Promise)
            .join(CallAttempt, CallAttempt.id == Promise.call_id)
            .join(Organisation, Organisation.id == CallAttempt.organisation_id)
            .where(Promise.due_on >= first, Promise.due_on <= last),
            joined=True,
            in_period=False,  # due in the period, whenever the call that agreed it
        )
        for k, status, due_on, grace_days in session.execute(promises):
            kept = status == PromiseStatus.KEPT
            decided = kept or status == PromiseStatus.BROKEN
            if not decided and due_on + timedelta(days=int(grace_days)) >= today:
                continue
            acc = accs[_key(k)]
            acc.promises_due += 1
            acc.promises_kept += int(kept)
        i_key = ctx.dated_key(Instalment.due_on)
        instalments = ctx.call_query(
            select(i_key.label("k"), Instalment.status, Instalment.due_on, grace.label("grace"))
            .select_from(Instalment)
            .join(PaymentPlan, PaymentPlan.id == Instalment.plan_id)
            .join(CallAttempt, CallAttempt.id == PaymentPlan.call_id)
            .join(Organisation, Organisation.id == CallAttempt.organisation_id)
            .where(
                Instalment.due_on >= first,
                Instalment.due_on <= last,
                PaymentPlan.status.not_in(
                    [PlanStatus.PENDING_APPROVAL, PlanStatus.REJECTED, PlanStatus.CANCELLED]
                ),
            ),
            joined=True,
            in_period=False,
        )
        for k, status, due_on, grace_days in session.execute(instalments):
            kept = status == InstalmentStatus.PAID
            decided = kept or status in (InstalmentStatus.LATE, InstalmentStatus.MISSED)
            if not decided and due_on + timedelta(days=int(grace_days)) >= today:
                continue
            acc = accs[_key(k)]
            acc.instalments_due += 1
            acc.instalments_kept += int(kept)

    def _secured(self, session: Session, ctx: _Ctx, accs: dict[str, _Acc]) -> None:
        key = ctx.call_key(CallAttempt.started_at)
        plans = ctx.call_query(
            select(key.label("k"), func.sum(PaymentPlan.total))
            .select_from(PaymentPlan)
            .join(CallAttempt, CallAttempt.id == PaymentPlan.call_id)
            .where(
                PaymentPlan.status.not_in(
                    [PlanStatus.PENDING_APPROVAL, PlanStatus.REJECTED, PlanStatus.CANCELLED]
                )
            ),
            joined=True,
        ).group_by(key)
        promises = ctx.call_query(
            select(key.label("k"), func.sum(Promise.amount))
            .select_from(Promise)
            .join(CallAttempt, CallAttempt.id == Promise.call_id),
            joined=True,
        ).group_by(key)
        for query in (plans, promises):
            for k, amount in session.execute(query):
                accs[_key(k)].secured += _cents(amount)

    def _collected(self, session: Session, ctx: _Ctx, accs: dict[str, _Acc]) -> None:
        last_call = aliased(CallAttempt, name="last_call")
        last_call_id = (
            select(last_call.id)
            .where(last_call.debtor_id == Claim.debtor_id, last_call.started_at < ctx.end)
            .order_by(last_call.started_at.desc(), last_call.id.desc())
            .limit(1)
            .scalar_subquery()
        )
        key = ctx.dated_key(Payment.paid_on)
        litigation = case((Claim.phase == Phase.AMICABLE, 0), else_=1)
        query = ctx.call_query(
            select(key.label("k"), litigation.label("lit"), func.sum(Payment.amount))
            .select_from(Payment)
            .join(Claim, Claim.id == Payment.claim_id)
            .join(CallAttempt, CallAttempt.id == last_call_id)
            .where(Payment.paid_on >= ctx.f.date_from, Payment.paid_on <= ctx.f.date_to),
            joined=True,
            in_period=False,
        ).group_by(key, litigation)
        for k, lit, amount in session.execute(query):
            acc = accs[_key(k)]
            if lit:
                acc.collected_litigation += _cents(amount)
            else:
                acc.collected_amicable += _cents(amount)

    def _notices_avoided(self, session: Session, ctx: _Ctx, accs: dict[str, _Acc]) -> None:
        key = ctx.call_key(CallAttempt.started_at)
        query = ctx.call_query(
            select(
                key.label("k"),
                CallAttempt.debtor_id,
                CallAttempt.started_at,
                WorkItem.formal_notice_due_on,
            )
            .select_from(CallAttempt)
            .join(WorkItem, WorkItem.debtor_id == CallAttempt.debtor_id)
            .where(
                CallAttempt.stage == Stage.DEFAULT_M2,
                _is_effective() == 1,
                WorkItem.formal_notice_due_on.is_not(None),
            ),
            joined=True,
        )
        for k, debtor_id, started_at, due_on in session.execute(query):
            if started_at.astimezone(UTC).date() <= due_on:
                accs[_key(k)].notices_avoided.add(debtor_id)

    # -- presentation ------------------------------------------------------------------------
    @staticmethod
    def _labels(session: Session, by: str, keys: Iterable[str]) -> dict[str, str]:
        ids = [int(k) for k in keys if k.isdigit()]
        if not ids:
            return {}
        if by == "agent":
            rows: Iterable[Any] = session.execute(
                select(User.id, User.login).where(User.id.in_(ids))
            )
        elif by == "team":
            rows = session.execute(select(Team.id, Team.name).where(Team.id.in_(ids)))
        elif by == "queue":
            rows = session.execute(select(Queue.id, Queue.name).where(Queue.id.in_(ids)))
        elif by == "organisation":
            rows = session.execute(
                select(Organisation.id, Organisation.code).where(Organisation.id.in_(ids))
            )
        else:
            return {}
        return {str(i): str(name) for i, name in rows}

    @staticmethod
    def _order(f: KpiFilter, accs: dict[str, _Acc]) -> list[str]:
        if f.by == "stage":
            rank = {s.value: n for n, s in enumerate(Stage)}
            return sorted(accs, key=lambda k: (rank.get(k, len(rank)), k))
        if f.by in ("agent", "team", "queue", "organisation"):
            return sorted(accs, key=lambda k: (not k.isdigit(), int(k) if k.isdigit() else 0))
        return sorted(accs)

    @staticmethod
    def _row(key: str, label: str, acc: _Acc) -> KpiRow:
        average = None
        if acc.ended_calls:
            average = (acc.handle_seconds / acc.ended_calls).quantize(SECONDS_QUANTUM)
        return KpiRow(
            key=key,
            label=label,
            files_attempted=acc.files_attempted,
            files_reached=acc.files_reached,
            files_effective=acc.files_effective,
            reachability_rate=rate(acc.files_reached, acc.files_attempted),
            effectiveness_rate=rate(acc.files_effective, acc.files_reached),
            calls=acc.calls,
            right_party_calls=acc.right_party_calls,
            contact_rate=rate(acc.right_party_calls, acc.calls),
            promise_kept_rate=rate(acc.promises_kept, acc.promises_due),
            plan_kept_rate=rate(acc.instalments_kept, acc.instalments_due),
            amount_secured=acc.secured,
            amount_collected_amicable=acc.collected_amicable,
            amount_collected_litigation=acc.collected_litigation,
            formal_notices_avoided=len(acc.notices_avoided) or acc.notices_count,
            calls_per_agent_hour=calls_per_agent_hour(
                acc.calls, acc.agent_seconds.quantize(Decimal("0.001"))
            ),
            average_handle_seconds=average,
            promises_due=acc.promises_due,
            promises_kept=acc.promises_kept,
            instalments_due=acc.instalments_due,
            instalments_kept=acc.instalments_kept,
            agent_seconds=acc.agent_seconds.quantize(Decimal("0.001")),
        )


@dataclass(frozen=True)
class _Ctx:
    f: KpiFilter
    dialect: str
    start: datetime
    end: datetime
    now: datetime
    bucket: Bucket | None = None  # roll-ups: key "bucket|cut value" (day x agent...)

    def call_key(self, time_column: Any) -> Any:
        """The cut of a call (time cuts from `time_column`)."""
        key = self._cut_key(time_column)
        if self.bucket is None:
            return key
        day = bucket_of(time_column, self.bucket, self.dialect)
        return day + literal("|") + func.coalesce(cast(key, String), literal(NONE_KEY))

    def _cut_key(self, time_column: Any) -> Any:
        by = self.f.by
        if by == "total":
            return literal("total")
        if by in TIME_CUTS:
            return bucket_of(time_column, by, self.dialect)  # type: ignore[arg-type]
        return {
            "agent": CallAttempt.agent_id,
            "team": _team_of_call(),
            "stage": CallAttempt.stage,
            "queue": CallAttempt.queue_id,
            "organisation": CallAttempt.organisation_id,
        }[by]

    def dated_key(self, date_column: Any) -> Any:
        if self.f.by in TIME_CUTS:
            return bucket_of(date_column, self.f.by, self.dialect, is_date=True)  # type: ignore[arg-type]
        return self.call_key(CallAttempt.started_at)

    def call_query(
        self, query: Select[Any], *, joined: bool = False, in_period: bool = True
    ) -> Select[Any]:
        """Restrict to the calls of the period and of the filter (joins the agent if the
        team is needed)."""
        f = self.f
        if not joined:
            query = query.select_from(CallAttempt)
        needs_agent = f.by == "team" or f.team_id is not None
        if needs_agent:
            query = query.outerjoin(_agent, _agent.id == CallAttempt.agent_id)
        if in_period:
            query = query.where(
                CallAttempt.started_at >= self.start, CallAttempt.started_at < self.end
            )
        if f.organisation_id is not None:
            query = query.where(CallAttempt.organisation_id == f.organisation_id)
        if f.agent_id is not None:
            query = query.where(CallAttempt.agent_id == f.agent_id)
        if f.stage is not None:
            query = query.where(CallAttempt.stage == f.stage)
        if f.queue_id is not None:
            query = query.where(CallAttempt.queue_id == f.queue_id)
        if f.team_id is not None:
            query = query.where(
                or_(
                    CallAttempt.team_id == f.team_id,
                    and_(CallAttempt.team_id.is_(None), _agent.team_id == f.team_id),
                )
            )
        return query


def _key(value: Any) -> str:
    if value is None:
        return NONE_KEY
    if hasattr(value, "value"):
        return str(value.value)
    return str(value)


def _cents(value: Any) -> Decimal:
    """A SUM over a Money column (typed: it comes back as Decimal euros)."""
    if value is None:
        return ZERO
    return Decimal(value).quantize(Decimal("0.01"))


__all__: Sequence[str] = ("CUTS", "RATE_QUANTUM", "KpiFilter", "KpiRow", "KpiService")
