"""KPI roll-ups: the call figures of every day, week (Monday-Sunday) and month, per cut
(total, agent, team, stage, queue, organisation), kept up to date by a scheduled sweep.

Distinct-file counts do not add up across days, so each period kind is computed on its
own, with the same SQL as the live figures (services/kpi.py). KpiService uses a roll-up only
when it answers the question exactly (no filter; the period is whole days for `by=day`,
whole weeks or whole months for `by=week` (a month's clipped first and last weeks are
stored as "weekpart" rows), whole months for `by=month`, or exactly one day, week or month
for the other cuts) and when no call of the period was added since the last sweep;
otherwise it computes from the calls. Calls are found by `created_at`, so imported history
(old calls added today) refreshes the periods it falls in.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from telerecouv.services.kpi import KpiFilter, KpiService, _Acc, _Ctx
from telerecouv.services.periods import REPORT_ZONE, period_bounds
from telerecouv.store.engine import write_transaction
from telerecouv.store.models import AppSetting, CallAttempt, KpiRollup
from telerecouv.store.types import utcnow

STATE_KEY = "kpi.rollups"
# Calls committed a little after their created_at (long transactions) are still caught.
MARGIN = timedelta(minutes=2)
ROLLUP_CUTS = ("total", "agent", "team", "stage", "queue", "organisation")
MAX_DAYS = 400
# Bumped when the roll-ups gain a kind of row: the first sweep of a new version rebuilds all.
VERSION = 2  # 2: "weekpart" rows (a month's clipped first and last weeks)
# Rows rewritten per write transaction: a few milliseconds of SQLite's write lock each.
CHUNK_ROWS = 1000


def _month_end(day: date) -> date:
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


Plan = tuple[str, list[tuple[str, date]]]  # (cut, [(kind, period start), ...])


def week_parts(month: date) -> list[tuple[date, date]]:
    """The pieces of the month's first and last weeks that fall inside the month, when the
    month does not begin on a Monday or end on a Sunday (kind "weekpart", cut total only):
    a month cut by week then reads its edge weeks from the roll-ups too."""
    end = _month_end(month)
    parts = []
    if month.weekday() != 0:
        parts.append((month, month + timedelta(days=6 - month.weekday())))
    if end.weekday() != 6:
        parts.append((end - timedelta(days=end.weekday()), end))
    return parts


def plan_for(f: KpiFilter) -> Plan | None:
    """(cut, [(kind, period start)]) when the roll-ups answer this filter exactly, else None."""
    if any(v is not None for v in (f.organisation_id, f.team_id, f.agent_id, f.stage, f.queue_id)):
        return None
    first, last = f.date_from, f.date_to
    if last < first or (last - first).days >= MAX_DAYS:
        return None
    whole_weeks = first.weekday() == 0 and last.weekday() == 6
    whole_months = first.day == 1 and last == _month_end(last)
    if f.by == "day":
        return "total", [("day", first + timedelta(days=n)) for n in range((last - first).days + 1)]
    if f.by == "week":
        if not (whole_weeks or whole_months):
            return None
        # Whole months: the clipped first and last weeks come from the month's week parts.
        periods: list[tuple[str, date]] = []
        monday = first
        if first.weekday() != 0:
            periods.append(("weekpart", first))
            monday = first + timedelta(days=7 - first.weekday())
        while monday + timedelta(days=6) <= last:
            periods.append(("week", monday))
            monday += timedelta(days=7)
        if monday <= last:
            periods.append(("weekpart", monday))
        return "total", periods
    if f.by == "month":
        if not whole_months:
            return None
        months, day = [], first
        while day <= last:
            months.append(("month", day))
            day = _month_end(day) + timedelta(days=1)
        return "total", months
    if f.by not in ROLLUP_CUTS:
        return None
    if first == last:
        return f.by, [("day", first)]
    if whole_weeks and (last - first).days == 6:
        return f.by, [("week", first)]
    if whole_months and _month_end(first) == last:
        return f.by, [("month", first)]
    return None


def _state(session: Session) -> datetime | None:
    """When the last sweep started reading; None before the first sweep of this version of
    the roll-ups (then every question is computed live until a full sweep has run)."""
    setting = session.get(AppSetting, STATE_KEY)
    if setting is None or not setting.value.get("at"):
        return None
    if setting.value.get("version") != VERSION:
        return None
    return datetime.fromisoformat(str(setting.value["at"]))


def fresh(session: Session, start: datetime, end: datetime) -> bool:
    """The roll-ups exist and no call of [start, end) was added since they were computed."""
    at = _state(session)
    if at is None:
        return False
    stale = session.scalar(
        select(CallAttempt.id)
        .where(
            CallAttempt.created_at >= at,
            CallAttempt.started_at >= start,
            CallAttempt.started_at < end,
        )
        .limit(1)
    )
    return stale is None


def read(session: Session, cut: str, periods: list[tuple[str, date]]) -> list[KpiRollup]:
    """The roll-up rows of those periods (kind, start) for the cut."""
    wanted = set(periods)
    starts = [start for _kind, start in periods]
    rows = session.scalars(
        select(KpiRollup).where(
            KpiRollup.kind.in_({kind for kind, _start in periods}),
            KpiRollup.cut == cut,
            KpiRollup.period_start >= min(starts),
            KpiRollup.period_start <= max(starts),
        )
    )
    return [row for row in rows if (row.kind, row.period_start) in wanted]


def _local_day(instant: datetime) -> date:
    """The report's day of a stored UTC instant (a call at 23:30 UTC is the next day in Paris)."""
    return instant.astimezone(ZoneInfo(REPORT_ZONE)).date()


