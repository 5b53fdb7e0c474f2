"""A payment made in time but imported after the sweep broke the promise (SPEC.md §3.6).

As for plans (test_matching_late.py): the sweep of an earlier import may have broken a
promise whose payment, made in time, is in a later file. Once imported, the payment keeps the
promise after all and its claims get back their stage, whatever the order of the imports.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from telerecouv.domain.enums import (
    Origin,
    PromiseStatus,
    Responsibility,
    Stage,
    WorkItemStatus,
)
from telerecouv.services.database import Database
from telerecouv.services.matching import BROKEN_BY_LATE_PAYMENT, BROKEN_BY_SWEEP, match_payments
from telerecouv.services.queue.sync import DETAIL_FOLLOW_UP_PROMISE, sync_work_items
from telerecouv.store.models import (
    AuditEntry,
    Claim,
    Default,
    PaymentAllocation,
    Promise,
    WorkItem,
)
from tests.services.test_matching import File, a_file, item, pay
from tests.services.test_matching_late import IMPORTED_AT, PAYMENT_HEADER, two_files_at_m2

DUE = date(2026, 11, 19)  # grace days over on 22/11: the sweep of 23/11 breaks the promise


def on_promise_follow_up(session: Session, debtor_id: int) -> None:
    """The work item as a call that got the promise leaves it (services/queue/outcomes.py)."""
    found = session.scalar(select(WorkItem).where(WorkItem.debtor_id == debtor_id))
    assert found is not None
    found.status, found.status_detail = WorkItemStatus.DONE, DETAIL_FOLLOW_UP_PROMISE


def promised(session: Session, debtor_id: int, claim_id: int | None, amount: str) -> int:
    promise = Promise(
        debtor_id=debtor_id, claim_id=claim_id, amount=Decimal(amount), due_on=DUE
    )  # fmt: skip
    session.add(promise)
    session.flush()
    on_promise_follow_up(session, debtor_id)
    session.flush()
    return promise.id


def state_of(session: Session, promise_id: int) -> dict[str, Any]:
    """What the lead sees of a promise and its file (no ids: two files can be compared)."""
    promise = session.get(Promise, promise_id)
    assert promise is not None
    claims = session.scalars(
        select(Claim).where(Claim.debtor_id == promise.debtor_id).order_by(Claim.id)
    ).all()
    work = session.scalar(select(WorkItem).where(WorkItem.debtor_id == promise.debtor_id))
    assert work is not None
    allocations = session.scalars(
        select(PaymentAllocation.amount).where(PaymentAllocation.promise_id == promise_id)
    ).all()
    return {
        "promise": (promise.status, promise.paid_amount, promise.broken_by),
        "before_break": (promise.stage_before_break, promise.stages_before_break),
        "allocations": sorted(allocations),
        "claims": [(c.stage, c.stage_since, c.balance, c.status) for c in claims],
        "item": (work.status, work.status_detail, work.stage, work.attempts),
    }


def test_a_payment_imported_after_the_sweep_keeps_the_promise_as_in_order(
    database: Database, tmp_path: Path
) -> None:
    """P-A (paid 20/11, imported after an import of 23/11 whose sweep broke its promise) ends
    in the same state as P-B (the same, imported first)."""
    run = two_files_at_m2(database, tmp_path)
    with database.sessions.begin() as session:
        ids = {}
        for ext in ("C1", "C2"):
            claim = session.scalar(select(Claim).where(Claim.external_id == ext))
            assert claim is not None
            ids[ext] = promised(session, claim.debtor_id, claim.id, "170.74")
        late, in_order = ids["C1"], ids["C2"]
    swept = run("payments", "p1.csv", PAYMENT_HEADER, ["P-B;C2;170,74;20/11/2026;"])
    assert swept.details["matching"]["promises_broken"] == 1
    assert swept.details["matching"]["promises_kept"] == 1
    with database.sessions() as session:
        broken = state_of(session, late)
        assert broken["promise"][::2] == (PromiseStatus.BROKEN, BROKEN_BY_SWEEP)
        assert broken["before_break"] == (Stage.DEFAULT_M2, None)
        assert broken["claims"][0][0] is Stage.BROKEN_PROMISE
        assert broken["item"][::2][:2] == (WorkItemStatus.QUEUED, Stage.BROKEN_PROMISE)
    kept = run("payments", "p2.csv", PAYMENT_HEADER, ["P-A;C1;170,74;20/11/2026;"])
    assert kept.details["matching"]["promises_restored"] == 1
    assert kept.details["matching"]["promises_kept"] == 1
    with database.sessions() as session:
        restored, reference = state_of(session, late), state_of(session, in_order)
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "promise.restored"))
        entries = [(a.entity_id, a.user_login, a.before, a.after) for a in audit]
    assert restored == reference
    assert restored["promise"] == (PromiseStatus.KEPT, Decimal("170.74"), None)
    assert restored["claims"][0][:2] == (Stage.DEFAULT_M2, date(2026, 10, 5))
    assert restored["item"][2] is Stage.DEFAULT_M2
    assert len(entries) == 1 and entries[0][:2] == (str(late), "cli")
    before, after = entries[0][2], entries[0][3]
    assert before is not None and before["stages"] == {"C1": Stage.BROKEN_PROMISE.value}
    assert after is not None and after["stages"] == {"C1": Stage.DEFAULT_M2.value}
    assert after["calls_after_break"] == 0 and after["payment"] == "P-A"


def broken_by_the_sweep(session: Session, f: File, claim_id: int | None, amount: str) -> int:
    """A promise on follow-up that the sweep of 23/11 breaks."""
    sync_work_items(session, debtor_ids=[f.debtor_id], now=IMPORTED_AT)
    promise_id = promised(session, f.debtor_id, claim_id, amount)
    report = match_payments(session, now=IMPORTED_AT)
    assert report.promises_broken == 1
    promise = session.get(Promise, promise_id)
    assert promise is not None and promise.broken_by == BROKEN_BY_SWEEP
    assert item(session, f).status is WorkItemStatus.QUEUED
    assert item(session, f).stage is Stage.BROKEN_PROMISE
    return promise_id


def with_default(session: Session, f: File, stage: Stage, since: date) -> None:
    """The claim at `stage` since `since`, as the defaults import leaves it."""
    claim = session.get(Claim, f.claim_id)
    assert claim is not None
    claim.stage, claim.stage_since = stage, since
    session.add(Default(claim_id=claim.id, stage=stage, occurred_on=since))
    session.flush()


def test_paid_after_the_grace_days_the_promise_stays_broken(database: Database) -> None:
    with database.sessions.begin() as session:
        f = a_file(session, "600.00")
        promise_id = broken_by_the_sweep(session, f, f.claim_id, "200.00")
        pay(session, f, "200.00", date(2026, 11, 23), "P1")  # one day after the grace days
        report = match_payments(session, now=IMPORTED_AT)
    assert (report.promises_restored, report.promises_kept) == (0, 0)
    assert report.allocated == Decimal("0.00")
    with database.sessions() as session:
        state = state_of(session, promise_id)
        assert state["promise"] == (PromiseStatus.BROKEN, Decimal("0.00"), BROKEN_BY_SWEEP)
        assert state["allocations"] == []
        assert state["claims"][0][0] is Stage.BROKEN_PROMISE
        assert state["claims"][0][2] == Decimal("400.00")  # the payment lowers the balance
        assert state["item"][::2][:2] == (WorkItemStatus.QUEUED, Stage.BROKEN_PROMISE)


def test_a_promise_on_no_claim_gives_every_claim_back_its_stage(database: Database) -> None:
    with database.sessions.begin() as session:
        first = a_file(session, "600.00")
        with_default(session, first, Stage.DEFAULT_M1, date(2026, 8, 1))
        second_claim = Claim(
            organisation_id=first.org_id, debtor_id=first.debtor_id, external_id="C1-B",
            origin=Origin.BENEFIT, initial_amount=Decimal("300.00"), balance=Decimal("300.00"),
            responsibility=Responsibility.DEBTOR, stage=Stage.DEFAULT_M2,
            stage_since=date(2026, 9, 5),
        )  # fmt: skip
        session.add(second_claim)
        session.flush()
        second = File(first.debtor_id, second_claim.id, first.org_id)
        with_default(session, second, Stage.DEFAULT_M2, date(2026, 9, 5))
        promise_id = broken_by_the_sweep(session, first, None, "200.00")
        promise = session.get(Promise, promise_id)
        assert promise is not None and promise.stage_before_break is None
        assert promise.stages_before_break == {
            str(first.claim_id): Stage.DEFAULT_M1.value,
            str(second.claim_id): Stage.DEFAULT_M2.value,
        }
        # Paid in two parts, in time, on either claim: the first is not enough.
        pay(session, second, "120.00", date(2026, 11, 21), "P1")
        report = match_payments(session, now=IMPORTED_AT)
        assert (report.allocated, report.promises_restored) == (Decimal("120.00"), 0)
        pay(session, first, "80.00", date(2026, 11, 22), "P2")  # the last day of grace
        report = match_payments(session, now=IMPORTED_AT)
    assert (report.promises_restored, report.promises_kept) == (1, 1)
    assert report.to_json()["promises_restored"] == 1
    with database.sessions() as session:
        state = state_of(session, promise_id)
        assert state["promise"] == (PromiseStatus.KEPT, Decimal("200.00"), None)
        assert state["before_break"] == (None, None)
        assert [c[:2] for c in state["claims"]] == [
            (Stage.DEFAULT_M1, date(2026, 8, 1)),
            (Stage.DEFAULT_M2, date(2026, 9, 5)),
        ]
        assert state["item"][2] is not Stage.BROKEN_PROMISE
        assert state["item"][0] is WorkItemStatus.QUEUED  # kept: calls resume, as in order


def test_a_promise_broken_by_a_late_payment_is_not_restored(database: Database) -> None:
    with database.sessions.begin() as session:
        f = a_file(session, "600.00")
        sync_work_items(session, debtor_ids=[f.debtor_id], now=IMPORTED_AT)
        promise_id = promised(session, f.debtor_id, f.claim_id, "200.00")
        pay(session, f, "200.00", date(2026, 11, 23), "P1")  # paid enough, but late
        report = match_payments(session, now=IMPORTED_AT)
        assert (report.promises_broken, report.promises_kept) == (1, 0)
        promise = session.get(Promise, promise_id)
        assert promise is not None and promise.broken_by == BROKEN_BY_LATE_PAYMENT
        pay(session, f, "200.00", date(2026, 11, 20), "P2")  # in time, imported after
        report = match_payments(session, now=IMPORTED_AT)
    assert (report.promises_restored, report.promises_kept) == (0, 0)
    assert report.allocated == Decimal("0.00")
    with database.sessions() as session:
        state = state_of(session, promise_id)
        assert state["promise"] == (PromiseStatus.BROKEN, Decimal("200.00"), BROKEN_BY_LATE_PAYMENT)
        assert state["claims"][0][0] is Stage.BROKEN_PROMISE
        assert (
            session.scalar(select(AuditEntry).where(AuditEntry.action == "promise.restored"))
            is None
        )
