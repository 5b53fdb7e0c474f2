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
4. A broken plan puts its claims at stage BROKEN_PLAN (each claim's stage before the break is
   kept in `plan_claims.stage_before_break`), a broken promise its claim (or the debtor's open
   claims) at BROKEN_PROMISE, and the file re-enters the queue of that stage.
5. Payment files often arrive days after the payment: a payment made in time may be imported
   after the sweep has marked its instalment MISSED and broken the plan. A payment dated no
   later than the due date plus the grace days of a MISSED instalment of a BROKEN plan is
   allocated to it too (unless another plan, active or waiting for approval, now covers one
   of the plan's claims). Paid enough, the instalment was kept after all: PAID. A plan left
   without MISSED or LATE instalments is *restored*: ACTIVE again (or COMPLETED), its claims
   get back their stage before the break, and a file waiting in a queue without a call-back
   goes back to plan follow-up. Calls made after the break are kept as they are; the restore
   is audited as the system actor, with the number of those calls. A payment dated after the
   grace days is not allocated to a broken plan: it stays broken (its money goes to what the
   agents agreed since, e.g. a promise).
6. The same for promises: a payment dated no later than the due date plus the grace days of
   a promise the SWEEP broke (`promises.broken_by`; not one broken because it was paid late,
   nor one broken before migration 0008) for the payment's claim or for no claim in
   particular is allocated to it too, oldest due first with the other targets. Paid enough,
   the promise was kept after all: KEPT. The claims it put at BROKEN_PROMISE get back their
   stage before the break (`promises.stage_before_break`, or `stages_before_break` for a
   promise on no claim; unknown: the latest default's, as for plans), and a file waiting in a
   queue without a call-back leaves it as a kept promise leaves follow-up. Audited as the
   system actor, like a plan restore; calls made since the break are kept as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from telerecouv.domain.enums import (
    ClaimStatus,
    InstalmentStatus,
    PlanStatus,
    PromiseStatus,
    Stage,
    WorkItemStatus,
)
from telerecouv.services import audit
from telerecouv.services.permissions import SYSTEM
from telerecouv.services.queue.sync import DETAIL_FOLLOW_UP_PLAN, DETAIL_FOLLOW_UP_PROMISE
from telerecouv.store.models import (
    CallAttempt,
    Claim,
    Debtor,
    Default,
    Instalment,
    Organisation,
    Payment,
    PaymentAllocation,
    PaymentPlan,
    PlanClaim,
    Promise,
    WorkItem,
)

ZERO = Decimal("0.00")
CHUNK = 500
BROKEN_BY_SWEEP = "sweep"  # promises.broken_by: grace days over without enough paid
BROKEN_BY_LATE_PAYMENT = "late_payment"  # paid enough, but after the grace days


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
    plans_restored: int = 0  # broken by the sweep, then a payment made in time was imported
    promises_restored: int = 0  # the same for promises (also counted in promises_kept)
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


@dataclass
class _Repairable:
    """MISSED instalments of broken plans that a payment made in time may still repair."""

    since: date  # instalments due from this day (a payment repairs none due before it)
    instalments: dict[int, list[int]] = field(default_factory=dict)  # claim -> instalments
    claims: dict[int, set[int]] = field(default_factory=dict)  # plan -> its claims
    taken: set[int] = field(default_factory=set)  # claims of the plans restored in this run


@dataclass(frozen=True)
class _RestoredFile:
    item_before: WorkItemStatus | None
    item_after: WorkItemStatus | None
    calls: int  # made since the break


class _Matcher:
    def __init__(self, session: Session, now: datetime) -> None:
        self.session = session
        self.now = now
        self.report = MatchReport()
        self._rules: dict[int, _Rules] = {}
        self._debtor_org: dict[int, int] = {}
        self.broken: dict[int, set[tuple[Stage, int | None]]] = {}  # debtor -> (stage, claim)
        self.touched: set[int] = set()
        self._repairable_state: _Repairable | None = None

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
        for target in self._targets(claim, payment.paid_on):
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
            self._settle(target, claim.debtor_id, payment)
        payment.matched_at = self.now

    def _targets(self, claim: Claim, paid_on: date) -> list[Instalment | Promise]:
        instalments = list(
            self.session.scalars(
                select(Instalment)
                .join(PaymentPlan, PaymentPlan.id == Instalment.plan_id)
                .join(PlanClaim, PlanClaim.plan_id == PaymentPlan.id)
                .where(
                    PlanClaim.claim_id == claim.id,
                    PaymentPlan.status == PlanStatus.ACTIVE,
                    Instalment.status.in_([InstalmentStatus.DUE, InstalmentStatus.MISSED]),
                )
            )
        )
        grace = self.rules(claim.debtor_id).grace
        repairable = self._repairable(paid_on - grace)
        for instalment_id in repairable.instalments.get(claim.id, ()):
            instalment = self.session.get(Instalment, instalment_id)
            if (
                instalment is not None
                and instalment.status is InstalmentStatus.MISSED
                and paid_on <= instalment.due_on + grace  # else: the plan stays broken
                and not repairable.claims[instalment.plan_id] & repairable.taken
            ):
                instalments.append(instalment)
        promises = self.session.scalars(
            select(Promise).where(
                Promise.debtor_id == claim.debtor_id,
                (Promise.status == PromiseStatus.PENDING)
                # Broken by the sweep, but this payment was made in time (point 6).
                | (
                    (Promise.status == PromiseStatus.BROKEN)
                    & (Promise.broken_by == BROKEN_BY_SWEEP)
                    & (Promise.due_on >= paid_on - grace)
                ),
                (Promise.claim_id == claim.id) | Promise.claim_id.is_(None),
            )
        ).all()
        targets: list[Instalment | Promise] = [*instalments, *promises]
        targets.sort(key=lambda t: (t.due_on, 0 if isinstance(t, Instalment) else 1, t.id))
        return targets

    def _repairable(self, since: date | None = None) -> _Repairable:
        """The MISSED instalments of broken plans due from `since` (a payment made on day D
        can repair none due before D minus the grace days), read once per run and again only
        for an earlier payment date (a payment of any other claim costs no extra query). A
        plan with a claim now in another plan, active or waiting for approval (agreed after
        the break), can no longer come back: left out."""
        state = self._repairable_state
        if state is None or (since is not None and since < state.since):
            other, other_plan = aliased(PlanClaim), aliased(PaymentPlan)
            covered = (
                select(other.claim_id)
                .join(other_plan, other_plan.id == other.plan_id)
                .where(other_plan.status.in_([PlanStatus.ACTIVE, PlanStatus.PENDING_APPROVAL]))
            )
            rows = self.session.execute(
                select(
                    PlanClaim.plan_id,
                    PlanClaim.claim_id,
                    Instalment.id,
                    PlanClaim.claim_id.in_(covered).label("covered"),
                )
                .join(PaymentPlan, PaymentPlan.id == PlanClaim.plan_id)
                .join(Instalment, Instalment.plan_id == PaymentPlan.id)
                .where(
                    PaymentPlan.status == PlanStatus.BROKEN,
                    Instalment.status == InstalmentStatus.MISSED,
                    *([Instalment.due_on >= since] if since is not None else []),
                )
            ).all()
            replaced = {plan_id for plan_id, _, _, is_covered in rows if is_covered}
            taken = state.taken if state is not None else set()
            state = _Repairable(since=since or date.min, taken=taken)
            for plan_id, claim_id, instalment_id, _ in rows:
                if plan_id not in replaced:
                    state.instalments.setdefault(claim_id, []).append(instalment_id)
                    state.claims.setdefault(plan_id, set()).add(claim_id)
            self._repairable_state = state
        return state

    def _settle(self, target: Instalment | Promise, debtor_id: int, payment: Payment) -> None:
        """Decide a target once enough of it is paid (kept, or paid late)."""
        if not self.kept(debtor_id, target.paid_amount, target.amount):
            return
        paid_on = payment.paid_on
        in_time = paid_on <= target.due_on + self.rules(debtor_id).grace
        if isinstance(target, Promise):
            # BROKEN by the sweep, but the payment made in time was imported after it.
            repaired_promise = target.status is PromiseStatus.BROKEN
            if in_time:
                target.status = PromiseStatus.KEPT
                self.report.promises_kept += 1
                if repaired_promise:
                    self._restore_promise(target, payment)
            elif not repaired_promise:  # (_targets offers a broken one only paid in time)
                self._break_promise(target, BROKEN_BY_LATE_PAYMENT)
            return
        was_missed = target.status is InstalmentStatus.MISSED
        plan = self.session.get(PaymentPlan, target.plan_id)
        # MISSED by the sweep, but the payment made in time was imported after it.
        repaired = was_missed and plan is not None and plan.status is PlanStatus.BROKEN
        target.paid_on = paid_on
        if in_time and (repaired or not was_missed):
            target.status = InstalmentStatus.PAID
            self.report.instalments_paid += 1
            if repaired:
                assert plan is not None
                self._maybe_restore(plan, target, payment)
            else:
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
            self._break_promise(promise, BROKEN_BY_SWEEP)

    # -- plans, promises and their files --------------------------------------------------------

    def _links_of_plan(self, plan_id: int) -> list[tuple[PlanClaim, Claim]]:
        return [
            (link, claim)
            for link, claim in self.session.execute(
                select(PlanClaim, Claim)
                .join(Claim, Claim.id == PlanClaim.claim_id)
                .where(PlanClaim.plan_id == plan_id)
                .order_by(Claim.id)
            )
        ]

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
        for link, claim in self._links_of_plan(plan_id):
            link.stage_before_break = claim.stage  # given back if the plan is restored
            self._restage(claim, Stage.BROKEN_PLAN)
        self.broken.setdefault(plan.debtor_id, set()).add((Stage.BROKEN_PLAN, None))

    def _maybe_restore(self, plan: PaymentPlan, instalment: Instalment, payment: Payment) -> None:
        """A repaired instalment: the plan comes back unless another one is still broken."""
        self.session.flush()
        still_broken = self.session.scalar(
            select(Instalment.id)
            .where(
                Instalment.plan_id == plan.id,
                Instalment.status.in_([InstalmentStatus.MISSED, InstalmentStatus.LATE]),
            )
            .limit(1)
        )
        repairable = self._repairable()
        claim_ids = repairable.claims.get(plan.id, set())
        if still_broken is not None or claim_ids & repairable.taken:
            return  # another broken instalment, or a claim back in another plan this run
        repairable.taken |= claim_ids
        links = self._links_of_plan(plan.id)
        broken_since = self._broken_since(
            plan.debtor_id, [claim for _, claim in links], Stage.BROKEN_PLAN, instalment.due_on
        )
        stages_before = {claim.external_id: claim.stage for _, claim in links}
        plan.status = PlanStatus.ACTIVE
        self.report.plans_restored += 1
        for link, claim in links:
            before, link.stage_before_break = link.stage_before_break, None
            self._unstage(claim, before, Stage.BROKEN_PLAN)
        file = self._restore_file(plan.debtor_id, broken_since, DETAIL_FOLLOW_UP_PLAN)
        self._maybe_complete(plan.id)
        audit.record(
            self.session, SYSTEM, "plan.restored", "payment_plan", plan.id,
            before={"status": PlanStatus.BROKEN, "stages": stages_before,
                    "work_item": file.item_before},
            after={"status": plan.status,
                   "stages": {claim.external_id: claim.stage for _, claim in links},
                   "work_item": file.item_after,
                   "instalment": instalment.number, "payment": payment.external_id,
                   "paid_on": payment.paid_on, "calls_after_break": file.calls},
            detail=(f"payment {payment.external_id} of {payment.paid_on.isoformat()} imported "
                    f"after the sweep broke the plan repays instalment {instalment.number} in "
                    f"time; {file.calls} call(s) since the break kept as they are"),
        )  # fmt: skip

    def _restore_promise(self, promise: Promise, payment: Payment) -> None:
        """A promise the sweep broke, kept after all: its claims get back their stage."""
        before_by_claim: dict[int, Stage | None]
        if promise.claim_id is not None:
            before_by_claim = {promise.claim_id: promise.stage_before_break}
        else:
            before_by_claim = {
                int(claim_id): Stage(stage) if stage is not None else None
                for claim_id, stage in (promise.stages_before_break or {}).items()
            }
        promise.broken_by = promise.stage_before_break = promise.stages_before_break = None
        claims = list(
            self.session.scalars(
                select(Claim).where(Claim.id.in_(before_by_claim)).order_by(Claim.id)
            )
        )
        broken_since = self._broken_since(
            promise.debtor_id, claims, Stage.BROKEN_PROMISE, promise.due_on
        )
        stages_before = {claim.external_id: claim.stage for claim in claims}
        self.report.promises_restored += 1
        for claim in claims:
            self._unstage(claim, before_by_claim[claim.id], Stage.BROKEN_PROMISE)
        file = self._restore_file(promise.debtor_id, broken_since, DETAIL_FOLLOW_UP_PROMISE)
        audit.record(
            self.session, SYSTEM, "promise.restored", "promise", promise.id,
            before={"status": PromiseStatus.BROKEN, "stages": stages_before,
                    "work_item": file.item_before},
            after={"status": promise.status,
                   "stages": {claim.external_id: claim.stage for claim in claims},
                   "work_item": file.item_after, "payment": payment.external_id,
                   "paid_on": payment.paid_on, "calls_after_break": file.calls},
            detail=(f"payment {payment.external_id} of {payment.paid_on.isoformat()} imported "
                    f"after the sweep broke the promise of {promise.due_on.isoformat()} keeps "
                    f"it; {file.calls} call(s) since the break kept as they are"),
        )  # fmt: skip

    def _broken_since(
        self, debtor_id: int, claims: list[Claim], broken: Stage, due_on: date
    ) -> datetime:
        """When the sweep broke a plan or promise (read before its claims are unstaged): it
        put them at the broken stage that day (stage_since); it cannot have been before the
        day after the grace days."""
        rules = self.rules(debtor_id)
        break_day = max(
            (c.stage_since for c in claims if c.stage is broken and c.stage_since),
            default=due_on + rules.grace + timedelta(days=1),
        )
        return datetime.combine(break_day, time.min, tzinfo=rules.zone)

    def _restore_file(self, debtor_id: int, broken_since: datetime, detail: str) -> _RestoredFile:
        """The file of a restored plan or promise: back on the follow-up it left when the
        sweep broke it, if it waits in a queue without a call-back (a call-back the debtor
        asked for, a lease, a refusal...: left as they are); the calls since the break are
        counted for the audit, and kept."""
        self.touched.add(debtor_id)
        calls = int(
            self.session.scalar(
                select(func.count(CallAttempt.id)).where(
                    CallAttempt.debtor_id == debtor_id, CallAttempt.started_at >= broken_since
                )
            )
            or 0
        )
        item = self.session.scalar(select(WorkItem).where(WorkItem.debtor_id == debtor_id))
        item_before = item.status if item is not None else None
        if item is not None and item.status is WorkItemStatus.QUEUED and item.callback_at is None:
            # Back on follow-up, as when the plan or promise was agreed
            # (services/queue/outcomes.py); the sync then decides as for one kept in order.
            item.status = WorkItemStatus.DONE
            item.status_detail = detail
            item.status_reason = None
            item.next_eligible_at = None
        return _RestoredFile(item_before, item.status if item is not None else None, calls)

    def _unstage(self, claim: Claim, before: Stage | None, broken: Stage) -> None:
        """A restored plan's or promise's claim gets back its stage before the break.

        Unknown (plans broken before migration 0008): the stage of the claim's latest default,
        as the defaults import would set it; no default either: the broken stage stays. A
        claim closed or put at another stage since the break (a default imported, a lead) is
        left.
        """
        if claim.status is not ClaimStatus.OPEN or claim.stage is not broken:
            return
        stage = before
        if stage is None:
            stage = self.session.scalar(
                select(Default.stage)
                .where(Default.claim_id == claim.id)
                .order_by(Default.occurred_on.desc(), Default.id.desc())
                .limit(1)
            )
        if stage is None:
            return
        since = self.session.scalar(
            select(func.max(Default.occurred_on)).where(
                Default.claim_id == claim.id, Default.stage == stage
            )
        )
        if since is None and stage is Stage.NEW_CLAIM_NO_RIGHTS:
            since = claim.notified_on  # the claims import starts that stage at notification
        claim.stage = stage
        if since is not None:
            claim.stage_since = since

    def _break_promise(self, promise: Promise, by: str) -> None:
        promise.status = PromiseStatus.BROKEN
        promise.broken_by = by
        self.report.promises_broken += 1
        if promise.claim_id is not None:
            claims = [c for c in [self.session.get(Claim, promise.claim_id)] if c is not None]
        else:
            claims = list(self.session.scalars(
                select(Claim).where(Claim.debtor_id == promise.debtor_id,
                                    Claim.status == ClaimStatus.OPEN)
            ))  # fmt: skip
        # Given back if a payment made in time shows the promise was kept after all.
        if promise.claim_id is not None:
            promise.stage_before_break = claims[0].stage if claims else None
        else:
            promise.stages_before_break = {
                str(c.id): c.stage.value if c.stage is not None else None for c in claims
            }
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