def _runs(days: list[date]) -> list[tuple[date, date]]:
    """Contiguous runs of days."""
    runs: list[tuple[date, date]] = []
    for day in sorted(days):
        if runs and day == runs[-1][1] + timedelta(days=1):
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def _compute(
    session: Session, service: KpiService, f: KpiFilter, bucket: Any, now: datetime
) -> dict[str, _Acc]:
    start, end = period_bounds(f.date_from, f.date_to)
    ctx = _Ctx(f, session.get_bind().dialect.name, start, end, now, bucket)
    accs: dict[str, _Acc] = defaultdict(_Acc)
    service._calls(session, ctx, accs)
    service._agent_time(session, ctx, accs)
    service._notices_avoided(session, ctx, accs)
    return accs


def _row(kind: str, start: date, cut: str, value: str, acc: _Acc, now: datetime) -> KpiRollup:
    return KpiRollup(
        kind=kind,
        period_start=start,
        cut=cut,
        cut_value=value,
        files_attempted=acc.files_attempted,
        files_reached=acc.files_reached,
        files_effective=acc.files_effective,
        calls=acc.calls,
        right_party_calls=acc.right_party_calls,
        handle_ms=int((acc.handle_seconds * 1000).to_integral_value()),
        ended_calls=acc.ended_calls,
        agent_ms=int((acc.agent_seconds * 1000).to_integral_value()),
        notices_avoided=len(acc.notices_avoided),
        computed_at=now,
    )


