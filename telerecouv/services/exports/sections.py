"""The tables of the monthly report and of the outcomes export, read from the database.

Every query is limited to one organisation and one month, read in the organisation's time
zone (a call at 00:30 on the 1st in Paris belongs to that month). Times are shown in that
zone; amounts are exact Decimals.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from telerecouv.domain.enums import CallResult, PlanStatus
from telerecouv.services.exports.tables import DAY, INT, MOMENT, MONEY, RATE, Column, Table
from telerecouv.store.models import (
    CallAttempt,
    Claim,
    ContactChange,
    Debtor,
    Organisation,
    Payment,
    PaymentPlan,
    PlanClaim,
    Promise,
    Queue,
    ReliefRequest,
    Team,
    User,
)

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
YIELD = 1000


@dataclass(frozen=True)
class Month:
    organisation: Organisation
    first: date  # first day of the month
    next_first: date  # first day of the next month
    start: datetime  # UTC bounds of the month in the organisation's zone
    end: datetime
    zone: ZoneInfo

    @classmethod
    def of(cls, organisation: Organisation, month: date) -> Month:
        first = month.replace(day=1)
        next_first = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        zone = ZoneInfo(organisation.timezone)
        start = datetime.combine(first, time(0), zone).astimezone(UTC)
        end = datetime.combine(next_first, time(0), zone).astimezone(UTC)
        return cls(organisation, first, next_first, start, end, zone)

    def local(self, value: datetime | None) -> datetime | None:
        return None if value is None else value.astimezone(self.zone)


def name_of(debtor: Debtor) -> str:
    return debtor.display_name


class Sections:
    """Builds the tables for one organisation and one month (in the caller's session)."""

    def __init__(self, session: Session, month: Month) -> None:
        self.session = session
        self.m = month
        self.org_id = month.organisation.id
        self._logins: dict[int, str] = {}

    def login(self, user_id: int | None) -> str | None:
        if user_id is None:
            return None
        if user_id not in self._logins:
            self._logins[user_id] = self.session.scalar(
                select(User.login).where(User.id == user_id)
            ) or str(user_id)
        return self._logins[user_id]

    def _plan_claims(self, plan_ids: Sequence[int]) -> dict[int, str]:
        found: dict[int, list[str]] = defaultdict(list)
        for plan_id, external_id in self.session.execute(
            select(PlanClaim.plan_id, Claim.external_id)
            .join(Claim, Claim.id == PlanClaim.claim_id)
            .where(PlanClaim.plan_id.in_(plan_ids))
            .order_by(Claim.external_id)
        ):
            found[plan_id].append(external_id)
        return {k: ", ".join(v) for k, v in found.items()}

    # -- monthly report ---------------------------------------------------------------------------

    def agreed(self) -> Table:
        """Files that agreed to settle: plans and promises agreed in the month."""
        columns = [
            Column("debtor_external_id"), Column("debtor_name"), Column("claims"),
            Column("agreement"), Column("agreed_at", MOMENT), Column("amount", MONEY),
            Column("months", INT), Column("instalment", MONEY), Column("first_due_on", DAY),
            Column("means"), Column("status"), Column("agent"),
        ]  # fmt: skip

        def rows() -> Iterator[list[Any]]:
            plans = self.session.execute(
                select(PaymentPlan, Debtor)
                .join(Debtor, Debtor.id == PaymentPlan.debtor_id)
                .where(
                    Debtor.organisation_id == self.org_id,
                    PaymentPlan.created_at >= self.m.start,
                    PaymentPlan.created_at < self.m.end,
                    PaymentPlan.status.not_in([PlanStatus.REJECTED, PlanStatus.CANCELLED]),
                )
                .order_by(PaymentPlan.created_at, PaymentPlan.id)
            ).all()
            claims = self._plan_claims([plan.id for plan, _ in plans])
            for plan, debtor in plans:
                yield [
                    debtor.external_id, name_of(debtor), claims.get(plan.id, ""), "plan",
                    self.m.local(plan.created_at), plan.total, plan.months,
                    plan.instalment_amount, plan.first_due_on, plan.means, plan.status,
                    self.login(plan.agent_id),
                ]  # fmt: skip
            for promise, debtor, claim_ext in self.session.execute(
                select(Promise, Debtor, Claim.external_id)
                .join(Debtor, Debtor.id == Promise.debtor_id)
                .outerjoin(Claim, Claim.id == Promise.claim_id)
                .where(
                    Debtor.organisation_id == self.org_id,
                    Promise.created_at >= self.m.start,
                    Promise.created_at < self.m.end,
                )
                .order_by(Promise.created_at, Promise.id)
            ):
                yield [
                    debtor.external_id, name_of(debtor), claim_ext or "", "promise",
                    self.m.local(promise.created_at), promise.amount, None, None,
                    promise.due_on, None, promise.status, self.login(promise.agent_id),
                ]  # fmt: skip

        return Table("agreed", "Accords", columns, rows())

    def paid(self) -> Table:
        """Files that paid: every payment received in the month, with its file."""
        columns = [
            Column("debtor_external_id"), Column("debtor_name"), Column("claim_external_id"),
            Column("payment_external_id"), Column("paid_on", DAY), Column("amount", MONEY),
            Column("means"), Column("claim_balance", MONEY),
        ]  # fmt: skip

        def rows() -> Iterator[list[Any]]:
            for payment, claim, debtor in self.session.execute(
                select(Payment, Claim, Debtor)
                .join(Claim, Claim.id == Payment.claim_id)
                .join(Debtor, Debtor.id == Claim.debtor_id)
                .where(
                    Payment.organisation_id == self.org_id,
                    Payment.paid_on >= self.m.first,
                    Payment.paid_on < self.m.next_first,
                )
                .order_by(Debtor.external_id, Payment.paid_on, Payment.id)
                .execution_options(yield_per=YIELD)
            ):
                yield [
                    debtor.external_id, name_of(debtor), claim.external_id, payment.external_id,
                    payment.paid_on, payment.amount, payment.means, claim.balance,
                ]  # fmt: skip

        return Table("paid", "Paiements", columns, rows())

    def arrangements(self) -> Table:
        """Arrangement requests to forward: plans of the month awaiting a decision, or
        longer than the agents may grant (beyond 24 months), with the justification."""
        columns = [
            Column("debtor_external_id"), Column("debtor_name"), Column("claims"),
            Column("requested_at", MOMENT), Column("total", MONEY), Column("months", INT),
            Column("instalment", MONEY), Column("first_due_on", DAY), Column("means"),
            Column("justification"), Column("status"), Column("decided_by"),
            Column("decision_reason"), Column("agent"),
        ]  # fmt: skip

        def rows() -> Iterator[list[Any]]:
            plans = self.session.execute(
                select(PaymentPlan, Debtor)
                .join(Debtor, Debtor.id == PaymentPlan.debtor_id)
                .where(
                    Debtor.organisation_id == self.org_id,
                    PaymentPlan.created_at >= self.m.start,
                    PaymentPlan.created_at < self.m.end,
                    PaymentPlan.needs_approval.is_(True)
                    | (PaymentPlan.status == PlanStatus.PENDING_APPROVAL),
                )
                .order_by(PaymentPlan.created_at, PaymentPlan.id)
            ).all()
            claims = self._plan_claims([plan.id for plan, _ in plans])
            for plan, debtor in plans:
                yield [
                    debtor.external_id, name_of(debtor), claims.get(plan.id, ""),
                    self.m.local(plan.created_at), plan.total, plan.months,
                    plan.instalment_amount, plan.first_due_on, plan.means, plan.justification,
                    plan.status, self.login(plan.decided_by_id), plan.decision_reason,
                    self.login(plan.agent_id),
                ]  # fmt: skip

        return Table("arrangements", "Demandes d'échéancier", columns, rows())

    def refusals(self) -> Table:
        """One refusal report per file ("PV de refus"): the debtor, their claims, every call
        made to them, and the refusal (the last refusal of the month)."""
        columns = [
            Column("debtor_external_id"), Column("debtor_name"), Column("representative"),
            Column("claims"), Column("balance", MONEY), Column("calls_made", INT),
            Column("first_call_at", MOMENT), Column("calls"), Column("refused_at", MOMENT),
            Column("agent"), Column("notes"),
        ]  # fmt: skip

        def rows() -> Iterator[list[Any]]:
            refusals: dict[int, CallAttempt] = {}
            for call in self.session.scalars(
                select(CallAttempt)
                .where(
                    CallAttempt.organisation_id == self.org_id,
                    CallAttempt.result == CallResult.REFUSAL,
                    CallAttempt.started_at >= self.m.start,
                    CallAttempt.started_at < self.m.end,
                )
                .order_by(CallAttempt.started_at, CallAttempt.id)
            ):
                refusals[call.debtor_id] = call  # the last one of the month
            for debtor_id, refusal in sorted(refusals.items()):
                debtor = self.session.get(Debtor, debtor_id)
                assert debtor is not None
                claims = self.session.execute(
                    select(Claim.external_id, Claim.balance)
                    .where(Claim.debtor_id == debtor_id)
                    .order_by(Claim.external_id)
                ).all()
                calls = self.session.execute(
                    select(CallAttempt.started_at, CallAttempt.reachability, CallAttempt.result)
                    .where(CallAttempt.debtor_id == debtor_id,
                           CallAttempt.started_at <= refusal.started_at)
                    .order_by(CallAttempt.started_at)
                ).all()  # fmt: skip
                history = "; ".join(
                    f"{self.m.local(at):%d/%m/%Y %H:%M} {reach.value}"
                    + (f" {result.value}" if result else "")
                    for at, reach, result in calls
                )
                yield [
                    debtor.external_id, name_of(debtor), debtor.representative,
                    ", ".join(c.external_id for c in claims),
                    sum((c.balance for c in claims), ZERO), len(calls),
                    self.m.local(calls[0].started_at) if calls else None, history,
                    self.m.local(refusal.started_at), self.login(refusal.agent_id),
                    refusal.notes,
                ]  # fmt: skip

        return Table("refusals", "Refus", columns, rows())

    def contact_changes(self) -> Table:
        """Contact data changed in the month, for the creditor to update its database."""
        columns = [
            Column("debtor_external_id"), Column("debtor_name"), Column("kind"),
            Column("field"), Column("old_value"), Column("new_value"), Column("source"),
            Column("changed_at", MOMENT), Column("changed_by"),
        ]  # fmt: skip

        def rows() -> Iterator[list[Any]]:
            for change, debtor in self.session.execute(
                select(ContactChange, Debtor)
                .join(Debtor, Debtor.id == ContactChange.debtor_id)
                .where(
                    Debtor.organisation_id == self.org_id,
                    ContactChange.changed_at >= self.m.start,
                    ContactChange.changed_at < self.m.end,
                )
                .order_by(ContactChange.changed_at, ContactChange.id)
                .execution_options(yield_per=YIELD)
            ):
                yield [
                    debtor.external_id, name_of(debtor), change.kind, change.field,
                    change.old_value, change.new_value, change.source,
                    self.m.local(change.changed_at), self.login(change.changed_by_id),
                ]  # fmt: skip

        return Table("contact_changes", "Coordonnées modifiées", columns, rows())

    def relief(self) -> Table:
        """Debt-relief requests of the month and where they are routed."""
        columns = [
            Column("debtor_external_id"), Column("debtor_name"), Column("claim_external_id"),
            Column("requested_on", DAY), Column("balance", MONEY), Column("threshold", MONEY),
            Column("route"), Column("suggested_rate", RATE), Column("status"),
            Column("reason"), Column("agent"),
        ]  # fmt: skip

        def rows() -> Iterator[list[Any]]:
            for request, claim, debtor in self.session.execute(
                select(ReliefRequest, Claim, Debtor)
                .join(Claim, Claim.id == ReliefRequest.claim_id)
                .join(Debtor, Debtor.id == ReliefRequest.debtor_id)
                .where(
                    Debtor.organisation_id == self.org_id,
                    ReliefRequest.requested_on >= self.m.first,
                    ReliefRequest.requested_on < self.m.next_first,
                )
                .order_by(ReliefRequest.requested_on, ReliefRequest.id)
            ):
                yield [
                    debtor.external_id, name_of(debtor), claim.external_id,
                    request.requested_on, request.balance, request.threshold, request.route,
                    request.suggested_rate, request.status, request.reason,
                    self.login(request.agent_id),
                ]  # fmt: skip

        return Table("relief", "Demandes de remise", columns, rows())

    def fees(self) -> Table:
        """Outsourcing fee per file: rate x collected, the cap applying to the file's total."""
        org = self.m.organisation
        columns = [
            Column("debtor_external_id"), Column("debtor_name"), Column("collected", MONEY),
            Column("collected_before", MONEY), Column("fee_rate", RATE), Column("fee_cap", MONEY),
            Column("fee", MONEY), Column("currency"),
        ]  # fmt: skip

        def rows() -> Iterator[list[Any]]:
            totals = self.session.execute(
                select(
                    Claim.debtor_id,
                    func.sum(Payment.amount).filter(Payment.paid_on >= self.m.first),
                    func.sum(Payment.amount).filter(Payment.paid_on < self.m.first),
                )
                .join(Claim, Claim.id == Payment.claim_id)
                .where(Payment.organisation_id == self.org_id,
                       Payment.paid_on < self.m.next_first)
                .group_by(Claim.debtor_id)
            ).all()  # fmt: skip
            for debtor_id, month_total, before_total in sorted(totals, key=lambda r: r[0]):
                collected = _money(month_total)
                if collected <= ZERO:
                    continue
                before = _money(before_total)
                fee = outsourcing_fee(before + collected, org.fee_rate, org.fee_cap)
                fee -= outsourcing_fee(before, org.fee_rate, org.fee_cap)
                debtor = self.session.get(Debtor, debtor_id)
                assert debtor is not None
                yield [
                    debtor.external_id, name_of(debtor), collected, before, org.fee_rate,
                    org.fee_cap, fee, org.currency,
                ]  # fmt: skip

        return Table("fees", "Honoraires", columns, rows())

    # -- outcomes ---------------------------------------------------------------------------------

    def outcomes(self) -> Table:
        """Every call of the month with its outcome."""
        columns = [
            Column("call_id", INT), Column("external_id"), Column("started_at", MOMENT),
            Column("ended_at", MOMENT), Column("duration_s", INT), Column("debtor_external_id"),
            Column("claim_external_id"), Column("agent"), Column("team"), Column("queue"),
            Column("stage"), Column("number"), Column("reachability"), Column("result"),
            Column("callback_at", MOMENT),
        ]  # fmt: skip

        def rows() -> Iterator[list[Any]]:
            teams = {row[0]: row[1] for row in self.session.execute(select(Team.id, Team.name))}
            queues = {row[0]: row[1] for row in self.session.execute(select(Queue.id, Queue.name))}
            for call, debtor_ext, claim_ext in self.session.execute(
                select(CallAttempt, Debtor.external_id, Claim.external_id)
                .join(Debtor, Debtor.id == CallAttempt.debtor_id)
                .outerjoin(Claim, Claim.id == CallAttempt.claim_id)
                .where(
                    CallAttempt.organisation_id == self.org_id,
                    CallAttempt.started_at >= self.m.start,
                    CallAttempt.started_at < self.m.end,
                )
                .order_by(CallAttempt.started_at, CallAttempt.id)
                .execution_options(yield_per=YIELD)
            ):
                duration = (
                    int((call.ended_at - call.started_at).total_seconds())
                    if call.ended_at is not None
                    else None
                )
                yield [
                    call.id, call.external_id, self.m.local(call.started_at),
                    self.m.local(call.ended_at), duration, debtor_ext, claim_ext,
                    self.login(call.agent_id), teams.get(call.team_id) if call.team_id else None,
                    queues.get(call.queue_id) if call.queue_id else None, call.stage,
                    call.number, call.reachability, call.result,
                    self.m.local(call.callback_at),
                ]  # fmt: skip

        return Table("outcomes", "Appels", columns, rows())


def _money(value: Any) -> Decimal:
    if value is None:
        return ZERO
    return value if isinstance(value, Decimal) else Decimal(int(value)).scaleb(-2)


def outsourcing_fee(collected: Decimal, rate: Decimal, cap: Decimal | None) -> Decimal:
    """Fee on a file's collected total: rate x collected, to the cent, at most `cap`."""
    fee = (collected * rate).quantize(CENT, rounding=ROUND_HALF_UP)
    return min(fee, cap) if cap is not None else fee
