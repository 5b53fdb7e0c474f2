"""The scheduled jobs: periodic sweeps over our tables (the database is the source of truth,
so a workstation that slept or was off misses nothing: the next sweep finds the work).

Each job is `job(sessions, now) -> dict` (a JSON-able summary). Jobs built on other
engineers' services import them lazily; while such a module is absent the job reports
{"skipped": "..."} instead of failing.
"""

from __future__ import annotations

import importlib
import json
import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import and_, exists, select
from sqlalchemy.orm import Session, sessionmaker

from telerecouv.domain.enums import ClaimStatus, DebtorKind, Phase, WorkItemStatus
from telerecouv.services.permissions import SYSTEM
from telerecouv.store.engine import write_transaction
from telerecouv.store.models import AppSetting, CallAttempt, Claim, Debtor, WorkItem

log = logging.getLogger(__name__)

Job = Callable[[sessionmaker[Session], datetime], dict[str, Any]]

LIMITATION_ALERTS_KEY = "alerts.limitation"
LIMITATION_WITHIN_DAYS = 60  # alert this many days before the limitation date
LIMITATION_IDLE_DAYS = 30  # "nobody works it": no call for this many days and not leased
MAX_ALERTS = 500
DROP_FOLDER_KEY = "imports.drop_folder"  # app_settings value: {"path": "/srv/depot"}
IMPORT_SUFFIXES = (".csv", ".xlsx", ".txt")


def _lazy(module: str) -> Any:
    """Another engineer's module, imported when the job runs (it may not exist yet)."""
    return importlib.import_module(module)


def _missing(module: str, error: ImportError) -> dict[str, Any]:
    log.info("job skipped: %s is not available (%s)", module, error)
    return {"skipped": f"{module} not available"}


# -- shared jobs -------------------------------------------------------------------------------
def expire_leases(sessions: sessionmaker[Session], now: datetime) -> dict[str, Any]:
    """Expired leases of dead workstations: their files go back to the queue."""
    try:
        queue_service = _lazy("telerecouv.services.queue.service")
    except ImportError as error:
        return _missing("services.queue.service", error)
    released = queue_service.QueueService(sessions, clock=lambda: now).expire_leases()
    return {"released": int(released)}


def match_payments(sessions: sessionmaker[Session], now: datetime) -> dict[str, Any]:
    """Imported payments matched to instalments and promises; broken plans and promises."""
    try:
        matching = _lazy("telerecouv.services.matching")
    except ImportError as error:
        return _missing("services.matching", error)
    with write_transaction(sessions) as session:
        report = matching.match_payments(session, now=now)
    to_json = getattr(report, "to_json", None)
    if callable(to_json):
        return dict(to_json())
    return {"report": str(report)}


@dataclass(frozen=True)
class LimitationAlert:
    claim_id: int
    claim_external_id: str
    debtor_id: int
    debtor_external_id: str
    debtor_name: str
    limitation_on: date
    balance: Decimal
    file_status: WorkItemStatus | None
    last_call_at: datetime | None