def refresh(
    sessions: sessionmaker[Session],
    now: datetime | None = None,
    *,
    full: bool = False,
    margin: timedelta = MARGIN,
    days: list[date] | None = None,
    chunk_rows: int = CHUNK_ROWS,
) -> dict[str, Any]:
    """Recompute the periods touched by calls added since the last sweep (every period
    with calls when `full` or on the first sweep; the periods of the given `days` when set:
    their days, weeks, months and clipped weeks; the benchmark uses it to build one month, and
    the state it writes then vouches for the periods of other days too)."""
    now = now or utcnow()
    mark = now - margin
    service = KpiService(sessions)
    rows: list[KpiRollup] = []
    explicit = days is not None
    with sessions() as session:
        since = None if full else _state(session)
        if days is not None:
            days = sorted(set(days))
        elif since is None:
            first, last = session.execute(
                select(func.min(CallAttempt.started_at), func.max(CallAttempt.started_at))
            ).one()
            days = []
            if first is not None:
                count = (_local_day(last) - _local_day(first)).days + 1
                days = [_local_day(first) + timedelta(days=n) for n in range(count)]
        else:
            starts = session.scalars(
                select(CallAttempt.started_at).where(CallAttempt.created_at >= since).distinct()
            ).all()
            days = sorted({_local_day(s) for s in starts})
        weeks = sorted({d - timedelta(days=d.weekday()) for d in days})
        months = sorted({d.replace(day=1) for d in days})
        parts = sorted(
            {
                (part_first, part_last)
                for month in months
                for part_first, part_last in week_parts(month)
                if any(part_first <= d <= part_last for d in days)
            }
        )
        for cut in ROLLUP_CUTS:
            for run_first, run_last in _runs(days):
                f = KpiFilter(run_first, run_last, by=cut)  # type: ignore[arg-type]
                computed = _compute(session, service, f, "day", now)
                for key, acc in computed.items():
                    day_text, value = key.split("|", 1)
                    rows.append(_row("day", date.fromisoformat(day_text), cut, value, acc, now))
            for kind, starts_of in (("week", weeks), ("month", months)):
                for period in starts_of:
                    end = period + timedelta(days=6) if kind == "week" else _month_end(period)
                    f = KpiFilter(period, end, by=cut)  # type: ignore[arg-type]
                    for value, acc in _compute(session, service, f, None, now).items():
                        rows.append(_row(kind, period, cut, value, acc, now))
        for part_first, part_last in parts:
            f = KpiFilter(part_first, part_last, by="total")
            for value, acc in _compute(session, service, f, None, now).items():
                rows.append(_row("weekpart", part_first, "total", value, acc, now))
    # Rewritten in short transactions (a few periods each): each one holds SQLite's write
    # lock, which every agent's save waits for. The state is written last; until then the
    # periods with new calls are not fresh, so KpiService computes them from the calls.
    by_period: dict[tuple[str, date], list[KpiRollup]] = {}
    part_starts = [part_first for part_first, _last in parts]
    kinds = (("day", days), ("week", weeks), ("month", months), ("weekpart", part_starts))
    for kind, starts_of in kinds:
        for period in starts_of:
            by_period[(kind, period)] = []  # a period without calls any more keeps no row
    for r in rows:
        if (r.kind, r.period_start) in by_period:
            by_period[(r.kind, r.period_start)].append(r)
    batch: list[tuple[str, date]] = []
    size = 0
    transactions = 0
    for period_key, period_rows in by_period.items():
        batch.append(period_key)
        size += len(period_rows) + 1
        if size >= chunk_rows:
            _replace(sessions, batch, by_period)
            transactions += 1
            batch, size = [], 0
    if batch:
        _replace(sessions, batch, by_period)
        transactions += 1
    with write_transaction(sessions) as session:
        setting = session.get(AppSetting, STATE_KEY)
        state: dict[str, Any] = {
            "at": mark.isoformat(),
            "computed_at": now.isoformat(),
            "version": VERSION,
        }
        if setting is None:
            session.add(AppSetting(key=STATE_KEY, value=state))
        else:
            setting.value = state
    return {
        "days": len(days),
        "weeks": len(weeks),
        "months": len(months),
        "week_parts": len(parts),
        "rows": len(rows),
        "full": since is None and not explicit,
        "transactions": transactions + 1,
    }


def _replace(
    sessions: sessionmaker[Session],
    periods: list[tuple[str, date]],
    by_period: dict[tuple[str, date], list[KpiRollup]],
) -> None:
    """One short transaction: the rows of these periods replaced by the new ones."""
    with write_transaction(sessions) as session:
        for kind in ("day", "week", "month", "weekpart"):
            starts = [start for k, start in periods if k == kind]
            if starts:
                session.execute(
                    delete(KpiRollup).where(
                        KpiRollup.kind == kind, KpiRollup.period_start.in_(starts)
                    )
                )
        session.add_all(r for key in periods for r in by_period[key])


def rollup_job(sessions: sessionmaker[Session], now: datetime) -> dict[str, Any]:
    """The scheduled sweep (jobs.sweeps.SHARED_JOBS["kpi_rollups"])."""
    return refresh(sessions, now)
