"""A payment made in time but imported after the sweep broke the plan (SPEC.md §3.6).

Creditors' payment files arrive days after the payment date: the sweep of an earlier import
may have marked the instalment MISSED and broken the plan. The payment, once imported,
repairs the instalment and restores the plan, whatever the order of the imports.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from telerecouv.domain.enums import (
    CallbackScope,
    InstalmentStatus,
    PaymentMeans,
    PlanStatus,
    Reachability,
    Stage,
    WorkItemStatus,
)
from telerecouv.services.database import Database
from telerecouv.services.imports import ImportService
from telerecouv.services.matching import match_payments
from telerecouv.services.queue.sync import DETAIL_FOLLOW_UP_PLAN, sync_work_items
from telerecouv.store.models import (
    AuditEntry,
    CallAttempt,
    Claim,
    Debtor,
    Default,
    Instalment,
    PaymentAllocation,
    PaymentPlan,
    PlanClaim,
    WorkItem,
)
from tests.services.imports.helpers import (
    CLAIM_HEADER,
    DEBTOR_HEADER,
    SUPERVISOR,
    claim_line,
    debtor_line,
    organisation,
    write,
)
from tests.services.test_matching import File, a_file, a_plan, item, pay

IMPORTED_AT = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)  # the instalments below are due 19/11
PAYMENT_HEADER = "external_id;claim_external_id;amount;paid_on;means"


Importer = Callable[[str, str, str, list[str]], Any]


def two_files_at_m2(database: Database, tmp_path: Path) -> Importer:
    """An organisation, debtors D1 and D2 whose claims C1 and C2 are at DEFAULT_M2, imported
    on IMPORTED_AT; returns the importer of further files (every row must go in)."""
    organisation(database)
    imports = ImportService(database.sessions, clock=lambda: IMPORTED_AT)

    def run(kind: str, name: str, header: str, lines: list[str]) -> Any:
        report = imports.run(SUPERVISOR, kind, write(tmp_path / name, header, lines))
        assert report.rejected == 0, report.errors
        return report

    run("debtors", "d.csv", DEBTOR_HEADER, [debtor_line(f"D{n}") for n in (1, 2)])
    run("claims", "c.csv", CLAIM_HEADER, [claim_line(f"C{n}", f"D{n}") for n in (1, 2)])
    run("defaults", "f.csv", "claim_external_id;stage;occurred_on;formal_notice_due_on",
        [f"C{n};DEFAULT_M2;05/10/2026;" for n in (1, 2)])  # fmt: skip
    return run


def on_follow_up(session: Session, debtor_id: int) -> None:
    """The work item as a call that agreed the plan leaves it (services/queue/outcomes.py)."""
    found = session.scalar(select(WorkItem).where(WorkItem.debtor_id == debtor_id))
    assert found is not None
    found.status, found.status_detail = WorkItemStatus.DONE, DETAIL_FOLLOW_UP_PLAN


def agreed_plan(session: Session, claim_ext: str, dues: list[date], amount: str) -> int:
    claim = session.scalar(select(Claim).where(Claim.external_id == claim_ext))
    assert claim is not None
    plan = PaymentPlan(
        debtor_id=claim.debtor_id, status=PlanStatus.ACTIVE, total=Decimal(amount) * len(dues),
        months=len(dues), instalment_amount=Decimal(amount), first_due_on=dues[0],
        means=PaymentMeans.TRANSFER,
    )  # fmt: skip
    session.add(plan)
    session.flush()
    session.add(PlanClaim(plan_id=plan.id, claim_id=claim.id, amount=plan.total))
    for number, due in enumerate(dues, 1):
        session.add(Instalment(plan_id=plan.id, number=number, due_on=due, amount=Decimal(amount)))
    on_follow_up(session, claim.debtor_id)
    session.flush()
    return plan.id


def state_of(session: Session, plan_id: int) -> dict[str, Any]:
    """What the lead sees of a plan and its file (no ids: two files can be compared)."""
    plan = session.get(PaymentPlan, plan_id)
    assert plan is not None
    claim = session.scalar(
        select(Claim).join(PlanClaim, PlanClaim.claim_id == Claim.id)
        .where(PlanClaim.plan_id == plan_id)
    )  # fmt: skip
    assert claim is not None
    work = session.scalar(select(WorkItem).where(WorkItem.debtor_id == plan.debtor_id))
    assert work is not None
    instalments = session.scalars(
        select(Instalment).where(Instalment.plan_id == plan_id).order_by(Instalment.number)
    ).all()
    allocations = session.scalars(
        select(PaymentAllocation.amount).where(
            PaymentAllocation.instalment_id.in_([i.id for i in instalments])
        )
    ).all()
    return {
        "plan": plan.status,
        "instalments": [(i.status, i.paid_amount, i.paid_on) for i in instalments],
        "allocations": sorted(allocations),
        "claim": (claim.stage, claim.stage_since, claim.balance),
        "item": (work.status, work.status_detail, work.stage),
    }


def test_a_payment_imported_after_the_sweep_gives_the_same_state_as_in_order(
    database: Database, tmp_path: Path
) -> None:
    """The reviewer's repro: payment P-A (paid 19/11, imported after an import of 23/11 whose
    sweep broke its plan) ends in the same state as P-B (the same, imported first)."""
    run = two_files_at_m2(database, tmp_path)
    dues = [date(2026, 11, 19), date(2026, 12, 19)]
    with database.sessions.begin() as session:
        late_plan = agreed_plan(session, "C1", dues, "170.74")  # its payment imported late
        in_order = agreed_plan(session, "C2", dues, "170.74")  # imported before the sweep
    # P-B's import sweeps too: C1's instalment, due 19/11, has no payment on 23/11.
    swept = run("payments", "p1.csv", PAYMENT_HEADER, ["P-B;C2;170,74;19/11/2026;"])
    assert swept.details["matching"]["plans_broken"] == 1
    with database.sessions() as session:
        assert state_of(session, late_plan)["plan"] is PlanStatus.BROKEN
        assert state_of(session, late_plan)["claim"][0] is Stage.BROKEN_PLAN
        assert state_of(session, late_plan)["item"][2] is Stage.BROKEN_PLAN
    late = run("payments", "p2.csv", PAYMENT_HEADER, ["P-A;C1;170,74;19/11/2026;"])
    assert late.details["matching"]["plans_restored"] == 1
    assert late.details["matching"]["instalments_paid"] == 1
    with database.sessions() as session:
        restored, reference = state_of(session, late_plan), state_of(session, in_order)
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "plan.restored"))
        entries = [(a.entity_id, a.user_login, a.after) for a in audit]
    assert restored == reference
    assert restored["plan"] is PlanStatus.ACTIVE
    assert restored["instalments"][0] == (
        InstalmentStatus.PAID, Decimal("170.74"), date(2026, 11, 19)
    )  # fmt: skip
    assert restored["claim"][:2] == (Stage.DEFAULT_M2, date(2026, 10, 5))
    assert restored["item"][:2] == (WorkItemStatus.DONE, DETAIL_FOLLOW_UP_PLAN)
    assert len(entries) == 1 and entries[0][0] == str(late_plan) and entries[0][1] == "cli"
    assert entries[0][2] is not None and entries[0][2]["calls_after_break"] == 0


def broken_by_the_sweep(
    session: Session, dues: list[date], *, stage: Stage = Stage.DEFAULT_M1
) -> tuple[File, int]:
    """A file on plan follow-up whose first instalment the sweep of 23/11 finds missed."""
    f = a_file(session, "600.00")
    claim = session.get(Claim, f.claim_id)
    assert claim is not None
    claim.stage, claim.stage_since = stage, date(2026, 8, 1)
    plan_id = a_plan(session, f, dues)
    sync_work_items(session, debtor_ids=[f.debtor_id], now=IMPORTED_AT)
    on_follow_up(session, f.debtor_id)
    report = match_payments(session, now=IMPORTED_AT)
    assert report.plans_broken == 1
    link = session.scalar(select(PlanClaim).where(PlanClaim.plan_id == plan_id))
    assert link is not None and link.stage_before_break is stage
    assert claim.stage is Stage.BROKEN_PLAN
    assert item(session, f).status is WorkItemStatus.QUEUED
    assert item(session, f).stage is Stage.BROKEN_PLAN
    return f, plan_id


def test_restore_gives_back_the_stage_and_takes_the_file_out_of_the_broken_plan_queue(
    database: Database,
) -> None:
    with database.sessions.begin() as session:
        f, plan_id = broken_by_the_sweep(session, [date(2026, 11, 19), date(2026, 12, 19)])
        pay(session, f, "100.00", date(2026, 11, 22), "P1")  # the last day of grace
        report = match_payments(session, now=IMPORTED_AT)
    assert (report.plans_restored, report.instalments_paid, report.plans_broken) == (1, 1, 0)
    assert report.to_json()["plans_restored"] == 1
    with database.sessions() as session:
        plan = session.get(PaymentPlan, plan_id)
        claim = session.get(Claim, f.claim_id)
        link = session.scalar(select(PlanClaim).where(PlanClaim.plan_id == plan_id))
        work = item(session, f)
        assert plan is not None and plan.status is PlanStatus.ACTIVE
        assert claim is not None and claim.stage is Stage.DEFAULT_M1
        assert link is not None and link.stage_before_break is None
        assert (work.status, work.status_detail) == (WorkItemStatus.DONE, DETAIL_FOLLOW_UP_PLAN)
        assert work.stage is Stage.DEFAULT_M1


def test_paid_after_the_grace_days_the_plan_stays_broken(database: Database) -> None:
    with database.sessions.begin() as session:
        f, plan_id = broken_by_the_sweep(session, [date(2026, 11, 19), date(2026, 12, 19)])
        pay(session, f, "100.00", date(2026, 11, 23), "P1")  # one day after the grace days
        report = match_payments(session, now=IMPORTED_AT)
    assert (report.plans_restored, report.instalments_paid, report.allocated) == (0, 0, 0)
    with database.sessions() as session:
        plan = session.get(PaymentPlan, plan_id)
        claim = session.get(Claim, f.claim_id)
        assert plan is not None and plan.status is PlanStatus.BROKEN
        assert claim is not None and claim.stage is Stage.BROKEN_PLAN
        assert claim.balance == Decimal("500.00")  # the payment still lowers the balance
        assert item(session, f).stage is Stage.BROKEN_PLAN
        assert item(session, f).status is WorkItemStatus.QUEUED


def test_two_missed_instalments_one_repaired_the_plan_stays_broken(database: Database) -> None:
    with database.sessions.begin() as session:
        f, plan_id = broken_by_the_sweep(session, [date(2026, 10, 19), date(2026, 11, 19)])
        second = session.scalar(
            select(Instalment).where(Instalment.plan_id == plan_id, Instalment.number == 2)
        )
        assert second is not None
        second.status = InstalmentStatus.MISSED  # e.g. a plan restored once, then missed again
        pay(session, f, "100.00", date(2026, 10, 20), "P1")  # repairs the first one only
        report = match_payments(session, now=IMPORTED_AT)
    assert (report.instalments_paid, report.plans_restored) == (1, 0)
    with database.sessions() as session:
        statuses = session.scalars(
            select(Instalment.status).where(Instalment.plan_id == plan_id)
            .order_by(Instalment.number)
        ).all()  # fmt: skip
        plan = session.get(PaymentPlan, plan_id)
        assert statuses == [InstalmentStatus.PAID, InstalmentStatus.MISSED]
        assert plan is not None and plan.status is PlanStatus.BROKEN
        assert item(session, f).stage is Stage.BROKEN_PLAN


def test_a_restored_plan_with_another_instalment_overdue_breaks_again(database: Database) -> None:
    """Both instalments are past their grace days: the sweep marked only the first (the plan
    broke), the payment repairs it, the sweep of the same run finds the second missed."""
    with database.sessions.begin() as session:
        f, plan_id = broken_by_the_sweep(session, [date(2026, 10, 19), date(2026, 11, 5)])
        pay(session, f, "100.00", date(2026, 10, 20), "P1")
        report = match_payments(session, now=IMPORTED_AT)
    assert (report.plans_restored, report.instalments_missed, report.plans_broken) == (1, 1, 1)
    with database.sessions() as session:
        plan = session.get(PaymentPlan, plan_id)
        link = session.scalar(select(PlanClaim).where(PlanClaim.plan_id == plan_id))
        assert plan is not None and plan.status is PlanStatus.BROKEN
        assert link is not None and link.stage_before_break is Stage.DEFAULT_M1
        assert item(session, f).stage is Stage.BROKEN_PLAN


def test_calls_made_after_the_break_are_kept_and_audited(database: Database) -> None:
    with database.sessions.begin() as session:
        f, plan_id = broken_by_the_sweep(session, [date(2026, 11, 19), date(2026, 12, 19)])
        work = item(session, f)
        callback = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
        session.add(CallAttempt(
            organisation_id=f.org_id, debtor_id=f.debtor_id, work_item_id=work.id,
            started_at=datetime(2026, 11, 23, 11, 0, tzinfo=UTC),
            reachability=Reachability.RIGHT_PARTY, callback_at=callback,
        ))  # fmt: skip
        work.attempts, work.callback_at = 1, callback
        work.callback_scope = CallbackScope.TEAM
        pay(session, f, "100.00", date(2026, 11, 20), "P1")
        later = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
        report = match_payments(session, now=later)
    assert report.plans_restored == 1
    with database.sessions() as session:
        plan = session.get(PaymentPlan, plan_id)
        work = item(session, f)
        calls = session.scalars(select(CallAttempt).where(CallAttempt.debtor_id == f.debtor_id))
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "plan.restored"))
        debtor = session.get(Debtor, f.debtor_id)
        assert plan is not None and plan.status is PlanStatus.ACTIVE
        assert debtor is not None
        # The call-back the debtor asked for stays; the file waits in the queue of the
        # claim's stage before the break, with its attempt counted.
        assert (work.status, work.callback_at, work.attempts) == (
            WorkItemStatus.QUEUED, callback, 1
        )  # fmt: skip
        assert work.stage is Stage.DEFAULT_M1
        assert len(list(calls)) == 1
        assert entry is not None and entry.user_login == "cli"
        assert entry.after is not None and entry.after["calls_after_break"] == 1
        assert entry.after["work_item"] == WorkItemStatus.QUEUED.value


def test_a_plan_agreed_since_the_break_keeps_the_payment(database: Database) -> None:
    """The agent agreed a new plan over the claim after the break: the old one stays broken
    (a claim is in one active plan at most) and the payment goes to the new one."""
    with database.sessions.begin() as session:
        f, old_plan = broken_by_the_sweep(session, [date(2026, 11, 19), date(2026, 12, 19)])
        new_plan = a_plan(session, f, [date(2026, 11, 30), date(2026, 12, 30)])
        pay(session, f, "100.00", date(2026, 11, 20), "P1")
        report = match_payments(session, now=IMPORTED_AT)
    assert (report.plans_restored, report.instalments_paid) == (0, 1)
    with database.sessions() as session:
        plans = {p.id: p.status for p in session.scalars(select(PaymentPlan))}
        first = session.scalar(
            select(Instalment).where(Instalment.plan_id == old_plan, Instalment.number == 1)
        )
        assert plans == {old_plan: PlanStatus.BROKEN, new_plan: PlanStatus.ACTIVE}
        assert first is not None and first.status is InstalmentStatus.MISSED
        assert first.paid_amount == Decimal("0.00")


def test_a_plan_broken_before_the_stage_was_kept_gets_its_latest_default(
    database: Database,
) -> None:
    """Plans broken before migration 0008 have no stage_before_break: the claim takes the
    stage of its latest default, as the defaults import sets it; no default: BROKEN_PLAN."""
    with database.sessions.begin() as session:
        with_default, plan_a = broken_by_the_sweep(session, [date(2026, 11, 19)])
        without, plan_b = broken_by_the_sweep(session, [date(2026, 11, 19)])
        for plan_id in (plan_a, plan_b):
            link = session.scalar(select(PlanClaim).where(PlanClaim.plan_id == plan_id))
            assert link is not None
            link.stage_before_break = None
        session.add_all([
            Default(claim_id=with_default.claim_id, stage=Stage.DEFAULT_M1,
                    occurred_on=date(2026, 7, 5)),
            Default(claim_id=with_default.claim_id, stage=Stage.DEFAULT_M2,
                    occurred_on=date(2026, 9, 5)),
        ])  # fmt: skip
        pay(session, with_default, "100.00", date(2026, 11, 19), "P1")
        pay(session, without, "100.00", date(2026, 11, 19), "P2")
        report = match_payments(session, now=IMPORTED_AT)
    assert report.plans_restored == 2
    with database.sessions() as session:
        restored = session.get(Claim, with_default.claim_id)
        unknown = session.get(Claim, without.claim_id)
        assert restored is not None and unknown is not None
        assert (restored.stage, restored.stage_since) == (Stage.DEFAULT_M2, date(2026, 9, 5))
        assert unknown.stage is Stage.BROKEN_PLAN