def find_limitation_alerts(
    session: Session,
    today: date,
    *,
    within_days: int = LIMITATION_WITHIN_DAYS,
    idle_days: int = LIMITATION_IDLE_DAYS,
    now: datetime,
) -> list[LimitationAlert]:
    """Open amicable claims whose limitation date falls within `within_days` and that
    nobody works: the file is not leased and had no call for `idle_days`."""
    recent = now - timedelta(days=idle_days)
    called = exists().where(
        and_(CallAttempt.debtor_id == Claim.debtor_id, CallAttempt.started_at >= recent)
    )
    rows = session.execute(
        select(Claim, Debtor, WorkItem.status)
        .join(Debtor, Debtor.id == Claim.debtor_id)
        .outerjoin(WorkItem, WorkItem.debtor_id == Claim.debtor_id)
        .where(
            Claim.status == ClaimStatus.OPEN,
            Claim.phase == Phase.AMICABLE,
            Claim.balance > 0,
            Claim.limitation_on.is_not(None),
            Claim.limitation_on >= today,
            Claim.limitation_on <= today + timedelta(days=within_days),
            ~called,
            or_none(WorkItem.status),
        )
        .order_by(Claim.limitation_on, Claim.id)
        .limit(MAX_ALERTS)
    ).all()
    alerts = []
    for claim, debtor, status in rows:
        last = session.scalar(
            select(CallAttempt.started_at)
            .where(CallAttempt.debtor_id == debtor.id)
            .order_by(CallAttempt.started_at.desc())
            .limit(1)
        )
        if debtor.kind == DebtorKind.COMPANY:
            name = debtor.company_name or debtor.external_id
        else:
            name = " ".join(p for p in (debtor.last_name, debtor.first_name) if p)
        assert claim.limitation_on is not None
        alerts.append(
            LimitationAlert(
                claim_id=claim.id,
                claim_external_id=claim.external_id,
                debtor_id=debtor.id,
                debtor_external_id=debtor.external_id,
                debtor_name=name or debtor.external_id,
                limitation_on=claim.limitation_on,
                balance=claim.balance,
                file_status=status,
                last_call_at=last,
            )
        )
    return alerts


def or_none(status: Any) -> Any:
    """The file is not being worked right now (no lease), or there is no file."""
    return status.is_(None) | (status != WorkItemStatus.LEASED)


def limitation_alerts(sessions: sessionmaker[Session], now: datetime) -> dict[str, Any]:
    """Store the current alerts in app_settings["alerts.limitation"] for the supervisors'
    screens (replaced at every sweep). The scan reads a snapshot without blocking anyone;
    only the short replacement of the setting takes the write lock."""
    with sessions() as session:
        alerts = find_limitation_alerts(session, now.date(), now=now)
        value = {
            "computed_at": now.isoformat(),
            "within_days": LIMITATION_WITHIN_DAYS,
            "idle_days": LIMITATION_IDLE_DAYS,
            "claims": [
                {
                    "claim_id": a.claim_id,
                    "claim": a.claim_external_id,
                    "debtor_id": a.debtor_id,
                    "debtor": a.debtor_external_id,
                    "name": a.debtor_name,
                    "limitation_on": a.limitation_on.isoformat(),
                    "balance": str(a.balance),
                    "file_status": a.file_status.value if a.file_status else None,
                    "last_call_at": a.last_call_at.isoformat() if a.last_call_at else None,
                }
                for a in alerts
            ],
        }
    with write_transaction(sessions) as session:
        setting = session.get(AppSetting, LIMITATION_ALERTS_KEY)
        if setting is None:
            session.add(AppSetting(key=LIMITATION_ALERTS_KEY, value=value))
        else:
            setting.value = value
    return {"alerts": len(alerts)}


def drop_folder(sessions: sessionmaker[Session]) -> Path | None:
    with sessions() as session:
        setting = session.get(AppSetting, DROP_FOLDER_KEY)
    if setting is None or not setting.value.get("path"):
        return None
    return Path(str(setting.value["path"]))


def nightly_import(sessions: sessionmaker[Session], now: datetime) -> dict[str, Any]:
    """Import every file dropped in the configured folder, oldest first. The kind comes from
    the file name's first word (payments_2026-11-02.csv -> "payments"). A file that imports
    (even with rejected rows) moves to done/, a file that fails to failed/; the report is
    written beside it as NAME.report.json."""
    folder = drop_folder(sessions)
    if folder is None:
        return {"skipped": "no drop folder configured"}
    if not folder.is_dir():
        return {"error": f"drop folder {folder} does not exist"}
    try:
        imports = _lazy("telerecouv.services.imports")
        kinds, service = imports.ImportKind, imports.ImportService(sessions)
    except (ImportError, AttributeError) as error:
        return _missing("services.imports", ImportError(str(error)))
    files = sorted(
        (p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in IMPORT_SUFFIXES),
        key=lambda p: (p.stat().st_mtime, p.name),
    )
    done: list[str] = []
    failed: list[str] = []
    stamp = now.strftime("%Y%m%dT%H%M%S")
    for path in files:
        word = path.stem.replace("-", "_").split("_")[0].lower()
        target = "failed"
        try:
            kind = kinds(word)
        except ValueError:
            kind = None
            summary: Any = {"error": f"cannot tell the kind of {path.name} from its name"}
        if kind is not None:
            try:
                report = service.run(SYSTEM, kind, path)
                to_json = getattr(report, "to_json", None)
                summary = to_json() if callable(to_json) else str(report)
                target = "done"
            except Exception as error:
                log.exception("import of %s failed", path)
                summary = {"error": f"{type(error).__name__}: {error}"}
        destination = folder / target
        destination.mkdir(exist_ok=True)
        moved = destination / f"{stamp}-{path.name}"
        shutil.move(str(path), moved)
        moved.with_name(moved.name + ".report.json").write_text(
            json.dumps(summary, ensure_ascii=False, indent=2, default=str), encoding="utf-8"
        )
        (done if target == "done" else failed).append(path.name)
    return {"imported": done, "failed": failed}


