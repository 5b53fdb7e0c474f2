"""Payment matching and the follow-up of plans and promises (SPEC.md §3.6).

`match_payments` runs in the CALLER's transaction: after each payments import, and as a
scheduled sweep. It is idempotent: a payment is matched once (`payments.matched_at`), and the
sweep only looks at instalments and promises still open.

1. Each unmatched payment lowers its claim's balance (never below zero; the excess is
   reported as overpaid). A claim whose balance reaches zero is paid off: it closes, and a
   plan whose claims are all paid off is completed.
2. The payment is allocated to the debtor's open instalments (of active plans covering the
   claim) and pending promises (for that claim or for no claim in particular), oldest due
   first. An instalment or a promise is *kept* when at least the organisation's threshold
   share of it (default 95 %) is paid no later than its due date plus the grace days
   (default 3).
3. Paid enough but after the grace days: the instalment is LATE and the plan is broken; the
   promise is broken. An instalment or a promise whose grace days are over without enough
   paid is MISSED / BROKEN.
4. A broken plan puts its claims at stage BROKEN_PLAN, a broken promise its claim (or the
   debtor's open claims) at BROKEN_PROMISE, and the file re-enters the queue of that stage.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from telerecouv.domain.enums import (
    ClaimStatus,
    InstalmentStatus,
    PlanStatus,
    PromiseStatus,
    Stage,
)
from telerecouv.store.models import (
    Claim,
    Debtor,
    Instalment,
    Organisation,
    Payment,
    PaymentAllocation,
    PaymentPlan,
    PlanClaim,
    Promise,
)

ZERO = Decimal("0.00")
CHUNK = 500


@dataclass
class MatchReport:
    payments: int = 0  # payments matched by this run
    amount: Decimal = ZERO  # their total
    allocated: Decimal = ZERO  # the part that went to instalments and promises
    overpaid: Decimal = ZERO  # beyond the claims' balances
    claims_paid_off: int = 0
    instalments_paid: int = 0
    instalments_late: int = 0
    instalments_missed: int = 0
    promises_kept: int = 0
    promises_broken: int = 0
    plans_completed: int = 0
    plans_broken: int = 0
    requeued: list[int] = field(default_factory=list)  # debtor ids back in a queue

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("amount", "allocated", "overpaid"):
            data[key] = str(data[key])
        data["requeued"] = len(self.requeued)
        return data


@dataclass(frozen=True)
class _Rules:
    threshold: Decimal
    grace: timedelta
    zone: ZoneInfo


class _Matcher:
    def __init__(self, session: Session, now: datetime) -> None:
        self.session = session
        self.now = now
        self.report = MatchReport()
        self._rules: dict[int, _Rules] = {}
        self._debtor_org: dict[int, int] = {}
        self.broken: dict[int, set[tuple[Stage, int | None]]] = {}  # debtor -> (stage, claim)
        self.touched: set[int] = set()

    def rules(self, debtor_id: int) -> _Rules:
        org_id = self._debtor_org.get(debtor_id)
        if org_id is None:
            org_id = int(self.session.scalar(
                select(Debtor.organisation_id).where(Debtor.id == debtor_id)
            ) or 0)  # fmt: skip
            self._debtor_org[debtor_id] = org_id
        rules = self._rules.get(org_id)
        if rules is None:
            org = self.session.get(Organisation, org_id)
            assert org is not None
            rules = _Rules(
                org.promise_kept_threshold, timedelta(days=org.promise_grace_days),
                ZoneInfo(org.timezone),
            )  # fmt: skip
            self._rules[org_id] = rules
        return rules

    def today(self, debtor_id: int) -> date:
        return self.now.astimezone(self.rules(debtor_id).zone).date()

    def kept(self, debtor_id: int, paid: Decimal, amount: Decimal) -> bool:
        return paid >= (amount * self.rules(debtor_id).threshold).quantize(Decimal("0.01"))

    # -- 1 and 2: payments ----------------------------------------------------------------------

    def match(self, payment: Payment) -> None:
        claim = self.session.get(Claim, payment.claim_id)
        assert claim is not None
        report = self.report
        report.payments += 1
        report.amount += payment.amount
        taken = min(payment.amount, claim.balance)
        report.overpaid += payment.amount - taken
        if taken:
            claim.balance -= taken
        if claim.balance == ZERO and claim.status is ClaimStatus.OPEN:
            claim.status = ClaimStatus.PAID
            report.claims_paid_off += 1
        self.touched.add(claim.debtor_id)
        left = payment.amount
        for target in self._targets(claim):
            if left <= ZERO:
                break
            share = min(left, target.amount - target.paid_amount)
            if share <= ZERO:
                continue
            left -= share
            target.paid_amount += share
            report.allocated += share
            self.session.add(
                PaymentAllocation(
                    payment_id=payment.id,
                    instalment_id=target.id if isinstance(target, Instalment) else None,
                    promise_id=target.id if isinstance(target, Promise) else None,
                    amount=share,
                )
            )
            self._settle(target, claim.debtor_id, payment.paid_on)
        payment.matched_at = self.now

    def _targets(self, claim: Claim) -> list[Instalment | Promise]:
        instalments = self.session.scalars(
            select(Instalment)
            .join(PaymentPlan, PaymentPlan.id == Instalment.plan_id)
            .join(PlanClaim, PlanClaim.plan_id == PaymentPlan.id)
            .where(
                PlanClaim.claim_id == claim.id,
                PaymentPlan.status == PlanStatus.ACTIVE,
                Instalment.status.in_([InstalmentStatus.DUE, InstalmentStatus.MISSED]),
            )
        ).all()
        promises = self.session.scalars(
            select(Promise).where(
                Promise.debtor_id == claim.debtor_id,
                Promise.status == PromiseStatus.PENDING,
                (Promise.claim_id == claim.id) | Promise.claim_id.is_(None),
            )
        ).all()
        targets: list[Instalment | Promise] = [*instalments, *promises]
        targets.sort(key=lambda t: (t.due_on, 0 if isinstance(t, Instalment) else 1, t.id))
        return targets

    def _settle(self, target: Instalment | Promise, debtor_id: int, paid_on: date) -> None:
        """Decide a target once enough of it is paid (kept, or paid late)."""
        if not self.kept(debtor_id, target.paid_amount, target.amount):
            return
        in_time = paid_on <= target.due_on + self.rules(debtor_id).grace
        if isinstance(target, Promise):
            if in_time:
                target.status = PromiseStatus.KEPT
                self.report.promises_kept += 1
            else:
                self._break_promise(target)
            return
        was_missed = target.status is InstalmentStatus.MISSED
        target.paid_on = paid_on
        if in_time and not was_missed:
            target.status = InstalmentStatus.PAID
            self.report.instalments_paid += 1
            self._maybe_complete(target.plan_id)
        else:
            target.status = InstalmentStatus.LATE
            self.report.instalments_late += 1
            if not was_missed:
                self._break_plan(target.plan_id)

    # -- 3: the sweep ---------------------------------------------------------------------------

    def sweep(self) -> None:
        for instalment, debtor_id in self.session.execute(
            select(Instalment, PaymentPlan.debtor_id)
            .join(PaymentPlan, PaymentPlan.id == Instalment.plan_id)
            .where(
                PaymentPlan.status == PlanStatus.ACTIVE,
                Instalment.status == InstalmentStatus.DUE,
                Instalment.due_on < self.now.date(),
            )
            .order_by(Instalment.due_on, Instalment.id)
        ).all():
            if instalment.due_on + self.rules(debtor_id).grace >= self.today(debtor_id):
                continue
            plan = self.session.get(PaymentPlan, instalment.plan_id)
            if plan is None or plan.status is not PlanStatus.ACTIVE:
                continue  # broken by an earlier instalment: the file is already back in queue
            instalment.status = InstalmentStatus.MISSED
            self.report.instalments_missed += 1
            self._break_plan(instalment.plan_id)
        for promise in self.session.scalars(
            select(Promise)
            .where(Promise.status == PromiseStatus.PENDING, Promise.due_on < self.now.date())
            .order_by(Promise.due_on, Promise.id)
        ).all():
            if promise.due_on + self.rules(promise.debtor_id).grace >= self.today(
                promise.debtor_id
            ):
                continue
            self._break_promise(promise)

    # -- plans, promises and their files --------------------------------------------------------

    def _claims_of_plan(self, plan_id: int) -> list[Claim]:
        return list(
            self.session.scalars(
                select(Claim).join(PlanClaim, PlanClaim.claim_id == Claim.id)
                .where(PlanClaim.plan_id == plan_id)
            )
        )  # fmt: skip

    def _maybe_complete(self, plan_id: int) -> None:
        plan = self.session.get(PaymentPlan, plan_id)
        if plan is None or plan.status is not PlanStatus.ACTIVE:
            return
        self.session.flush()
        open_left = self.session.scalar(
            select(Instalment.id).where(
                Instalment.plan_id == plan_id, Instalment.status != InstalmentStatus.PAID
            )
        )
        paid_off = all(claim.balance == ZERO for claim in self._claims_of_plan(plan_id))
        if open_left is None or paid_off:
            plan.status = PlanStatus.COMPLETED
            self.report.plans_completed += 1
            self.touched.add(plan.debtor_id)

    def _break_plan(self, plan_id: int) -> None:
        plan = self.session.get(PaymentPlan, plan_id)
        if plan is None or plan.status is not PlanStatus.ACTIVE:
            return
        plan.status = PlanStatus.BROKEN
        self.report.plans_broken += 1
        for claim in self._claims_of_plan(plan_id):
            self._restage(claim, Stage.BROKEN_PLAN)
        self.broken.setdefault(plan.debtor_id, set()).add((Stage.BROKEN_PLAN, None))

    def _break_promise(self, promise: Promise) -> None:
        promise.status = PromiseStatus.BROKEN
        self.report.promises_broken += 1
        if promise.claim_id is not None:
            claims = [c for c in [self.session.get(Claim, promise.claim_id)] if c is not None]
        else:
            claims = list(self.session.scalars(
                select(Claim).where(Claim.debtor_id == promise.debtor_id,
                                    Claim.status == ClaimStatus.OPEN)
            ))  # fmt: skip
        for claim in claims:
            self._restage(claim, Stage.BROKEN_PROMISE)
        self.broken.setdefault(promise.debtor_id, set()).add((Stage.BROKEN_PROMISE, None))

    def _restage(self, claim: Claim, stage: Stage) -> None:
        if claim.status is not ClaimStatus.OPEN or claim.balance <= ZERO:
            return
        claim.stage = stage
        claim.stage_since = self.today(claim.debtor_id)

    # -- 4: back to the queue -------------------------------------------------------------------

    def requeue(self) -> None:
        self.session.flush()
        from telerecouv.services.queue.outcomes import requeue_broken
        from telerecouv.services.queue.sync import sync_work_items

        if self.touched or self.broken:
            sync_work_items(
                self.session, debtor_ids=sorted(self.touched | set(self.broken)), now=self.now
            )
        for debtor_id, stages in sorted(self.broken.items()):
            for stage, _ in sorted(stages, key=lambda s: s[0].value):
                requeue_broken(self.session, debtor_id, stage, self.now)
            self.report.requeued.append(debtor_id)


def match_payments(
    session: Session, *, now: datetime, payment_ids: Sequence[int] | None = None
) -> MatchReport:
    """Match unmatched payments (all, or those given), then sweep plans and promises due."""
    matcher = _Matcher(session, now)
    query = select(Payment).where(Payment.matched_at.is_(None))
    ids = list(payment_ids) if payment_ids is not None else None
    chunks = [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)] if ids is not None else [None]
    for chunk in chunks:
        selected = query if chunk is None else query.where(Payment.id.in_(chunk))
        for payment in session.scalars(selected.order_by(Payment.paid_on, Payment.id)).all():
            matcher.match(payment)
    session.flush()
    matcher.sweep()
    matcher.requeue()
    return matcher.report
