"""Payment matching and the follow-up of plans and promises (SPEC.md §3.6)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from telerecouv.domain.enums import (
    ClaimStatus,
    ContactSource,
    InstalmentStatus,
    Origin,
    PaymentMeans,
    PlanStatus,
    PromiseStatus,
    Responsibility,
    Stage,
    WorkItemStatus,
)
from telerecouv.services.database import Database
from telerecouv.services.matching import match_payments
from telerecouv.services.queue.sync import sync_work_items
from telerecouv.store.models import (
    Claim,
    ContactPoint,
    Debtor,
    Instalment,
    Organisation,
    Payment,
    PaymentAllocation,
    PaymentPlan,
    PlanClaim,
    Promise,
    WorkItem,
)

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


@dataclass
class File:
    debtor_id: int
    claim_id: int
    org_id: int


def a_file(session: Session, balance: str = "300.00") -> File:
    org = session.scalar(select(Organisation))
    if org is None:
        org = Organisation(code="CAF-T", name="CAF-T")
        session.add(org)
        session.flush()
    n = session.query(Debtor).count() + 1
    debtor = Debtor(organisation_id=org.id, external_id=f"D{n}", last_name="Martin")
    session.add(debtor)
    session.flush()
    session.add(ContactPoint(debtor_id=debtor.id, value="+33612345678",
                             source=ContactSource.IMPORT))  # fmt: skip
    claim = Claim(
        organisation_id=org.id, debtor_id=debtor.id, external_id=f"C{n}", origin=Origin.BENEFIT,
        initial_amount=Decimal(balance), balance=Decimal(balance),
        responsibility=Responsibility.DEBTOR, stage=Stage.DEFAULT_M2,
        stage_since=date(2026, 9, 1),
    )  # fmt: skip
    session.add(claim)
    session.flush()
    return File(debtor.id, claim.id, org.id)


def a_plan(session: Session, f: File, dues: list[date], amount: str = "100.00") -> int:
    plan = PaymentPlan(
        debtor_id=f.debtor_id, status=PlanStatus.ACTIVE, total=Decimal(amount) * len(dues),
        months=len(dues), instalment_amount=Decimal(amount), first_due_on=dues[0],
        means=PaymentMeans.TRANSFER,
    )  # fmt: skip
    session.add(plan)
    session.flush()
    session.add(PlanClaim(plan_id=plan.id, claim_id=f.claim_id, amount=plan.total))
    for number, due in enumerate(dues, 1):
        session.add(Instalment(plan_id=plan.id, number=number, due_on=due, amount=Decimal(amount)))
    session.flush()
    return plan.id


def pay(session: Session, f: File, amount: str, on: date, ext: str) -> int:
    payment = Payment(organisation_id=f.org_id, external_id=ext, claim_id=f.claim_id,
                      amount=Decimal(amount), paid_on=on)  # fmt: skip
    session.add(payment)
    session.flush()
    return payment.id


def item(session: Session, f: File) -> WorkItem:
    found = session.scalar(select(WorkItem).where(WorkItem.debtor_id == f.debtor_id))
    assert found is not None
    return found


def test_instalments_paid_in_time_short_and_late(database: Database) -> None:
    with database.sessions.begin() as session:
        on_time, short, late = a_file(session), a_file(session), a_file(session)
        plans = [
            a_plan(session, f, [date(2026, 10, 5), date(2026, 11, 5), date(2026, 12, 5)])
            for f in (on_time, short, late)
        ]
        sync_work_items(session, debtor_ids=None, now=NOW)
        pay(session, on_time, "95.00", date(2026, 10, 8), "P1")  # 95 % within 3 days: kept
        pay(session, on_time, "100.00", date(2026, 11, 5), "P2")
        pay(session, short, "90.00", date(2026, 10, 5), "P3")  # short: missed after grace
        pay(session, late, "100.00", date(2026, 10, 9), "P4")  # 4 days late: plan broken
        report = match_payments(session, now=NOW)
    assert report.payments == 4 and report.allocated == Decimal("385.00")
    with database.sessions() as session:
        statuses = {
            plan_id: [i.status for i in session.scalars(
                select(Instalment).where(Instalment.plan_id == plan_id).order_by(Instalment.number)
            )]
            for plan_id in plans
        }  # fmt: skip
        plan_status = {p: session.get(PaymentPlan, p).status for p in plans}  # type: ignore[union-attr]
        claims = {f.claim_id: session.get(Claim, f.claim_id) for f in (on_time, short, late)}
        items = {f.claim_id: item(session, f) for f in (on_time, short, late)}
    due = InstalmentStatus.DUE
    assert statuses[plans[0]] == [InstalmentStatus.PAID, InstalmentStatus.PAID, due]
    assert statuses[plans[1]] == [InstalmentStatus.MISSED, due, due]
    assert statuses[plans[2]] == [InstalmentStatus.LATE, due, due]
    assert plan_status == {plans[0]: PlanStatus.ACTIVE, plans[1]: PlanStatus.BROKEN,
                           plans[2]: PlanStatus.BROKEN}  # fmt: skip
    assert claims[on_time.claim_id].balance == Decimal("105.00")  # type: ignore[union-attr]
    assert claims[short.claim_id].stage is Stage.BROKEN_PLAN  # type: ignore[union-attr]
    assert claims[late.claim_id].stage is Stage.BROKEN_PLAN  # type: ignore[union-attr]
    assert items[short.claim_id].status is WorkItemStatus.QUEUED
    assert items[short.claim_id].stage is Stage.BROKEN_PLAN
    assert (report.plans_broken, report.instalments_missed, report.instalments_late) == (2, 1, 1)


def test_promises_kept_and_missed(database: Database) -> None:
    with database.sessions.begin() as session:
        kept, missed = a_file(session), a_file(session)
        for f in (kept, missed):
            session.add(Promise(debtor_id=f.debtor_id, claim_id=f.claim_id,
                                amount=Decimal("200.00"), due_on=date(2026, 11, 10)))  # fmt: skip
        sync_work_items(session, debtor_ids=None, now=NOW)
        pay(session, kept, "190.00", date(2026, 11, 12), "P1")
        report = match_payments(session, now=NOW)
    with database.sessions() as session:
        promises = {p.debtor_id: p.status for p in session.scalars(select(Promise))}
        assert item(session, missed).stage is Stage.BROKEN_PROMISE
        assert item(session, missed).status is WorkItemStatus.QUEUED
    assert promises == {kept.debtor_id: PromiseStatus.KEPT, missed.debtor_id: PromiseStatus.BROKEN}
    assert (report.promises_kept, report.promises_broken) == (1, 1)


def test_a_claim_paid_off_closes_the_file_and_matching_is_idempotent(database: Database) -> None:
    with database.sessions.begin() as session:
        f = a_file(session)
        sync_work_items(session, debtor_ids=None, now=NOW)
        assert item(session, f).status is WorkItemStatus.QUEUED
        pay(session, f, "250.00", date(2026, 11, 2), "P1")
        pay(session, f, "100.00", date(2026, 11, 3), "P2")
        first = match_payments(session, now=NOW)
    with database.sessions.begin() as session:
        again = match_payments(session, now=NOW)
    with database.sessions() as session:
        claim = session.get(Claim, f.claim_id)
        assert claim is not None
        assert (claim.balance, claim.status) == (Decimal("0.00"), ClaimStatus.PAID)
        assert item(session, f).status is WorkItemStatus.DONE
        assert session.scalar(select(Payment.matched_at).where(Payment.external_id == "P2"))
        assert session.query(PaymentAllocation).count() == 0
    assert (first.claims_paid_off, first.overpaid) == (1, Decimal("50.00"))
    assert again.payments == 0 and again.claims_paid_off == 0
