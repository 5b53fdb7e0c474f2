"""What a call agrees: payment plans, promises and relief requests (SPEC.md §3.5-3.7).

Used by `CallService.record` inside its transaction. Every rule is checked here, on the
stored claims, whatever the screen already checked: 24 months without approval, a written
justification beyond, no plan for fraud or out-of-scope claims, the minimum instalment, the
IBAN of a direct debit, relief only when asked and never for fraud, routed on 1.5 x BMAF.
A broken rule raises `RuleViolation` (a ValidationError) with a stable `code` and the
`field` of the form to fix.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session
from stdnum import iban as iban_number
from stdnum.exceptions import ValidationError as StdnumError

from telerecouv.domain.enums import (
    ClaimStatus,
    PaymentMeans,
    PlanStatus,
    ReliefStatus,
)
from telerecouv.domain.money import format_money, to_money
from telerecouv.domain.plans import (
    PlanError,
    PlanProposal,
    PlanRules,
    plan_by_instalment,
    plan_by_months,
    validate_justification,
)
from telerecouv.domain.relief import ReliefError, route_relief, suggest_relief_rate
from telerecouv.services.debtor_file import bmaf_history, negotiable, relief_scale
from telerecouv.store.errors import ValidationError, msg
from telerecouv.store.models import (
    Claim,
    Debtor,
    Instalment,
    Organisation,
    PaymentPlan,
    PlanClaim,
    Promise,
    ReliefRequest,
)

__all__ = [
    "MAX_FIRST_DUE_DAYS",
    "MAX_PROMISE_DAYS",
    "AgreementContext",
    "RuleViolation",
    "check_iban",
    "create_plan",
    "create_promise",
    "create_relief",
    "plan_rules",
]

# The first instalment falls at the latest three months after the call.
MAX_FIRST_DUE_DAYS = 92
# A promise is for a near date; a longer delay is a plan.
MAX_PROMISE_DAYS = 60
MIN_RELIEF_REASON_CHARS = 5


class RuleViolation(ValidationError):
    """A business rule refused the outcome; `code` is stable (for translation and tests)."""

    def __init__(self, code: str, message: str, field: str, hint: str = "") -> None:
        super().__init__(message, field=field, hint=hint)
        self.code = code


@dataclass(frozen=True)
class AgreementContext:
    """Who agreed what, on which day (the organisation's local date of the call)."""

    debtor: Debtor
    organisation: Organisation
    call_id: int | None
    agent_id: int | None
    today: date


def plan_rules(organisation: Organisation) -> PlanRules:
    return PlanRules(minimum_instalment=organisation.minimum_instalment)


def check_iban(raw: str | None) -> str:
    """The IBAN in compact form, or RuleViolation(field="plan.iban") saying what is wrong."""
    text = (raw or "").strip()
    if not text:
        raise RuleViolation(
            "iban_missing", msg("A SEPA direct debit needs the debtor's IBAN."), "plan.iban"
        )
    try:
        return str(iban_number.validate(text))
    except StdnumError as exc:
        raise RuleViolation(
            "iban_invalid",
            msg("The IBAN {text!r} is not valid: {exc}", text=text, exc=exc),
            "plan.iban",
        ) from None


# --- plans ---------------------------------------------------------------------------------


def create_plan(
    session: Session,
    ctx: AgreementContext,
    *,
    claim_ids: Sequence[int],
    months: int,
    first_due_on: date,
    means: PaymentMeans,
    iban: str | None,
    justification: str | None,
    instalment: Decimal | None,
) -> PaymentPlan:
    claims = _plan_claims(session, ctx, claim_ids)
    if first_due_on < ctx.today:
        raise RuleViolation(
            "first_due_past",
            msg(
                "The first instalment is due on {first_due_on:%d/%m/%Y}, before today.",
                first_due_on=first_due_on,
            ),
            "plan.first_due_on",
        )
    if first_due_on > ctx.today + timedelta(days=MAX_FIRST_DUE_DAYS):
        raise RuleViolation(
            "first_due_far",
            msg(
                "The first instalment must fall within {MAX_FIRST_DUE_DAYS} days of the call.",
                MAX_FIRST_DUE_DAYS=MAX_FIRST_DUE_DAYS,
            ),
            "plan.first_due_on",
        )
    means = PaymentMeans(means)
    account = check_iban(iban) if means is PaymentMeans.DIRECT_DEBIT else None
    proposal = _proposal(claims, ctx.organisation, months, first_due_on, instalment)
    reason = " ".join((justification or "").split()) or None
    try:
        validate_justification(proposal, reason)
    except PlanError:
        raise RuleViolation(
            "needs_justification",
            msg(
                "A plan of {months} months (more than {max_months}) needs a "
                "written justification of at least 10 characters; a team lead will approve it.",
                months=proposal.months,
                max_months=plan_rules(ctx.organisation).max_months_without_approval,
            ),
            "plan.justification",
        ) from None
    plan = PaymentPlan(
        debtor_id=ctx.debtor.id,
        call_id=ctx.call_id,
        agent_id=ctx.agent_id,
        status=PlanStatus.PENDING_APPROVAL if proposal.needs_approval else PlanStatus.ACTIVE,
        total=proposal.balance,
        months=proposal.months,
        instalment_amount=proposal.instalment,
        first_due_on=first_due_on,
        means=means,
        iban=account,
        justification=reason,
        needs_approval=proposal.needs_approval,
    )
    session.add(plan)
    session.flush()
    session.add_all(PlanClaim(plan_id=plan.id, claim_id=c.id, amount=c.balance) for c in claims)
    session.add_all(
        Instalment(plan_id=plan.id, number=i.number, due_on=i.due_on, amount=i.amount)
        for i in proposal.instalments
    )
    return plan


def _plan_claims(session: Session, ctx: AgreementContext, claim_ids: Sequence[int]) -> list[Claim]:
    wanted = list(dict.fromkeys(claim_ids))
    if not wanted:
        raise RuleViolation(
            "no_claims", msg("Choose at least one claim for the plan."), "plan.claims"
        )
    claims = _debtor_claims(session, ctx.debtor, wanted, "plan.claims")
    for claim in claims:
        if claim.fraud:
            raise RuleViolation(
                "fraud",
                msg(
                    "Claim {external_id} is flagged as fraud: fraud claims cannot get a payment "
                    "plan from the workbench (litigation experts handle them).",
                    external_id=claim.external_id,
                ),
                "plan.claims",
            )
        if not negotiable(claim):
            raise RuleViolation(
                "claim_not_negotiable",
                msg(
                    "Claim {external_id} cannot get a plan here ({why_not}).",
                    external_id=claim.external_id,
                    why_not=_why_not(claim),
                ),
                "plan.claims",
            )
    covered = session.execute(
        select(PlanClaim.claim_id, PaymentPlan.id)
        .join(PaymentPlan, PaymentPlan.id == PlanClaim.plan_id)
        .where(
            PlanClaim.claim_id.in_(wanted),
            PaymentPlan.status.in_([PlanStatus.ACTIVE, PlanStatus.PENDING_APPROVAL]),
        )
    ).first()
    if covered is not None:
        external = next(c.external_id for c in claims if c.id == covered[0])
        raise RuleViolation(
            "already_in_plan",
            msg(
                "Claim {external_id} is already in payment plan {plan_id}, active or waiting for "
                "approval.",
                external_id=external,
                plan_id=covered[1],
            ),
            "plan.claims",
        )
    return claims


def _proposal(
    claims: Sequence[Claim],
    org: Organisation,
    months: int,
    first_due_on: date,
    instalment: Decimal | None,
) -> PlanProposal:
    balance = sum((c.balance for c in claims), Decimal("0.00"))
    rules = plan_rules(org)
    money = org.currency
    try:
        if instalment is not None:
            return plan_by_instalment(balance, to_money(instalment), first_due_on, rules)
        return plan_by_months(balance, months, first_due_on, rules)
    except PlanError as exc:
        minimum = format_money(rules.minimum_instalment, money)
        if exc.code == "months_out_of_range":
            raise RuleViolation(
                exc.code,
                msg(
                    "A plan has 1 to {absolute_max_months} monthly instalments, not {months}.",
                    absolute_max_months=rules.absolute_max_months,
                    months=months,
                ),
                "plan.months",
            ) from None
        if exc.code == "below_minimum" and instalment is None:
            raise RuleViolation(
                exc.code,
                msg(
                    "{months} instalments of {balance} fall below the minimum instalment of "
                    "{minimum}: choose fewer months.",
                    months=months,
                    balance=format_money(balance, money),
                    minimum=minimum,
                ),
                "plan.months",
            ) from None
        if exc.code in ("below_minimum", "instalment_too_small"):
            raise RuleViolation(
                exc.code,
                msg(
                    "An instalment of {instalment} is too small: at least {minimum}, and at most "
                    "{absolute_max_months} months.",
                    instalment=format_money(to_money(instalment or 0), money),
                    minimum=minimum,
                    absolute_max_months=rules.absolute_max_months,
                ),
                "plan.instalment",
            ) from None
        raise RuleViolation(
            exc.code, msg("Nothing is owed on the chosen claims."), "plan.claims"
        ) from None


# --- promises ------------------------------------------------------------------------------


def create_promise(
    session: Session,
    ctx: AgreementContext,
    *,
    amount: Decimal,
    due_on: date,
    claim_id: int | None,
    full: bool,
) -> Promise:
    """A one-off promise; `full` (FULL_PAYMENT_PROMISED) means the whole balance."""
    if claim_id is not None:
        claim = _debtor_claims(session, ctx.debtor, [claim_id], "promise.claim")[0]
        if not negotiable(claim):
            raise RuleViolation(
                "claim_not_negotiable",
                msg(
                    "Claim {external_id} cannot get a promise here ({why_not}).",
                    external_id=claim.external_id,
                    why_not=_why_not(claim),
                ),
                "promise.claim",
            )
        owed = claim.balance
    else:
        claims = session.scalars(select(Claim).where(Claim.debtor_id == ctx.debtor.id)).all()
        owed = sum((c.balance for c in claims if negotiable(c)), Decimal("0.00"))
    money = ctx.organisation.currency
    value = to_money(amount)
    if owed <= 0:
        raise RuleViolation(
            "nothing_owed", msg("Nothing is owed that a promise could cover."), "promise.claim"
        )
    if value <= 0:
        raise RuleViolation(
            "amount_not_positive", msg("The promised amount must be positive."), "promise.amount"
        )
    if full and value != owed:
        raise RuleViolation(
            "full_amount",
            msg(
                "A full payment is {owed}, not {amount}; record a partial payment promise "
                "otherwise.",
                owed=format_money(owed, money),
                amount=format_money(value, money),
            ),
            "promise.amount",
        )
    if not full and value >= owed:
        raise RuleViolation(
            "partial_amount",
            msg(
                "A partial payment must be less than the balance of {owed}; record a full "
                "payment promise otherwise.",
                owed=format_money(owed, money),
            ),
            "promise.amount",
        )
    if due_on < ctx.today or due_on > ctx.today + timedelta(days=MAX_PROMISE_DAYS):
        raise RuleViolation(
            "promise_date",
            msg(
                "A promise is due between today and {MAX_PROMISE_DAYS} days from now; agree a "
                "payment plan for a longer delay.",
                MAX_PROMISE_DAYS=MAX_PROMISE_DAYS,
            ),
            "promise.due_on",
        )
    promise = Promise(
        debtor_id=ctx.debtor.id,
        claim_id=claim_id,
        call_id=ctx.call_id,
        agent_id=ctx.agent_id,
        amount=value,
        due_on=due_on,
    )
    session.add(promise)
    return promise


# --- relief --------------------------------------------------------------------------------


def create_relief(
    session: Session, ctx: AgreementContext, *, claim_id: int, reason: str
) -> ReliefRequest:
    """Record the debtor's relief request and route it; never decided here."""
    claim = _debtor_claims(session, ctx.debtor, [claim_id], "relief.claim")[0]
    if claim.fraud:
        raise RuleViolation(
            "fraud",
            msg(
                "Claim {external_id} is flagged as fraud: no debt relief can be recorded for "
                "fraud (social security code L553-2).",
                external_id=claim.external_id,
            ),
            "relief.claim",
        )
    if claim.status is not ClaimStatus.OPEN or claim.balance <= 0:
        raise RuleViolation(
            "claim_closed",
            msg("Claim {external_id} is not open.", external_id=claim.external_id),
            "relief.claim",
        )
    why = " ".join((reason or "").split())
    if len(why) < MIN_RELIEF_REASON_CHARS:
        raise RuleViolation(
            "relief_reason",
            msg("Write down the debtor's request in their own words (why they ask for relief)."),
            "relief.reason",
        )
    pending = session.scalar(
        select(ReliefRequest).where(
            ReliefRequest.claim_id == claim.id,
            ReliefRequest.status.in_([ReliefStatus.REQUESTED, ReliefStatus.FORWARDED]),
        )
    )
    if pending is not None:
        raise RuleViolation(
            "relief_pending",
            msg(
                "A relief request for claim {external_id} made on {requested_on:%d/%m/%Y} is "
                "still waiting for its decision.",
                external_id=claim.external_id,
                requested_on=pending.requested_on,
            ),
            "relief.claim",
        )
    history = bmaf_history(session, ctx.organisation)
    if not history:
        raise RuleViolation(
            "no_bmaf",
            msg(
                "No BMAF is configured for {name}: relief requests cannot be routed.",
                name=ctx.organisation.name,
            ),
            "relief.claim",
            hint=msg("Ask an administrator to enter the BMAF rates."),
        )
    try:
        decision = route_relief(claim.balance, ctx.today, history)
    except (ReliefError, ValueError) as exc:
        raise RuleViolation(
            "relief_routing", msg("Cannot route the request: {exc}.", exc=exc), "relief.claim"
        ) from None
    rate = suggest_relief_rate(
        relief_scale(session, ctx.organisation.id),
        ctx.debtor.household_quotient,
        claim.responsibility,
    )
    relief = ReliefRequest(
        debtor_id=ctx.debtor.id,
        claim_id=claim.id,
        call_id=ctx.call_id,
        agent_id=ctx.agent_id,
        requested_on=ctx.today,
        balance=claim.balance,
        threshold=decision.threshold,
        route=decision.route,
        suggested_rate=rate,
        reason=why,
    )
    session.add(relief)
    return relief


# --- helpers -------------------------------------------------------------------------------


def _debtor_claims(session: Session, debtor: Debtor, ids: list[int], field: str) -> list[Claim]:
    claims = session.scalars(
        select(Claim).where(Claim.id.in_(ids), Claim.debtor_id == debtor.id).order_by(Claim.id)
    ).all()
    missing = sorted(set(ids) - {c.id for c in claims})
    if missing:
        raise RuleViolation(
            "unknown_claim",
            msg(
                "Claim {claim} is not a claim of debtor {external_id}.",
                claim=missing[0],
                external_id=debtor.external_id,
            ),
            field,
        )
    return list(claims)


def _why_not(claim: Claim) -> str:
    if claim.exclusion_reason is not None:
        return f"out of scope: {claim.exclusion_reason.value}"
    if claim.status is not ClaimStatus.OPEN:
        return f"status {claim.status.value}"
    return "nothing left to pay"