def kpi_rollups(sessions: sessionmaker[Session], now: datetime) -> dict[str, Any]:
    """KPI roll-ups of the days, weeks and months that received calls since the last run."""
    from telerecouv.services.kpi_rollups import refresh

    return refresh(sessions, now)


SHARED_JOBS: dict[str, Job] = {
    "expire_leases": expire_leases,
    "match_payments": match_payments,
    "limitation_alerts": limitation_alerts,
    "nightly_import": nightly_import,
    "kpi_rollups": kpi_rollups,
}


# -- per-workstation: call-back reminders ----------------------------------------------------
REMINDER_AHEAD = timedelta(minutes=10)
REMINDER_LATE = timedelta(hours=2)  # a missed call-back still shows, for a while


@dataclass(frozen=True)
class CallbackReminder:
    item_id: int
    debtor_id: int
    debtor_external_id: str
    debtor_name: str
    callback_at: datetime

    def overdue(self, now: datetime) -> bool:
        return self.callback_at < now


def due_callbacks(
    sessions: sessionmaker[Session],
    user_id: int,
    now: datetime,
    *,
    ahead: timedelta = REMINDER_AHEAD,
    late: timedelta = REMINDER_LATE,
) -> list[CallbackReminder]:
    """The agent's personal call-backs due within `ahead` (or missed within `late`), for a
    "due soon" notification; the GUI polls this off its thread."""
    with sessions() as session:
        rows = session.execute(
            select(WorkItem.id, Debtor, WorkItem.callback_at)
            .join(Debtor, Debtor.id == WorkItem.debtor_id)
            .where(
                WorkItem.callback_user_id == user_id,
                WorkItem.callback_at.is_not(None),
                WorkItem.callback_at <= now + ahead,
                WorkItem.callback_at >= now - late,
                WorkItem.status.in_([WorkItemStatus.QUEUED, WorkItemStatus.LEASED]),
            )
            .order_by(WorkItem.callback_at)
        ).all()
    reminders = []
    for item_id, debtor, at in rows:
        assert at is not None
        if debtor.kind == DebtorKind.COMPANY:
            name = debtor.company_name or debtor.external_id
        else:
            name = " ".join(p for p in (debtor.last_name, debtor.first_name) if p)
        reminders.append(
            CallbackReminder(item_id, debtor.id, debtor.external_id, name or debtor.external_id, at)
        )
    return reminders


class ReminderPoller:
    """Remembers what it already announced: each call-back is announced once (again if it
    is moved to another time)."""

    def __init__(self, sessions: sessionmaker[Session], user_id: int) -> None:
        self._sessions = sessions
        self._user_id = user_id
        self._announced: set[tuple[int, datetime]] = set()

    def poll(self, now: datetime) -> list[CallbackReminder]:
        due = due_callbacks(self._sessions, self._user_id, now)
        fresh = [r for r in due if (r.item_id, r.callback_at) not in self._announced]
        self._announced = {(r.item_id, r.callback_at) for r in due} | {
            key for key in self._announced if key[1] >= now - REMINDER_LATE
        }
        return fresh
