"""The set-based (SQL) queue sync gives exactly what the per-debtor (Python) sync gives."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from telerecouv.domain.enums import (
    ClaimStatus,
    ContactKind,
    ContactSource,
    ExclusionReason,
    PaymentMeans,
    Phase,
    PlanStatus,
    Procedure,
    PromiseStatus,
    Stage,
    WorkItemStatus,
)
from telerecouv.services.database import Database
from telerecouv.services.queue import sync
from telerecouv.services.queue.sync import SyncReport, sync_work_items
from telerecouv.store.models import (
    ContactPoint,
    Debtor,
    PaymentPlan,
    Promise,
    Queue,
    WorkItem,
)

from .factory import World, make_world, utc

NOW = utc(2025, 3, 10, 9, 0)
LATER = utc(2025, 3, 11, 9, 0)


def _snapshot(session: Session) -> dict[str, Any]:
    """Everything the sync writes, keyed by debtor (ids of new rows may differ)."""
    items = {
        row.debtor_id: row
        for row in session.execute(
            select(
                WorkItem.debtor_id, WorkItem.organisation_id, Queue.organisation_id.label("qorg"),
                Queue.stage.label("qstage"), WorkItem.stage, WorkItem.status,
                WorkItem.status_reason, WorkItem.status_detail, WorkItem.balance_total,
                WorkItem.formal_notice_due_on, WorkItem.limitation_on, WorkItem.default_since,
                WorkItem.attempts, WorkItem.manual_priority, WorkItem.leased_by_id,
                WorkItem.lease_expires_at, WorkItem.lease_token, WorkItem.time_zones,
                WorkItem.created_at, WorkItem.updated_at,
            ).outerjoin(Queue, Queue.id == WorkItem.queue_id)
        )
    }  # fmt: skip
    debtors = {i: v for i, v in session.execute(select(Debtor.id, Debtor.to_locate))}
    debtor_stamps = {i: v for i, v in session.execute(select(Debtor.id, Debtor.updated_at))}
    queues = sorted(
        (org, stage.value, name, paused)
        for org, stage, name, paused in session.execute(
            select(Queue.organisation_id, Queue.stage, Queue.name, Queue.paused)
        )
    )
    return {"items": items, "to_locate": debtors, "debtor_stamps": debtor_stamps,
            "queues": queues}  # fmt: skip


def _both(
    session: Session, ids: list[int] | None, monkeypatch: pytest.MonkeyPatch, now: Any = NOW
) -> tuple[SyncReport, dict[str, Any]]:
    """Sync with each implementation in a savepoint, compare, then keep the SQL result."""
    results = []
    for minimum in (None, 1):  # None: Python per chunk; 1: set-based SQL
        monkeypatch.setattr(sync, "BULK_MIN", minimum)
        nested = session.begin_nested()
        report = sync_work_items(session, debtor_ids=ids, now=now)
        results.append((report, _snapshot(session)))
        if minimum is None:
            nested.rollback()
        else:
            nested.commit()
    (python_report, python_state), (sql_report, sql_state) = results
    assert sql_report == python_report
    for debtor_id in python_state["items"].keys() | sql_state["items"].keys():
        assert sql_state["items"].get(debtor_id) == python_state["items"].get(debtor_id), debtor_id
    assert sql_state == python_state
    return sql_report, sql_state


def _phone(session: Session, debtor: Debtor, value: str, *, valid: bool, active: bool) -> None:
    session.add(
        ContactPoint(debtor_id=debtor.id, kind=ContactKind.PHONE, value=value, raw=value,
                     valid=valid, active=active, source=ContactSource.AGENT)
    )  # fmt: skip
    session.flush()


def _plan(session: Session, debtor: Debtor, status: PlanStatus) -> None:
    session.add(
        PaymentPlan(debtor_id=debtor.id, status=status, total=Decimal("600.00"), months=6,
                    instalment_amount=Decimal("100.00"), first_due_on=date(2025, 4, 1),
                    means=PaymentMeans.TRANSFER)
    )  # fmt: skip


def _promise(session: Session, debtor: Debtor, status: PromiseStatus) -> None:
    session.add(Promise(debtor_id=debtor.id, amount=Decimal("50.00"), due_on=date(2025, 3, 20),
                        status=status))  # fmt: skip


STAGES = [*Stage, None]
CLAIM_SHAPES: list[dict[str, Any]] = [
    {},
    {"fraud": True},
    {"procedure": Procedure.OVERINDEBTEDNESS},
    {"procedure": Procedure.INSOLVENCY},
    {"procedure": Procedure.FORCED},
    {"procedure": Procedure.INSPECTION},
    {"phase": Phase.ENFORCED},
    {"phase": Phase.LITIGATION},
    {"status": ClaimStatus.WRITTEN_OFF},
    {"status": ClaimStatus.AMICABLE_FAILED},
    {"status": ClaimStatus.PAID},
    {"exclusion_reason": ExclusionReason.INSPECTION},
    {"exclusion_reason": ExclusionReason.WRITTEN_OFF, "status": ClaimStatus.WRITTEN_OFF},
]


def _population(world: World, rng: random.Random, count: int) -> list[Debtor]:
    session = world.session
    other = world.organisation("OTHER")  # an organisation without any queue yet
    debtors = []
    for n in range(count):
        phones = rng.choice(["valid", "invalid", "none", "inactive", "both"])
        debtor = world.debtor(
            phone=None if phones in ("none", "inactive") else f"+3361{n:07d}",
            valid=phones != "invalid",
            zones=rng.choice(["Europe/Paris", "Indian/Reunion,Europe/Paris"]),
            org=other if n % 7 == 0 else None,
            to_locate=rng.random() < 0.3,
        )
        if phones == "inactive":
            _phone(session, debtor, f"+3362{n:07d}", valid=True, active=False)
        if phones == "both":
            _phone(session, debtor, f"+3363{n:07d}", valid=False, active=True)
        for _ in range(rng.choice([0, 1, 1, 2, 3])):
            shape = dict(rng.choice([{}] * 8 + CLAIM_SHAPES))  # mostly callable claims
            balance = rng.choice(["0.00", "15.50", "120.00", "1234.56"])
            if shape.get("status") is ClaimStatus.PAID:
                balance = "0.00"
            day = date(2025, 1, 1) + timedelta(days=rng.randrange(200))
            world.claim(
                debtor,
                balance,
                stage=rng.choice(STAGES),
                formal_notice_due_on=rng.choice([None, day]),
                limitation_on=rng.choice([None, day + timedelta(days=900)]),
                stage_since=rng.choice([None, day - timedelta(days=30)]),
                **shape,
            )
        debtors.append(debtor)
    return debtors


@pytest.mark.parametrize("everything", [False, True])
def test_bulk_sync_equals_per_debtor_sync_on_a_mixed_population(
    database: Database, monkeypatch: pytest.MonkeyPatch, everything: bool
) -> None:
    rng = random.Random(20251110)
    with database.sessions.begin() as session:
        world = make_world(session)
        agent = world.user("agent")
        debtors = _population(world, rng, 160)
        ids = None if everything else [d.id for d in debtors if d.id % 5 != 0]
        # First sync: every file is new.
        report, state = _both(session, ids, monkeypatch)
        assert report.changed > 0 and report.queued > 0 and report.to_locate > 0
        assert report.excluded > 0 and report.failed > 0 and report.closed > 0
        # The files live: agents lease, agree plans and promises, phones change, claims move.
        for debtor in debtors:
            item = session.scalars(
                select(WorkItem).where(WorkItem.debtor_id == debtor.id)
            ).one_or_none()
            roll = rng.random()
            if item is not None and roll < 0.15:
                item.status, item.leased_by_id = WorkItemStatus.LEASED, agent.user_id
                item.lease_token, item.lease_expires_at = f"t{debtor.id}", utc(2025, 3, 11, 9, 5)
            elif item is not None and roll < 0.45:
                item.status = WorkItemStatus.DONE
                choice = rng.random()
                if choice < 0.4:
                    _plan(session, debtor, rng.choice(list(PlanStatus)))
                elif choice < 0.8:
                    _promise(session, debtor, rng.choice(list(PromiseStatus)))
            elif item is not None and roll < 0.55:
                item.status = rng.choice(
                    [WorkItemStatus.FAILED, WorkItemStatus.EXCLUDED, WorkItemStatus.TO_LOCATE]
                )
            if item is not None:
                item.attempts = rng.randrange(4)
            if rng.random() < 0.2:
                _phone(session, debtor, f"+3364{debtor.id:07d}", valid=True, active=True)
            if rng.random() < 0.3:
                world.claim(debtor, rng.choice(["0.00", "70.00"]), stage=rng.choice(STAGES),
                            **rng.choice(CLAIM_SHAPES))  # fmt: skip
        session.flush()
        report, state = _both(session, ids, monkeypatch, LATER)
        assert report.held > 0 and report.changed > 0
        leased = [item for item in state["items"].values() if item.status == "leased"]
        assert leased and all(item.lease_token for item in leased)
        # A third sync with nothing new changes nothing, in both implementations.
        report, _ = _both(session, ids, monkeypatch, LATER)
        assert report.changed == 0


def test_bulk_sync_reloads_the_callers_objects(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync, "BULK_MIN", 1)
    with database.sessions.begin() as session:
        world = make_world(session)
        debtor = world.debtor(phone="06 12", valid=False)
        claim = world.claim(debtor, "300.00")
        sync_work_items(session, debtor_ids=[debtor.id], now=NOW)
        assert debtor.to_locate is True
        item = session.scalars(select(WorkItem).where(WorkItem.debtor_id == debtor.id)).one()
        assert item.status is WorkItemStatus.TO_LOCATE
        claim.balance, claim.status = Decimal("0.00"), ClaimStatus.PAID
        sync_work_items(session, debtor_ids=[debtor.id], now=LATER)
        assert item.status is WorkItemStatus.DONE and item.status_detail == "paid"
        assert item.updated_at == LATER
